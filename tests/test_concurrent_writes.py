"""Concurrent writers lose nothing: store edits take the store's lock, a batch output has one writer,
and a batch's workers do not outlive their parent."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lawref.cli import run
from lawref.store.files import read_statute_file

REPO = Path(__file__).resolve().parents[1]
WRITERS = 20
LAW = (
    "中华人民共和国测试法\n\n"
    "2014年11月1日 第十二届全国人民代表大会常务委员会第十一次会议通过\n\n"
    "第一条 为了测试，制定本法。\n\n第二条 国家保护测试。\n"
)


def _lawref(*argv: str, env: dict[str, str] | None = None, **kwargs) -> subprocess.Popen:  # type: ignore[no-untyped-def, type-arg]
    return subprocess.Popen(
        [sys.executable, "-c", "from lawref.cli import main; main()", *argv],
        env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **kwargs,
    )


@pytest.fixture
def scratch_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    store = tmp_path / "store"
    source = tmp_path / "law.txt"
    source.write_text(LAW, encoding="utf-8")
    args = ["import", str(source), "--store", str(store), "--id", "cn-test-law"]
    assert run([*args, "--source", "https://example.org/law"]) == 0, capsys.readouterr().err
    capsys.readouterr()
    return store, next(store.rglob("*.yaml"))


def _run_all(procs: list[subprocess.Popen]) -> list[tuple[int, str]]:  # type: ignore[type-arg]
    results = []
    for proc in procs:
        _out, err = proc.communicate(timeout=300)
        results.append((proc.returncode, err.decode()))
    return results


def test_concurrent_adds_of_citation_forms_all_survive(scratch_store: tuple[Path, Path]) -> None:
    store, path = scratch_store
    procs = [
        _lawref("add", "cn-test-law", "1", "--cited-as", f"form {n}", "--store", str(store))
        for n in range(WRITERS)
    ]
    results = _run_all(procs)
    assert all(code == 0 for code, _ in results), results
    statute, problems = read_statute_file(path)
    assert not problems and statute is not None
    first = next(a for a in statute.articles if a.number == "1")
    assert sorted(first.cited_as) == sorted(f"form {n}" for n in range(WRITERS))
    assert run(["validate", "--store", str(store)]) == 0


def test_concurrent_translations_all_survive(scratch_store: tuple[Path, Path]) -> None:
    store, path = scratch_store
    procs = [
        _lawref(
            "add",
            "cn-test-law",
            "2",
            "--translation",
            "en",
            "--publisher",
            f"Publisher {n}",
            "--url",
            f"https://example.org/{n}",
            "--reuse",
            "quoted with attribution",
            "--text",
            f"The State protects testing ({n}).",
            "--store",
            str(store),
        )  # fmt: skip
        for n in range(WRITERS // 2)
    ]
    results = _run_all(procs)
    assert all(code == 0 for code, _ in results), results
    statute, _ = read_statute_file(path)
    assert statute is not None
    second = next(a for a in statute.articles if a.number == "2")
    assert sorted(t.publisher for t in second.translations) == sorted(
        f"Publisher {n}" for n in range(WRITERS // 2)
    )


def test_a_held_store_lock_times_out_with_one_line(scratch_store: tuple[Path, Path]) -> None:
    from lawref.errors import StoreError
    from lawref.store.lock import store_lock

    store, _path = scratch_store
    # Another process holds the lock: the waiting writer gives up with a clear message.
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from lawref.store.lock import store_lock\n"
         "from pathlib import Path\n"
         "with store_lock(Path(sys.argv[1])):\n print('held', flush=True); time.sleep(30)",
         str(store)],
        env={**os.environ, "PYTHONPATH": str(REPO)}, stdout=subprocess.PIPE,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"held"
        with pytest.raises(StoreError, match="another lawref is writing to this store"):  # noqa: SIM117
            with store_lock(store, timeout=0.2):
                pass
    finally:
        holder.kill()
        holder.wait()
    with store_lock(store, timeout=5):  # released when its holder died
        pass


# --- batch outputs ------------------------------------------------------------------------------


def _documents(folder: Path, count: int) -> Path:
    lines = [
        json.dumps({"id": f"doc-{n}", "text": f"Document {n}, no quotation."}) for n in range(count)
    ]
    path = folder / "docs.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_two_batch_runs_cannot_write_one_output(tmp_path: Path) -> None:
    docs = _documents(tmp_path, 300)
    out = tmp_path / "out.jsonl"
    procs = [
        _lawref("batch", str(docs), "-o", str(out), "--resume", "--jobs", "1") for _ in range(2)
    ]
    results = _run_all(procs)
    codes = sorted(code for code, _ in results)
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(ids) == len(set(ids)), "an id was written twice"
    if codes == [0, 2]:  # they overlapped: the second stopped with one line
        refused = next(err for code, err in results if code == 2)
        assert refused.count("\n") == 1 and "another lawref batch is writing" in refused
    else:  # one finished before the other began: the second resumed and skipped everything
        assert codes == [0, 0]
    assert sorted(ids) == sorted(f"doc-{n}" for n in range(300))


def test_a_second_batch_on_a_held_output_exits_2(tmp_path: Path) -> None:
    from lawref.store.lock import OutputLock

    docs = _documents(tmp_path, 3)
    out = tmp_path / "out.jsonl"
    out.write_text("", encoding="utf-8")
    lock = OutputLock(out)
    lock.acquire()  # as a running batch holds it
    try:
        proc = _lawref("batch", str(docs), "-o", str(out))
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 2
        assert err.decode().count("\n") == 1 and "another lawref batch" in err.decode()
        assert out.read_text(encoding="utf-8") == ""  # not truncated, not written
    finally:
        lock.release()


def test_a_batch_run_leaves_no_lock_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = _documents(tmp_path, 3)
    out = tmp_path / "out.jsonl"
    assert run(["batch", str(docs), "-o", str(out), "--jobs", "1"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs.jsonl", "out.jsonl"]
    # A run refused before it wrote anything (--resume on a file that is no results file).
    out.write_text("not a results file\n", encoding="utf-8")
    assert run(["batch", str(docs), "-o", str(out), "--resume", "--jobs", "1"]) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs.jsonl", "out.jsonl"]
    # The lock file of a run that was killed (kill -9 leaves it): taken over, then removed.
    (tmp_path / ".out.jsonl.lock").write_text("", encoding="utf-8")
    assert run(["batch", str(docs), "-o", str(out), "--jobs", "1"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs.jsonl", "out.jsonl"]
    capsys.readouterr()


# Runs that come and go on one output, each taking the lock, proving it alone holds it (a file
# only one holder can create), and removing it: one run's removal must never let two hold it.
_CONTENDER = """
import os, sys
from pathlib import Path
from lawref.errors import InputError
from lawref.store.lock import OutputLock
out, rounds = Path(sys.argv[1]), int(sys.argv[2])
held = 0
for _ in range(rounds):
    lock = OutputLock(out)
    try:
        lock.acquire()
    except InputError:
        continue
    try:
        os.close(os.open(out.parent / "holder", os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        sys.exit("two runs held the lock at once")
    os.unlink(out.parent / "holder")
    held += 1
    lock.release()
print(held)
"""


def test_removing_the_lock_file_never_lets_two_runs_hold_it(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _CONTENDER, str(out), "3000"],
            env={**os.environ, "PYTHONPATH": str(REPO)},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(4)
    ]
    results = [(proc.communicate(timeout=300), proc.returncode) for proc in procs]
    assert all(code == 0 for _, code in results), [err.decode() for (_, err), _ in results]
    assert sum(int(out_) for (out_, _), _ in results) > 0
    assert list(tmp_path.iterdir()) == []  # and the last one removed it


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux")
@pytest.mark.parametrize("engine", ["local", "dask"])
def test_batch_workers_exit_when_the_parent_is_killed(tmp_path: Path, engine: str) -> None:
    # local: each pool worker watches its parent (batch/orphans.py); dask: a LocalCluster's
    # worker processes end when the pipe from their parent closes (distributed's own watch).
    psutil = pytest.importorskip("psutil")
    if engine == "dask":
        pytest.importorskip("dask.distributed")
    # Slow documents keep the workers busy while the parent is killed.
    lines = [json.dumps({"id": f"d{n}", "text": "“国家保护测试。” " * 2000}) for n in range(200)]
    docs = tmp_path / "docs.jsonl"
    docs.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = _lawref(
        "batch", str(docs), "-o", str(tmp_path / "out.jsonl"), "--jobs", "2", "--engine", engine
    )
    parent = psutil.Process(proc.pid)
    children: list = []  # type: ignore[type-arg]
    for _ in range(600):  # up to 60 s for the pool to start
        children = parent.children(recursive=True)
        if len(children) >= 2:
            break
        time.sleep(0.1)
    assert len(children) >= 2, "the worker pool never started"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    _gone, alive = psutil.wait_procs(children, timeout=30)
    for child in alive:
        child.kill()
    assert not alive, f"{len(alive)} worker(s) outlived their parent"
