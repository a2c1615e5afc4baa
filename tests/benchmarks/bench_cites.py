"""Citations: lawref vs eyecite and CiteURL — found, right and chars/s on the same text.

The text is the labelled citation set (tests/data/labelled_citations.yaml: passages in the style
of news reporting, English and Chinese, with the citations a careful reader finds in each).
"found" counts the citations each tool reports; "right" those that name a labelled statute and
article (a US Code or Public Law citation of eyecite or CiteURL is mapped to the store's statute
by lawref's own tables, so that a tool is not marked wrong for naming it its way); recall and
precision follow. Speed is measured on the passages joined, repeated --repeat times: one untimed
warm-up call, then the median of --runs timed calls.

eyecite and CiteURL are not lawref dependencies: they live in a separate virtualenv outside the
repository, which this script runs as a child process:

    python3 -m venv /tmp/lawref-eyecite
    /tmp/lawref-eyecite/bin/pip install eyecite citeurl markdown
    python tests/benchmarks/bench_cites.py [--repeat 20] [--peers-python /tmp/lawref-eyecite/bin/python]

($PEERS_PYTHON works too; a tool that cannot be imported there is reported as skipped.)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from _common import REPO, print_table, private_cache, write_results

DEFAULT_PEERS = "/tmp/lawref-eyecite/bin/python"
SET = REPO / "tests" / "data" / "labelled_citations.yaml"

PEER_CHILD = """
import json, statistics, sys, time
tool, passages_file, whole_file, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
passages = json.load(open(passages_file, encoding="utf-8"))
whole = open(whole_file, encoding="utf-8").read()
if tool == "eyecite":
    from eyecite import get_citations
    def find(text):
        return [
            {"text": c.matched_text(), "title": (getattr(c, "groups", {}) or {}).get("title"),
             "section": (getattr(c, "groups", {}) or {}).get("section"),
             "reporter": (getattr(c, "groups", {}) or {}).get("reporter")}
            for c in get_citations(text)
        ]
else:
    from citeurl import Citator
    citator = Citator()
    def find(text):
        out = []
        for c in citator.list_cites(text):
            tokens = c.tokens
            if "congress" in tokens:
                out.append({"text": c.text, "reporter": "Pub. L.",
                            "title": f"{tokens.get('congress')}-{tokens.get('law')}", "section": None})
            else:
                out.append({"text": c.text, "title": tokens.get("title"),
                            "section": tokens.get("section"), "reporter": c.template.name})
        return out
first = time.perf_counter()
find(whole)
warm_up = time.perf_counter() - first
times = []
for _ in range(runs):
    start = time.perf_counter()
    find(whole)
    times.append(time.perf_counter() - start)
print(json.dumps({"warm_up_s": warm_up, "median_s": statistics.median(times),
                  "per_passage": [find(p) for p in passages]}))
"""


def labelled() -> list[tuple[str, list[tuple[str, str | None]]]]:
    sys.path.insert(0, str(REPO / "tests"))
    import yaml
    from test_citation_set import _wanted

    passages = yaml.safe_load(SET.read_text(encoding="utf-8"))["passages"]
    return [(p["text"], [_wanted(label) for label in p["cites"]]) for p in passages]


def score(found: list[list[tuple[str, str | None]]], cases: list[Any]) -> dict[str, Any]:
    right = wrong = missed = 0
    for got, (_, wanted) in zip(found, cases, strict=True):
        got_count, wanted_count = Counter(got), Counter(wanted)
        right += sum((got_count & wanted_count).values())
        wrong += sum((got_count - wanted_count).values())
        missed += sum((wanted_count - got_count).values())
    return {
        "found": right + wrong,
        "right": right,
        "recall": round(right / max(1, right + missed), 3),
        "precision": round(right / max(1, right + wrong), 3),
    }


def run_lawref(cases: list[Any], whole: str, runs: int) -> dict[str, Any]:
    from test_citation_set import _found

    from lawref.citations.find import CitationFinder
    from lawref.store.load import load_store

    private_cache()
    store = load_store()
    finder = CitationFinder(store)
    start = time.perf_counter()
    finder.find(whole)
    warm_up = time.perf_counter() - start
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        finder.find(whole)
        times.append(time.perf_counter() - start)
    found = [[_found(c, wanted, store) for c in finder.find(text)] for text, wanted in cases]
    return {"warm_up_s": warm_up, "median_s": statistics.median(times), **score(found, cases)}


def run_peer(tool: str, python: str, cases: list[Any], whole: str, runs: int) -> dict[str, Any]:
    if not Path(python).exists():
        return {"skipped": f"no interpreter at {python} (see this script's docstring)"}
    with tempfile.TemporaryDirectory() as folder:
        passages, text = Path(folder) / "passages.json", Path(folder) / "whole.txt"
        passages.write_text(json.dumps([t for t, _ in cases]), encoding="utf-8")
        text.write_text(whole, encoding="utf-8")
        result = subprocess.run(
            [python, "-c", PEER_CHILD, tool, str(passages), str(text), str(runs)],
            capture_output=True,
            text=True,
            check=False,
            env={k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")},
        )
    if result.returncode != 0:
        return {"skipped": f"{tool} failed: {result.stderr.strip()[-400:]}"}
    data = json.loads(result.stdout)
    found = [[_as_statute(c) for c in cites] for cites in data.pop("per_passage")]
    return {**data, **score(found, cases)}


_TABLES: Any = None


def _as_statute(cite: dict[str, Any]) -> tuple[str, str | None]:
    """A peer's US Code or Public Law citation as the store's statute and section."""
    global _TABLES
    if _TABLES is None:
        from lawref.citations.find import CitationFinder
        from lawref.store.load import load_store

        _TABLES = CitationFinder(load_store()).names
    title, section = cite.get("title"), cite.get("section")
    if cite.get("reporter") == "Pub. L." and title:
        found = _TABLES.by_number("public-law", title)
        return (found.statute, None) if found and found.statute else ("?" + cite["text"], None)
    if title and section and title.isdigit():
        found = _TABLES.by_code("us-code", str(int(title)), section)
        if found and found.statute:
            return found.statute, found.article or section
    return "?" + str(cite.get("text")), section


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=20, help="copies of the passages")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--peers-python", default=os.environ.get("PEERS_PYTHON", DEFAULT_PEERS))
    options = parser.parse_args()
    cases = labelled()
    base = "\n\n".join(text for text, _ in cases) + "\n\n"
    whole = base * options.repeat
    labelled_count = sum(len(w) for _, w in cases)
    results: dict[str, Any] = {
        "text": f"{len(cases)} labelled passages ({len(base):,} chars, {labelled_count} "
        f"citations) x {options.repeat}",
        "chars": len(whole),
        "lawref": run_lawref(cases, whole, options.runs),
        "eyecite": run_peer("eyecite", options.peers_python, cases, whole, options.runs),
        "citeurl": run_peer("citeurl", options.peers_python, cases, whole, options.runs),
    }
    rows = []
    for name in ("lawref", "eyecite", "citeurl"):
        r = results[name]
        if "skipped" in r:
            print(f"SKIP {name}: {r['skipped']}")
            continue
        r["chars_per_s"] = round(len(whole) / r["median_s"])
        rows.append([name, r["found"], r["right"], r["recall"], r["precision"], r["chars_per_s"]])
    print_table(
        f"Citations on {results['text']} = {len(whole):,} chars, median of {options.runs}",
        rows,
        ["finder", "found", "right", "recall", "precision", "chars/s"],
    )
    for name in ("eyecite", "citeurl"):
        if "chars_per_s" in results[name]:
            ratio = results["lawref"]["chars_per_s"] / results[name]["chars_per_s"]
            results[f"lawref_over_{name}_speed"] = round(ratio, 2)
            print(f"lawref / {name} speed = {ratio:.2f}x")
    write_results("bench_cites", results)


if __name__ == "__main__":
    main()
