"""A citation standing on its own line right under a quotation credits it — to agree.

pipeline/introducers.py takes a credit under a quotation when a credit word or a dash opens it
("Source: GDPR Recital 156", "——摘自反间谍法"). Pages also credit an epigraph or a reproduced
text with a bare line under it: "Section 230 of the US Communications Decency Act (1996)", a
reference site's label "GDPR Recital EN⏎Recital 26", "《数据安全法》第二十四条". When the lines
right under an uncited quotation hold nothing but citations (give or take a few words of a label,
a year in brackets) and every one of them names the statute the words come from — and the matched
article, when it names one — the quotation is ``consistent`` with that credit.

Only agreement is read this way: a line naming another article or law (the heading of the next
section, a "法律依据" list of other articles) leaves the quotation as it was, never
``misattributed``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from lawref.pipeline.attribution import Link, cited_as
from lawref.pipeline.checkable import base_article
from lawref.report import Match
from lawref.spans import CitationSpan, QuoteSpan

__all__ = ["credited_below"]

# Lines under the quotation read as its credit, and the letters a credit line may hold besides
# its citations (a site's label "Recital EN", a year). On the labelled real-world passages the
# credit lines under reproductions held 0 to 9 such letters ("Recital EN", "(1996)").
_CREDIT_LINES = 2
_OTHER_LETTERS_MAX = 12
# What may follow the quotation on its own line before the credit: closing marks, a full stop, a
# footnote's mark.
_LINE_TAIL_MAX = 8


def credited_below(
    text: str,
    quotes: Sequence[QuoteSpan],
    matches: Sequence[Match | None],
    links: Sequence[Link],
    citations: Sequence[CitationSpan],
) -> list[Link]:
    """``links`` with each uncited quotation made ``consistent`` when the lines right under it
    are a credit naming its statute (and article)."""
    ordered = sorted(citations, key=lambda c: (c.start, c.end))
    starts = [c.start for c in ordered]
    out = list(links)
    for i, (quote, match, link) in enumerate(zip(quotes, matches, links, strict=True)):
        if match is None or link.attribution != "uncited":
            continue
        credit = _credit_under(text, quote, ordered, starts)
        if not credit or not all(_names(c, match) for c in credit):
            continue
        cited = next((c for c in credit if c.article is not None), credit[0])
        note = f"credited on the line under it (“{cited.text}”)"
        out[i] = Link("consistent", cited_as(cited), cited, note)
    return out


def _credit_under(
    text: str, quote: QuoteSpan, citations: Sequence[CitationSpan], starts: Sequence[int]
) -> list[CitationSpan]:
    """The citations of the credit lines right under the quotation, or [] when the lines there
    are not a credit (prose, or no citation at all)."""
    line_end = text.find("\n", quote.end)
    if line_end < 0 or len(text[quote.end : line_end].strip()) > _LINE_TAIL_MAX:
        return []
    found: list[CitationSpan] = []
    at = line_end
    for _ in range(_CREDIT_LINES):
        while at < len(text) and text[at] in "\n\r \t\u3000":
            at += 1
        if at >= len(text):
            break
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        first, last = bisect_left(starts, at), bisect_left(starts, end)
        on_line = [c for c in citations[first:last] if c.end <= end]
        other = text[at:end]
        for start, stop in sorted({(c.start, c.end) for c in on_line}, reverse=True):
            other = other[: start - at] + other[stop - at :]
        if sum(ch.isalnum() for ch in other) > _OTHER_LETTERS_MAX:
            break  # prose, or a line that is not only a credit
        found += on_line
        at = end
    return found


def _names(citation: CitationSpan, match: Match) -> bool:
    if citation.statute != match.statute or citation.ambiguous:
        return False
    return citation.article is None or base_article(citation.article) == match.article
