"""The web app under load: 16 concurrent clients checking a ~1,000-word story through
``POST /api/check``, with ``lawref serve --workers 1`` and ``--workers 2``.

    python tests/benchmarks/bench_serve.py [--clients 16] [--requests 128] [--workers 1 2]

For each worker count it starts ``lawref serve`` in a child process on a free loopback port
(shipped store, the benchmarks' own compiled cache), waits for /healthz (bounded), warms each
worker, then has ``--clients`` threads send ``--requests`` checks in all, each with its own
connection. It reports requests/s, p50 and p95 latency, and checks that every answer is 200 and
identical. The baseline, measured in the same run: the same check called in-process
(``Checker.check_text``, one at a time), as checks/s — the server's figures are printed as a
ratio of it. The clients run on the same machine as the server and share its cores.

Wall-clock figures depend on the machine: printed and written to
tests/benchmarks/results/bench_serve.json, never asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from _common import REPO, bench_env, lawref_command, print_table, private_cache, write_results
from bench_cli import thousand_word_document, word_count

sys.path.insert(0, str(REPO / "tests"))
from server_process import running_server  # noqa: E402  (tests/ is on the path only now)

START_SECONDS = 120
REQUEST_SECONDS = 300


def in_process(text: str, runs: int) -> dict[str, Any]:
    from lawref.pipeline.checker import Checker
    from lawref.store.load import load_store

    checker = Checker(load_store())
    checker.check_text(text)  # warm: indexes loaded, caches filled as a worker's would be
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        checker.check_text(text)
        samples.append(time.perf_counter() - start)
    median = statistics.median(samples)
    return {
        "runs": runs,
        "median_ms": round(median * 1000, 1),
        "checks_per_s": round(1 / median, 1),
    }


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def serve_load(text: str, workers: int, clients: int, requests: int, cache: Path) -> dict[str, Any]:
    env = bench_env(cache, PYTHONPATH=str(REPO))
    try:
        with running_server(
            lawref_command(), env, REPO, "--workers", str(workers), start_seconds=START_SECONDS
        ) as base:
            return load_server(base, text, workers, clients, requests)
    except RuntimeError as problem:
        raise SystemExit(f"lawref serve --workers {workers}: {problem}") from None


def load_server(base: str, text: str, workers: int, clients: int, requests: int) -> dict[str, Any]:
    import httpx

    body = {"text": text}
    for _ in range(2 * workers):  # every worker has checked once
        httpx.post(f"{base}/api/check", json=body, timeout=REQUEST_SECONDS)
    latencies: list[float] = []
    answers: set[tuple[int, bytes]] = set()
    lock = threading.Lock()
    remaining = [requests]

    def client() -> None:
        with httpx.Client(base_url=base, timeout=REQUEST_SECONDS) as session:
            while True:
                with lock:
                    if remaining[0] == 0:
                        return
                    remaining[0] -= 1
                start = time.perf_counter()
                response = session.post("/api/check", json=body)
                took = time.perf_counter() - start
                with lock:
                    latencies.append(took)
                    answers.add((response.status_code, response.content))

    threads = [threading.Thread(target=client) for _ in range(clients)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(REQUEST_SECONDS)
    wall = time.perf_counter() - start
    return {
        "workers": workers,
        "clients": clients,
        "requests": len(latencies),
        "seconds": round(wall, 2),
        "requests_per_s": round(len(latencies) / wall, 1),
        "p50_ms": round(percentile(latencies, 0.50) * 1000, 1),
        "p95_ms": round(percentile(latencies, 0.95) * 1000, 1),
        "all_200": {status for status, _ in answers} == {200},
        "identical_bodies": len(answers) == 1,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--requests", type=int, default=128, help="checks in all, per run")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--runs", type=int, default=20, help="in-process baseline runs")
    parser.add_argument("--quick", action="store_true", help="small counts: a smoke test")
    args = parser.parse_args()
    if args.quick:
        args.requests, args.runs = 32, 5
    cache = private_cache()
    with tempfile.TemporaryDirectory(prefix="lawref-bench-serve-") as workdir:
        document, described = thousand_word_document(Path(workdir))
        text = document.read_text(encoding="utf-8")
    baseline = in_process(text, args.runs)
    runs = [serve_load(text, w, args.clients, args.requests, cache) for w in args.workers]
    rows = [
        [
            f"serve --workers {r['workers']}",
            r["requests_per_s"],
            r["p50_ms"],
            r["p95_ms"],
            f"{r['requests_per_s'] / baseline['checks_per_s']:.2f}",
            "yes" if r["all_200"] and r["identical_bodies"] else "NO",
        ]
        for r in runs
    ]
    rows.insert(
        0,
        [
            "in-process Checker (baseline)",
            baseline["checks_per_s"],
            baseline["median_ms"],
            "-",
            "1.00",
            "-",
        ],
    )
    print(
        f"document: {described}, {word_count(text)} words; {args.clients} clients, "
        f"{args.requests} checks per run; {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}"
    )
    print_table(
        "POST /api/check under load",
        rows,
        ["", "checks/s", "p50 ms", "p95 ms", "x baseline", "200 + identical"],
    )
    if len(runs) >= 2:
        print(
            f"\n{runs[-1]['workers']} workers / {runs[0]['workers']}: "
            f"{runs[-1]['requests_per_s'] / runs[0]['requests_per_s']:.2f}x the requests/s"
        )
    write_results(
        "bench_serve",
        {"document": described, "words": word_count(text), "baseline": baseline, "runs": runs},
    )


if __name__ == "__main__":
    sys.exit(main())
