"""The lead-in of a numbered list a reproduction stands in (rule 9 of pipeline/introducers.py).

A paragraph that cites an article and announces a list — ending in a colon, or saying it lists
what follows: 列出了…六个合法依据, "sets out the following", 以下の — introduces the numbered
items under it, and the paragraph the writer sets right under an item (the item's words in the
law's own language on a bilingual page: "1. 数据主体同意：…⏎The data subject has given consent …").
Rule 5 reaches only the first item, right after a colon; rule 6 the items after it only while
each one is a quotation; on a bilingual page the writer's own rendering stands between them.

The list must read as one: it starts with an item numbered first ("1.", "(a)", "（一）", "i)"),
and between the lead-in and the reproduction every paragraph is an item or one paragraph right
under an item — a second paragraph of the writer's own closes the list.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from lawref.pipeline.leading_sentence import MARKS
from lawref.spans import CitationSpan, QuoteSpan
from lawref.text.regex_code import constant
from lawref.text.sentences import Segments

__all__ = ["list_lead_in_citation"]

# An item's number at the start of its paragraph; group "first" when it is the first of its style.
_ITEM = constant(
    r"[ \t\u3000]*(?:[(（](?:(?P<p1>1|a|A|i|一)|[0-9]{1,3}|[a-zA-Z]|[ivx]{1,4}|[一二三四五六七八九十]{1,3})[)）]"
    r"|(?:(?P<d1>1)|[0-9]{1,3})[.)、．]|(?:(?P<l1>a|A)|[b-zB-Z])[.)]"
    r"|(?:(?P<h1>一)|[二三四五六七八九十]{1,3})、)"
)
# Words of a lead-in that says a list follows (its last sentence, after its citation).
_ANNOUNCES = constant(
    r"列出|列举|列舉|列明|如下|以下|下列|下述|次の|\bthe following\b|\bas follows\b"
    r"|\blists?\b|\bsets? (?:out|forth)\b|\benumerates?\b",
    re.IGNORECASE,
)
# How many paragraphs back a reproduction may stand from its list's lead-in.
_LIST_PARAGRAPHS_MAX = 30


def list_lead_in_citation(
    text: str,
    segments: Segments,
    by_sentence: dict[int, list[CitationSpan]],
    claimed: Container[tuple[int, int]],
    quote: QuoteSpan,
) -> CitationSpan | None:
    """The last citation, not claimed by a quotation before it, of the last sentence of the
    paragraph that leads into the numbered list ``quote`` makes up an item (or an item's next
    paragraph) of; None when it stands in no such list or the lead-in cites nothing."""
    lead = _lead_in_paragraph(text, segments, quote)
    if lead is None:
        return None
    starts = segments.paragraph_starts
    end = starts[lead + 1]
    body = text[starts[lead] : end].rstrip(MARKS)
    last = segments.sentence(starts[lead] + len(body) - 1)
    sentence_start = max(segments.sentence_span(last)[0], starts[lead])
    cited = [
        c
        for c in by_sentence.get(last, [])
        if c.start >= sentence_start and c.end <= end and (c.start, c.end) not in claimed
    ]
    if not cited:
        return None
    citation = cited[-1]
    said = text[citation.end : starts[lead] + len(body)]
    if body.endswith((":", "：")) or _ANNOUNCES.search(said):
        return citation
    return None


def _lead_in_paragraph(text: str, segments: Segments, quote: QuoteSpan) -> int | None:
    """The paragraph before the numbered list whose item, or item's next paragraph, ``quote``
    stands in the first sentence of."""
    starts = segments.paragraph_starts
    paragraph = segments.paragraph(quote.start)
    item = _ITEM.match(text, starts[paragraph])
    head_end = item.end() if item else starts[paragraph]
    while head_end < quote.start and text[head_end] in MARKS:
        head_end += 1
    if segments.sentence(head_end) != segments.sentence(quote.start):
        # The quotation stands in a later sentence than its paragraph's (or item's) first; in
        # the first, it may start after words the writer changed, widened to it later.
        return None
    below_first = False  # whether the paragraph read last (below) is the list's first item
    at: int | None = paragraph
    while at is not None and paragraph - at <= _LIST_PARAGRAPHS_MAX:
        found = _ITEM.match(text, starts[at])
        above = _paragraph_above(text, starts, at)
        if found is not None:
            below_first = _first(found)
        elif below_first and at != paragraph:
            return at  # the writer's paragraph right above the list's first item
        elif above is None or _ITEM.match(text, starts[above]) is None:
            return None  # a paragraph of the writer's not right under an item ends the list
        else:
            below_first = False
        at = above
    return None


def _paragraph_above(text: str, starts: Sequence[int], at: int) -> int | None:
    """The nearest paragraph above ``at`` that holds more than marks and spaces."""
    at -= 1
    while at >= 0 and not text[starts[at] : starts[at + 1]].strip(MARKS):
        at -= 1
    return at if at >= 0 else None


def _first(item: re.Match[str]) -> bool:
    return any(item.group(name) for name in ("p1", "d1", "l1", "h1"))
