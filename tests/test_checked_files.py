"""A cache file whose arrays all checked out is read again without hashing them, and only while it
is the file that was checked: its stamp (device, inode, size, mtime, ctime) unchanged.

Each test writes a compiled structure, and reads it back as later runs would (the stamps table
written as a run ends, and forgotten as a new process starts). A file is stamped only once its
ctime is SETTLED_NS old, so the tests wait that long where they need a stamp.
"""

from __future__ import annotations

import os
import shutil
import time
from array import array
from collections.abc import Iterator
from pathlib import Path

import pytest

from lawref.store import cache, checked_files, mapped, signed_pickle
from lawref.store.files import Store, shipped_store_path
from lawref.store.load import load_store
from lawref.store.mapped import CHUNK, DamagedArray, Packed, PackedBytes

NIL_FILE = shipped_store_path() / "cn" / "national-intelligence-law.yaml"
LONG = list(range(3 * CHUNK // 8 + 5))


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A store of the shipped NIL entry, and a cache folder of this test's own."""
    root = tmp_path / "store"
    (root / "cn").mkdir(parents=True)
    shutil.copyfile(NIL_FILE, root / "cn" / NIL_FILE.name)
    monkeypatch.setenv("LAWREF_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("LAWREF_NO_CACHE", raising=False)
    checked_files.forget()
    yield root
    checked_files.forget()


class Numbers:
    """A derived structure with an array of several chunks and a mapping of byte strings."""

    def __init__(self) -> None:
        self.long = Packed(array("Q", LONG))
        self.texts = PackedBytes({"a": "第七条".encode(), "b": b"\x00\xff"})


def load(root: Path) -> Store:
    return load_store([root], include_shipped=False)


def entry(key: str) -> Path:
    (path,) = cache.cache_dir().glob(f"store-*.{key}.pickle")
    return path


def settle() -> None:
    """Wait until a file written now may be stamped."""
    time.sleep(checked_files.SETTLED_NS / 1e9 + 0.2)


def new_run(root: Path) -> Numbers:
    """The structure as a later process reads it (knowing no stamps but the table's), the stamps
    it adds written as it ends."""
    checked_files._save()
    checked_files.forget()
    again = cache.compiled(load(root), "numbers", lambda: pytest.fail("rebuilt"))
    checked_files._save()
    return again


def table() -> dict[str, object]:
    folder = cache.cache_dir()
    secret = signed_pickle.secret_key(folder, create=False)
    assert secret is not None
    return checked_files.table_of(folder, secret)


def stamped_numbers(root: Path) -> Path:
    """The structure's file, written, settled and stamped by a later run that checked every chunk
    of it."""
    cache.compiled(load(root), "numbers", Numbers)
    settle()
    new_run(root)
    path = entry("numbers")
    assert path.name in table()
    return path


@pytest.fixture
def hashed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The sizes of the chunks the mapped arrays hash from now on."""
    sizes: list[int] = []
    real = mapped.sha256

    def spy(data: bytes | memoryview = b"", *, bulk: bool = False) -> object:
        sizes.append(len(data))
        return real(data, bulk=bulk)

    monkeypatch.setattr(mapped, "sha256", spy)
    return sizes


def flip(path: Path, at: int, *, keep_mtime: bool = False) -> None:
    """Change one byte of ``path`` in place (the same inode and size)."""
    before = path.stat()
    with open(path, "r+b") as handle:
        handle.seek(at)
        byte = handle.read(1)
        handle.seek(at)
        handle.write(bytes([byte[0] ^ 0x01]))
    if keep_mtime:  # the mtime set back, as a copy tool might: the ctime still moves
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def long_array_second_chunk(path: Path) -> int:
    data = path.read_bytes()
    _m, _f, _d, meta_len, payload_len, _a, _mac = signed_pickle.HEADER.unpack_from(data)
    signed = signed_pickle.HEADER.size + meta_len + payload_len
    return signed + (-signed % signed_pickle.ALIGN) + CHUNK + 3


def test_a_file_checked_whole_is_read_again_without_hashing(
    folder: Path, hashed: list[int]
) -> None:
    stamped_numbers(folder)
    hashed.clear()
    again = new_run(folder)
    assert list(again.long.whole()) == LONG
    assert dict(again.texts) == {"a": "第七条".encode(), "b": b"\x00\xff"}
    assert hashed == []


def test_a_file_written_moments_ago_is_checked_where_it_is_read_and_not_stamped(
    folder: Path, hashed: list[int]
) -> None:
    cache.compiled(load(folder), "numbers", Numbers)
    checked_files.forget()
    store = load(folder)
    hashed.clear()
    again = cache.compiled(store, "numbers", lambda: pytest.fail("rebuilt"))
    assert list(again.long.span(0, 3)) == [0, 1, 2]
    assert hashed == [CHUNK]  # the one chunk read, no other
    checked_files._save()
    assert entry("numbers").name not in table()


@pytest.mark.parametrize("keep_mtime", [False, True])
def test_a_byte_changed_after_the_file_was_stamped_is_caught_where_it_is_read(
    folder: Path, keep_mtime: bool
) -> None:
    path = stamped_numbers(folder)
    flip(path, long_array_second_chunk(path), keep_mtime=keep_mtime)
    again = new_run(folder)
    assert list(again.long.span(0, 3)) == [0, 1, 2]  # the chunks nobody changed read fine
    with pytest.raises(DamagedArray, match="is damaged"):
        again.long.span(CHUNK // 8, CHUNK // 8 + 1)
    assert not path.exists()  # removed: the next run builds it again


def test_a_stamped_file_is_read_again_without_authenticating_its_pickle(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache.compiled(load(folder), "words", lambda: {"第七条": ["支持", "协助"]})
    settle()
    checked_files.forget()
    cache.compiled(load(folder), "words", lambda: pytest.fail("rebuilt"))
    checked_files._save()
    assert entry("words").name in table()  # a file without arrays is stamped too
    checked_files.forget()
    store = load(folder)
    authenticated: list[int] = []
    real = signed_pickle._mac
    monkeypatch.setattr(signed_pickle, "_mac", lambda *a: authenticated.append(1) or real(*a))
    again = cache.compiled(store, "words", lambda: pytest.fail("rebuilt"))
    assert again == {"第七条": ["支持", "协助"]}
    assert authenticated == []


@pytest.mark.parametrize("keep_mtime", [False, True])
def test_a_pickle_byte_changed_after_the_file_was_stamped_is_never_unpickled(
    folder: Path, keep_mtime: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = stamped_numbers(folder)
    data = path.read_bytes()
    _m, _f, _d, meta_len, payload_len, _a, _mac = signed_pickle.HEADER.unpack_from(data)
    flip(path, signed_pickle.HEADER.size + meta_len + payload_len // 2, keep_mtime=keep_mtime)
    checked_files.forget()
    store = load(folder)
    unpickled: list[bytes] = []
    real = signed_pickle._unpickle
    monkeypatch.setattr(
        signed_pickle, "_unpickle", lambda data, *a: unpickled.append(data) or real(data, *a)
    )
    built: list[int] = []
    again = cache.compiled(store, "numbers", lambda: built.append(1) or Numbers())
    assert unpickled == []  # refused before anything was unpickled...
    assert built == [1]  # ...and built again
    assert list(again.long.whole()) == LONG


def test_a_damaged_file_is_not_stamped_and_still_caught_where_it_is_read(folder: Path) -> None:
    cache.compiled(load(folder), "numbers", Numbers)
    path = entry("numbers")
    flip(path, long_array_second_chunk(path))
    settle()
    again = new_run(folder)  # settled: checked whole, and a chunk fails
    checked_files._save()
    assert path.name not in table()
    with pytest.raises(DamagedArray, match="is damaged"):
        again.long.whole()


def test_a_table_not_signed_with_the_folders_key_vouches_for_nothing(
    folder: Path, hashed: list[int]
) -> None:
    cache.compiled(load(folder), "numbers", Numbers)
    settle()
    new_run(folder)
    checked_files._save()
    stamps = cache.cache_dir() / checked_files.NAME
    body = stamps.read_bytes()[32:]
    stamps.write_bytes(checked_files._mac(b"another key" * 3, body) + body)
    checked_files.forget()
    hashed.clear()
    again = cache.compiled(load(folder), "numbers", lambda: pytest.fail("rebuilt"))
    assert list(again.long.span(0, 3)) == [0, 1, 2]
    assert hashed  # checked again, not taken on the forged table's word


def test_a_statute_edited_after_its_entry_was_stamped_is_read_anew(folder: Path) -> None:
    load(folder)
    settle()
    checked_files.forget()
    load(folder)  # the store's entry (its statutes in the mapped section) checked and stamped
    checked_files._save()
    assert any(name.endswith(".pickle") for name in table())
    statute = folder / "cn" / NIL_FILE.name
    text = statute.read_text(encoding="utf-8")
    # The same size and the old mtime: only the inode change time tells.
    edited = text.replace("- NIL\n", "- NIX\n")
    assert edited != text and len(edited) == len(text)
    before = statute.stat()
    statute.write_text(edited, encoding="utf-8")
    os.utime(statute, ns=(before.st_atime_ns, before.st_mtime_ns))
    checked_files.forget()
    assert load(folder) == load_store([folder], include_shipped=False, use_cache=False)
    assert load(folder) != load_store(
        [shipped_store_path()], include_shipped=False, use_cache=False
    )


def test_cache_clear_removes_the_table(folder: Path) -> None:
    cache.compiled(load(folder), "numbers", Numbers)
    settle()
    new_run(folder)
    checked_files._save()
    assert (cache.cache_dir() / checked_files.NAME).exists()
    cache.clear()
    assert not (cache.cache_dir() / checked_files.NAME).exists()
