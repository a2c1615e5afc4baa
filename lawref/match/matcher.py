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

from collections import OrderedDict
from collections.abc import Sequence

from rapidfuzz import fuzz, process

from lawref.match import thresholds as T
from lawref.match.align import QuoteForm, Target
from lawref.match.characters import with_character_differences
from lawref.match.choice import decide
from lawref.match.compiled import cached_index, cached_prepared, cached_quick
from lawref.match.exact_finds import find_letters, find_verbatim, with_edge_punctuation
from lawref.match.index import Index
from lawref.match.prepared import PreparedForms
from lawref.match.results import EXACT, Candidate, MatchResult, Outcome
from lawref.match.window_reach import MAX_WORDS
from lawref.match.word_verdict import word_verdict
from lawref.report import Difference, Verdict
from lawref.store.files import Store
from lawref.text.normalize import quick_letters, verbatim_form

# What callers import from here: the matcher, and how it joins a text to its neighbour.
__all__ = ["JOIN", "Matcher"]

# How a stored text and its neighbouring article are joined for a quotation that runs across an
# article's end (pipeline/joined.py reads a match on such a pair back into one article).
JOIN = "\n\n"


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
            prepared = None
        self.index = index
        # the long texts' matching forms made when the cache was built
        self.prepared: PreparedForms | None = prepared
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
        target = None
        if len(ids) == 1 and self.prepared is not None:
            target = self.prepared.target(ids[0], self.index.texts.text(ids[0]))
        if target is None:
            target = Target(JOIN.join(self.index.texts.text(i) for i in ids))
        self._targets[ids] = target
        if len(self._targets) > 512:
            self._targets.popitem(last=False)
        return target

    def _neighbour_pairs(self, text_id: int) -> list[tuple[int, int]]:
        pairs = [(p, text_id) for p in self.index.preceding.get(text_id, [])]
        pairs += [(text_id, n) for n in self.index.following.get(text_id, [])]
        return pairs

    # --- matching -----------------------------------------------------------------------------

    def match(
        self,
        quote: str,
        *,
        prefer: tuple[str, str | None] | None = None,
        margin: float = T.PREFER_MARGIN,
        across_tiers: bool = False,
    ) -> MatchResult:
        """The verdict on ``quote`` (the quotation's text without its quote marks).

        ``prefer`` = (statute id, article or None): when candidates of one tier score within
        ``margin`` (``PREFER_MARGIN`` unless a caller has weighed the evidence itself) of each
        other, the one a nearby citation names wins; with ``across_tiers`` (a caller that has
        weighed the words against both articles, pipeline/cited_across.py), at any tier.
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
        if not any(o.candidate.verdict in EXACT for o in outcomes):
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
        result = decide(form, outcomes, prefer, self.index, margin, across_tiers)
        if across_tiers:
            # The caller has weighed the quotation's words against the cited article and the
            # best one itself (pipeline/cited_across.py); choosing again over widened stretches
            # would weigh the articles without that evidence.
            return with_character_differences(result, quote)
        result = self._reaching(form, outcomes, result, prefer, margin) or result
        return with_character_differences(result, quote)

    def _reaching(
        self,
        form: QuoteForm,
        outcomes: list[Outcome],
        result: MatchResult,
        prefer: tuple[str, str | None] | None,
        margin: float,
    ) -> MatchResult | None:
        """The choice made again with the candidates not held exactly aligned over stretches
        widened where words left out push a quotation's far end beyond them
        (match/window_reach.py), when that links another article; None otherwise. Only which
        article a quotation comes from changes so: its verdict against the article chosen
        first stays the alignment's own (a paraphrase of the law's words in order, some left
        out, is pipeline/shortened.py's to call altered, after a summary's lead-in is read)."""
        if result.verdict in EXACT or len(form.tokens) > MAX_WORDS:
            return None  # (a long quotation's stretch is never widened: no second alignment)
        if not any(o.candidate.verdict not in EXACT for o in outcomes):
            return None
        # An outcome whose alignment no stretch would widen is what aligning it again with
        # ``reach`` would make (edits.WordAlignment.widens): only the others are aligned again.
        widened = [
            o
            if o.candidate.verdict in EXACT or len(o.candidate.text_ids) > 1 or not o.widens
            else self._compare(form, o.candidate.text_ids, exact_possible=False, reach=True)
            for o in outcomes
        ]
        again = decide(form, widened, prefer, self.index, margin)
        before = (result.match.statute, result.match.article) if result.match else None
        after = (again.match.statute, again.match.article) if again.match else None
        return again if after is not None and after != before else None

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

    def _quick_many(self, ids: Sequence[int]) -> list[str]:
        """:meth:`_quick` of each of ``ids`` (those kept looked up in C)."""
        found = list(map(self._quick_keys.get, ids))
        if None in found:
            for at, text_id in enumerate(ids):
                if found[at] is None:
                    found[at] = self._quick(text_id)
        return found  # type: ignore[return-value]

    def _screen(self, form: QuoteForm, ids: list[int]) -> tuple[list[int], list[int]]:
        """Split the candidates into those whose letters may hold the quotation's (pieces)
        exactly and the rest, by quick letter keys: full comparisons normalise whole texts,
        which is what costs."""
        self.screened += len(ids)
        pieces = form.piece_letters
        exact: list[int] = []
        rest: list[int] = []
        for text_id, key in zip(ids, self._quick_many(ids), strict=True):
            (exact if _in_order(pieces, key) else rest).append(text_id)
        return exact, rest

    def _closest(self, form: QuoteForm, ids: list[int]) -> list[int]:
        """The FUZZY_CANDIDATES of ``ids`` closest to the quotation by a quick partial ratio (ties:
        the earlier in ``ids``), scored by rapidfuzz in one call with the quotation prepared once."""
        letters = self._quick_many(ids)
        found = process.extract(
            form.letters, letters, scorer=fuzz.partial_ratio, limit=T.FUZZY_CANDIDATES
        )
        return [ids[at] for _, _, at in found]

    def _may_span(self, form: QuoteForm, text_id: int) -> bool:
        """Worth trying with the next or previous article joined on?"""
        if form.elided:
            return False  # an elided quotation must come from one article
        letters = self._quick(text_id)
        if len(form.letters) >= 0.8 * len(letters):
            return True
        return len(letters) >= 8 and (letters[:8] in form.letters or letters[-8:] in form.letters)

    def _compare(
        self,
        form: QuoteForm,
        ids: tuple[int, ...],
        *,
        exact_possible: bool = True,
        reach: bool = False,
    ) -> Outcome:
        """Compare with one target. ``exact_possible=False`` (the screen found the quotation's
        letters nowhere in it) goes straight to the word alignment, which still calls a
        quotation without word differences minor or elided, never verbatim."""
        self.comparisons += 1
        target = self._target(ids)
        verdict: Verdict
        differences: list[Difference] = []
        span = find_verbatim(form, target) if exact_possible else None
        edges = loose = widens = False
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
                verdict, score, span, differences, loose, content, widens = word_verdict(
                    form, target, len(ids) == 1, exact_possible, reach
                )
        if verdict != "unmatched":
            span = with_edge_punctuation(form, target, span)
        texts = self.index.texts
        statute, _, version, language, translation = texts.about(ids[0])
        candidate = Candidate(
            ids,
            statute,
            tuple(texts.about(i)[1] for i in ids),
            version,
            language,
            translation,
            verdict,
            round(score, 1),
            span,
        )
        return Outcome(candidate, differences, target.text, edges, loose, content, widens)

    def target(self, text_id: int) -> Target:
        """One stored text prepared for comparison (memoised)."""
        return self._target((text_id,))


def _in_order(pieces: list[str], key: str) -> bool:
    at = 0
    for piece in pieces:
        found = key.find(piece, at)
        if found < 0:
            return False
        at = found + len(piece)
    return True
