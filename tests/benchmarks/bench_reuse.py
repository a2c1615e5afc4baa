"""Unquoted reuse on a 1 MB article: ``check`` with the reuse scan next to ``check --no-reuse``.

    python tests/benchmarks/bench_reuse.py [--mb 1.0] [--runs 3] [--share 0.2]

The article is news prose built from the repository's own material, repeated until it reaches
``--mb`` MiB of text: the example articles (examples/*.txt, with their quotations), hand-written
paragraphs full of legal phrases that reproduce nothing (tests/test_reuse.py's NEGATIVE), and
articles that reproduce statute text without quotation marks (tests/test_reuse.py's POSITIVE,
built from the shipped store) making up about ``--share`` of the characters. In one process,
with the shipped store and a warm matcher, it times (median of ``--runs``):

- ``Checker(store, reuse=False).check_text`` — what ``lawref check --no-reuse`` does;
- ``Checker(store).check_text`` — with the reuse scan;
- ``lawref.reuse.scan.find_reuse`` alone, with its work counters (``ScanStats``) per MiB.

Wall-clock figures depend on the machine: they are printed and written to
tests/benchmarks/results/bench_reuse.json, never asserted (tests/test_reuse.py bounds the work
by counting index probes instead).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from typing import Any

from _common import EXAMPLES, REPO, print_table, write_results

sys.path.insert(0, str(REPO / "tests"))


def article(mb: float, share: float) -> tuple[str, dict[str, int]]:
    from test_reuse import NEGATIVE, POSITIVE

    from lawref.store.load import load_store

    store = load_store()
    examples = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    prose = examples + NEGATIVE
    reproductions = [case.build(store) for case in POSITIVE]
    pieces: list[str] = []
    size = int(mb * 1024 * 1024)
    total = 0
    at = 0
    counts = {"prose": 0, "reproducing": 0}
    while total < size:
        for paragraph in prose:
            pieces.append(paragraph)
            counts["prose"] += len(paragraph)
            total += len(paragraph) + 2
            # reproductions interleaved so that they make up ``share`` of the characters
            while counts["reproducing"] < share * (counts["prose"] + counts["reproducing"]):
                text = reproductions[at % len(reproductions)]
                at += 1
                pieces.append(text)
                counts["reproducing"] += len(text)
                total += len(text) + 2
    return "\n\n".join(pieces)[:size], counts


def timed(func: Any, runs: int) -> tuple[float, Any]:
    samples = []
    result = None
    for _ in range(runs):
        start = time.perf_counter()
        result = func()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=1.0, help="article size in MiB of text")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--share", type=float, default=0.2, help="share of reproducing text")
    args = parser.parse_args()

    from lawref.pipeline.checker import Checker
    from lawref.reuse.scan import ScanStats, find_reuse
    from lawref.store.load import load_store

    text, counts = article(args.mb, args.share)
    mib = len(text) / (1024 * 1024)
    store = load_store()
    plain = Checker(store, reuse=False)
    reusing = Checker(store)
    # Warm both (store index, matcher caches, stored texts' token forms) on a small piece.
    plain.check_text(text[:20_000])
    reusing.check_text(text[:20_000])

    without, document = timed(lambda: plain.check_text(text), args.runs)
    with_reuse, document_reuse = timed(lambda: reusing.check_text(text), args.runs)
    stats = ScanStats()
    exclude = [(q.start, q.end) for q in document.quotes]
    scan, spans = timed(lambda: find_reuse(text, reusing.matcher, exclude, stats=stats), 1)

    unquoted = [q for q in document_reuse.quotes if q.marks == "none"]
    rows = [
        ["check --no-reuse", round(without, 2), round(without / mib, 2), len(document.quotes)],
        [
            "check (with reuse)",
            round(with_reuse, 2),
            round(with_reuse / mib, 2),
            len(document_reuse.quotes),
        ],
        ["find_reuse alone", round(scan, 2), round(scan / mib, 2), len(spans)],
    ]
    print(
        f"article: {len(text):,} characters ({mib:.2f} MiB), "
        f"{counts['reproducing'] / max(1, sum(counts.values())):.0%} reproducing statute text"
    )
    print_table("wall time (median)", rows, ["what", "seconds", "s/MiB", "quotes"])
    per_mib = {k: round(v / mib) for k, v in vars(stats).items()}
    print_table("scan work per MiB", [[k, v] for k, v in per_mib.items()], ["counter", "per MiB"])
    print(f"\nreuse adds {with_reuse - without:.2f} s ({with_reuse / without:.2f}x check)")
    write_results(
        "bench_reuse",
        {
            "characters": len(text),
            "mib": round(mib, 3),
            "composition": counts,
            "runs": args.runs,
            "check_no_reuse_seconds": round(without, 3),
            "check_reuse_seconds": round(with_reuse, 3),
            "find_reuse_seconds": round(scan, 3),
            "quotes_no_reuse": len(document.quotes),
            "quotes_with_reuse": len(document_reuse.quotes),
            "unquoted": len(unquoted),
            "scan_work_per_mib": per_mib,
        },
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
