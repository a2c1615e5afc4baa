"""Attribution: whether the citation that introduces a quotation names the text it quotes.

Which citation introduces a quotation is :mod:`lawref.pipeline.introducers`' business; this module
judges the pair:

- ``consistent``: a citation introducing the quotation names the statute the quotation matches
  and, if it names an article, that article (a citation of the statute alone agrees with any of
  its articles; words that also stand in the cited article agree with it);
- ``misattributed``: only when it is certain — every citation introducing the quotation resolves
  to one statute of the store (and, when it names one, to an article the store holds), and the
  quoted words are from another article or statute and not in the cited one; words reproduced
  without quotation marks accuse only a citation that names an article (a commentary's own
  sentence echoing one law beside another law's name is not the writer presenting law text: on
  the real-world passages every such statute-level claim was false, every true one named an
  article);
- ``unverified``: cited, but the citation cannot be checked — it names a law the store does not
  hold (the Civil Code, Directive 95/46/EC), fits several statutes, or names an article or a
  statute whose text the store lacks; the note says which;
- ``uncited``: no citation introduces it.

A version the citation names but the store lacks, or whose text of the article differs, is not
an attribution value; :func:`version_note` says it in a sentence for the reports.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from rapidfuzz import fuzz

from lawref.match.results import MatchResult
from lawref.pipeline.checkable import (
    ANOTHER_TEXT,
    article_words,
    base_article,
    certain,
    comparable,
    law_named_in_quotation,
    outside_store,
    unverified_note,
)
from lawref.pipeline.introducers import introducing_citations
from lawref.pipeline.sentence import sentence_sides
from lawref.report import Attribution, CitedAs, Match
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store
from lawref.store.versions import reading
from lawref.text.normalize import letters_form
from lawref.xling.link import evidence_of

__all__ = [
    "Link",
    "agrees",
    "attribute",
    "firmness",
    "introducing_citations",
    "link_quotes",
    "version_note",
]

# How alike an unresolved citation's name and the matched statute's title must be for the
# citation to count as naming that statute (a name the store lacks, not another law).
NAME_AGREEMENT = 85.0
CROSSLINGUAL = "crosslingual"
# Verdicts that say where the words come from firmly enough to accuse a citation of naming the
# wrong place. A paraphrase the matcher found (about an article, following no text) never
# accuses; one the cross-lingual check linked does: it was linked to another article although
# the cited one was tried first (xling/link.py) and its evidence is faithful.
_FIRM = ("verbatim", "minor", "elided", "altered", CROSSLINGUAL)


def firmness(result: MatchResult) -> str:
    """What :func:`link_quotes` needs to know of a quotation's result: its verdict, or
    ``"crosslingual"`` for a rendering linked to a Chinese article by its evidence."""
    return CROSSLINGUAL if evidence_of(result) is not None else result.verdict


@dataclass(frozen=True)
class Link:
    """A quotation's attribution, the citation it was judged against, and a note for the
    reports (a version the store lacks or whose text differs; why a citation is unverified)."""

    attribution: Attribution
    cited_as: CitedAs | None
    citation: CitationSpan | None = None
    note: str | None = None

    @property
    def version_note(self) -> str | None:
        """The note (its former name, when it only ever spoke of versions)."""
        return self.note


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
    verdicts: Sequence[str] | None = None,
) -> list[Link]:
    """Like :func:`attribute`, with the citation chosen and (given the store) notes.

    ``groups`` is :func:`introducing_citations`' answer when the caller has it already (the
    pipeline computes it once, before matching, to prefer the cited article); ``verdicts`` are
    the quotations' :func:`firmness` (a paraphrase the matcher found never makes a citation
    misattributed)."""
    if len(matches) != len(quotes):
        raise ValueError(f"{len(quotes)} quotations but {len(matches)} matches")
    if groups is None:
        groups = introducing_citations(text, quotes, citations)
    inherited = _inherited_names(citations)
    groups = [[inherited.get((c.start, c.end), c) for c in group] for group in groups]
    if verdicts is None:
        verdicts = ["verbatim"] * len(quotes)
    quoted_antecedent = law_named_in_quotation(citations, quotes)
    return [
        _judge(group, quote, match, verdict, store, quoted_antecedent, text)
        for group, quote, match, verdict in zip(groups, quotes, matches, verdicts, strict=True)
    ]


def _judge(
    group: list[CitationSpan],
    quote: QuoteSpan,
    match: Match | None,
    verdict: str,
    store: Store | None,
    quoted_antecedent: frozenset[tuple[int, int]] = frozenset(),
    text: str = "",
) -> Link:
    if not group:
        return Link("uncited", None)
    first = group[0]
    if match is None:
        # Not from a statute, so nothing to contradict the citation; a citation of a law the
        # store lacks is still one that cannot be checked.
        if outside_store(first, store):
            return Link("unverified", _cited_as(first), first, unverified_note(first, None, store))
        return Link("consistent", _cited_as(first), first)
    for citation in group:
        renumbered = _renumbered_reading(citation, match, store)
        if renumbered is not None:
            fits, note = renumbered
            if fits:
                return Link("consistent", _cited_as(citation), citation, note)
            continue
        if agrees(citation, match, store):
            return Link(
                "consistent", _cited_as(citation), citation, version_note(citation, match, store)
            )
    for citation in group:
        if citation.article is None and _short_name_of(citation, match, store):
            # "the National Security Law" resolves to the PRC's, but is also what Hong Kong
            # calls its own: a name that is part of the matched statute's names accuses nobody.
            note = f"“{citation.text}” may also name {match.title}"
            return Link("consistent", _cited_as(citation), citation, note)
    for citation in group:
        if _holds_words(citation, quote.text, store):
            note = f"the quoted words also stand in the article cited (“{citation.text}”)"
            return Link("consistent", _cited_as(citation), citation, note)
    rewritten = _rewrites_cited(group, quote, match, store, text)
    if rewritten is not None:
        note = (
            f"the sentence also holds words of the article cited (“{rewritten.text}”) that "
            f"{article_words(match.article)} of {match.title} lacks: a rewriting of the cited "
            f"article, not words from another"
        )
        return Link("consistent", _cited_as(rewritten), rewritten, note)
    uncertain = next(
        (
            c
            for c in group
            if not certain(c, store)
            or not comparable(c, quote.text, store, crosslingual=verdict == CROSSLINGUAL)
        ),
        None,
    )
    if uncertain is not None:
        note = unverified_note(uncertain, match, store)
        return Link("unverified", _cited_as(uncertain), uncertain, note)
    borrowed = next((c for c in group if (c.start, c.end) in quoted_antecedent), None)
    if borrowed is not None:
        note = (
            f"cited as “{borrowed.text}”, an article number whose law is named only inside "
            f"quoted text before it: the citation cannot be checked; the words are from "
            f"{article_words(match.article)} of {match.title}"
        )
        return Link("unverified", _cited_as(borrowed), borrowed, note)
    if verdict not in _FIRM:
        note = (
            f"cited as “{first.text}”; the quotation follows no stored text closely, so it "
            f"cannot show the citation wrong (it is nearest to Art. {match.article} of "
            f"{match.title})"
        )
        return Link("unverified", _cited_as(first), first, note)

    if quote.marks == "none" and first.article is None:
        note = (
            f"cited as “{first.text}”, a law named without an article beside words not set off "
            f"as its text: an unquoted echo cannot show the citation wrong (the words are from "
            f"{article_words(match.article)} of {match.title})"
        )
        return Link("unverified", _cited_as(first), first, note)
    return Link("misattributed", _cited_as(first), first)


def _renumbered_reading(
    citation: CitationSpan, match: Match, store: Store | None
) -> tuple[bool, str | None] | None:
    """For a statute whose versions number articles differently (a renumbering is recorded):
    whether the cited article is the matched one in the cited (or dated) version's numbering,
    and the note saying which version the words come from. None: not such a case."""
    if store is None or citation.statute != match.statute or not citation.article:
        return None
    statute = store.get(match.statute)
    if statute is None:
        return None
    fits, note = reading(
        statute,
        base_article(citation.article),
        citation.version,
        citation.dated,
        match.article,
        match.version,
    )
    return (fits, note) if note is not None else None


def agrees(citation: CitationSpan, match: Match, store: Store | None = None) -> bool:
    """Whether ``citation`` names the statute (and article) that ``match`` found."""
    if citation.statute is not None:
        same_statute = citation.statute == match.statute
    elif citation.ambiguous:
        same_statute = match.statute in citation.ambiguous
    elif ruled_out(citation, match.statute):
        return False
    else:
        same_statute = _names_title(citation, match) or _qualified_name(citation, match, store)
    if not same_statute:
        return False
    return citation.article is None or base_article(citation.article) == base_article(match.article)


# How the finder's note begins when it read a name as another instrument than a stored law of
# that name (lawref/citations: "the UK GDPR", "Implementation Rules for …", a heading under
# another instrument's title).
_OTHER_INSTRUMENT_NOTES = ("other instrument", "another instrument", "a heading of ")


def ruled_out(citation: CitationSpan, statute: str) -> bool:
    """Whether the finder read the citation's name and ruled the stored ``statute`` out: a draft
    or proposal of it, its former text, a law of that name from before it was adopted, another
    instrument named after it, or another text of it on the page. Its name then does not make it
    that statute, however alike the names."""
    note = citation.note or ""
    if citation.statute is not None or not note:
        return False
    return statute in note or note.startswith(_OTHER_INSTRUMENT_NOTES) or note == ANOTHER_TEXT


def _names_title(citation: CitationSpan, match: Match) -> bool:
    """A statute the store does not know by this name: the same law only if the name is
    (nearly) one of the matched statute's titles."""
    name = citation.name or citation.text
    return any(
        fuzz.token_set_ratio(name, title, processor=str.casefold) >= NAME_AGREEMENT
        for title in (match.title, match.title_original)
    )


# Words a writer puts before a law's name that do not change which law it is.
_QUALIFIERS = ("中华人民共和国", "中國", "中国", "我国", "我國", "china's", "chinese", "prc", "the")


def _qualified_name(citation: CitationSpan, match: Match, store: Store | None) -> bool:
    """A name the store lacks that is one of the matched statute's names with a country put
    before it or inside it (《中国国家情报法》 for 国家情报法)."""
    if store is None or not citation.name:
        return False
    statute = store.get(match.statute)
    if statute is None:
        return False
    name = letters_form(citation.name).text
    for qualifier in _QUALIFIERS:
        name = name.replace(letters_form(qualifier).text, "")
    if len(name) < 4:
        return False
    return any(letters_form(other).text == name for other in statute.names())


def _inherited_names(
    citations: Sequence[CitationSpan],
) -> dict[tuple[int, int], CitationSpan]:
    """A bare reference the finder could not resolve ("第7条" after a name the store lacks)
    takes the name written last before it, so that the name can still be compared."""
    out: dict[tuple[int, int], CitationSpan] = {}
    last_name: str | None = None
    for citation in sorted(citations, key=lambda c: (c.start, c.end)):
        if citation.statute is not None or citation.ambiguous:
            last_name = None
            continue
        if citation.name:
            last_name = citation.name
        elif last_name is not None:
            out[(citation.start, citation.end)] = replace(citation, name=last_name)
    return out


def _short_name_of(citation: CitationSpan, match: Match, store: Store | None) -> bool:
    """Whether the citation's name, as written, is part of one of the matched statute's names
    (at least two words or four characters of it)."""
    if store is None or not citation.name:
        return False
    statute = store.get(match.statute)
    if statute is None:
        return False
    name = letters_form(citation.name).text
    if len(name) < 4:
        return False
    return any(name in letters_form(other).text for other in statute.names())


def _holds_words(citation: CitationSpan, words: str, store: Store | None) -> bool:
    """Whether the cited article (any of its versions and renderings) holds the quoted words
    letter for letter: boilerplate several articles share agrees with each of them."""
    if store is None or citation.statute is None or citation.article is None:
        return False
    statute = store.get(citation.statute)
    if statute is None:
        return False
    wanted = letters_form(words).text
    if len(wanted) < 8:
        return False
    number = base_article(citation.article)
    for article in statute.articles:
        if article.number != number:
            continue
        texts = [article.text, *(t.text for t in article.translations)]
        if any(wanted in letters_form(text).text for text in texts):
            return True
    return False


# The least run of letters the writer's sentence must share with the cited article, and not with
# the matched one, to read as a rewriting of the cited article (a CJK clause; a Latin phrase).
# On the four labelled real-world sets every value from 4 to 12 (CJK) and 12 to 40 (Latin) gives
# the same figures; from 20 CJK letters a false accusation comes back on the third held-out set.
_SHARED_RUN_CJK = 8
_SHARED_RUN_LATIN = 24


def _rewrites_cited(
    group: list[CitationSpan], quote: QuoteSpan, match: Match, store: Store | None, text: str
) -> CitationSpan | None:
    """The citation whose article the writer's sentence around an unquoted core also follows:
    "第一条：为了规范数据处理活动，保障数据安全，维护国家安全和社会公共利益，…" matches the
    Cryptography Law's Article 1 from "安全，维护…" on, but opens with the cited Data Security
    Law Article 1's own words, which the Cryptography Law lacks: the writer rewrote the cited
    article. None when no such citation (or the quotation is in quotation marks)."""
    if store is None or not text or quote.marks != "none":
        return None
    before, after = sentence_sides(text, quote)
    written = [letters_form(side).text for side in (before, after)]
    if not any(written):
        return None
    matched = letters_form(match.text).text
    for citation in group:
        if citation.statute is None or citation.article is None:
            continue
        statute = store.get(citation.statute)
        if statute is None:
            continue
        number = base_article(citation.article)
        cited = [
            letters_form(t).text
            for a in statute.articles
            if a.number == number
            for t in (a.text, *(r.text for r in a.translations))
        ]
        for side in written:
            for stored in cited:
                run = _shared_run(side, stored)
                least = _SHARED_RUN_CJK if _is_cjk(run) else _SHARED_RUN_LATIN
                if len(run) >= least and run not in matched:
                    return citation
    return None


def _shared_run(a: str, b: str) -> str:
    """The longest run of letters ``a`` and ``b`` share."""
    if not a or not b:
        return ""
    found = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return a[found.a : found.a + found.size]


def _is_cjk(run: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in run)


def _cited_as(citation: CitationSpan) -> CitedAs:
    return CitedAs.model_construct(
        text=citation.text, statute=citation.statute, article=citation.article
    )


def version_note(citation: CitationSpan, match: Match, store: Store | None = None) -> str | None:
    """A sentence when the citation names a version other than the one the quotation matched:
    the store lacks the cited version's text ("cited as the 2017 text; compared with the 2018
    text, the 2017 text is not in the store"), or its text of the article differs ("the 2014
    law" quoted with 2023 words). None when they agree or either names no version."""
    if not citation.version or not match.version or citation.version == match.version:
        return None
    if citation.statute != match.statute:
        return None
    where = f"Article {match.article}"
    cited_version, matched_version = citation.version, match.version
    if store is not None:
        statute = store.get(match.statute)
        if statute is None:
            return None
        cited_articles = statute.articles_in(cited_version)
        if not cited_articles:
            return (
                f"cited as the {cited_version} text; compared with the {matched_version} text, "
                f"the {cited_version} text is not in the store"
            )
        cited = next((a for a in cited_articles if a.number == match.article), None)
        matched = statute.article(match.article, matched_version)
        if cited is not None and matched is not None and cited.text == matched.text:
            return None
        if cited is None:
            return (
                f"cited as the {cited_version} version, but the quoted words are from the "
                f"{matched_version} version; {where} is not in the {cited_version} version"
            )
    return (
        f"cited as the {cited_version} version, but the quoted words are from the "
        f"{matched_version} version, whose {where} differs"
    )
