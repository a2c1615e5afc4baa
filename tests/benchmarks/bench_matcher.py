"""The matcher on the labelled quotations and on quotations cut from a store, against a naive scan.

    python tests/benchmarks/bench_matcher.py [--store DIR] [--per-kind 20] [--seed 7]

Without --store it uses the shipped store (originals in Chinese and English, English renderings).
Three measurements:

1. Labelled set (tests/data/labelled_quotes.yaml) plus --per-kind sampled quotations of each kind
   (bench_linking's sampler: verbatim, altered, elided, scrape-damaged, non-statute): total time
   of ``Matcher.match`` against ``rapidfuzz.process.extractOne(quote, all_texts,
   scorer=fuzz.partial_ratio)``, the speed-up, and top-1 (statute, article) agreement where the
   baseline scores >= 90 (a tie under the baseline's scorer counts as agreement).
2. The index's term choice: token bigrams (what lawref.match.index uses: CJK character pairs, Latin word
   pairs) against Latin character 4-grams, by candidate recall (is the source article among the
   CANDIDATE_LIMIT candidates), posting entries read per query and index size.
3. Work per quotation: comparisons, screened candidates, posting entries read.

bench_linking.py measures (1) on the big store imported from cn-laws-all.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import yaml
from _common import REPO, print_table, write_results
from bench_linking import all_texts, sample

LABELLED = REPO / "tests" / "data" / "labelled_quotes.yaml"


def labelled_quotes(store: Any) -> list[tuple[str, str, tuple[str, str] | None]]:
    out: list[tuple[str, str, tuple[str, str] | None]] = []
    for case in yaml.safe_load(LABELLED.read_text(encoding="utf-8")):
        source = None
        for name in case.get("statute") or []:
            found = store.lookup(name)
            if len(found) == 1:
                source = (found[0].id, case["article"])
                break
        if case.get("statute") and source is None:
            continue
        out.append((f"labelled-{case['verdict']}", case["quote"], source))
    return out


def char4_terms(tokens: Sequence[str]) -> set[int]:
    """The alternative: CJK character pairs as before, Latin words as character 4-grams."""
    from lawref.match.index import pair_key
    from lawref.text.tokens import is_cjk

    terms: set[int] = set()
    for i, token in enumerate(tokens):
        if is_cjk(token[0]):
            if i + 1 < len(tokens) and is_cjk(tokens[i + 1][0]):
                terms.add(pair_key(token, tokens[i + 1]))
            continue
        padded = f" {token} "
        for j in range(max(1, len(padded) - 3)):
            terms.add((1 << 43) | zlib.crc32(padded[j : j + 4].encode()))
    return terms


def index_variant(store: Any, terms: Callable[[Sequence[str]], set[int]]) -> tuple[Any, float]:
    import lawref.match.index as index_module

    original = index_module.terms_of
    index_module.terms_of = terms  # type: ignore[assignment]
    try:
        start = time.perf_counter()
        index = index_module.Index.from_store(store)
        built = time.perf_counter() - start
    finally:
        index_module.terms_of = original  # type: ignore[assignment]
    index._terms = terms  # remembered for querying below
    return index, built


def recall(index: Any, quotes: list[tuple[str, str, tuple[str, str] | None]]) -> dict[str, Any]:
    import lawref.match.index as index_module
    from lawref.match.thresholds import CANDIDATE_LIMIT
    from lawref.text.normalize import skeleton
    from lawref.text.tokens import token_texts

    original = index_module.terms_of
    index_module.terms_of = index._terms
    try:
        found = total = 0
        before = index.probes
        start = time.perf_counter()
        for _, quote, source in quotes:
            if source is None:
                continue
            ids = index.candidates(" ".join(token_texts(skeleton(quote))), CANDIDATE_LIMIT)
            total += 1
            found += any((index.texts[i].statute, index.texts[i].article) == source for i in ids)
        seconds = time.perf_counter() - start
    finally:
        index_module.terms_of = original
    return {
        "recall": found / total if total else float("nan"),
        "queries": total,
        "probes_per_query": (index.probes - before) / total if total else 0.0,
        "ms_per_query": seconds / total * 1000 if total else 0.0,
        "terms": len(index.postings),
        "postings": sum(len(p) for p in index.postings.values()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--store", type=Path, help="a store folder (default: the shipped store)")
    parser.add_argument("--per-kind", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    options = parser.parse_args()

    from rapidfuzz import fuzz, process

    from lawref.match.index import Index, terms_of
    from lawref.match.matcher import Matcher
    from lawref.match.thresholds import SHORT_QUOTE_UNITS
    from lawref.store.load import load_store
    from lawref.text.normalize import skeleton
    from lawref.text.tokens import token_texts, word_units

    if options.store:
        store = load_store([options.store], include_shipped=False, use_cache=False)
    else:
        store = load_store(use_cache=False)
    texts, owners = all_texts(store)
    quotes = labelled_quotes(store) + sample(store, options.per_kind, options.seed)
    print(f"store: {len(store)} statutes, {len(texts)} texts; {len(quotes)} quotations")

    start = time.perf_counter()
    matcher = Matcher(index=Index.from_store(store))
    build_s = time.perf_counter() - start
    matcher.match(quotes[0][1])  # warm-up: converters, regexes

    lawref_times: list[float] = []
    naive_times: list[float] = []
    judged = agreed = strict = declined = 0
    disagreements = []
    for kind, quote, _source in quotes:
        begin = time.perf_counter()
        result = matcher.match(quote)
        lawref_times.append(time.perf_counter() - begin)
        begin = time.perf_counter()
        _best, score, index = process.extractOne(quote, texts, scorer=fuzz.partial_ratio)
        naive_times.append(time.perf_counter() - begin)
        if score < 90:
            continue
        judged += 1
        naive = owners[index]
        mine = (result.match.statute, result.articles) if result.match else None
        same = mine is not None and mine[0] == naive[0] and naive[1] in mine[1]
        tie = mine is not None and any(
            fuzz.partial_ratio(quote, texts[i]) >= score
            for i, owner in enumerate(owners)
            if owner[0] == mine[0] and owner[1] in mine[1]
        )
        strict += same
        agreed += same or tie
        if not (same or tie):
            short = word_units(token_texts(skeleton(quote))) < SHORT_QUOTE_UNITS
            declined += mine is None and short
            disagreements.append({"kind": kind, "quote": quote, "lawref": mine, "naive": naive})
    lawref_total, naive_total = sum(lawref_times), sum(naive_times)
    speedup = naive_total / lawref_total if lawref_total else float("inf")
    print_table(
        f"Matching {len(quotes)} quotations (index built in {build_s:.2f} s)",
        [
            ["lawref Matcher", lawref_total, statistics.median(lawref_times) * 1000],
            ["naive extractOne", naive_total, statistics.median(naive_times) * 1000],
        ],
        ["linker", "total s", "median ms"],
    )
    agreement = agreed / judged if judged else float("nan")
    print(
        f"\nspeed-up {speedup:,.1f}x; top-1 agreement where naive >= 90: {agreed}/{judged} "
        f"({agreement:.1%}; strict {strict}); {declined} of the disagreements are quotations "
        f"under {SHORT_QUOTE_UNITS:g} words that lawref declines to link by design"
    )
    for record in disagreements[:10]:
        print(f"  disagree [{record['kind']}] {record['quote'][:60]!r}: {record}")
    work = {
        "comparisons_per_quote": matcher.comparisons / len(quotes),
        "screened_per_quote": matcher.screened / len(quotes),
        "probes_per_quote": matcher.index.probes / len(quotes),
    }
    print_table("Work per quotation", [[k, v] for k, v in work.items()], ["measure", "mean"])

    variants = {}
    for name, terms in (("token bigrams (used)", terms_of), ("Latin char 4-grams", char4_terms)):
        index, built = index_variant(store, terms)
        variants[name] = {"build_s": built, **recall(index, quotes)}
    print_table(
        "Index terms: candidate recall of the source article",
        [
            [
                name,
                f"{v['recall']:.1%}",
                v["probes_per_query"],
                v["ms_per_query"],
                v["terms"],
                v["postings"],
                v["build_s"],
            ]
            for name, v in variants.items()
        ],
        ["terms", "recall", "probes/query", "ms/query", "terms", "postings", "build s"],
    )
    write_results(
        "bench_matcher",
        {
            "store": {"statutes": len(store), "texts": len(texts), "path": str(options.store)},
            "quotations": len(quotes),
            "lawref_total_s": round(lawref_total, 4),
            "naive_total_s": round(naive_total, 4),
            "speedup": round(speedup, 1),
            "agreement": round(agreement, 4) if judged else None,
            "judged": judged,
            "declined_short": declined,
            "work": work,
            "index_variants": variants,
            "disagreements": disagreements,
        },
    )


if __name__ == "__main__":
    sys.exit(main())
