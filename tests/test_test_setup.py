"""The test run itself: it never touches the user's cache folder, every test has a cache folder of
its own, and the corpus can be put anywhere ($LAWREF_CORPUS)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import platformdirs
from corpus import CORPUS, CORPUS_ENV, CORPUS_MISSING

FOLDERS: list[str] = []


def test_the_cache_is_not_the_users() -> None:
    folder = Path(os.environ["LAWREF_CACHE_DIR"]).resolve()
    user = Path(platformdirs.user_cache_dir("lawref")).resolve()
    assert folder != user and user not in folder.parents
    FOLDERS.append(str(folder))


def test_every_test_has_a_cache_folder_of_its_own() -> None:
    folder = str(Path(os.environ["LAWREF_CACHE_DIR"]).resolve())
    assert FOLDERS and folder not in FOLDERS  # the test before this one had another folder


def test_the_corpus_location_comes_from_the_environment(tmp_path: Path) -> None:
    code = "import corpus; print(corpus.CORPUS); print(corpus.CORPUS_MISSING)"
    tests = Path(__file__).resolve().parent
    env = {**os.environ, CORPUS_ENV: str(tmp_path / "elsewhere"), "PYTHONPATH": str(tests)}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    where, message = done.stdout.splitlines()
    assert where == str(tmp_path / "elsewhere")
    assert where in message and CORPUS_ENV in message
    assert str(CORPUS) in CORPUS_MISSING
