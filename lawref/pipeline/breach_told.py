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
(``cross_references.breached_articles`` finds the duties it names). A citation that introduces
the penalty's words with no breach spoken of between them ("Article 17 provides: “…罚款”")
still claims them, and another article's words under it remain a misattribution.

On the real-world passages (every set): one false claim of this kind (heldout11, a generated
page listing a penalty article's fine, amounts changed, as the liability for breaching Data
Security Law Art. 17); none of the 31 labelled real misattributions has a breach spoken of
between its citation and its words.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.pipeline.attribution import Link
from lawref.pipeline.checkable import article_words
from lawref.pipeline.cross_references import breached_articles, names_breach
from lawref.report import Match
from lawref.spans import CitationSpan, QuoteSpan

__all__ = ["breach_told"]

# Characters between the citation's end and the quotation that the writer's lead-in may take
# ("，任何单位和个人不得……个人信息，违反该规定的，将承担以下法律责任：": 70 characters in the case read;
# a paragraph of the writer's, not a page).
_LEAD_IN_MAX = 300


def breach_told(
    text: str,
    spans: Sequence[QuoteSpan],
    matches: Sequence[Match | None],
    links: Sequence[Link],
    citations: Sequence[CitationSpan],
) -> list[Link]:
    """``links`` with each misattribution turned ``unverified`` (with a note) when the quoted
    words are a penalty article's and the writer's words between the citation and them speak of
    a breach."""
    return [
        _spared(text, span, match, link, citations) or link
        for span, match, link in zip(spans, matches, links, strict=True)
    ]


def _spared(
    text: str,
    span: QuoteSpan,
    match: Match | None,
    link: Link,
    citations: Sequence[CitationSpan],
) -> Link | None:
    citation = link.citation
    if link.attribution != "misattributed" or match is None or citation is None:
        return None
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
