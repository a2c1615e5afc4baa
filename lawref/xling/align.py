"""Aligning an English quote with a Chinese text through glosses (the engine of lawref.xling.evidence).

1. ``best_window`` (lawref.xling.clause_window): the run of clauses of the Chinese text the quote
   renders (a quote is often one clause of a long article), chosen by the F-score of what its
   words could render, from the English words each Chinese unit could render (``unit_sets``).
2. ``align``: glossary phrases first (longest first), then single words through their glosses,
   each English word to the nearest unrendered Chinese word that it can render.
The comparison of modality, negation, scope and 依法 works on the result (lawref.xling.markers).
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from lawref.xling.en import (
    ARTICLES,
    EnMarker,
    EnToken,
    find_markers,
    stem,
    tokenize,
    weak_negation,
)
from lawref.xling.zh import ZhAnalysis, ZhToken


@dataclass
class EnglishQuote:
    """An analysed English quote."""

    text: str
    tokens: list[EnToken]
    markers: list[EnMarker]
    content: list[int]  # indices of the content words (words inside markers excluded)
    content_set: frozenset[int]
    stem_index: dict[str, list[int]]  # stem -> indices of content words with that stem
    prefix_index: dict[str, list[int]]  # first five letters of a stem -> indices (derivations)
    marker_sorts: dict[str, frozenset[int]]  # modal / prohibition / negation -> marker indices
    _seq: list[tuple[str, int]] = field(default_factory=list)  # (stem, index), articles dropped
    _starts: dict[str, list[int]] = field(default_factory=dict)  # stem -> positions in _seq
    _found: dict[tuple[str, ...], list[tuple[int, ...]]] = field(default_factory=dict)
    # stems -> word_hits: one quote is compared with ~40 articles, whose words repeat
    _hits: dict[frozenset[str], frozenset[int]] = field(default_factory=dict)
    # unit_sets of a token without parts, by everything it reads of the token (the same word
    # recurs in many of the ~40 articles)
    _units: dict[tuple[Any, ...], list[frozenset[int]]] = field(default_factory=dict)
    markers_set: frozenset[int] = frozenset()  # every marker's word (the union of marker_sorts)
    # the weights of the last window search (lawref.xling.align._word_weights)
    _weights: tuple[Mapping[str, float] | None, list[float]] | None = None

    def occurrences(self, pattern: tuple[str, ...]) -> list[tuple[int, ...]]:
        """Token indices of each run of words that matches ``pattern`` (stems, in order)."""
        found = self._found.get(pattern)
        if found is None:
            found = []
            size = len(pattern)
            for i in self._starts.get(pattern[0], ()):
                window = self._seq[i : i + size]
                if (
                    len(window) == size
                    and all(s == p for (s, _), p in zip(window, pattern, strict=True))
                    and self.tokens[window[0][1]].sentence == self.tokens[window[-1][1]].sentence
                ):
                    found.append(tuple(index for _, index in window))
            self._found[pattern] = found
        return found


# The latest quotes analysed: a quotation is retrieved (xling/index.py ``link``) and then read
# for evidence (xling/evidence.py) with the same analysis, whose memos (``_units``, ``_hits``,
# ``_found``) only ever cache what the quote's words give.
_QUOTES: dict[str, EnglishQuote] = {}
_QUOTES_KEPT = 64


def analyse_quote(text: str) -> EnglishQuote:
    """The analysis of an English quote (the same object for the same text, among the latest)."""
    found = _QUOTES.get(text)
    if found is None:
        if len(_QUOTES) >= _QUOTES_KEPT:
            _QUOTES.clear()
        found = _QUOTES[text] = _analyse_quote(text)
    return found


def _analyse_quote(text: str) -> EnglishQuote:
    tokens = tokenize(text)
    markers = find_markers(tokens)
    in_markers = {i for m in markers for i in range(m.first, m.last + 1)}
    content = [i for i, t in enumerate(tokens) if t.content and i not in in_markers]
    stem_index: dict[str, list[int]] = defaultdict(list)
    prefix_index: dict[str, list[int]] = defaultdict(list)
    for i in content:
        stem_index[tokens[i].stem].append(i)
        if len(tokens[i].stem) >= 5:
            prefix_index[tokens[i].stem[:5]].append(i)
        positive = weak_negation(tokens[i].lower)
        if positive:  # "unauthorized" also renders 授权 "authorize" (its 未经 is checked apart)
            stem_index[stem(positive)].append(i)
    sorts: dict[str, set[int]] = defaultdict(set)
    for m in markers:
        if m.kind == "modal":
            sorts["prohibition" if m.value == "prohibition" else "modal"].add(m.first)
        elif m.kind == "negation":
            sorts["negation"].add(m.first)
        else:
            sorts[m.value].add(m.first)  # universal / restricted
    sorts["negation"].update(i for i, t in enumerate(tokens) if weak_negation(t.lower))
    seq = [(t.stem, i) for i, t in enumerate(tokens) if not t.boundary and t.lower not in ARTICLES]
    starts: dict[str, list[int]] = defaultdict(list)
    for position, (word_stem, _) in enumerate(seq):
        starts[word_stem].append(position)
    marker_sorts = {sort: frozenset(indices) for sort, indices in sorts.items()}
    return EnglishQuote(
        text,
        tokens,
        markers,
        content,
        frozenset(content),
        dict(stem_index),
        dict(prefix_index),
        marker_sorts,
        seq,
        dict(starts),
        markers_set=frozenset().union(*marker_sorts.values()),
    )


def single_stems(token: ZhToken) -> frozenset[str]:
    """Stems that render ``token`` as one word: a glossary term only through its one-word renderings."""
    if token.patterns:
        return frozenset(p[0] for p in token.patterns if len(p) == 1)
    return token.stems


def _pattern_hits(token: ZhToken, quote: EnglishQuote) -> set[int]:
    hits: set[int] = set()
    for pattern in token.patterns:
        for occurrence in quote.occurrences(pattern):
            hits.update(i for i in occurrence if i in quote.content_set)
    return hits


def unit_sets(token: ZhToken, quote: EnglishQuote) -> list[frozenset[int]]:
    """For window choice and retrieval: the English words each unit of ``token`` could render.

    One set per unit: the token itself, or, when no listed phrase of a glossary term occurs, each
    of its parts. A modal, negation or quantifier is rendered by any English one of its sort
    (strengths are compared later).
    """
    if token.parts:
        return _unit_sets(token, quote)
    key = (token.kind, token.strength, token.scope, token.patterns, token.stems)
    found = quote._units.get(key)
    if found is None:
        found = quote._units[key] = _unit_sets(token, quote)
    return found


def _unit_sets(token: ZhToken, quote: EnglishQuote) -> list[frozenset[int]]:
    if token.marker:
        if token.kind == "scope":
            return [quote.marker_sorts.get(token.scope or "", frozenset())]
        sort = "negation" if token.strength is None and token.kind == "negation" else "modal"
        if sort == "modal" and token.strength == "prohibition":
            sort = "prohibition"
        return [quote.marker_sorts.get(sort, frozenset())]
    if token.patterns:
        hits = _pattern_hits(token, quote)
        if hits or any(quote.occurrences(p) for p in token.patterns):
            return [frozenset(hits)]
        if token.parts:
            return [s for part in token.parts for s in unit_sets(part, quote)]
        return [frozenset()]
    return [word_hits(token.stems, quote)]


_PREFIXES: dict[frozenset[str], frozenset[str]] = {}  # stems -> their first five letters
_NO_HITS: frozenset[int] = frozenset()


def _prefixes(stems: frozenset[str]) -> frozenset[str]:
    found = _PREFIXES.get(stems)
    if found is None:
        found = _PREFIXES[stems] = frozenset(s[:5] for s in stems if len(s) >= 5)
    return found


def word_hits(stems: frozenset[str], quote: EnglishQuote) -> frozenset[int]:
    """Content words of the quote that render a word glossed by ``stems`` (memoised per quote).
    Most glossed words share no stem and no five-letter beginning with the quote: that is two
    set tests; the others are collected in the same order as ever (so the same set results)."""
    found = quote._hits.get(stems)
    if found is not None:
        return found
    stem_index = quote.stem_index
    if stems.isdisjoint(stem_index) and _prefixes(stems).isdisjoint(quote.prefix_index):
        quote._hits[stems] = _NO_HITS
        return _NO_HITS
    hits = {i for s in stems for i in stem_index.get(s, ())}
    for s in stems:
        if len(s) >= 5:
            hits.update(
                i for i in quote.prefix_index.get(s[:5], ()) if _related(quote.tokens[i].stem, s)
            )
    found = quote._hits[stems] = frozenset(hits)
    return found


@dataclass(frozen=True)
class Window:
    """A run of clauses of the Chinese text (chosen by lawref.xling.clause_window) and its scores."""

    first: int  # clause numbers, inclusive
    last: int
    fscore: float
    precision: float
    recall: float


def _related(a: str, b: str) -> bool:
    shorter = min(len(a), len(b))
    if shorter < 5:
        return False
    common = len(os.path.commonprefix([a, b]))
    return common >= 5 and common >= 0.7 * shorter


@dataclass
class Unit:
    """A Chinese word (or part of a glossary phrase) of a window and the English words rendering it."""

    token: ZhToken
    parent: ZhToken | None  # the glossary phrase this is a part of
    order: float  # relative position in the window, 0..1
    english: list[int] = field(default_factory=list)  # token indices that render it
    phrase: tuple[int, int] | None = None  # first and last token of a matched glossary phrase


@dataclass
class GlossAlignment:
    """A quote aligned with a window of a Chinese text, unit by unit."""

    quote: EnglishQuote
    analysis: ZhAnalysis
    window: Window
    tokens: list[ZhToken]  # the Chinese tokens (markers included) in the window
    units: list[Unit]
    owner: dict[int, int]  # English token index -> unit index
    consumed: set[int]  # English tokens used by a phrase match (content or not)

    @property
    def span(self) -> tuple[int, int]:
        if not self.tokens:
            return (0, 0)
        return (self.tokens[0].start, self.tokens[-1].end)

    def added(self) -> list[int]:
        return [i for i in self.quote.content if i not in self.owner]


def align(analysis: ZhAnalysis, quote: EnglishQuote, window: Window) -> GlossAlignment:
    tokens = [t for t in analysis.tokens if window.first <= t.clause <= window.last]
    words = [t for t in tokens if not t.marker]
    owner: dict[int, int] = {}
    consumed: set[int] = set()
    units: list[Unit] = []
    content = quote.content_set
    # Phrase phase: every (term, listed rendering), longest renderings first.
    pairs = sorted(
        ((len(p), k, p) for k, t in enumerate(words) for p in t.patterns),
        key=lambda x: (-x[0], x[1]),
    )
    matched: dict[int, list[int]] = {}
    phrases: dict[int, tuple[int, int]] = {}
    for _, k, pattern in pairs:
        if k in matched:
            continue
        for occurrence in quote.occurrences(pattern):
            if not consumed.intersection(occurrence):
                consumed.update(occurrence)
                matched[k] = [i for i in occurrence if i in content]
                phrases[k] = (occurrence[0], occurrence[-1])
                break
    for k, token in enumerate(words):
        if k in matched or not (token.parts and token.patterns):
            units.append(Unit(token, None, 0.0, list(matched.get(k, [])), phrases.get(k)))
        else:
            units.extend(Unit(part, token, 0.0) for part in token.parts)
    for n, unit in enumerate(units):
        unit.order = n / max(1, len(units) - 1)
        for i in unit.english:
            owner[i] = n
    # Word phase: each remaining English word to the nearest Chinese word it can render,
    # preferring words not yet rendered (a repeated English word may render the same one again).
    positions = {i: n / max(1, len(quote.content) - 1) for n, i in enumerate(quote.content)}
    fits: dict[int, list[int]] = defaultdict(list)
    for n, unit in enumerate(units):
        for i in word_hits(single_stems(unit.token), quote):
            fits[i].append(n)
    for i in quote.content:
        if i in consumed or i in owner or not fits[i]:
            continue
        n = min(fits[i], key=lambda n: (bool(units[n].english), abs(units[n].order - positions[i])))
        units[n].english.append(i)
        owner[i] = n
    return GlossAlignment(quote, analysis, window, tokens, units, owner, consumed)
