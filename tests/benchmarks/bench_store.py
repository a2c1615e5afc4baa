"""The big store: import cn-laws-all, then load it from YAML and from the compiled cache.

    python tests/benchmarks/bench_store.py [--runs 5] [--reimport]

Steps (each load in a fresh process: wall time, the load itself timed inside, and peak RSS):
  1. `lawref import <corpus>/cn-laws-all --store tests/benchmarks/results/big-store` (once; git-ignored)
  2. load_store(big, use_cache=False)           every file parsed and validated
  3. load_store(big) with an empty cache        the same, plus writing the cache
  4. load_store(big) with a warm cache          median of --runs
  5. `lawref check DOC --store big` warm / cold: wall time and peak RSS (skipped until check exists)
"""

from __future__ import annotations

import argparse
import json
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
    print_table,
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--check-runs", type=int, default=2, help="warm `lawref check` runs")
    parser.add_argument("--reimport", action="store_true", help="import the corpus again")
    options = parser.parse_args()

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
