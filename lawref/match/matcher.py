"""Link a quotation to the stored text it comes from, and say how faithfully it quotes it.

``Matcher(store).match(quote)`` retrieves a few candidate texts from the index, compares the
quotation with each (and with each candidate joined to its neighbouring article, for quotations
that run across two articles), and returns the best with a verdict as the JSON contract
(docs/json-contract.md) defines it:

- verbatim: the verbatim forms are equal (whitespace, quote/dash style, width, script);
- minor: the letters and digits are equal (punctuation, case, hyphenation, scrape damage);
- elided: each piece between ellipses/[insertions] is found in order, letters equal, in one text;
- altered: the token alignment is close (``thresholds.ALTERED_MIN``) and has word differences;
- paraphrase: about the article without following any stored text closely;
- unmatched: nothing else.

Verbatim and minor are decided by exact string equality of normal forms, never by a score: a
quotation with one changed, added or dropped word can never be called verbatim or minor.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from lawref.match import thresholds as T
from lawref.match.align import (
    QuoteForm,
    Target,
    find_letters,
    find_pieces,
    find_verbatim,
    with_edge_punctuation,
)
from lawref.match.characters import with_character_differences
from lawref.match.compiled import cached_index, cached_prepared, cached_quick
from lawref.match.edits import align_quote, differing_ops
from lawref.match.index import Index
from lawref.report import Difference, Match, Verdict, stored_match
from lawref.store.files import Store
from lawref.text.function_words import content_tokens
from lawref.text.normalize import (
    letters_form,
    quick_letters,
    verbatim_form,
    word_units,
)
from lawref.text.spelling import spelling_variants_only

_TIER: dict[str, int] = {
    "verbatim": 5,
    "minor": 4,
    "elided": 3,
    "altered": 2,
    "paraphrase": 1,
    "unmatched": 0,
}
_EXACT = ("verbatim", "minor", "elided")


@dataclass(frozen=True)
class Candidate:
    """One stored text (or two consecutive articles' texts) compared with the quotation."""

    text_ids: tuple[int, ...]
    statute: str
    articles: tuple[str, ...]
    version: str | None
    language: str
    translation: str | None
    verdict: Verdict
    score: float
    span: tuple[int, int]

    @property
    def article(self) -> str:
        return self.articles[0]


@dataclass(frozen=True)
class MatchResult:
    """The verdict on one quotation. ``match`` is None when unmatched; ``candidates`` holds the
    ranked alternatives (best first) so that a caller can weigh a citation against them."""

    verdict: Verdict
    score: float
    match: Match | None
    differences: list[Difference] = field(default_factory=list)
    candidates: tuple[Candidate, ...] = ()
    articles: tuple[str, ...] = ()  # every article the matched span covers ("7",) or ("7", "8")


@dataclass
class _Outcome:
    candidate: Candidate
    differences: list[Difference]
    text: str
    edges: bool = False  # verbatim including the quotation's edge punctuation
    loose: bool = False  # quotation words left over beyond the aligned text's ends
    content: int = 0  # quotation words other than function words the alignment matched


class Matcher:
    """Holds the index of a store and matches quotations against it.

    ``comparisons`` counts the (quotation, stored text) comparisons made, so that tests can bound
    the work without timers; ``index.probes`` counts posting entries read.
    """

    def __init__(self, store: Store | None = None, *, index: Index | None = None) -> None:
        # every text's quick letters, from the compiled cache (None: not kept for this store)
        self._quick_table: Sequence[str] | None = None
        if index is None:
            if store is None:
                raise ValueError("Matcher needs a store or an index")
            index = cached_index(store)
            prepared = cached_prepared(store, index)
            self._quick_table = cached_quick(store, index)
        else:
            prepared = {}
        self.index = index
        # text id -> its matching forms made when the cache was built (long texts only)
        self.prepared: Mapping[int, bytes] = prepared
        self.comparisons = 0
        self.screened = 0
        self._quick_keys: OrderedDict[int, str] = OrderedDict()
        self._targets: OrderedDict[tuple[int, ...], Target] = OrderedDict()

    # --- targets ------------------------------------------------------------------------------

    def _target(self, ids: tuple[int, ...]) -> Target:
        found = self._targets.get(ids)
        if found is not None:
            self._targets.move_to_end(ids)
            return found
        blob = self.prepared.get(ids[0]) if len(ids) == 1 else None
        if blob is not None:
            target = Target.from_prepared(self.index.texts.text(ids[0]), blob)
        else:
            target = Target("\n\n".join(self.index.texts.text(i) for i in ids))
        self._targets[ids] = target
        if len(self._targets) > 512:
            self._targets.popitem(last=False)
        return target

    def _neighbour_pairs(self, text_id: int) -> list[tuple[int, int]]:
        pairs = [(p, text_id) for p in self.index.preceding.get(text_id, [])]
        pairs += [(text_id, n) for n in self.index.following.get(text_id, [])]
        return pairs

    # --- matching -----------------------------------------------------------------------------

    def match(self, quote: str, *, prefer: tuple[str, str | None] | None = None) -> MatchResult:
        """The verdict on ``quote`` (the quotation's text without its quote marks).

        ``prefer`` = (statute id, article or None): when candidates score within
        ``PREFER_MARGIN`` of each other, the one a nearby citation names wins.
        """
        if len(quote) > T.MAX_QUOTE_CHARS:
            return MatchResult("unmatched", 0.0, None)
        form = QuoteForm.of(quote)
        if not form.tokens:
            return MatchResult("unmatched", 0.0, None)
        tokens = form.token_texts
        ids = self.index.candidates(" ".join(tokens), T.CANDIDATE_LIMIT, tokens=tokens)
        exact, rest = self._screen(form, ids)
        outcomes = [self._compare(form, (i,)) for i in exact]
        if not any(o.candidate.verdict in _EXACT for o in outcomes):
            # Nothing holds the quotation exactly: align it word by word with the closest few.
            fuzzy = self._closest(form, rest + [o.candidate.text_ids[0] for o in outcomes])
            done = {o.candidate.text_ids for o in outcomes}
            outcomes += [
                self._compare(form, (i,), exact_possible=False) for i in fuzzy if (i,) not in done
            ]
        tried = {o.candidate.text_ids for o in outcomes}
        for outcome in list(outcomes):
            if not outcome.loose or not self._may_span(form, outcome.candidate.text_ids[0]):
                continue
            for pair in self._neighbour_pairs(outcome.candidate.text_ids[0]):
                if pair not in tried:
                    tried.add(pair)
                    outcomes.append(self._compare(form, pair))
        return with_character_differences(self._decide(form, outcomes, prefer), quote)

    def _quick(self, text_id: int) -> str:
        found = self._quick_keys.get(text_id)
        if found is None:
            if self._quick_table is not None:
                found = self._quick_table[text_id]
            else:
                found = quick_letters(self.index.texts.text(text_id))
            self._quick_keys[text_id] = found
            if len(self._quick_keys) > 4096:
                self._quick_keys.popitem(last=False)
        return found

    def _screen(self, form: QuoteForm, ids: list[int]) -> tuple[list[int], list[int]]:
        """Split the candidates into those whose letters may hold the quotation's (pieces)
        exactly and the rest, by quick letter keys: full comparisons normalise whole texts,
        which is what costs."""
        self.screened += len(ids)
        pieces = form.piece_letters
        exact: list[int] = []
        rest: list[int] = []
        for text_id in ids:
            (exact if _in_order(pieces, self._quick(text_id)) else rest).append(text_id)
        return exact, rest

    def _closest(self, form: QuoteForm, ids: list[int]) -> list[int]:
        """The FUZZY_CANDIDATES of ``ids`` closest to the quotation by a quick partial ratio."""
        ranked = sorted(
            (-fuzz.partial_ratio(form.letters, self._quick(text_id)), rank, text_id)
            for rank, text_id in enumerate(ids)
        )
        return [text_id for _, _, text_id in ranked[: T.FUZZY_CANDIDATES]]

    def _may_span(self, form: QuoteForm, text_id: int) -> bool:
        """Worth trying with the next or previous article joined on?"""
        if form.elided:
            return False  # an elided quotation must come from one article
        letters = self._quick(text_id)
        if len(form.letters) >= 0.8 * len(letters):
            return True
        return len(letters) >= 8 and (letters[:8] in form.letters or letters[-8:] in form.letters)

    def _compare(
        self, form: QuoteForm, ids: tuple[int, ...], *, exact_possible: bool = True
    ) -> _Outcome:
        """Compare with one target. ``exact_possible=False`` (the screen found the quotation's
        letters nowhere in it) goes straight to the word alignment, which still calls a
        quotation without word differences minor or elided, never verbatim."""
        self.comparisons += 1
        target = self._target(ids)
        verdict: Verdict
        differences: list[Difference] = []
        span = find_verbatim(form, target) if exact_possible else None
        edges = loose = False
        content = 0
        if span is not None:
            verdict, score = "verbatim", 100.0
            # The quotation's own edge punctuation found too ("需要，" rather than "需要设立"):
            # decides between texts that all hold the words.
            edges = form.full_verbatim in target.verbatim.text
        else:
            span = find_letters(form, target) if exact_possible and not form.elided else None
            if span is not None:
                verdict = "minor"
                score = fuzz.ratio(
                    form.core_verbatim, verbatim_form(target.text[span[0] : span[1]]).text
                )
            else:
                verdict, score, span, differences, loose, content = self._fuzzy(
                    form, target, len(ids) == 1, exact_possible
                )
        if verdict != "unmatched":
            span = with_edge_punctuation(form, target, span)
        stored = self.index.texts[ids[0]]
        candidate = Candidate(
            ids,
            stored.statute,
            tuple(self.index.texts[i].article for i in ids),
            stored.version,
            stored.language,
            stored.translation,
            verdict,
            round(score, 1),
            span,
        )
        return _Outcome(candidate, differences, target.text, edges, loose, content)

    def _fuzzy(
        self, form: QuoteForm, target: Target, single: bool, exact_possible: bool
    ) -> tuple[Verdict, float, tuple[int, int], list[Difference], bool, int]:
        """Word alignment; the last two items say whether quotation words were left over at an
        edge (then the neighbouring article may hold them) and how many content words (not
        function words) it matched."""
        if form.elided and single and exact_possible:
            spans = find_pieces(form, target)
            if spans is not None:
                return "elided", 100.0, (spans[0][0], spans[-1][1]), [], False, 0
        alignment, _ = align_quote(form, target)
        lead, trail = alignment.edge_inserts()
        loose = max(lead, trail) >= 2
        content = content_tokens(
            [
                form.token_texts[i]
                for op in alignment.ops
                if op.tag == "equal"
                for i in range(op.q0, op.q1)
            ]
        )
        changes = differing_ops(form, target, alignment)
        first, last = alignment.span
        span = target.token_span_source(first, last) if last > first else (0, 0)
        score = alignment.similarity
        if not changes and alignment.matched:
            # Every word is there in order: only punctuation-level or marked edits differ.
            verdict: Verdict = "elided" if form.elided and single else "minor"
            if (
                verdict == "minor"
                and form.letters != letters_form(target.text[span[0] : span[1]]).text
                and not spelling_variants_only(form.token_texts, target.token_texts[first:last])
            ):
                # Equal tokens but unequal letters (a non-alphanumeric token character, say):
                # never call that minor.
                verdict = "altered"
                return (
                    verdict,
                    score,
                    span,
                    [
                        Difference.model_construct(
                            op="replace", quote=form.text, statute=target.text[span[0] : span[1]]
                        )
                    ],
                    loose,
                    content,
                )
            return verdict, score, span, [], loose, content
        differences = [
            Difference.model_construct(
                op=op.tag,  # type: ignore[arg-type]
                quote=form.text[slice(*form.token_source(op.q0, op.q1))] if op.q1 > op.q0 else "",
                statute=target.text[slice(*target.token_span_source(op.s0, op.s1))]
                if op.s1 > op.s0
                else "",
            )
            for op in changes
        ]
        if score >= T.ALTERED_MIN:
            return "altered", score, span, differences, loose, content
        floor = T.PARAPHRASE_MIN_CJK if form.mostly_cjk else T.PARAPHRASE_MIN
        if (
            score >= floor
            and alignment.matched >= T.PARAPHRASE_MIN_MATCHED
            and content >= T.PARAPHRASE_MIN_CONTENT
        ):
            return "paraphrase", score, span, [], loose, content
        return "unmatched", score, span, [], loose, content

    def _decide(
        self,
        form: QuoteForm,
        outcomes: list[_Outcome],
        prefer: tuple[str, str | None] | None,
    ) -> MatchResult:
        if not outcomes:
            return MatchResult("unmatched", 0.0, None)
        ranked = sorted(
            outcomes,
            key=lambda o: (
                -_TIER[o.candidate.verdict],
                # of paraphrases, the one sharing the most content words: "the … of … and" line
                # up with any long text, the words that carry the meaning with the right one
                -o.content if o.candidate.verdict == "paraphrase" else 0,
                -o.candidate.score,
                # an article before a recital or an annex holding the same words: reporting
                # quotes the operative provisions
                _preamble_or_annex(o.candidate),
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
                    _TIER[c.verdict] == _TIER[best.candidate.verdict]
                    and c.score >= best.candidate.score - T.PREFER_MARGIN
                    and _prefers(c, prefer)
                ):
                    best = outcome
                    break
        candidates = tuple(o.candidate for o in ranked)
        verdict = best.candidate.verdict
        units = word_units(form.token_texts)
        if verdict in _EXACT:
            articles = articles_holding(
                o.candidate for o in ranked if o.candidate.verdict in _EXACT
            )
            if units < T.SHORT_QUOTE_UNITS and (
                len(form.tokens) < T.SHORT_MIN_TOKENS or articles > 1
            ):
                return MatchResult("unmatched", 0.0, None, candidates=candidates)
            if units < T.GENERIC_MAX_UNITS and _preamble_or_annex(best.candidate):
                # "right to be forgotten", "general provisions": a few words that only a recital
                # holds are a term of the act, not a quotation of one of its provisions
                return MatchResult("unmatched", 0.0, None, candidates=candidates)
            if (
                units < T.GENERIC_MAX_UNITS
                and articles > T.GENERIC_ARTICLES
                and not (prefer and _prefers(best.candidate, prefer))
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
            self._report_match(best),
            best.differences,
            candidates,
            best.candidate.articles,
        )

    def _report_match(self, outcome: _Outcome) -> Match:
        title = self.index.title(outcome.candidate.statute)
        return stored_match(
            outcome.candidate, title.en, title.original, outcome.text, outcome.candidate.span
        )

    def target(self, text_id: int) -> Target:
        """One stored text prepared for comparison (memoised)."""
        return self._target((text_id,))


def _preamble_or_annex(candidate: Candidate) -> bool:
    """A recital or an annex of an EU act (``recital-26``, ``annex-III``), not an article."""
    return candidate.articles[0].startswith(("recital-", "annex-"))


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


def _in_order(pieces: list[str], key: str) -> bool:
    at = 0
    for piece in pieces:
        found = key.find(piece, at)
        if found < 0:
            return False
        at = found + len(piece)
    return True


def _prefers(candidate: Candidate, prefer: tuple[str, str | None]) -> bool:
    statute, article = prefer
    return candidate.statute == statute and (article is None or article in candidate.articles)
