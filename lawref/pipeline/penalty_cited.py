"""A citation of the article that punishes the breach of the quoted one accuses nobody.

A page gives an article's text with a box of links beside it: "=> Recital: 38", "=> administrative
fine: Art. 83 (4) lit a", then GDPR Art. 8's paragraphs. The citation nearest the words is the
article that fines their breach (Art. 83(4)(a): "infringements of the following provisions …
the obligations of the controller and the processor pursuant to Articles 8, 11, 25 to 39"), not
a claim that Art. 83 says them; a Chinese page does the same with 法律责任：网络安全法第六十四条
beside Art. 41's duty. The law itself ties the two articles: the cited one names the quoted one
as the duty whose breach it punishes. Calling the citation wrong would be a false accusation,
so the quotation is `unverified`, with a note saying why.

This is the converse of pipeline/cross_references.py (a penalty article's words under a citation
of the duty it enforces) and uses the same reading of a law's text
(``cross_references.breached_articles``: 违反本法第N条, 不履行本法第N条规定的义务,
"infringements of … Articles 8, 11, 25 to 39", "in breach of Article N").

On the real-world passages (every set): one false claim of this kind (heldout11, GDPR Art. 8
under a link to Art. 83(4)(a)); none of the 31 labelled real misattributions is cited as an
article that names its words' article as the duty it punishes.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.pipeline.attribution import Link
from lawref.pipeline.checkable import article_words, base_article
from lawref.pipeline.cross_references import breached_articles
from lawref.report import Match
from lawref.store.files import Store

__all__ = ["penalty_cited"]


def penalty_cited(
    matches: Sequence[Match | None], links: Sequence[Link], store: Store | None
) -> list[Link]:
    """``links`` with each misattribution turned ``unverified`` (with a note) when the cited
    article of the matched statute names the matched article as one whose breach it punishes."""
    return [_spared(match, link, store) or link for match, link in zip(matches, links, strict=True)]


def _spared(match: Match | None, link: Link, store: Store | None) -> Link | None:
    citation = link.citation
    if link.attribution != "misattributed" or match is None or citation is None:
        return None
    if store is None or citation.statute != match.statute or not citation.article:
        return None
    cited = base_article(str(citation.article))
    matched = base_article(str(match.article))
    if cited == matched or not punishes(store, match.statute, cited, matched, match.version):
        return None
    note = (
        f"cited as “{citation.text}”; the words are from {article_words(matched)} of "
        f"{match.title}, whose breach the cited article punishes: the citation names the "
        f"penalty for the words, not a wrong source"
    )
    return Link("unverified", link.cited_as, citation, note)


def punishes(
    store: Store, statute_id: str, penalty: str, duty: str, version: str | None = None
) -> bool:
    """Whether article ``penalty`` of the statute, in the matched ``version`` (a renumbered law's
    articles name each other by that version's numbers), in any official language or rendering
    the store holds, names article ``duty`` as one whose breach it punishes."""
    statute = store.get(statute_id)
    if statute is None:
        return False
    for article in statute.numbered(penalty):
        if version is not None and article.versions and version not in article.versions:
            continue
        if any(duty in breached_articles(text) for text in article.every_text()):
            return True
    return False
