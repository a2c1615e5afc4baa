"""Shared by the web app's tests: an app on the shipped store, and a server in a child process."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import server_process

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


@contextmanager
def running_server(cache_dir: Path, *args: str) -> Iterator[str]:
    """``lawref serve`` on a free loopback port, in a child process; yields its base URL."""
    env = {**os.environ, "LAWREF_CACHE_DIR": str(cache_dir), "PYTHONPATH": str(ROOT)}
    env.pop("LAWREF_NO_CACHE", None)
    command = [sys.executable, "-c", "from lawref.cli import main; main()"]
    with server_process.running_server(
        command, env, ROOT, *args, start_seconds=START_SECONDS
    ) as base:
        yield base
