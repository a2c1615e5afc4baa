"""Choosing among the compared candidates: which one a quotation comes from, and whether the
quotation says enough to be linked at all."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from lawref.match import thresholds as T
from lawref.match.align import QuoteForm
from lawref.match.index import Index
from lawref.match.results import EXACT, TIER, Candidate, MatchResult, Outcome
from lawref.report import Match, stored_match
from lawref.store.schema import ANNEX_PREFIX, RECITAL_PREFIX


def decide(
    form: QuoteForm,
    outcomes: list[Outcome],
    prefer: tuple[str, str | None] | None,
    index: Index,
    margin: float = T.PREFER_MARGIN,
    across_tiers: bool = False,
) -> MatchResult:
    """The verdict from every comparison made: the best candidate by tier, shared content words
    (paraphrases), score and the tie-breaks below; a nearby citation's article within
    ``margin`` (``PREFER_MARGIN``) and the best's tier (any tier with ``across_tiers``); too
    short or too generic a quotation unmatched."""
    if not outcomes:
        return MatchResult("unmatched", 0.0, None)
    ranked = sorted(
        outcomes,
        key=lambda o: (
            -TIER[o.candidate.verdict],
            # of paraphrases, the one sharing the most content words: "the … of … and" line
            # up with any long text, the words that carry the meaning with the right one
            -o.content if o.candidate.verdict == "paraphrase" else 0,
            -o.candidate.score,
            # an article before a recital or an annex holding the same words: reporting
            # quotes the operative provisions
            preamble_or_annex(o.candidate),
            not o.edges,
            # then the text the quotation covers most of (the same sentence stands in
            # several articles: the one that is little more than it is the likelier source)
            -(o.candidate.span[1] - o.candidate.span[0]) / max(1, len(o.text)),
            len(o.candidate.text_ids),
            o.candidate.text_ids,
        ),
    )
    best = ranked[0]
    if prefer is not None:
        for outcome in ranked:
            c = outcome.candidate
            if (
                (
                    TIER[c.verdict] == TIER[best.candidate.verdict]
                    or (across_tiers and c.verdict != "unmatched")
                )
                and c.score >= best.candidate.score - margin
                and prefers(c, prefer)
            ):
                best = outcome
                break
    candidates = tuple(o.candidate for o in ranked)
    verdict = best.candidate.verdict
    units = form.units
    if verdict in EXACT:
        articles = articles_holding(o.candidate for o in ranked if o.candidate.verdict in EXACT)
        if units < T.SHORT_QUOTE_UNITS and (len(form.tokens) < T.SHORT_MIN_TOKENS or articles > 1):
            return MatchResult("unmatched", 0.0, None, candidates=candidates)
        if units < T.GENERIC_MAX_UNITS and preamble_or_annex(best.candidate):
            # "right to be forgotten", "general provisions": a few words that only a recital
            # holds are a term of the act, not a quotation of one of its provisions
            return MatchResult("unmatched", 0.0, None, candidates=candidates)
        if (
            units < T.GENERIC_MAX_UNITS
            and articles > T.GENERIC_ARTICLES
            and not (prefer and prefers(best.candidate, prefer))
        ):
            return MatchResult("unmatched", 0.0, None, candidates=candidates)
    elif units < T.SHORT_QUOTE_UNITS or verdict == "unmatched":
        return MatchResult(
            "unmatched",
            best.candidate.score if verdict != "unmatched" else 0.0,
            None,
            candidates=candidates,
        )
    return MatchResult(
        verdict,
        best.candidate.score,
        _report_match(best, index),
        best.differences,
        candidates,
        best.candidate.articles,
    )


def _report_match(outcome: Outcome, index: Index) -> Match:
    title = index.title(outcome.candidate.statute)
    return stored_match(
        outcome.candidate, title.en, title.original, outcome.text, outcome.candidate.span
    )


def preamble_or_annex(candidate: Candidate) -> bool:
    """A recital or an annex of an EU act (``recital-26``, ``annex-III``), not an article."""
    return candidate.articles[0].startswith((RECITAL_PREFIX, ANNEX_PREFIX))


def articles_holding(candidates: Iterable[Candidate]) -> int:
    """How many articles hold the words, counted within one version of each statute (the 2016
    and 2025 texts of a law both holding a sentence are one article holding it, renumbered),
    and over statutes."""
    per_version = Counter(
        (c.statute, c.version)
        for c in {(c.statute, c.version, c.articles): c for c in candidates}.values()
    )
    per_statute: dict[str, int] = {}
    for (statute, _), count in per_version.items():
        per_statute[statute] = max(per_statute.get(statute, 0), count)
    return sum(per_statute.values())


def prefers(candidate: Candidate, prefer: tuple[str, str | None]) -> bool:
    statute, article = prefer
    return candidate.statute == statute and (article is None or article in candidate.articles)
