"""The citation heading the section a block quotation or an unquoted reproduction stands in.

A short line that is a citation and nothing more ("§ 1601 Determination of …", "GDPR Article 6 —
Lawfulness of processing", "⑴ 網路安全法第63條處罰條例") introduces the reproductions below it
(rule 7 of pipeline/introducers.py). The writer's own sentence under it may name the same law
again without an article ("违反网络安全法的，…", "Violations of the Cybersecurity Law …"): that
bare mention repeats the heading's law, so it neither ends the heading's section nor takes its
place as the reproductions' citation — the heading still says which article the text is.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Container, Sequence

from lawref.spans import CitationSpan, QuoteSpan

__all__ = ["citation_heading_above", "is_heading"]

# A heading citation introduces the block quotations and unquoted reproductions of its section: a
# line this short at most, that far back at most. On the real-world passages (tests/realworld, 164)
# the reproductions under a heading start 16 to 633 characters after it; the reach leaves room for
# a longer article.
HEADING_MAX = 120
HEADING_REACH = 1500
_LINE_ENDS = ".!?。！？;；:：,，"


def citation_heading_above(
    text: str,
    heads: Sequence[CitationSpan],
    starts: Sequence[int],
    claimed: Container[tuple[int, int]],
    quote: QuoteSpan,
) -> CitationSpan | None:
    """The heading citation above ``quote``: the last citation before it (``heads``, sorted by
    ``starts``), read back past mentions of that same law without an article, when it stands
    alone on a short line within HEADING_REACH characters and no quotation has claimed it. Unlike
    instruments.article_heading_above (an instrument's bare article heading), this heading is a
    citation found in the text, naming the law as well as the article."""
    at = bisect_left(starts, quote.start) - 1
    while at > 0 and _repeats_law(heads[at], heads[at - 1]):
        at -= 1
    if at < 0:
        return None
    citation = heads[at]
    if (citation.start, citation.end) in claimed or citation.end > quote.start:
        return None
    return citation if is_heading(text, citation, quote.start) else None


def _repeats_law(mention: CitationSpan, earlier: CitationSpan) -> bool:
    """Whether ``mention`` names, without an article, the law ``earlier`` cites an article of."""
    return (
        mention.article is None
        and mention.statute is not None
        and earlier.article is not None
        and earlier.statute == mention.statute
    )


def is_heading(text: str, citation: CitationSpan, before: int) -> bool:
    """Whether ``citation`` stands alone at the start of a short line with no sentence end, that
    line ending before ``before`` and within HEADING_REACH characters of it."""
    if before - citation.end > HEADING_REACH:
        return False
    line_start = text.rfind("\n", 0, citation.start) + 1
    line_end = text.find("\n", citation.end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end].strip()
    prefix = text[line_start : citation.start].strip()
    if len(line) > HEADING_MAX or len(prefix.split()) > 1 or not line:
        return False
    return line[-1] not in _LINE_ENDS and line_end < before + 1
