"""Attribution: whether the citation that introduces a quotation names the text it quotes.

Which citation introduces a quotation is :mod:`lawref.pipeline.introducers`' business; this module
judges the pair:

- ``consistent``: a citation introducing the quotation names the statute the quotation matches
  and, if it names an article, that article (a citation of the statute alone agrees with any of
  its articles; words that also stand in the cited article agree with it, and so do the words
  of a penalty article that names the cited one as the duty it enforces, cross_references.py);
- ``misattributed``: only when it is certain — every citation introducing the quotation resolves
  to one statute of the store (and, when it names one, to an article the store holds), and the
  quoted words, ten word units or more (ACCUSATION_MIN_UNITS), are from another article or
  statute and not in the cited one, nor held but for their numbers by an article that punishes
  the cited one's breach (pipeline/penalty_amounts.py: ``unverified``); words reproduced
  without quotation marks accuse only a citation that names an article (a commentary's own
  sentence echoing one law beside another law's name is not the writer presenting law text: on
  the real-world passages up to heldout9 every such statute-level claim was false, every true one
  named an article), unless a lead-in clause naming the law gives them as its words
  (pipeline/named_lead_in.py: "网络安全法强调，…");
- ``unverified``: cited, but the citation cannot be checked — it names a law the store does not
  hold (the Civil Code, Directive 95/46/EC), fits several statutes, or names an article or a
  statute whose text the store lacks; the note says which;
- ``uncited``: no citation introduces it.

A version the citation names but the store lacks, or whose text of the article differs, is not
an attribution value; :func:`version_note` (pipeline/cited_version.py) says it in a sentence for
the reports.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from lawref.match.align import QuoteForm
from lawref.match.results import MatchResult
from lawref.pipeline.agreement import agrees, holds_words, rewrites_cited, short_name_of
from lawref.pipeline.checkable import (
    article_words,
    certain,
    comparable,
    law_named_in_quotation,
    outside_store,
    unverified_note,
)
from lawref.pipeline.cited_version import renumbered_reading, version_note
from lawref.pipeline.cross_references import applies_cited
from lawref.pipeline.defined_aside import held_without_definitions
from lawref.pipeline.introducers import introducing_citations
from lawref.pipeline.own_reference import own_reference
from lawref.pipeline.part_reference import parts_read_across_lines
from lawref.pipeline.penalty_amounts import other_amounts_note
from lawref.pipeline.penalty_retold import retold_penalty_note
from lawref.pipeline.recital_numbered import numbered_as_recital
from lawref.pipeline.recital_restates import recital_restates_cited
from lawref.pipeline.recital_section import recitals_heading_note
from lawref.report import Attribution, CitedAs, Match
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store
from lawref.store.schema import part_name
from lawref.text.tokens import word_units
from lawref.xling.link import evidence_of

__all__ = [
    "Link",
    "attribute",
    "cited_as",
    "firmness",
    "introducing_citations",
    "link_quotes",
    "version_note",
]

CROSSLINGUAL = "crosslingual"
# Verdicts that say where the words come from firmly enough to accuse a citation of naming the
# wrong place. A paraphrase the matcher found (about an article, following no text) never
# accuses; one the cross-lingual check linked does: it was linked to another article although
# the cited one was tried first (xling/link.py) and its evidence is faithful.
_FIRM = ("verbatim", "minor", "elided", "altered", CROSSLINGUAL)
# Word units (a Latin word 1, a CJK character 2/3) a quotation needs to accuse its citation: a
# shorter phrase may be the writer's own words or common to many texts. On the real-world passages
# (dev to heldout5) the misattributions lawref flagged rightly were 14.7 units and longer; its
# claims on phrases (“合法、正当的方式”, "one country, two systems", “有關機關、組織和個人”,
# “防范、制止和惩治间谍行为”) were 4 to 8 units and all false. The floor is the one a paraphrase
# needs to be linked at all (match/law_text.py PARAPHRASE_MIN_UNITS).
ACCUSATION_MIN_UNITS = 10.0


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
    presented: Sequence[bool] | None = None,
) -> list[Link]:
    """Like :func:`attribute`, with the citation chosen and (given the store) notes.

    ``groups`` is :func:`introducing_citations`' answer when the caller has it already (the
    pipeline computes it once, before matching, to prefer the cited article); ``verdicts`` are
    the quotations' :func:`firmness` (a paraphrase the matcher found never makes a citation
    misattributed); ``presented`` says which unquoted reproductions a lead-in clause gives as a
    named law's words (pipeline/named_lead_in.py): those may accuse a law named without an
    article."""
    if len(matches) != len(quotes):
        raise ValueError(f"{len(quotes)} quotations but {len(matches)} matches")
    if groups is None:
        groups = introducing_citations(text, quotes, citations)
    inherited = _inherited_names(citations)
    groups = [[inherited.get((c.start, c.end), c) for c in group] for group in groups]
    if verdicts is None:
        verdicts = ["verbatim"] * len(quotes)
    if presented is None:
        presented = [False] * len(quotes)
    quoted_antecedent = law_named_in_quotation(citations, quotes)
    parted = parts_read_across_lines(text, citations)
    return [
        _judge(group, quote, match, verdict, store, quoted_antecedent, text, given, parted)
        for group, quote, match, verdict, given in zip(
            groups, quotes, matches, verdicts, presented, strict=True
        )
    ]


def _judge(
    group: list[CitationSpan],
    quote: QuoteSpan,
    match: Match | None,
    verdict: str,
    store: Store | None,
    quoted_antecedent: frozenset[tuple[int, int]] = frozenset(),
    text: str = "",
    presented: bool = False,
    parted: frozenset[tuple[int, int]] = frozenset(),
) -> Link:
    if not group:
        return Link("uncited", None)
    first = group[0]
    if match is None:
        # Not from a statute, so nothing to contradict the citation; a citation of a law the
        # store lacks is still one that cannot be checked.
        if outside_store(first, store):
            return Link("unverified", cited_as(first), first, unverified_note(first, None, store))
        return Link("consistent", cited_as(first), first)
    for citation in group:
        renumbered = renumbered_reading(citation, match, store)
        if renumbered is not None:
            fits, note = renumbered
            if fits:
                return Link("consistent", cited_as(citation), citation, note)
            continue
        if agrees(citation, match, store):
            return Link(
                "consistent", cited_as(citation), citation, version_note(citation, match, store)
            )
    for citation in group:
        if citation.article is None and short_name_of(citation, match, store):
            # "the National Security Law" resolves to the PRC's, but is also what Hong Kong
            # calls its own: a name that is part of the matched statute's names accuses nobody.
            note = f"“{citation.text}” may also name {match.title}"
            return Link("consistent", cited_as(citation), citation, note)
    for citation in group:
        if citation.article is not None:
            continue
        from lawref.pipeline.kind_word import named_but_for_kind  # (only then: issue 20)

        swapped = named_but_for_kind(citation, match, store)
        if swapped is not None:
            # "the Export Control Act" for China's Export Control Law: Act and Law render one 法.
            note = f"“{citation.text}” may also name {match.title} (“{swapped}”)"
            return Link("consistent", cited_as(citation), citation, note)
    for citation in group:
        if holds_words(citation, quote.text, store):
            note = f"the quoted words also stand in the article cited (“{citation.text}”)"
            return Link("consistent", cited_as(citation), citation, note)
    for citation in group:
        defined = held_without_definitions(citation, quote.text, store)
        if defined is not None:
            note = (
                f"the quoted words stand in Art. {defined} of the law cited (“{citation.text}”) "
                f"once its naming parenthesis (以下简称…, hereinafter …) is left out"
            )
            return Link("consistent", cited_as(citation), citation, note)
    for citation in group:
        if recital_restates_cited(citation, match, quote.text, store):
            note = (
                f"the words are from {part_name(str(match.article)) or match.article} of "
                f"{match.title}, which restates the article cited (“{citation.text}”): that article holds them too"
            )
            return Link("consistent", cited_as(citation), citation, note)
    if numbered_as_recital(text, quote, match):
        note = (
            f"set under its own number, {part_name(str(match.article)) or match.article} of "
            f"{match.title}: the number names the words, not the citation above (“{first.text}”)"
        )
        return Link("consistent", cited_as(first), first, note)
    in_recitals = recitals_heading_note(text, quote, match, first.text)
    if in_recitals is not None:
        return Link("consistent", cited_as(first), first, in_recitals)
    for citation in group:
        if applies_cited(citation, match, store, quote.text, text):
            note = (
                f"cited as “{citation.text}”, whose breach {article_words(match.article)} of "
                f"{match.title} punishes (its text names the cited article): the quoted words "
                f"enforce the cited provision"
            )
            return Link("consistent", cited_as(citation), citation, note)
    rewritten = rewrites_cited(group, quote, match, store, text)
    if rewritten is not None:
        note = (
            f"the sentence also holds words of the article cited (“{rewritten.text}”) that "
            f"{article_words(match.article)} of {match.title} lacks: a rewriting of the cited "
            f"article, not words from another"
        )
        return Link("consistent", cited_as(rewritten), rewritten, note)
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
        return Link("unverified", cited_as(uncertain), uncertain, note)
    borrowed = next((c for c in group if (c.start, c.end) in quoted_antecedent), None)
    if borrowed is not None:
        note = (
            f"cited as “{borrowed.text}”, an article number whose law is named only inside "
            f"quoted text before it: the citation cannot be checked; the words are from "
            f"{article_words(match.article)} of {match.title}"
        )
        return Link("unverified", cited_as(borrowed), borrowed, note)
    guessed = next((c for c in group if (c.start, c.end) in parted), None)
    if guessed is not None:
        note = (
            f"cited as “{guessed.text}”, a part whose article is not written there (read as "
            f"Art. {guessed.article}'s, cited on an earlier line): the citation cannot be "
            f"checked; the words are from {article_words(match.article)} of {match.title}"
        )
        return Link("unverified", cited_as(guessed), guessed, note)
    # Quoted words that follow no text closely accuse only when they are plainly another
    # article's (quoted_elsewhere.py); they then go on to the firm verdicts' checks.
    plainly = None
    if verdict not in _FIRM:
        from lawref.pipeline.quoted_elsewhere import quoted_elsewhere  # (only then: issue 20)

        plainly = quoted_elsewhere(first, quote, match, store)
    if verdict not in _FIRM and plainly is None:
        note = (
            f"cited as “{first.text}”; the quotation follows no stored text closely, so it "
            f"cannot show the citation wrong (it is nearest to Art. {match.article} of "
            f"{match.title})"
        )
        return Link("unverified", cited_as(first), first, note)

    units = word_units(QuoteForm.of(quote.text).token_texts)
    if units < ACCUSATION_MIN_UNITS:
        note = (
            f"cited as “{first.text}”; a phrase of {units:.0f} word units is too short to show "
            f"the citation wrong (the words stand in {article_words(match.article)} of "
            f"{match.title})"
        )
        return Link("unverified", cited_as(first), first, note)
    if quote.marks == "none" and first.article is None and not presented:
        note = (
            f"cited as “{first.text}”, a law named without an article beside words not set off "
            f"as its text: an unquoted echo cannot show the citation wrong (the words are from "
            f"{article_words(match.article)} of {match.title})"
        )
        return Link("unverified", cited_as(first), first, note)
    for citation in group:
        other_amounts = other_amounts_note(citation, quote, match, store, text)
        if other_amounts is not None:
            return Link("unverified", cited_as(citation), citation, other_amounts)
    for citation in group:
        retold_penalty = retold_penalty_note(citation, quote, match, store, text)
        if retold_penalty is not None:
            return Link("unverified", cited_as(citation), citation, retold_penalty)
    if all(own_reference(citation, quote, match, store, text) for citation in group):
        note = (
            f"cited as “{first.text}”, which stands in words of {article_words(match.article)} "
            f"of {match.title} itself (the article's own reference to another): it credits no "
            f"quotation, and nothing else here names where the words are from"
        )
        return Link("unverified", cited_as(first), first, note)
    return Link("misattributed", cited_as(first), first, plainly)


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


def cited_as(citation: CitationSpan) -> CitedAs:
    """The report's record of a citation a quotation rests on."""
    return CitedAs.model_construct(
        text=citation.text, statute=citation.statute, article=citation.article
    )
