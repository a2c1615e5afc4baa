"""Words that stand word for word in several articles of a law are the article the page cites.

A page headed "GDPR Art.35: Data Protection Impact Assessment" quotes “likely to result in a high
risk to the rights and freedoms of natural persons,” with only "GDPR's" beside it: the words stand
exactly in Art. 34(1) (a breach's notice) and in Art. 35(1) (the impact assessment), and the
matcher's tie-breaks chose Art. 34. The words cannot tell the two apart; the page can, since it
cites Art. 35 above them. So when a quotation is an exact match (verbatim, minor, elided) that
ties — same verdict, same score — with an exact match in other articles of the same statute, the
citation beside it names that statute alone (a citation of an article was preferred by the matcher
already), and the nearest citation before it that names an article of that statute names one of
the tied articles, the quotation is matched again with that article preferred. Nothing changes
when no citation before it names one of them: the tie-breaks stand.

The words are that article's as much as the other's, so the link is never less true, and the
attribution is read from the citations as before. On the real-world passages (every set): one
such tie (heldout18, the page above, labelled Art. 35).
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.match.results import EXACT, MatchResult
from lawref.pipeline.checkable import base_article
from lawref.pipeline.cited_across import Rematch
from lawref.pipeline.renderings import Weighed
from lawref.spans import CitationSpan, QuoteSpan

__all__ = ["page_cited_tie"]


def page_cited_tie(
    spans: Sequence[QuoteSpan],
    weighed: Sequence[Weighed],
    groups: Sequence[Sequence[CitationSpan]],
    citations: Sequence[CitationSpan],
    rematch: Rematch,
) -> list[Weighed]:
    """``weighed`` with each exact match tied across articles of its statute matched again with
    the tied article the page cites last before it preferred (see the module's docstring)."""
    out = list(weighed)
    for i, (span, group) in enumerate(zip(spans, groups, strict=True)):
        result = out[i].result
        match = result.match
        if match is None or result.verdict not in EXACT:
            continue
        if any(c.statute == match.statute and c.article for c in group):
            continue  # an article cited beside the words: the matcher preferred it
        tied = tied_articles(result)
        if match.article not in tied or len(tied) < 2:
            continue
        cited = _last_cited(citations, span.start, match.statute, tied)
        if cited is None or cited == match.article:
            continue
        again = rematch(span.text, (match.statute, cited), 0.0)
        if again.match is not None and (again.match.article, again.verdict) == (
            cited,
            result.verdict,
        ):
            out[i] = Weighed(again, out[i].note)
    return out


def tied_articles(result: MatchResult) -> set[str]:
    """The articles of the matched statute whose exact match ties with the chosen one."""
    match = result.match
    if match is None:
        return set()
    return {
        c.article
        for c in result.candidates
        if c.statute == match.statute
        and c.verdict == result.verdict
        and c.score >= result.score
        and len(c.articles) == 1
    }


def _last_cited(
    citations: Sequence[CitationSpan], before: int, statute: str, tied: set[str]
) -> str | None:
    """The tied article named by the last citation of the statute before ``before`` that names
    an article of it, or None."""
    for citation in sorted(citations, key=lambda c: c.start, reverse=True):
        if citation.start >= before or citation.statute != statute or not citation.article:
            continue
        article = base_article(str(citation.article))
        return article if article in tied else None
    return None
