"""Shared by the benchmark scripts: timing, child processes, the big store, tables and JSON.

Benchmarks are plain scripts (``python tests/benchmarks/bench_*.py``), never collected by pytest.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
RESULTS = Path(__file__).resolve().parent / "results"
CORPUS = Path(os.environ.get("LAWREF_CORPUS") or REPO.parent / "shared" / "corpus")
BIG_CORPUS = CORPUS / "cn-laws-all"
BIG_STORE = RESULTS / "big-store"  # git-ignored: imported from the corpus, never committed
EXAMPLES = REPO / "examples"
BENCH_CACHE = RESULTS / "cache"  # the compiled cache of in-process benchmarks: never the user's
sys.path.insert(0, str(REPO))


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine_line() -> str:
    """One printable line: cores, processor, Python, load average now."""
    facts = machine()
    return (
        f"machine: {facts['cpu_count']} cores, {facts['processor']}, "
        f"{facts['implementation']} {facts['python']}, load average {facts['load_average']}"
    )


def machine() -> dict[str, Any]:
    return {
        "cpu_count": os.cpu_count(),
        "processor": _cpu_model(),
        "load_average": [round(x, 2) for x in os.getloadavg()]
        if hasattr(os, "getloadavg")
        else None,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "system": f"{platform.system()} {platform.release()}",
    }


def lawref_command() -> list[str]:
    """The installed console script beside this interpreter, or the same entry point by -c."""
    script = Path(sys.executable).parent / "lawref"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from lawref.cli import main; main()"]


@dataclass
class ChildRun:
    seconds: float
    maxrss_mib: float
    cpu_seconds: float  # user + system time of the child: less sensitive than wall time to load
    returncode: int
    stdout: str
    stderr: str


def run_child(argv: Sequence[str], env: dict[str, str] | None = None) -> ChildRun:
    """Run a command; wall time and that child's own peak RSS (os.wait4, not RUSAGE_CHILDREN)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(list(argv), stdout=out, stderr=err, env=env)
        _pid, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        # ru_maxrss is KiB on Linux, bytes on macOS.
        scale = 1 / (1024 * 1024) if sys.platform == "darwin" else 1 / 1024
        return ChildRun(
            seconds,
            usage.ru_maxrss * scale,
            usage.ru_utime + usage.ru_stime,
            proc.returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
        )


def bench_env(cache_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of a measured child: a private cache, no LAWREF_* settings of the caller,
    and byte-code caching on (an installed lawref has its .pyc files; a run that compiles every
    module from source measures the compiler, not lawref)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("LAWREF_") and k != "PYTHONDONTWRITEBYTECODE"
    }
    env["LAWREF_CACHE_DIR"] = str(cache_dir)
    env.update(extra)
    return env


def clear_folder(folder: Path) -> None:
    if folder.exists():
        shutil.rmtree(folder)


def private_cache() -> Path:
    """Point this process's compiled cache at BENCH_CACHE (kept between runs, git-ignored)."""
    os.environ["LAWREF_CACHE_DIR"] = str(BENCH_CACHE)
    os.environ.pop("LAWREF_NO_CACHE", None)
    return BENCH_CACHE


def median_ms(samples: Sequence[float]) -> float:
    return statistics.median(samples) * 1000


def has_command(name: str) -> bool:
    """Whether ``lawref NAME --help`` works (the command exists in this checkout)."""
    result = subprocess.run(
        [*lawref_command(), name, "--help"], capture_output=True, text=True, check=False
    )
    return result.returncode == 0


def ensure_big_store(rebuild: bool = False) -> tuple[Path | None, dict[str, Any]]:
    """Import cn-laws-all into BIG_STORE with ``lawref import`` (once); (path, facts) or (None, why)."""
    if not BIG_CORPUS.is_dir():
        return None, {"skipped": f"corpus not found at {BIG_CORPUS}"}
    if not has_command("import"):
        return None, {"skipped": "`lawref import` does not exist yet in this checkout"}
    marker = BIG_STORE / ".imported"
    # The import skips statutes the shipped store holds: a changed shipped store means a new import.
    shipped = sorted(
        [str(p.relative_to(REPO)), p.stat().st_size] for p in (REPO / "statutes").rglob("*.yaml")
    )
    if marker.exists() and not rebuild:
        facts = json.loads(marker.read_text(encoding="utf-8"))
        if facts.get("shipped") == shipped:
            return BIG_STORE, facts
    clear_folder(BIG_STORE)
    BIG_STORE.parent.mkdir(parents=True, exist_ok=True)
    run = run_child(
        [*lawref_command(), "import", str(BIG_CORPUS), "--store", str(BIG_STORE)],
        env=bench_env(Path(tempfile.mkdtemp(prefix="lawref-bench-cache-"))),
    )
    files = sorted(BIG_STORE.rglob("*.yaml")) if BIG_STORE.exists() else []
    facts = {
        "import_seconds": round(run.seconds, 2),
        "import_maxrss_mib": round(run.maxrss_mib, 1),
        "import_returncode": run.returncode,
        "import_stderr_tail": run.stderr.strip().splitlines()[-5:],
        "yaml_files": len(files),
        "yaml_mib": round(sum(p.stat().st_size for p in files) / 2**20, 1),
        "shipped": shipped,
    }
    if not files:
        return None, {"skipped": "`lawref import` wrote no statute files", **facts}
    marker.write_text(json.dumps(facts), encoding="utf-8")
    return BIG_STORE, facts


def print_table(title: str, rows: Sequence[Sequence[Any]], header: Sequence[str]) -> None:
    cells = [[str(c) for c in header]] + [[_cell(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    print(f"\n{title}")
    for index, row in enumerate(cells):
        print(
            "  "
            + "  ".join(
                c.rjust(w) if i else c.ljust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
        if index == 0:
            print("  " + "  ".join("-" * w for w in widths))


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.1f}" if abs(value) >= 10 else f"{value:.2f}"
    return str(value)


def write_results(name: str, data: dict[str, Any]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    data = {
        "benchmark": name,
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "machine": machine(),
        **data,
    }
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"\nwrote {path.relative_to(REPO)}")
    return path
