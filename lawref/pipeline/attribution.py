"""Attribution: which citation introduces each quotation, and whether the two agree.

A quotation is introduced by the nearest citation before it in its own sentence ("Article 7 of
the law says that “…”"), else by one after it in that sentence ("“…,” Article 14 reads"), else
by the last citation of the sentence before it — across a paragraph break only when that is the
lead-in of a block quotation ("Article 38 states:"). Citations inside quotations are never the
one that introduces another (a quoted article's own "Article 89(1)").

- ``consistent``: the citation names the statute the quotation matches and, if it names an
  article, that article (a citation of the statute alone agrees with any of its articles);
- ``misattributed``: the quotation matches one article but the citation names another article
  or another law;
- ``uncited``: no citation introduces it.

A version mismatch ("the 2014 law" for words of the 2023 revision) is not an attribution value
in the report's contract; :func:`version_note` returns it as a sentence for the text report.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from lawref.report import Attribution, CitedAs, Match
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store
from lawref.text.sentences import Segments

# How alike an unresolved citation's name and the matched statute's title must be for the
# citation to count as naming that statute (a name the store lacks, not another law).
NAME_AGREEMENT = 85.0
_LEAD_IN_ENDS = (":", "：")


@dataclass(frozen=True)
class Link:
    """A quotation's attribution, the citation it was judged against, and any version note."""

    attribution: Attribution
    cited_as: CitedAs | None
    citation: CitationSpan | None = None
    version_note: str | None = None


def attribute(
    text: str,
    quotes: Sequence[QuoteSpan],
    matches: Sequence[Match | None],
    citations: Sequence[CitationSpan],
) -> list[tuple[Attribution, CitedAs | None]]:
    """For each quotation (``matches[i]`` is what ``quotes[i]`` matched, or None): its
    attribution and the citation it is cited as."""
    return [
        (link.attribution, link.cited_as) for link in link_quotes(text, quotes, matches, citations)
    ]


def link_quotes(
    text: str,
    quotes: Sequence[QuoteSpan],
    matches: Sequence[Match | None],
    citations: Sequence[CitationSpan],
    store: Store | None = None,
    groups: Sequence[list[CitationSpan]] | None = None,
) -> list[Link]:
    """Like :func:`attribute`, with the citation chosen and (given the store) version notes.

    ``groups`` is :func:`introducing_citations`' answer when the caller has it already (the
    pipeline computes it once, before matching, to prefer the cited article)."""
    if len(matches) != len(quotes):
        raise ValueError(f"{len(quotes)} quotations but {len(matches)} matches")
    if groups is None:
        groups = introducing_citations(text, quotes, citations)
    return [_judge(group, match, store) for group, match in zip(groups, matches, strict=True)]


def introducing_citations(
    text: str, quotes: Sequence[QuoteSpan], citations: Sequence[CitationSpan]
) -> list[list[CitationSpan]]:
    """For each quotation, the citation that introduces it — all the articles it lists
    ("Articles 7 and 14 of …" is one citation of two articles) — or an empty list."""
    spans = sorted((q.start, q.end) for q in quotes)
    segments = Segments(text, spans)
    inside = _Containment(spans)
    outside = sorted(
        (c for c in citations if not inside(c.start, c.end)), key=lambda c: (c.start, c.end)
    )
    by_sentence: dict[int, list[CitationSpan]] = {}
    by_span: dict[tuple[int, int], list[CitationSpan]] = {}
    for citation in outside:
        by_sentence.setdefault(segments.sentence(citation.start), []).append(citation)
        by_span.setdefault((citation.start, citation.end), []).append(citation)
    result = []
    for quote in quotes:
        chosen = _introducer(quote, segments, by_sentence, text)
        result.append(by_span[(chosen.start, chosen.end)] if chosen else [])
    return result


def _introducer(
    quote: QuoteSpan,
    segments: Segments,
    by_sentence: dict[int, list[CitationSpan]],
    text: str,
) -> CitationSpan | None:
    sentence = segments.sentence(quote.start)
    own = by_sentence.get(sentence, [])
    before = [c for c in own if c.end <= quote.start]
    if before:
        return max(before, key=lambda c: (c.end, -c.start))
    after = [c for c in own if c.start >= quote.end]
    if after:
        return min(after, key=lambda c: c.start)
    previous = sentence - 1
    if previous < 0:
        return None
    candidates = by_sentence.get(previous, [])
    if not candidates:
        return None
    start, end = segments.sentence_span(previous)
    lead_in = text[start:end].rstrip(' \t\n\r\u3000"“”「」').endswith(_LEAD_IN_ENDS)
    same_paragraph = segments.paragraph(start) == segments.paragraph(quote.start)
    if same_paragraph or lead_in or quote.lead_in or quote.marks == "block":
        return max(candidates, key=lambda c: (c.end, -c.start))
    return None


class _Containment:
    """Whether a span lies inside any of the quotations (which may nest): one bisection."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.starts = [s for s, _ in spans]
        self.reach: list[int] = []
        furthest = -1
        for _, end in spans:
            furthest = max(furthest, end)
            self.reach.append(furthest)

    def __call__(self, start: int, end: int) -> bool:
        index = bisect_right(self.starts, start) - 1
        return index >= 0 and self.reach[index] >= end


def _judge(group: list[CitationSpan], match: Match | None, store: Store | None) -> Link:
    if not group:
        return Link("uncited", None)
    if match is None:
        # Not from a statute, so nothing to contradict the citation beside it.
        return Link("consistent", _cited_as(group[0]), group[0])
    for citation in group:
        if agrees(citation, match):
            return Link(
                "consistent",
                _cited_as(citation),
                citation,
                version_note(citation, match, store),
            )
    return Link("misattributed", _cited_as(group[0]), group[0])


def agrees(citation: CitationSpan, match: Match) -> bool:
    """Whether ``citation`` names the statute (and article) that ``match`` found."""
    if citation.statute is not None:
        same_statute = citation.statute == match.statute
    elif citation.ambiguous:
        same_statute = match.statute in citation.ambiguous
    else:
        # A statute the store does not know by this name: the same law only if the name is
        # (nearly) one of its titles.
        name = citation.name or citation.text
        same_statute = any(
            fuzz.token_set_ratio(name, title, processor=str.casefold) >= NAME_AGREEMENT
            for title in (match.title, match.title_original)
        )
    if not same_statute:
        return False
    return citation.article is None or _base(citation.article) == _base(match.article)


def _base(article: str) -> str:
    """ "230(c)(1)" → "230": a citation of a part agrees with the article that holds it."""
    return article.split("(", 1)[0].strip()


def _cited_as(citation: CitationSpan) -> CitedAs:
    return CitedAs(text=citation.text, statute=citation.statute, article=citation.article)


def version_note(citation: CitationSpan, match: Match, store: Store | None = None) -> str | None:
    """A sentence when the citation names a version whose text of the matched article differs
    from the version the quotation matched ("the 2014 law" quoted with 2023 words); None when
    they agree, when either names no version, or when the store lacks the cited version's text."""
    if not citation.version or not match.version or citation.version == match.version:
        return None
    if citation.statute != match.statute:
        return None
    where = f"Article {match.article}"
    if store is not None:
        statute = store.get(match.statute)
        if statute is None:
            return None
        cited_articles = statute.articles_in(citation.version)
        if not cited_articles:
            return None  # the store has no text of the cited version to compare with
        cited = next((a for a in cited_articles if a.number == match.article), None)
        matched = statute.article(match.article, match.version)
        if cited is not None and matched is not None and cited.text == matched.text:
            return None
        if cited is None:
            return (
                f"cited as the {citation.version} version, but the quoted words are from the "
                f"{match.version} version; {where} is not in the {citation.version} version"
            )
    return (
        f"cited as the {citation.version} version, but the quoted words are from the "
        f"{match.version} version, whose {where} differs"
    )
