"""`lawref batch` throughput: one process vs two worker processes vs a Dask LocalCluster (2 workers),
on news-style documents checked against the big store (cn-laws-all).

    python tests/benchmarks/bench_batch.py [--docs 2000] [--repeat 1] [--jobs 2] [--store DIR] [--no-dask]
    python tests/benchmarks/bench_batch.py --one-core     # issue 20's figure: --jobs 1 only

--one-core measures `lawref batch --jobs 1` alone on short news items quoting exactly three
articles each (--quotes 3); target (issue 20): >= 400 items per second in the steady phase.

The documents (a JSON Lines file, generated with a fixed seed) quote first sentences of articles
sampled from the store — verbatim, or with two characters dropped — under a 《title》第N条 citation
(now and then of the wrong article), between sentences from no statute. Each configuration runs in
a fresh process (lawref.batch.run.Batch, the library behind `lawref batch`: the big store is loaded
without the shipped one, whose laws it repeats) with a warm compiled cache:
  whole run     documents / wall time of the process (imports, store, workers, checking)
  steady        documents / time from the first finished document to the last
  efficiency    steady rate / (workers x the one-process steady rate); "whole": of the whole-run rates
The runs' records are compared by id: every configuration must give the same results. On a shared
machine the workers may not get a core each: the script first measures how many cores' worth N
spinning processes get (available parallelism), the ceiling of the efficiency.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import ensure_big_store, machine_line, print_table, run_child, write_results
from bench_linking import NON_STATUTE

HERE = Path(__file__).resolve()


def first_sentence(text: str) -> str | None:
    first = text.split("\n\n")[0].strip()
    cut = first.find("。")
    sentence = first[: cut if cut > 0 else len(first)]
    return sentence if 12 <= len(sentence) <= 120 else None


ONE_CORE_TARGET = 400.0


def generate(store: Any, count: int, seed: int, quotes: int | None = None) -> list[dict[str, Any]]:
    """``count`` documents, each quoting 2-4 articles (or exactly ``quotes``) and carrying 1-2
    sentences from no law."""
    from lawref.text.numerals import int_to_cn

    rng = random.Random(seed)
    articles = [
        (statute, article)
        for statute in sorted(store.statutes.values(), key=lambda s: s.id)
        for article in statute.articles
        if article.number.isdigit() and first_sentence(article.text)
    ]
    documents = []
    for number in range(count):
        paragraphs = []
        for statute, article in rng.sample(articles, quotes or rng.randint(2, 4)):
            clause = first_sentence(article.text) or ""
            if rng.random() < 0.3:
                at = rng.randrange(4, len(clause) - 4)
                clause = clause[:at] + clause[at + 2 :]
            cited = int(article.number) + (rng.random() < 0.1)
            title = statute.title[statute.language]
            paragraphs.append(f"根据《{title}》第{int_to_cn(cited)}条，“{clause}。”")
        paragraphs += rng.sample(NON_STATUTE, rng.randint(1, 2))
        rng.shuffle(paragraphs)
        text = "\n\n".join([f"第{number}篇报道", *paragraphs])
        documents.append({"id": f"doc-{number:05}", "text": text, "date": "2024-05-01"})
    return documents


def _spin(seconds: float) -> int:
    end = time.perf_counter() + seconds
    loops = 0
    while time.perf_counter() < end:
        loops += 1
    return loops


def available_parallelism(workers: int, seconds: float = 2.0) -> float:
    """How many cores' worth ``workers`` busy processes get now (other jobs on the machine take
    theirs): the loops they spin together over the loops one spins alone."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1) as pool:
        alone = pool.submit(_spin, seconds).result()
    with ProcessPoolExecutor(workers) as pool:
        together = sum(pool.map(_spin, [seconds] * workers))
    return round(together / alone, 2)


# --- one configuration, in its own process -----------------------------------------------------


def child(engine: str, jobs: int, docs: str, out: str, store: str) -> None:
    from lawref.batch.inputs import CheckerConfig
    from lawref.batch.run import Batch

    done: list[float] = []
    cpu: list[float] = []  # this process's CPU time at each finished document
    start = time.perf_counter()
    config = CheckerConfig(stores=(store,), include_shipped=False)
    batch = Batch([docs], Path(out), config, jobs=jobs, engine=engine)

    def finished(_outcome: Any) -> None:
        done.append(time.perf_counter())
        cpu.append(time.process_time())

    batch.on_outcome = finished
    summary = batch.run()
    print(
        json.dumps(
            {
                "documents": summary.documents,
                "errors": summary.errors,
                "quotes": summary.quotes,
                "run_seconds": time.perf_counter() - start,
                "first_seconds": done[0] - start if done else None,
                "steady_seconds": done[-1] - done[0] if len(done) > 1 else None,
                # CPU time of this process in the steady phase: with --jobs 1 the checking runs
                # here, and CPU time is what a loaded machine inflates least
                "steady_cpu_seconds": cpu[-1] - cpu[0] if len(cpu) > 1 else None,
            }
        )
    )


def _median(values: list[Any]) -> float | None:
    known = [v for v in values if v is not None]
    return round(statistics.median(known), 2) if known else None


def records(path: Path) -> dict[str, Any]:
    found = {}
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line:
            record = json.loads(line)
            found[record["id"]] = record
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=2000, help="documents to generate")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--jobs", type=int, default=2, help="workers of the parallel runs")
    parser.add_argument("--store", type=Path, help="a store folder (default: the imported corpus)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each (medians shown)")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask LocalCluster run")
    parser.add_argument("--quotes", type=int, help="quotations per document (default 2-4)")
    parser.add_argument(
        "--one-core", action="store_true", help="--jobs 1 only, 3 quotations a document"
    )
    parser.add_argument("--child", nargs=4, metavar=("ENGINE", "JOBS", "DOCS", "OUT"))
    options = parser.parse_args()
    if options.one_core:
        options.quotes = options.quotes or 3
        options.no_dask = True
        options.jobs = 1
    print(machine_line())
    if options.child:
        engine, jobs, docs, out = options.child
        child(engine, int(jobs), docs, out, str(options.store))
        return

    store_dir = options.store
    facts: dict[str, Any] = {}
    if store_dir is None:
        store_dir, facts = ensure_big_store()
        if store_dir is None:
            print(f"SKIP: {facts['skipped']}")
            write_results("bench_batch", {"skipped": facts["skipped"]})
            return
    work = Path(tempfile.mkdtemp(prefix="lawref-bench-batch-"))
    atexit.register(shutil.rmtree, work, True)  # documents, outputs and a cache of ~300 MB
    os.environ["LAWREF_CACHE_DIR"] = str(work / "cache")  # the children inherit it

    from lawref.batch.inputs import CheckerConfig
    from lawref.store.load import load_store

    started = time.perf_counter()
    store = load_store([store_dir], include_shipped=False)
    docs = work / "docs.jsonl"
    documents = generate(store, options.docs, options.seed, options.quotes)
    docs.write_text(
        "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in documents), encoding="utf-8"
    )
    CheckerConfig(stores=(str(store_dir),), include_shipped=False).build(store)
    compile_s = time.perf_counter() - started
    print(
        f"store: {len(store)} statutes; {len(documents)} documents; cache built in {compile_s:.1f} s"
    )
    del store

    configurations = [("local", 1, "--jobs 1")]
    if not options.one_core:
        configurations.append(("local", options.jobs, f"--jobs {options.jobs}"))
    if not options.no_dask:
        try:
            import distributed  # noqa: F401
        except ImportError:
            print("SKIP Dask: pip install 'lawref[dask]'")
        else:
            configurations.append(("dask", options.jobs, f"dask LocalCluster ({options.jobs})"))

    cores = available_parallelism(1 if options.one_core else options.jobs)
    print(f"{options.jobs} busy processes get {cores} cores' worth of this machine now")
    samples: dict[str, list[dict[str, Any]]] = {label: [] for _e, _j, label in configurations}
    outputs = {}
    load_before = os.getloadavg()
    # Repeats go round the configurations, so that a busy spell of the machine hits them all.
    for _round in range(options.repeat):
        for engine, jobs, label in configurations:
            out = work / f"out-{engine}-{jobs}.jsonl"
            argv = [sys.executable, str(HERE), "--store", str(store_dir), "--child"]
            run = run_child([*argv, engine, str(jobs), str(docs), str(out)])
            if run.returncode not in (0, 1):
                print(f"{label}: failed ({run.returncode})\n{run.stderr[-2000:]}")
                continue
            measured = json.loads(run.stdout.strip().splitlines()[-1])
            samples[label].append(
                {
                    "wall_s": run.seconds,
                    "startup_s": measured["first_seconds"],
                    "whole_docs_per_s": measured["documents"] / run.seconds,
                    "steady_docs_per_s": (measured["documents"] - 1) / measured["steady_seconds"],
                    "steady_docs_per_cpu_s": (measured["documents"] - 1)
                    / measured["steady_cpu_seconds"]
                    if jobs == 1 and engine == "local" and measured["steady_cpu_seconds"]
                    else None,
                    "maxrss_mib": run.maxrss_mib,
                    "quotes": measured["quotes"],
                    "errors": measured["errors"],
                }
            )
            outputs[label] = records(out)
    runs = []
    for engine, jobs, label in configurations:
        if samples[label]:
            median = {key: _median([s[key] for s in samples[label]]) for key in samples[label][0]}
            runs.append({"label": label, "engine": engine, "workers": jobs, **median})
    base = runs[0]
    for run in runs:
        scale = run["workers"] * base["steady_docs_per_s"]
        run["efficiency"] = round(run["steady_docs_per_s"] / scale, 2)
        run["whole_efficiency"] = round(
            run["whole_docs_per_s"] / (run["workers"] * base["whole_docs_per_s"]), 2
        )
        run["same_results"] = outputs[run["label"]] == outputs[base["label"]]

    print_table(
        f"lawref batch, {options.docs} documents, big store ({os.cpu_count()} cores; "
        f"median of {options.repeat})",
        [
            [
                r["label"],
                r["wall_s"],
                r["startup_s"],
                r["whole_docs_per_s"],
                r["steady_docs_per_s"],
                r["efficiency"],
                r["whole_efficiency"],
                r["maxrss_mib"],
                "yes" if r["same_results"] else "NO",
            ]
            for r in runs
        ],
        ["run", "wall s", "startup s", "docs/s", "steady", "eff.", "eff. whole", "RSS MiB", "same"],
    )
    print("  (RSS: the parent process; worker processes are not included)")
    print(
        f"  ({options.jobs} spinning processes got {cores} cores' worth: efficiency cannot exceed "
        f"{cores / options.jobs:.2f} on this machine now)"
    )
    one = runs[0]
    per_cpu = one.get("steady_docs_per_cpu_s")
    if per_cpu:
        print(f"\n--jobs 1: {per_cpu:.0f} documents per CPU-second of the process, steady phase")
    print(
        f"--jobs 1: {one['steady_docs_per_s']:.0f} documents/s steady (wall)"
        f"{f' ({options.quotes} quotations each)' if options.quotes else ''}"
        f" (target >= {ONE_CORE_TARGET:.0f} for 3 quotations each): "
        f"{'met' if one['steady_docs_per_s'] >= ONE_CORE_TARGET else 'missed'}"
    )
    print(machine_line())
    write_results(
        "bench_batch",
        {
            "documents": options.docs,
            "quotes_per_document": options.quotes or "2-4",
            "seed": options.seed,
            "store": facts or {"path": str(store_dir)},
            "cache_build_s": round(compile_s, 2),
            "repeat": options.repeat,
            "load_average_before_after": [load_before, os.getloadavg()],
            "available_parallelism": cores,
            "runs": runs,
        },
    )


if __name__ == "__main__":
    main()
