"""Shared fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _private_cache_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test gets its own compiled-store cache: never the user's real one."""
    folder = tmp_path_factory.mktemp("lawref-cache")
    monkeypatch.setenv("LAWREF_CACHE_DIR", str(folder))
    monkeypatch.delenv("LAWREF_NO_CACHE", raising=False)
    return folder
