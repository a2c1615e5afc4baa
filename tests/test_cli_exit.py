"""How a command-line run ends: a command that starts no thread or process ends without tearing
its objects down (lawref/cli/app.py ``_end_now``), and loses nothing by it — its exit handlers
run, its whole output is written, its exit status is the one ``run`` returned."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted(str(p) for p in (ROOT / "examples").glob("*.txt"))
EXAMPLE = str(ROOT / "examples" / "huawei-intelligence-law.txt")

# The command line as the `lawref` script runs it, with an exit handler of the caller's own that
# leaves a mark in a file: it must run, after the command's output.
_MAIN_WITH_HANDLER = """
import atexit, sys
mark = sys.argv.pop(1)
def _mark():
    with open(mark, "w", encoding="utf-8") as handle:
        handle.write("ran")
atexit.register(_mark)
from lawref.cli import main
main()
"""
# The same command, ended the ordinary way: what the quick exit is compared with.
_RUN_AND_EXIT = "import sys; from lawref.cli import run; sys.exit(run(sys.argv[1:]))"


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    cache = tmp_path_factory.mktemp("cli-exit-cache")
    environment = {**os.environ, "LAWREF_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
    subprocess.run(  # fills the cache: the runs below are warm, as a user's are
        [sys.executable, "-c", _RUN_AND_EXIT, "check", EXAMPLE],
        env=environment,
        capture_output=True,
        check=False,
    )
    return environment


def _both(
    env: dict[str, str], tmp_path: Path, *args: str
) -> tuple[subprocess.CompletedProcess[bytes], subprocess.CompletedProcess[bytes], Path]:
    mark = tmp_path / "mark"
    quick = subprocess.run(
        [sys.executable, "-c", _MAIN_WITH_HANDLER, str(mark), *args],
        env=env,
        capture_output=True,
        check=False,
    )
    ordinary = subprocess.run(
        [sys.executable, "-c", _RUN_AND_EXIT, *args], env=env, capture_output=True, check=False
    )
    return quick, ordinary, mark


def test_a_check_that_ends_quickly_loses_no_output_and_runs_its_exit_handlers(
    env: dict[str, str], tmp_path: Path
) -> None:
    quick, ordinary, mark = _both(env, tmp_path, "check", EXAMPLE)
    assert quick.returncode == ordinary.returncode == 1  # the example misquotes Article 7
    assert quick.stdout == ordinary.stdout and quick.stdout
    assert quick.stderr == ordinary.stderr == b""
    assert mark.read_text(encoding="utf-8") == "ran"


def test_a_report_larger_than_a_pipe_holds_arrives_whole(
    env: dict[str, str], tmp_path: Path
) -> None:
    """More than the 64 KiB a pipe buffers: the output is flushed before the process ends."""
    quick, ordinary, _ = _both(env, tmp_path, "check", "--format", "json", *EXAMPLES * 3)
    assert len(quick.stdout) > 1 << 16
    assert quick.stdout == ordinary.stdout
    assert len(json.loads(quick.stdout)["documents"]) == 3 * len(EXAMPLES)


def test_an_error_still_ends_in_one_line_and_status_2(env: dict[str, str], tmp_path: Path) -> None:
    quick, ordinary, mark = _both(env, tmp_path, "check", str(tmp_path / "missing.txt"))
    assert quick.returncode == ordinary.returncode == 2
    assert quick.stderr == ordinary.stderr
    assert len(quick.stderr.decode().strip().splitlines()) == 1
    assert quick.stderr.startswith(b"lawref: error: ")
    assert mark.read_text(encoding="utf-8") == "ran"


def test_a_profiler_still_gets_its_figures(env: dict[str, str], tmp_path: Path) -> None:
    """``python -m cProfile`` writes its figures after the program returns: with a profiler
    watching, the run ends the ordinary way."""
    figures = tmp_path / "check.prof"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "cProfile",
            "-o",
            str(figures),
            "-m",
            "lawref.cli",
            "check",
            EXAMPLE,
        ],
        env=env,
        capture_output=True,
        check=False,
    )
    assert done.stdout, done.stderr[-2000:]  # (cProfile ends 0 whatever the program's status)
    import pstats

    assert pstats.Stats(str(figures)).total_calls > 0  # type: ignore[attr-defined]


def test_python_dash_m_lawref_is_the_same_command(env: dict[str, str], tmp_path: Path) -> None:
    """``python -m lawref`` runs the same command line as the ``lawref`` script: same output,
    same status, the same one-line error."""
    ordinary = subprocess.run(
        [sys.executable, "-c", _RUN_AND_EXIT, "check", EXAMPLE], env=env, capture_output=True
    )
    as_module = subprocess.run(
        [sys.executable, "-m", "lawref", "check", EXAMPLE], env=env, capture_output=True
    )
    assert as_module.returncode == ordinary.returncode == 1
    assert as_module.stdout == ordinary.stdout and as_module.stdout
    missing = str(tmp_path / "missing.txt")
    failed = subprocess.run(
        [sys.executable, "-m", "lawref", "check", missing], env=env, capture_output=True
    )
    assert failed.returncode == 2
    (line,) = failed.stderr.decode().strip().splitlines()
    assert line.startswith("lawref: error: ") and missing in line
