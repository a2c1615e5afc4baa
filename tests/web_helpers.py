"""Shared by the web app's tests: an app on the shipped store, and a server in a child process."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "huawei-intelligence-law.txt"
STORY = ROOT.parent / "shared" / "stories" / "huawei-2018-news-story.txt"
START_SECONDS = 90  # spawning a worker and loading the store; far more than it takes


def web_installed() -> None:
    pytest.importorskip("fastapi", reason="the web extra is not installed (pip install '.[web]')")
    pytest.importorskip("uvicorn")
    pytest.importorskip("multipart")


def module_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A compiled-store cache folder for a module's server or app (whose worker processes live
    across its tests), started from what the session's tests compiled so far (tests/conftest.py
    points LAWREF_CACHE_DIR at that seed between tests); never the user's cache."""
    folder = tmp_path_factory.mktemp("web-cache")
    seed = Path(os.environ["LAWREF_CACHE_DIR"])
    if seed.is_dir():
        for path in seed.iterdir():
            if path.is_file() and not path.name.startswith("."):
                shutil.copy2(path, folder / path.name)
    return folder


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_server(cache_dir: Path, *args: str) -> Iterator[str]:
    """``lawref serve`` on a free loopback port, in a child process; yields its base URL."""
    import httpx

    port = free_port()
    env = {**os.environ, "LAWREF_CACHE_DIR": str(cache_dir), "PYTHONPATH": str(ROOT)}
    env.pop("LAWREF_NO_CACHE", None)
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from lawref.cli import main; main()",
            "serve",
            "--port",
            str(port),
            *args,
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_SECONDS
        while True:
            if process.poll() is not None:
                raise AssertionError(f"lawref serve exited: {process.stderr.read().decode()}")  # type: ignore[union-attr]
            try:
                if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError("lawref serve did not answer /healthz in time")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=20)
        if process.stderr is not None:
            process.stderr.close()
