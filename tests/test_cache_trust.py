"""The cache cannot be turned against its user: a folder or file another user owns or can write
is never read (nothing planted there is unpickled), and a shared folder is never chmodded."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from lawref.store import signed_pickle
from lawref.store.cache import store_key, store_path
from lawref.store.files import shipped_store_path, store_paths
from lawref.store.load import load_store

pytestmark = pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX owners and modes")
NOBODY = 65534
NIL_FILE = shipped_store_path() / "cn" / "national-intelligence-law.yaml"
NIL_ID = "cn-national-intelligence-law"


class Planted:
    """A payload whose unpickling leaves a trace (creates ``marker``): what an attacker plants."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (open, (str(self.marker), "w"))


@pytest.fixture(autouse=True)
def _fresh_warnings() -> None:
    signed_pickle._warned.clear()


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A store of the shipped NIL entry, copied byte for byte."""
    root = tmp_path / "store"
    (root / "cn").mkdir(parents=True)
    shutil.copyfile(NIL_FILE, root / "cn" / NIL_FILE.name)
    return root


def plant(cache: Path, store: Path, marker: Path) -> tuple[Path, Path]:
    """A key and a pickle signed with it, exactly where lawref would look for them."""
    key = b"k" * 32
    (cache / signed_pickle.SECRET_NAME).write_bytes(key)
    os.chmod(cache / signed_pickle.SECRET_NAME, 0o600)
    slot, digest = store_key(store_paths([store], include_shipped=False))
    path = store_path(cache, slot)
    signed_pickle.write(path, key, digest, {"kind": "store"}, Planted(marker))
    return cache / signed_pickle.SECRET_NAME, path


def use(cache: Path, store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAWREF_CACHE_DIR", str(cache))
    loaded = load_store([store], include_shipped=False)
    assert loaded.get(NIL_ID) is not None  # the store itself always loads


def test_a_planted_pickle_in_a_private_folder_is_what_would_run(
    tmp_path: Path, store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The control: a planted key and pickle in a folder that passes the checks *are* read, so
    # the tests below show that the checks, not the planting, keep them from running.
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    marker = tmp_path / "ran"
    plant(cache, store, marker)
    monkeypatch.setenv("LAWREF_CACHE_DIR", str(cache))
    load_store([store], include_shipped=False)
    assert marker.exists()


@pytest.mark.parametrize("mode", [0o777, 0o1777, 0o770, 0o757])
def test_a_folder_others_can_write_is_not_used_and_keeps_its_mode(
    tmp_path: Path,
    store: Path,
    mode: int,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cache = tmp_path / "shared"
    cache.mkdir()
    marker = tmp_path / "ran"
    plant(cache, store, marker)
    os.chmod(cache, mode)
    before = sorted(p.name for p in cache.iterdir())
    use(cache, store, monkeypatch)
    use(cache, store, monkeypatch)
    assert not marker.exists(), "a planted pickle was unpickled"
    assert stat.S_IMODE(cache.stat().st_mode) == mode
    assert sorted(p.name for p in cache.iterdir()) == before  # nothing written there either
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not using the cache folder" in err
    assert "writable by group or others" in err


def test_a_link_as_the_cache_folder_is_not_used(
    tmp_path: Path, store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = tmp_path / "real"
    real.mkdir(mode=0o700)
    marker = tmp_path / "ran"
    plant(real, store, marker)
    (tmp_path / "link").symlink_to(real)
    use(tmp_path / "link", store, monkeypatch)
    assert not marker.exists()


def test_a_key_others_can_read_is_not_used(
    tmp_path: Path,
    store: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    marker = tmp_path / "ran"
    key, _ = plant(cache, store, marker)
    os.chmod(key, 0o644)  # a secret anyone can read signs anything
    use(cache, store, monkeypatch)
    assert not marker.exists()
    assert "its key" in capsys.readouterr().err


def test_a_cache_file_others_can_write_is_not_read(
    tmp_path: Path, store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    marker = tmp_path / "ran"
    _, pickle_path = plant(cache, store, marker)
    os.chmod(pickle_path, 0o666)
    use(cache, store, monkeypatch)
    assert not marker.exists()


@pytest.mark.skipif(os.geteuid() != 0, reason="chown to another user needs root")
@pytest.mark.parametrize("planted", ["key", "pickle", "folder"])
def test_files_owned_by_another_user_are_never_read(
    tmp_path: Path, store: Path, planted: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    marker = tmp_path / "ran"
    key, pickle_path = plant(cache, store, marker)
    os.chown({"key": key, "pickle": pickle_path, "folder": cache}[planted], NOBODY, NOBODY)
    use(cache, store, monkeypatch)
    assert not marker.exists()


def test_a_new_cache_folder_is_made_private(
    tmp_path: Path, store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "new" / "cache"
    use(cache, store, monkeypatch)
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    assert stat.S_IMODE((cache / signed_pickle.SECRET_NAME).stat().st_mode) == 0o600
