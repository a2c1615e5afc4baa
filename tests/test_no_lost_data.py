"""Issue 9, no lost data: ``lawref import`` and ``lawref add`` killed with SIGKILL — at random
moments, and at each step of the write (half the temporary file written, before its fsync, before
the rename, right after it) — leave every store file either as it was or as the finished command
writes it, byte for byte; ``lawref validate`` passes; a leftover temporary file is a dot-file the
store does not load.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lawref.cli import run
from lawref.store.files import yaml_files

V1 = (
    "中华人民共和国测试法\n\n2014年11月1日 第十二届全国人民代表大会常务委员会第十一次会议通过\n\n"
    "第一章 总则\n\n第一条 为了测试，制定本法。\n\n第二条 国家保护测试。\n\n任何组织不得妨碍测试。\n\n"
    "第三条 旧的第三条。\n"
)
V2 = (
    "中华人民共和国测试法\n\n2014年11月1日 第十二届全国人民代表大会常务委员会第十一次会议通过\n\n"
    "2023年4月26日 第十四届全国人民代表大会常务委员会第二次会议修订\n\n"
    "第一章 总则\n\n第一条 为了测试，制定本法。\n\n第二条 国家保护测试，并予以鼓励。\n\n"
    "任何组织不得妨碍测试。\n\n第四条 新增的第四条。\n"
)
META = ["--id", "cn-test-law", "--title", "Test Law", "--source", "test", "--source-path", "t.md"]
RANDOM_KILLS = 8
# Each hook stops the process with SIGKILL at one step of store_write.atomic_write.
_HOOKED = """
import os, signal, sys

point = sys.argv[1]
real_fdopen, real_replace = os.fdopen, os.replace


def die(*args):
    os.kill(os.getpid(), signal.SIGKILL)


class HalfWriter:
    def __init__(self, stream):
        self.stream = stream

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def write(self, data):
        self.stream.write(data[: len(data) // 2])
        self.stream.flush()
        die()

    def __getattr__(self, name):
        return getattr(self.stream, name)


if point == "mid-write":
    os.fdopen = lambda fd, *a, **k: HalfWriter(real_fdopen(fd, *a, **k))
elif point == "before-fsync":
    os.fsync = die
elif point == "before-rename":
    os.replace = die
elif point == "after-rename":
    def replace_then_die(source, target):
        real_replace(source, target)
        die()
    os.replace = replace_then_die
from lawref.cli import run

sys.exit(run(sys.argv[2:]))
"""
POINTS = ("mid-write", "before-fsync", "before-rename", "after-rename")


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["LAWREF_NO_CACHE"] = "1"  # no cache writes: the only files written are the store's
    env["HOME"] = str(tmp_path)
    return env


def _command(kind: str, store: Path, law: Path) -> list[str]:
    if kind == "import":
        return ["import", str(law), *META, "--store", str(store)]
    return [
        "add",
        "cn-test-law",
        "9",
        "--text",
        "第九条 新增的测试条文。" * 40,
        "--store",
        str(store),
    ]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding version 2014 of cn-test-law, and the 2023 text beside it."""
    folder = tmp_path_factory.mktemp("base")
    (folder / "v1.txt").write_text(V1, encoding="utf-8")
    (folder / "v2.txt").write_text(V2, encoding="utf-8")
    code = run(["import", str(folder / "v1.txt"), *META, "--store", str(folder / "store")])
    assert code == 0
    return folder


def _fresh(base: Path, where: Path) -> tuple[Path, Path]:
    store = where / "store"
    if store.exists():
        shutil.rmtree(store)
    shutil.copytree(base / "store", store)
    return store, base / "v2.txt"


def _files(store: Path) -> dict[str, bytes]:
    return {str(p.relative_to(store)): p.read_bytes() for p in store.rglob("*") if p.is_file()}


def _finished(kind: str, base: Path, tmp_path: Path) -> tuple[dict[str, bytes], float]:
    """The store as the uninterrupted command leaves it, and how long the command took."""
    store, law = _fresh(base, tmp_path / "finished")
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", _HOOKED, "none", *_command(kind, store, law)],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    elapsed = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    return _files(store), elapsed


def _assert_whole(store: Path, old: dict[str, bytes], new: dict[str, bytes]) -> None:
    files = _files(store)
    statute_files = {k: v for k, v in files.items() if not Path(k).name.startswith(".")}
    assert set(statute_files) == set(old) == set(new)
    for name, data in statute_files.items():
        assert data in (old[name], new[name]), f"{name} is neither the old nor the new version"
    for name in set(files) - set(statute_files):
        # A leftover temporary file: hidden, not a .yaml, never loaded.
        assert Path(name).name.startswith(".") and name.endswith(".tmp"), name
    assert [p.name for p in yaml_files(store)] == ["test-law.yaml"]
    assert run(["validate", str(store)]) == 0


@pytest.mark.parametrize("kind", ["import", "add"])
def test_sigkill_at_each_step_of_the_write_loses_nothing(
    kind: str, base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = _files(base / "store")
    new, _ = _finished(kind, base, tmp_path)
    assert new != old
    outcomes = {}
    for point in POINTS:
        store, law = _fresh(base, tmp_path)
        done = subprocess.run(
            [sys.executable, "-c", _HOOKED, point, *_command(kind, store, law)],
            env=_env(tmp_path),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == -signal.SIGKILL, (point, done.stderr)  # the hook was reached
        _assert_whole(store, old, new)
        leftovers = [p for p in store.rglob(".*") if p.is_file()]
        outcomes[point] = (
            "new" if _files(store)["cn/test-law.yaml"] == new["cn/test-law.yaml"] else "old",
            len(leftovers),
        )
        capsys.readouterr()
    # Before the rename the old file stands (a temporary file may be left); after it, the new.
    assert outcomes == {
        "mid-write": ("old", 1),
        "before-fsync": ("old", 1),
        "before-rename": ("old", 1),
        "after-rename": ("new", 0),
    }


@pytest.mark.parametrize("kind", ["import", "add"])
def test_sigkill_at_random_moments_loses_nothing(
    kind: str, base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = _files(base / "store")
    new, typical = _finished(kind, base, tmp_path)
    rng = random.Random(f"{kind}-{os.getpid()}")
    for _ in range(RANDOM_KILLS):
        store, law = _fresh(base, tmp_path)
        child = subprocess.Popen(
            [sys.executable, "-c", _HOOKED, "none", *_command(kind, store, law)],
            env=_env(tmp_path),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0, typical))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=120)
        _assert_whole(store, old, new)
        capsys.readouterr()
