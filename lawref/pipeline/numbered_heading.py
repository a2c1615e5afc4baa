"""Words copied exactly under a bare article heading of the matched article's number are that
article's, whatever law the heading was read as from a mention further up.

A commentary or a reproduction sets an article under its bare number ("第十六条 个人信息处理者
不得……") without naming the law on the heading's line. The citation finder gives such a heading
the law named last before it; when that is a law the store does not hold, named in passing in
the prose above ("根据民法典第一百四十一条……的规定"), pipeline/renderings.py takes the words
under the heading to be that law's sentence and unlinks them, even when they stand word for
word in a stored article of the very number the heading gives. Two pieces of evidence speak for
the stored article — every word of its text, and its number on the heading — against one read
from context; so the words keep their link, and the citation, naming a law the store lacks,
leaves them ``unverified``.

Only an inherited name is weighed so: a heading that names its law itself ("《民法典》第十六条"),
or words that are not an exact copy (altered, paraphrase), or a heading of another number
(a Civil Code article whose words open another law's article: 1034 and the PIPL's Art. 2), stay
as pipeline/renderings.py reads them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from lawref.match.results import MatchResult
from lawref.pipeline.checkable import base_article
from lawref.pipeline.instruments import article_heading_above
from lawref.spans import CitationSpan, QuoteSpan

__all__ = ["heads_matched_number", "under_own_heading", "unheaded"]


# The verdicts of an exact copy: every word of the stored text, in its order.
_EXACT = ("verbatim", "minor", "elided")


def heads_matched_number(
    text: str, start: int | None, citation: CitationSpan, result: MatchResult
) -> bool:
    """Whether the quotation at ``start``, copied exactly (``result``), stands under the bare
    article heading ``citation``, whose law is only read from the text before it (the name is not
    in its own words), and whose number is the matched article's."""
    match = result.match
    if start is None or match is None or citation.article is None:
        return False
    if result.verdict not in _EXACT:
        return False
    if citation.name is not None and citation.name in citation.text:
        return False  # the heading names its law itself
    if citation.note is not None:
        return False  # read from a title line of another instrument (citations/headings.py)
    heading = article_heading_above(text, start)
    if heading is None or heading.start != citation.start:
        return False
    return base_article(citation.article) == base_article(str(match.article))


def under_own_heading(text: str) -> Callable[[QuoteSpan, MatchResult], bool]:
    """Whether a quotation of ``text`` stands under a bare article heading of its matched
    article's number (reuse/copied_paragraphs.py splits such an uncited copy by paragraph)."""

    def headed(span: QuoteSpan, result: MatchResult) -> bool:
        match = result.match
        if match is None:
            return False
        heading = article_heading_above(text, span.start)
        return heading is not None and heading.number == base_article(str(match.article))

    return headed


def unheaded(text: str, citations: Sequence[CitationSpan]) -> Callable[[QuoteSpan, int], bool]:
    """Whether a quotation of ``text`` stands under nothing a piece of it could be read under
    apart from the whole: no article heading above it and no citation of the document's before
    ``at`` (the start of its last piece: a cross-reference inside an earlier piece counts).
    reuse/copied_paragraphs.py splits such an uncited copy by paragraph."""
    starts = [c.start for c in citations]

    def alone(span: QuoteSpan, at: int) -> bool:
        if any(start < at for start in starts):
            return False
        return article_heading_above(text, span.start) is None

    return alone
