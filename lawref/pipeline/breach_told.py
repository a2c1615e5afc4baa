"""A penalty's words given as what follows from breaching the cited article accuse nobody.

A writer cites a duty and then says what breaking it costs: "根据数据安全法第十七条，任何单位和个人
不得……，违反该规定的，将承担以下法律责任：(1)责令改正，没收违法所得……罚款", "Under Article 32 …;
violating it exposes the company to: fines of up to …". The words after the lead-in are a
penalty article's (the matcher finds them in one: an article that itself names the duties whose
breach it punishes), and the citation before them names the duty, not their source: the writer
never says the cited article holds them. Calling the citation wrong would be a false
accusation, so the quotation is `unverified`, with a note saying why.

pipeline/cross_references.py spares the same pairing when the law ties the two articles (the
penalty article names the cited one); this rule reads the writer's own words instead: between
the citation and the quotation, with no other citation there, the writer speaks of a breach
(违反该规定的, 不履行…的, "in breach of", "violating") — the words the law itself uses for it
(``cross_references.names_breach``) — and the matched article is a penalty article
(``cross_references.breached_articles`` finds the duties it names), and the writer's penalty
sets other amounts than the article's (一万元 for its 十万元): terms of the writer's own in the
law's formula, not the article quoted. A citation that introduces the penalty's words with no
breach spoken of between them ("Article 17 provides: “…罚款”") still claims them, and so does a
penalty told with the law's own amounts for a duty that article does not enforce
(pipeline/penalty_amounts.py: the penalty is another duty's, and the claim stands).

On the real-world passages (every set): one false claim of this kind (heldout11, a generated
page listing a penalty article's fine, amounts changed, as the liability for breaching Data
Security Law Art. 17); none of the 31 labelled real misattributions has a breach spoken of
between its citation and its words.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.match.results import MatchResult
from lawref.pipeline.attribution import Link
from lawref.pipeline.checkable import article_words
from lawref.pipeline.cross_references import breached_articles, names_breach
from lawref.pipeline.penalty_amounts import mask_numbers
from lawref.report import Difference
from lawref.spans import CitationSpan, QuoteSpan

__all__ = ["breach_told"]

# Characters between the citation's end and the quotation that the writer's lead-in may take
# ("，任何单位和个人不得……个人信息，违反该规定的，将承担以下法律责任：": 70 characters in the case read;
# a paragraph of the writer's, not a page).
_LEAD_IN_MAX = 300


def breach_told(
    text: str,
    spans: Sequence[QuoteSpan],
    results: Sequence[MatchResult],
    links: Sequence[Link],
    citations: Sequence[CitationSpan],
) -> list[Link]:
    """``links`` with each misattribution turned ``unverified`` (with a note) when the quoted
    words are a penalty article's with other amounts and the writer's words between the
    citation and them speak of a breach."""
    return [
        _spared(text, span, result, link, citations) or link
        for span, result, link in zip(spans, results, links, strict=True)
    ]


def _spared(
    text: str,
    span: QuoteSpan,
    result: MatchResult,
    link: Link,
    citations: Sequence[CitationSpan],
) -> Link | None:
    citation = link.citation
    match = result.match
    if link.attribution != "misattributed" or match is None or citation is None:
        return None
    if not any(_other_amount(d) for d in result.differences):
        return None  # the law's own amounts: a penalty for another duty, given as this one's
    if not citation.end <= span.start <= citation.end + _LEAD_IN_MAX:
        return None
    if any(citation.end <= c.start < span.start for c in citations):
        return None  # another citation between: the lead-in is not about the cited article
    if not names_breach(text[citation.end : span.start]):
        return None
    if not breached_articles(match.text):
        return None  # not a penalty article: the words are some other provision's
    note = (
        f"cited as “{citation.text}”; the words are a penalty of {article_words(match.article)} "
        f"of {match.title}, given as what follows from breaching the cited article, not as its "
        f"text"
    )
    return Link("unverified", link.cited_as, citation, note)


def _other_amount(difference: Difference) -> bool:
    """Whether a difference puts another number for the stored one (一万元 for 十万元)."""
    return (
        difference.op == "replace"
        and mask_numbers(difference.quote) != difference.quote
        and mask_numbers(difference.statute) != difference.statute
    )
