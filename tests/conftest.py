"""Shared fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def _shared_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("lawref-cache-shared")


@pytest.fixture(autouse=True)
def _private_cache_dir(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    _shared_cache_dir: Path,
) -> Path:
    """Never the user's real cache. Tests of the cache itself get a fresh folder each; the others
    share one for the session, so the shipped store's index is compiled once, not per test."""
    fresh = request.node.get_closest_marker("fresh_cache") or request.module.__name__.endswith(
        "test_cache"
    )
    folder = tmp_path_factory.mktemp("lawref-cache") if fresh else _shared_cache_dir
    monkeypatch.setenv("LAWREF_CACHE_DIR", str(folder))
    monkeypatch.delenv("LAWREF_NO_CACHE", raising=False)
    return folder
