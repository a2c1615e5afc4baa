"""The run of clauses of a Chinese text that an English quote renders (a quote is often one clause
of a long article): the window whose units' renderings explain the quote best, by the F-score of
the quote's words they cover (weighted precision) and of the units that render any (recall). The
units are read by lawref.xling.align ``unit_sets``; ``align`` then works inside the window.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from lawref.xling.align import EnglishQuote, Window, unit_sets
from lawref.xling.zh import ZhAnalysis


def best_window(
    analysis: ZhAnalysis,
    quote: EnglishQuote,
    weights: Mapping[str, float] | None = None,
    beta: float = 1.0,
) -> Window:
    """The run of clauses that best explains the quote (weighted precision, unit recall).

    ``beta`` < 1 favours precision: for evidence about a known article, where every English
    word the article can explain should be inside the window.
    """
    return placed_best_window(((t.clause, t) for t in analysis.tokens), quote, weights, beta)


def placed_best_window(
    tokens: Iterable[tuple[int, Any]],
    quote: EnglishQuote,
    weights: Mapping[str, float] | None = None,
    beta: float = 1.0,
    units: Callable[[Any, EnglishQuote], list[frozenset[int]]] = unit_sets,
) -> Window:
    """:func:`best_window` of the tokens given as (clause, token), in text order, each token's
    units read by ``units``. Only the clause of a token is read, not its offsets: a packed
    analysis's templates serve as they are (lawref/xling/index.py scores its shortlist so,
    by template number, without building the tokens)."""
    by_clause: dict[int, list[frozenset[int]]] = defaultdict(list)
    for clause, token in tokens:
        by_clause[clause].extend(units(token, quote))
    return clauses_best_window(by_clause, quote, weights, beta)


def _word_weights(quote: EnglishQuote, weights: Mapping[str, float] | None) -> list[float]:
    """The weight of each word of the quote in a window's precision: 1 for a marker's word (or
    without ``weights``), else its stem's weight. Kept on the quote for the ``weights`` of the
    last call (one quote is scored against ~40 articles with the same weights)."""
    cached = quote._weights
    if cached is not None and cached[0] is weights:
        return cached[1]
    markers = quote.markers_set
    found = [
        1.0 if i in markers or not weights else weights.get(token.stem, 1.0)
        for i, token in enumerate(quote.tokens)
    ]
    quote._weights = (weights, found)
    return found


def clauses_best_window(
    by_clause: Mapping[int, list[frozenset[int]]],
    quote: EnglishQuote,
    weights: Mapping[str, float] | None = None,
    beta: float = 1.0,
) -> Window:
    """:func:`best_window` from the units of each clause (clause number -> one set of English
    words per unit). Sums run over the same sets in the same order as ever, so the scores are
    the same to the last bit; what is per clause (its count of units, of rendered units, the
    non-empty sets) is worked out once, not for every window that holds the clause."""
    counts = {clause: len(sets) for clause, sets in by_clause.items()}
    filled = {clause: [s for s in sets if s] for clause, sets in by_clause.items()}
    return counted_best_window(counts, filled, quote, weights, beta)


def counted_best_window(
    counts: Mapping[int, int],
    filled_of: Mapping[int, list[frozenset[int]]],
    quote: EnglishQuote,
    weights: Mapping[str, float] | None = None,
    beta: float = 1.0,
) -> Window:
    """:func:`clauses_best_window` from each clause's count of units (``counts``: every clause
    that has a token, however few units) and its units' non-empty sets in order (``filled_of``:
    a clause without any may be left out), which lawref/xling/index.py adds up per template
    rather than listing every unit."""
    clauses = sorted(counts)
    markers = quote.markers_set
    weight_of = _word_weights(quote, weights).__getitem__
    total = sum(map(weight_of, quote.content)) + len(markers)
    best = Window(clauses[0] if clauses else 0, clauses[0] if clauses else 0, 0.0, 0.0, 0.0)
    if not total:
        return best
    b2 = beta * beta
    per_clause = []
    for clause in clauses:
        filled = filled_of.get(clause, ())
        per_clause.append((clause, counts[clause], len(filled), filled))
    for a, (first, _, rendered_first, _) in enumerate(per_clause):
        if not rendered_first:
            continue  # a window starts (and, below, ends) where something is rendered
        union: set[int] = set()
        units = rendered = 0
        weighed = -1  # the size of ``union`` when ``covered`` was last summed
        covered = 0.0
        for last, count, filled_count, filled in per_clause[a:]:
            units += count
            rendered += filled_count
            for s in filled:
                union |= s
            if not units or not filled_count:
                continue
            if len(union) != weighed:  # the same set, summed in the same order, otherwise
                covered = sum(map(weight_of, union))
                weighed = len(union)
            precision = covered / total
            recall = rendered / units
            denominator = b2 * precision + recall
            fscore = (1 + b2) * precision * recall / denominator if denominator else 0.0
            if fscore > best.fscore + 1e-9:
                best = Window(first, last, fscore, precision, recall)
    return best
