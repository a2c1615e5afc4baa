"""Cold CLI: wall time of `lawref check` on a ~1,000-word article with the shipped store.

Side by side, each the median of N fresh processes:
  python -c "pass"             the interpreter alone
  python -c "import lawref"    the reference of the target
  lawref --version             click and the command modules, no store
  lawref check DOC             warm cache / cold cache (emptied before each run) / LAWREF_NO_CACHE=1
Target: warm check <= 3x `python -c "import lawref"`.

Then where the warm run's time goes: `-X importtime` self time summed by top-level package, and
(--profile) cProfile of the command in-process.

    python tests/benchmarks/bench_cli.py [--runs 15] [--profile]
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from _common import (
    EXAMPLES,
    bench_env,
    has_command,
    lawref_command,
    median_ms,
    print_table,
    run_child,
    write_results,
)

TARGET_RATIO = 3.0
_LATIN_WORD = re.compile(r"[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+){0,5}")
_HAN = re.compile(r"[\u3400-\u9fff]")


def word_count(text: str) -> int:
    """Latin words, plus Han characters at two per word (a rough Chinese word length)."""
    return len(_LATIN_WORD.findall(text)) + len(_HAN.findall(text)) // 2


def thousand_word_document(workdir: Path) -> tuple[Path, str]:
    """The example nearest 1,000 words when one has 800-1,500; else examples joined to >= 1,000."""
    examples = sorted(p for p in EXAMPLES.glob("*") if p.suffix in (".txt", ".md", ".html"))
    if not examples:
        raise SystemExit(f"no examples in {EXAMPLES}")
    counted = [(abs(word_count(p.read_text(encoding="utf-8")) - 1000), p) for p in examples]
    distance, nearest = min(counted)
    if distance <= 200 or 1000 <= word_count(nearest.read_text(encoding="utf-8")) <= 1500:
        return nearest, f"examples/{nearest.name}"
    parts: list[str] = []
    used: list[str] = []
    while word_count("\n\n".join(parts)) < 1000:
        for path in examples:
            if path.suffix == ".txt" and word_count("\n\n".join(parts)) < 1000:
                parts.append(path.read_text(encoding="utf-8").strip())
                used.append(path.name)
    document = workdir / "thousand-words.txt"
    document.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return document, "joined from examples/" + " + ".join(used)


def time_runs(
    argv: list[str], env: dict[str, str], runs: int, before: Any = None
) -> dict[str, Any]:
    samples: list[float] = []
    rss: list[float] = []
    codes: set[int] = set()
    last_err = ""
    for _ in range(runs):
        if before is not None:
            before()
        child = run_child(argv, env)
        samples.append(child.seconds)
        rss.append(child.maxrss_mib)
        codes.add(child.returncode)
        last_err = child.stderr.strip()
    return {
        "median_ms": round(median_ms(samples), 1),
        "min_ms": round(min(samples) * 1000, 1),
        "maxrss_mib": round(max(rss), 1),
        "exit_codes": sorted(codes),
        "stderr": last_err[-300:],
    }


def import_breakdown(args: list[str], env: dict[str, str]) -> list[tuple[str, float]]:
    """Self import time (ms) summed by top-level package, for one warm ``lawref ARGS`` run."""
    command = [sys.executable, "-X", "importtime", "-c", "from lawref.cli import main; main()"]
    result = subprocess.run([*command, *args], env=env, capture_output=True, text=True, check=False)
    totals: dict[str, float] = defaultdict(float)
    for line in result.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        fields = line.removeprefix("import time:").split("|")
        totals[fields[2].strip().split(".")[0]] += int(fields[0]) / 1000
    return sorted(totals.items(), key=lambda kv: -kv[1])[:12]


def profile_in_process(args: list[str]) -> str:
    """cProfile of one warm command run inside this process (imports included: fresh modules)."""
    code = (
        "import cProfile, pstats, io, sys\n"
        "pr = cProfile.Profile(); pr.enable()\n"
        "from lawref.cli import run\n"
        f"run({args!r})\n"
        "pr.disable(); s = io.StringIO()\n"
        "pstats.Stats(pr, stream=s).sort_stats('cumulative').print_stats(25)\n"
        "sys.stderr.write(s.getvalue())\n"
    )
    return code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--profile", action="store_true", help="also cProfile one warm run")
    options = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="lawref-bench-cli-"))
    cache_dir = workdir / "cache"
    env = bench_env(cache_dir)
    document, described = thousand_word_document(workdir)
    words = word_count(document.read_text(encoding="utf-8"))
    lawref = lawref_command()
    check_exists = has_command("check")

    def cold() -> None:
        shutil.rmtree(cache_dir, ignore_errors=True)

    commands: list[tuple[str, list[str]]] = []
    if check_exists:
        commands.append(("check", ["check", str(document), "--format", "json"]))
    else:
        print(
            "SKIP lawref check: the command does not exist yet in this checkout; measuring list/show"
        )
        commands.append(("list", ["list", "--format", "json"]))
        commands.append(("show", ["show", "cn-national-intelligence-law", "7"]))

    rows: list[list[Any]] = []
    results: dict[str, Any] = {"document": described, "words": words, "runs": options.runs}
    for label, argv in [
        ('python -c "pass"', [sys.executable, "-c", "pass"]),
        ('python -c "import lawref"', [sys.executable, "-c", "import lawref"]),
        ("lawref --version", [*lawref, "--version"]),
    ]:
        run_child(argv, env)  # warm the OS file cache
        results[label] = time_runs(argv, env, options.runs)
    base = results['python -c "import lawref"']["median_ms"]
    for label in ('python -c "pass"', 'python -c "import lawref"', "lawref --version"):
        r = results[label]
        rows.append([label, r["median_ms"], r["min_ms"], r["median_ms"] / base, r["maxrss_mib"]])

    for name, argv in commands:
        full = [*lawref, *argv]
        run_child(full, env)  # fill the cache
        warm = time_runs(full, env, options.runs)
        cold_run = time_runs(full, env, max(3, options.runs // 3), before=cold)
        no_cache = time_runs(
            full, bench_env(cache_dir, LAWREF_NO_CACHE="1"), max(3, options.runs // 3)
        )
        for kind, r in (
            ("warm cache", warm),
            ("cold cache", cold_run),
            ("LAWREF_NO_CACHE", no_cache),
        ):
            rows.append(
                [
                    f"lawref {name} ({kind})",
                    r["median_ms"],
                    r["min_ms"],
                    r["median_ms"] / base,
                    r["maxrss_mib"],
                ]
            )
            results[f"lawref {name} ({kind})"] = r
            if r["exit_codes"] != [0] and r["stderr"]:
                print(f"note: lawref {name} ({kind}) exit {r['exit_codes']}: {r['stderr'][-200:]}")
        results[f"{name}_warm_over_import"] = round(warm["median_ms"] / base, 2)

    print_table(
        f"Cold CLI, shipped store, {described} ({words} words), median of {options.runs} runs",
        rows,
        ["command", "median ms", "min ms", "x import", "peak RSS MiB"],
    )
    name, argv = commands[0]
    ratio = results[f"{name}_warm_over_import"]
    verdict = "met" if ratio <= TARGET_RATIO else "missed"
    print(
        f"\nwarm `lawref {name}` / `import lawref` = {ratio:.2f}x (target <= {TARGET_RATIO}x): {verdict}"
    )
    results["target"] = {
        "ratio_max": TARGET_RATIO,
        "measured": ratio,
        "met": ratio <= TARGET_RATIO,
        "command": name,
    }
    if not check_exists:
        results["check_skipped"] = "lawref check does not exist yet; re-run when it does"

    breakdown = import_breakdown(argv, env)
    print_table(
        f"Import time of one warm `lawref {name}` by package (self ms)",
        [[pkg, ms] for pkg, ms in breakdown],
        ["package", "ms"],
    )
    results["import_breakdown_ms"] = {pkg: round(ms, 1) for pkg, ms in breakdown}

    if options.profile:
        code = profile_in_process(argv)
        result = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True
        )
        print("\ncProfile of one warm run (cumulative):")
        print("\n".join(result.stderr.splitlines()[:45]))
    write_results("bench_cli", results)
    shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
