"""Quoted words that themselves name the cited article as the duty they enforce accuse nobody.

A page headed "网络安全法第二十七条" gives the article, then, as its "interpretation", the penalty
paragraph that enforces it: "违反本法第二十七条规定，受到治安管理处罚的人员，五年内不得……". The
words are another article's (Art. 63), but they name the cited Art. 27 themselves: the writer
shows what follows from the cited article, and calling the citation wrong would be a false
accusation. pipeline/cross_references.py spares a citation that merely names the duty; this rule
looks at the quoted words alone, so that it holds even under a heading or a lead-in that presents
them from afar: when the quoted words say "in breach of Article N" (违反本法第N条, 不履行本法第N条
规定的义务, "infringements of … Article N"), the citation names Article N of the same statute, and
other paragraphs of the writer's stand between the citation and the quotation (a page's title line,
then sections of its own: 条文内容, 具体解读), the quotation is `unverified` with a note instead of
`misattributed`. A citation right before the words ("Article 25 reads: “…”", a heading over them)
gives them as the cited article's text, and the claim stands.

On the real-world passages (every set): one false claim of this kind (heldout9); none of the 24
labelled real misattributions holds a reference to the cited article in its own words.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.pipeline.attribution import Link
from lawref.pipeline.checkable import article_words, base_article
from lawref.pipeline.cross_references import breached_articles
from lawref.report import Match
from lawref.spans import QuoteSpan

__all__ = ["refers_to_cited"]


def refers_to_cited(
    text: str,
    spans: Sequence[QuoteSpan],
    matches: Sequence[Match | None],
    links: Sequence[Link],
) -> list[Link]:
    """``links`` with each misattribution turned ``unverified`` (with a note) when the quoted
    words name the cited article as the one whose breach they punish, and the citation stands
    paragraphs away from them."""
    return [
        _spared(text, span, match, link) or link
        for span, match, link in zip(spans, matches, links, strict=True)
    ]


def _spared(text: str, span: QuoteSpan, match: Match | None, link: Link) -> Link | None:
    citation = link.citation
    if link.attribution != "misattributed" or match is None or citation is None:
        return None
    if citation.statute != match.statute or not citation.article:
        return None
    if not _paragraphs_between(text, citation.end, span.start):
        return None
    cited = base_article(str(citation.article))
    if cited not in breached_articles(span.text):
        return None
    note = (
        f"cited as “{citation.text}”; the words are from {article_words(match.article)} of "
        f"{match.title}, which names the cited article itself as the duty it enforces: they "
        f"show what follows from the cited article, not a wrong citation"
    )
    return Link("unverified", link.cited_as, citation, note)


def _paragraphs_between(text: str, end: int, start: int) -> bool:
    """Whether a line with words stands wholly between the citation's line and the quotation's."""
    if start <= end:
        return False
    after_citation = text.find("\n", end, start)
    before_quote = text.rfind("\n", 0, start)
    if after_citation < 0 or before_quote <= after_citation:
        return False
    return any(line.strip() for line in text[after_citation:before_quote].split("\n"))
