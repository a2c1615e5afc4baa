"""Citations vs eyecite: chars/s and citations found, on the same news-style text.

lawref's side is ``lawref.citations.find.CitationFinder(store).find(text)`` with the shipped store (the
logic behind ``lawref cites``). eyecite's side is ``eyecite.get_citations(text)`` with its default
tokenizer. eyecite is not a lawref dependency: it lives in a separate virtualenv outside the
repository, which this script runs as a child process:

    python3 -m venv /tmp/lawref-eyecite && /tmp/lawref-eyecite/bin/pip install eyecite
    python tests/benchmarks/bench_cites.py [--repeat 50] [--eyecite-python /tmp/lawref-eyecite/bin/python]

($EYECITE_PYTHON works too.) The text is every examples/*.txt joined, repeated --repeat times.
Both sides get one untimed warm-up call (regex compilation, eyecite's reporter tables), then the
median of --runs timed calls on the whole text.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from _common import EXAMPLES, print_table, private_cache, write_results

DEFAULT_EYECITE = "/tmp/lawref-eyecite/bin/python"

EYECITE_CHILD = """
import json, statistics, sys, time
from collections import Counter
started = time.perf_counter()
from eyecite import get_citations
imported = time.perf_counter()
text = open(sys.argv[1], encoding="utf-8").read()
base = open(sys.argv[2], encoding="utf-8").read()
runs = int(sys.argv[3])
first = time.perf_counter()
get_citations(base)
warm_up = time.perf_counter() - first
times = []
for _ in range(runs):
    start = time.perf_counter()
    found = get_citations(text)
    times.append(time.perf_counter() - start)
on_base = get_citations(base)
print(json.dumps({
    "import_s": imported - started, "warm_up_s": warm_up, "median_s": statistics.median(times),
    "count": len(found), "count_base": len(on_base),
    "kinds": Counter(type(c).__name__ for c in on_base),
    "found_base": [c.matched_text() for c in on_base],
}))
"""


def news_text(repeat: int) -> tuple[str, str]:
    parts = [p.read_text(encoding="utf-8").strip() for p in sorted(EXAMPLES.glob("*.txt"))]
    if not parts:
        raise SystemExit(f"no examples/*.txt in {EXAMPLES}")
    base = "\n\n".join(parts) + "\n\n"
    return base, base * repeat


def run_lawref(text: str, base: str, runs: int) -> dict[str, Any]:
    try:
        from lawref.citations.find import CitationFinder
    except ImportError as exc:
        return {"skipped": f"lawref.citations.find.CitationFinder is not there yet ({exc})"}
    from lawref.store.load import load_store

    private_cache()
    store = load_store()
    start = time.perf_counter()
    finder = CitationFinder(store)
    build = time.perf_counter() - start
    start = time.perf_counter()
    finder.find(base)
    warm_up = time.perf_counter() - start
    times = []
    found: list[Any] = []
    for _ in range(runs):
        start = time.perf_counter()
        found = list(finder.find(text))
        times.append(time.perf_counter() - start)
    on_base = list(finder.find(base))
    return {
        "build_s": build,
        "warm_up_s": warm_up,
        "median_s": statistics.median(times),
        "count": len(found),
        "count_base": len(on_base),
        "resolved_base": sum(1 for c in on_base if getattr(c, "statute", None)),
        "kinds": Counter(
            "with article" if getattr(c, "article", None) else "statute only" for c in on_base
        ),
        "found_base": [getattr(c, "text", str(c)) for c in on_base],
    }


def run_eyecite(python: str, text: str, base: str, runs: int) -> dict[str, Any]:
    if not Path(python).exists():
        return {
            "skipped": f"no eyecite interpreter at {python}: python3 -m venv /tmp/lawref-eyecite "
            "&& /tmp/lawref-eyecite/bin/pip install eyecite"
        }
    with tempfile.TemporaryDirectory() as folder:
        whole, one = Path(folder) / "text.txt", Path(folder) / "base.txt"
        whole.write_text(text, encoding="utf-8")
        one.write_text(base, encoding="utf-8")
        result = subprocess.run(
            [python, "-c", EYECITE_CHILD, str(whole), str(one), str(runs)],
            capture_output=True,
            text=True,
            check=False,
            env={k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")},
        )
    if result.returncode != 0:
        return {"skipped": f"eyecite failed: {result.stderr.strip()[-500:]}"}
    return json.loads(result.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=50, help="copies of the example text")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--eyecite-python", default=os.environ.get("EYECITE_PYTHON", DEFAULT_EYECITE)
    )
    options = parser.parse_args()
    base, text = news_text(options.repeat)
    results: dict[str, Any] = {
        "text": f"examples/*.txt joined ({len(base):,} chars) x {options.repeat}",
        "chars": len(text),
        "lawref": run_lawref(text, base, options.runs),
        "eyecite": run_eyecite(options.eyecite_python, text, base, options.runs),
    }
    rows = []
    for name in ("lawref", "eyecite"):
        r = results[name]
        if "skipped" in r:
            print(f"SKIP {name}: {r['skipped']}")
            continue
        r["chars_per_s"] = round(len(text) / r["median_s"])
        rows.append(
            [name, r["chars_per_s"], r["median_s"] * 1000, r["warm_up_s"] * 1000, r["count_base"]]
        )
    print_table(
        f"Citation finding on {results['text']} = {len(text):,} chars, median of {options.runs}",
        rows,
        ["finder", "chars/s", "median ms", "first call ms", "citations in one copy"],
    )
    for name in ("lawref", "eyecite"):
        found = results[name].get("found_base")
        if found is not None:
            print(f"\n{name} finds in one copy ({len(found)}):")
            for item in found:
                print(f"  {item}")
    if all("chars_per_s" in results[n] for n in ("lawref", "eyecite")):
        ratio = results["lawref"]["chars_per_s"] / results["eyecite"]["chars_per_s"]
        results["lawref_over_eyecite_speed"] = round(ratio, 2)
        verdict = "met" if ratio >= 1 else "missed"
        print(f"\nlawref / eyecite speed = {ratio:.2f}x (target >= 1x): {verdict}")
    write_results("bench_cites", results)


if __name__ == "__main__":
    main()
