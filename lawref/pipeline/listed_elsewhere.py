"""The items of a list a citation's lead-in opens, whose words together are plainly another
article's: each item that retells that article is its misattributed paraphrase.

heldout21 (a generated AI Act guide's "Article 67" page): "Under Article 67, the Board shall:
collect and share expertise and best practices among national competent authorities; assist
Member States and the Commission in ensuring consistent and effective application of the
Regulation; …; and promote cooperation with third countries and international organisations on
AI governance." The Board's tasks are Art. 66's; Art. 67 is the advisory forum. Each item is
too short for pipeline/retold_elsewhere.py, which reads one sentence a citation presents (ten
content words or more), and the semicolons end its sentences: no item was reported.

The list is read whole, on the evidence and bars retold_elsewhere.words_elsewhere holds: its
content words, ten or more, stand for RETOLD_MIN_SHARE or more in one article's stored wordings,
every other article holds RETOLD_MARGIN fewer, and the cited article fewer than CITED_MAX_SHARE;
the two articles are not one under two numberings nor does either name the other, and the page
does not cite the matched article in the paragraph. Then each item whose own words stand at least
TOLD_MIN_SHARE in the matched article, and more in it than in the cited one, is reported as that
article's `paraphrase`, `misattributed`, with a note.

What makes a list presented by the citation: the citation stands in the lead-in of its sentence,
which ends in a colon on the citation's line and says what the law's subject shall, must or may
do ("Under Article 67, the Board shall:", 根据第六十七条，委员会应当：); three items or more,
parted by semicolons, up to the sentence's end.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.pipeline.attribution import cited_as
from lawref.pipeline.checkable import article_words, certain
from lawref.pipeline.retold_elsewhere import sentence_start, words_elsewhere
from lawref.pipeline.told_paraphrase import (
    TOLD_MIN_SHARE,
    article_shares,
    content_words,
    told_link,
)
from lawref.report import Quote, misattributed_paraphrase
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store
from lawref.store.schema import Article, Statute
from lawref.text.regex_code import constant

__all__ = ["listed_elsewhere", "presented_list"]

_MIN_WORDS = 10  # the list's content words, as retold_elsewhere's sentence needs
_ITEM_MIN_WORDS = 3  # an item's: fewer say nothing of where its words are from
_MIN_ITEMS = 3
_CITATIONS_MAX = 200  # (a work bound, as retold_elsewhere's)
# Work bounds: how far after the citation its lead-in's colon may stand, a list's length.
_COLON_REACH = 80
_LIST_MAX_CHARS = 2000
# A lead-in that says what the law's subject shall, must or may do.
_DUTY = constant(
    r"(?i)\b(?:shall|must|may|is\s+(?:required|tasked|obliged)\s+to|will)\b"
    r"|应当|应|必须|可以|負責|负责|應當|應|必須"
)
# The list's end: a full stop (a Latin one before a space or the text's end), or a line break.
_LIST_END = constant(r"[。！？]|[.!?](?=\s|$)|\n")
_ITEM_SPLIT = constant(r"[;；]")
# The conjunction opening a list's last item: not the item's words.
_LAST_ITEM_OPENING = constant(r"(?i)(?:and|or)\s+|以及|和|及")


def listed_elsewhere(
    text: str,
    spans: Sequence[QuoteSpan | Quote],
    citations: Sequence[CitationSpan],
    store: Store | None,
) -> list[Quote]:
    """The list items the citations' lead-ins present whose words are another article's of the
    law: each a misattributed ``paraphrase`` of it (none where ``spans``, the quotations reported
    already, stand)."""
    if store is None:
        return []
    out: list[Quote] = []
    taken = [(s.start, s.end) for s in spans]
    wordings: dict[str, list[tuple[Article, list[frozenset[str]]]]] = {}
    for citation in citations[:_CITATIONS_MAX]:
        if citation.article is None or not certain(citation, store):
            continue
        statute = store.get(citation.statute or "")
        if statute is None or len({a.number for a in statute.articles}) < 2:
            continue
        items = presented_list(text, citation)
        if items is None or any(s < items[-1][1] and items[0][0] < e for s, e in taken):
            continue
        found = _accused_items(text, items, citation, citations, statute, wordings)
        out.extend(found)
        taken.extend((q.start, q.end) for q in found)
    return out


def presented_list(text: str, citation: CitationSpan) -> list[tuple[int, int]] | None:
    """The items (start, end) of the list the citation's lead-in opens; None when it opens none."""
    opened = sentence_start(text, citation.start)
    line_end = text.find("\n", citation.end, citation.end + _COLON_REACH)
    reach = line_end if line_end >= 0 else min(len(text), citation.end + _COLON_REACH)
    colons = [
        i for i in (text.find(":", citation.end, reach), text.find("：", citation.end, reach))
    ]
    colon = min((i for i in colons if i >= 0), default=-1)
    if colon < 0 or _DUTY.search(text, opened, colon) is None:
        return None
    end_mark = _LIST_END.search(text, colon + 1, colon + 1 + _LIST_MAX_CHARS)
    if end_mark is None:
        end = min(len(text), colon + 1 + _LIST_MAX_CHARS)
    else:
        end = end_mark.start() if text[end_mark.start()] == "\n" else end_mark.end()
    items: list[tuple[int, int]] = []
    start = colon + 1
    for mark in [*_ITEM_SPLIT.finditer(text, colon + 1, end), None]:
        stop = mark.start() if mark is not None else end
        items.append(_trimmed(text, start, stop))
        start = mark.end() if mark is not None else end
    items = [(s, e) for s, e in items if e > s]
    return items if len(items) >= _MIN_ITEMS else None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    opening = _LAST_ITEM_OPENING.match(text, start, end)
    if opening is not None:
        start = opening.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _accused_items(
    text: str,
    items: list[tuple[int, int]],
    citation: CitationSpan,
    citations: Sequence[CitationSpan],
    statute: Statute,
    wordings: dict[str, list[tuple[Article, list[frozenset[str]]]]],
) -> list[Quote]:
    tokens = content_words(" ".join(text[s:e] for s, e in items))
    if len(tokens) < _MIN_WORDS:
        return []
    paragraph_start = text.rfind("\n\n", 0, items[0][0]) + 1
    found = words_elsewhere(
        tokens, citation, citations, statute, wordings, paragraph_start, items[-1][1]
    )
    if found is None:
        return []
    matched, cited = found.matched, found.cited
    out = []
    for start, end in items:
        item_tokens = content_words(text[start:end])
        if len(item_tokens) < _ITEM_MIN_WORDS:
            continue
        item_shares = {a.number: s for s, a in article_shares(item_tokens, statute, wordings)}
        own = item_shares.get(matched.number, 0.0)
        if own < TOLD_MIN_SHARE or own <= item_shares.get(cited, 0.0):
            continue
        result = told_link(statute, matched, own)
        note = (
            f"cited as “{citation.text}”, whose lead-in opens the list; "
            f"{round(100 * found.share)}% of the list's content words stand in "
            f"{article_words(matched.number)} of {statute.title_en}, at most "
            f"{round(100 * found.runner_up)}% in any other of its articles and "
            f"{round(100 * found.cited_share)}% in the cited {article_words(cited)}; this item's "
            f"{round(100 * own)}% in {article_words(matched.number)}"
        )
        out.append(
            misattributed_paraphrase(
                text[start:end], start, end, result.score, result.match, cited_as(citation), note
            )
        )
    return out
