"""The big store: import cn-laws-all, then load it from YAML and from the compiled cache.

    python tests/benchmarks/bench_store.py [--runs 5] [--reimport]

Steps (each load in a fresh process: wall time, the load itself timed inside, and peak RSS):
  1. `lawref import <corpus>/cn-laws-all --store tests/benchmarks/results/big-store` (once; git-ignored)
  2. load_store(big, use_cache=False)           every file parsed and validated
  3. load_store(big) with an empty cache        the same, plus writing the cache
  4. load_store(big) with a warm cache          median of --runs
  5. `lawref check DOC --store big` warm / cold: wall time and peak RSS (skipped until check exists)
  6. THE RATIO (issue 20): a news-style document with 12 quotations of shipped Chinese statutes,
     `lawref check` against the shipped store and against shipped + big store (which holds the
     same laws among 1,400 others), warm cache, interleaved, median of --check-runs each.
     Target: big / shipped <= 1.5 (wall and CPU time of the child).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from _common import (
    EXAMPLES,
    bench_env,
    ensure_big_store,
    has_command,
    lawref_command,
    machine_line,
    print_table,
    private_cache,
    run_child,
    write_results,
)

LOAD = """
import json, sys, time
start = time.perf_counter()
from lawref.store.load import load_store
imported = time.perf_counter()
store = load_store([sys.argv[1]], include_shipped=False, use_cache=sys.argv[2] == "cache")
done = time.perf_counter()
print(json.dumps({"import_s": imported - start, "load_s": done - imported, "statutes": len(store),
                  "articles": sum(len(s.articles) for s in store),
                  "translations": sum(len(a.translations) for s in store for a in s.articles),
                  "chars": sum(len(a.text) for s in store for a in s.articles)}))
"""


def load_once(store: Path, cache_dir: Path, use_cache: bool) -> dict[str, Any]:
    child = run_child(
        [sys.executable, "-c", LOAD, str(store), "cache" if use_cache else "yaml"],
        bench_env(cache_dir),
    )
    if child.returncode != 0:
        raise SystemExit(f"loading the big store failed:\n{child.stderr[-2000:]}")
    facts = json.loads(child.stdout)
    facts.update(wall_s=child.seconds, maxrss_mib=child.maxrss_mib)
    return facts


def summarise(label: str, runs: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "label": label,
        "runs": len(runs),
        "load_s": round(statistics.median(r["load_s"] for r in runs), 3),
        "wall_s": round(statistics.median(r["wall_s"] for r in runs), 3),
        "maxrss_mib": round(max(r["maxrss_mib"] for r in runs), 1),
    }


def check_document() -> Path | None:
    texts = sorted(EXAMPLES.glob("*.txt"))
    return max(texts, key=lambda p: p.stat().st_size) if texts else None


TWELVE_TARGET = 1.5


def twelve_quotation_document(path: Path, seed: int = 20) -> list[tuple[str, str]]:
    """A news-style document quoting 12 articles of the shipped Chinese statutes (a first sentence,
    verbatim, under a 《title》第N条 citation), between sentences from no law; writes it to
    ``path`` and returns the (statute, article) quoted."""
    from lawref.store.load import load_store
    from lawref.text.numerals import int_to_cn

    shipped = load_store()
    articles = []
    for statute in sorted(shipped.statutes.values(), key=lambda s: s.id):
        if statute.language != "zh":
            continue
        for article in statute.articles:
            first = article.text.split("。")[0].strip()
            if article.number.isdigit() and 15 <= len(first) <= 80:
                articles.append((statute, article, first))
    rng = random.Random(seed)
    chosen = rng.sample(articles, 12)
    paragraphs = ["本报讯 多部法律的规定近日再次引起关注。"]
    for statute, article, first in chosen:
        title = statute.title[statute.language]
        paragraphs.append(
            f"根据《{title}》第{int_to_cn(int(article.number))}条，“{first}。”专家表示，这一规定影响深远。"
        )
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return [(s.id, a.number) for s, a, _ in chosen]


def twelve_quotations(store: Path, workdir: Path, cache_dir: Path, runs: int) -> dict[str, Any]:
    """Warm `lawref check` of the 12-quotation document: shipped store vs shipped + big store."""
    document = workdir / "twelve-quotations.txt"
    quoted = twelve_quotation_document(document)
    lawref = lawref_command()
    env = bench_env(cache_dir)
    commands = {
        "shipped store": [*lawref, "check", str(document), "--format", "json"],
        "shipped + big store": [
            *lawref,
            "check",
            str(document),
            "--store",
            str(store),
            "--format",
            "json",
        ],
    }
    for argv in commands.values():
        run_child(argv, env)  # fill the cache
    children: dict[str, list[Any]] = {label: [] for label in commands}
    for _ in range(runs):
        for label, argv in commands.items():
            children[label].append(run_child(argv, env))
    found = {}
    for label, runs_of in children.items():
        report = json.loads(runs_of[-1].stdout) if runs_of[-1].stdout.strip() else {}
        linked = [
            (q["match"]["statute"], q["match"]["article"])
            for d in report.get("documents", [])
            for q in d["quotes"]
            if q.get("match")
        ]
        found[label] = {
            "wall_s": round(statistics.median(r.seconds for r in runs_of), 3),
            "cpu_s": round(statistics.median(r.cpu_seconds for r in runs_of), 3),
            "maxrss_mib": round(max(r.maxrss_mib for r in runs_of), 1),
            "exit_codes": sorted({r.returncode for r in runs_of}),
            "linked_to_source": sum(1 for q in quoted if q in linked),
        }
    small, big = found["shipped store"], found["shipped + big store"]
    return {
        "runs": runs,
        "quoted": quoted,
        **found,
        "wall_ratio": round(big["wall_s"] / small["wall_s"], 2),
        "cpu_ratio": round(big["cpu_s"] / small["cpu_s"], 2),
        "target": TWELVE_TARGET,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--check-runs", type=int, default=2, help="warm `lawref check` runs")
    parser.add_argument("--reimport", action="store_true", help="import the corpus again")
    parser.add_argument(
        "--only-twelve", action="store_true", help="only the 12-quotation ratio (step 6)"
    )
    options = parser.parse_args()
    private_cache()  # this process's own loads (the 12 quotations' document): never the user's cache
    print(machine_line())

    store, facts = ensure_big_store(rebuild=options.reimport)
    results: dict[str, Any] = {"import": {k: v for k, v in facts.items() if k != "shipped"}}
    if store is None:
        print(f"SKIP: {facts['skipped']}")
        write_results("bench_store", results)
        return
    print(
        f"imported: {facts['yaml_files']} files, {facts['yaml_mib']} MiB of YAML "
        f"in {facts['import_seconds']} s (peak RSS {facts['import_maxrss_mib']} MiB)"
    )

    workdir = Path(tempfile.mkdtemp(prefix="lawref-bench-store-"))
    cache_dir = workdir / "cache"
    twelve = twelve_quotations(store, workdir, cache_dir, max(3, options.check_runs * 2))
    results["twelve_quotations"] = twelve
    print_table(
        f"12 quotations, warm `lawref check`, median of {twelve['runs']} interleaved runs",
        [
            [
                label,
                twelve[label]["wall_s"],
                twelve[label]["cpu_s"],
                twelve[label]["maxrss_mib"],
                f"{twelve[label]['linked_to_source']}/12",
            ]
            for label in ("shipped store", "shipped + big store")
        ],
        ["store", "wall s", "CPU s", "peak RSS MiB", "linked to source"],
    )
    print(
        f"\nbig / shipped = {twelve['wall_ratio']:.2f}x wall, {twelve['cpu_ratio']:.2f}x CPU "
        f"(target <= {TWELVE_TARGET}x): {'met' if twelve['wall_ratio'] <= TWELVE_TARGET else 'missed'}"
    )
    print(machine_line())
    if options.only_twelve:
        write_results("bench_store", results)
        shutil.rmtree(workdir, ignore_errors=True)
        return
    yaml_runs = [
        load_once(store, cache_dir, use_cache=False) for _ in range(max(1, options.runs // 2))
    ]
    cold_runs = []
    for _ in range(max(1, options.runs // 2)):
        shutil.rmtree(cache_dir, ignore_errors=True)
        cold_runs.append(load_once(store, cache_dir, use_cache=True))
    warm_runs = [load_once(store, cache_dir, use_cache=True) for _ in range(options.runs)]
    cache_bytes = sum(p.stat().st_size for p in cache_dir.glob("store-*"))
    sizes = {k: yaml_runs[0][k] for k in ("statutes", "articles", "translations", "chars")}
    results["store"] = sizes
    results["cache_file_mib"] = round(cache_bytes / 2**20, 1)
    loads = [
        summarise("from YAML (use_cache=False)", yaml_runs),
        summarise("cold cache (YAML + write)", cold_runs),
        summarise("warm cache", warm_runs),
    ]
    results["loads"] = loads
    results["yaml_over_warm"] = round(loads[0]["load_s"] / loads[2]["load_s"], 1)
    rows = [[r["label"], r["load_s"], r["wall_s"], r["maxrss_mib"]] for r in loads]

    document = check_document()
    if has_command("check") and document is not None:
        lawref = lawref_command()
        argv = [*lawref, "check", str(document), "--store", str(store), "--format", "json"]
        env = bench_env(cache_dir)
        shutil.rmtree(cache_dir, ignore_errors=True)
        cold = run_child(argv, env)
        warm = [run_child(argv, env) for _ in range(options.check_runs)]
        for label, runs in (("check, cold cache", [cold]), ("check, warm cache", warm)):
            wall = statistics.median(r.seconds for r in runs)
            rss = max(r.maxrss_mib for r in runs)
            rows.append([f"lawref {label}", "", round(wall, 3), round(rss, 1)])
            results[label] = {
                "wall_s": round(wall, 3),
                "maxrss_mib": round(rss, 1),
                "exit_codes": sorted({r.returncode for r in runs}),
                "stderr": runs[-1].stderr.strip()[-300:],
            }
        results["check_document"] = f"examples/{document.name}"
        if results["check, warm cache"]["exit_codes"] not in ([0], [1]):
            print(f"note: check failed: {results['check, warm cache']['stderr']}")
    else:
        print("SKIP lawref check against the big store: the command does not exist yet")
        results["check_skipped"] = "lawref check does not exist yet; re-run when it does"

    print_table(
        f"Big store: {sizes['statutes']} statutes, {sizes['articles']} articles, "
        f"{sizes['chars']:,} chars; cache file {results['cache_file_mib']} MiB",
        rows,
        ["what", "load s", "process wall s", "peak RSS MiB"],
    )
    print(f"\nYAML load / warm-cache load = {results['yaml_over_warm']}x")
    write_results("bench_store", results)
    shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
