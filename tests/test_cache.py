"""The compiled store cache: hits skip YAML, any change rebuilds, damaged files are never trusted."""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import stat
import sys
import types
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

import lawref.store.files as store_module
from lawref.cli import run
from lawref.errors import StoreError
from lawref.store import cache, code_records, signed_pickle
from lawref.store.files import Store, shipped_store_path
from lawref.store.load import load_store

NIL_FILE = shipped_store_path() / "cn" / "national-intelligence-law.yaml"
NIL_ID = "cn-national-intelligence-law"


class YamlReads:
    """Counts calls of the store's YAML reader (a cache hit makes none)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = 0
        real = store_module.read_statute_text

        def counting(text: str, path: str):  # type: ignore[no-untyped-def]
            self.calls += 1
            return real(text, path)

        monkeypatch.setattr(store_module, "read_statute_text", counting)

    def take(self) -> int:
        calls, self.calls = self.calls, 0
        return calls


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> YamlReads:
    return YamlReads(monkeypatch)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A store of the shipped NIL entry, copied byte for byte."""
    root = tmp_path / "store"
    (root / "cn").mkdir(parents=True)
    shutil.copyfile(NIL_FILE, root / "cn" / NIL_FILE.name)
    return root


def sibling_entry(statute_id: str, title_zh: str, title_en: str) -> str:
    """Another statute with the NIL's real articles under new names (so no name collides)."""
    data = yaml.safe_load(NIL_FILE.read_text(encoding="utf-8"))
    data.update(id=statute_id, title={"zh": title_zh, "en": title_en}, aliases=[], examples=[])
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def load(root: Path) -> Store:
    return load_store([root], include_shipped=False)


def cache_files() -> list[Path]:
    return sorted(cache.cache_dir().glob("store-*.pickle"))


def only_store_file() -> Path:
    (path,) = [p for p in cache_files() if p.name.count(".") == 1]
    return path


def bump_mtime(path: Path, seconds: int = 10) -> None:
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + seconds * 1_000_000_000))


# --- hits and misses ---------------------------------------------------------------------------


def test_second_load_is_a_hit_equal_to_the_yaml_load(folder: Path, reads: YamlReads) -> None:
    first = load(folder)
    assert reads.take() == 1
    second = load(folder)
    assert reads.take() == 0
    assert second is not first
    assert second == first
    assert second == load_store([folder], include_shipped=False, use_cache=False)
    nil = second.get(NIL_ID)
    assert nil is not None and nil.article("7") is not None
    assert second.resolve("国家情报法").id == NIL_ID


def test_shipped_store_from_cache_equals_the_yaml_load(reads: YamlReads) -> None:
    load_store()
    assert reads.take() >= 1
    cached = load_store()
    assert reads.take() == 0
    assert cached == load_store(use_cache=False)


def test_touching_a_file_rebuilds(folder: Path, reads: YamlReads) -> None:
    load(folder)
    reads.take()
    bump_mtime(folder / "cn" / NIL_FILE.name)
    load(folder)
    assert reads.take() == 1
    load(folder)
    assert reads.take() == 0


def test_editing_a_file_rebuilds_with_the_new_text(folder: Path, reads: YamlReads) -> None:
    path = folder / "cn" / NIL_FILE.name
    load(folder)
    reads.take()
    text = path.read_text(encoding="utf-8")
    # The same size and the old mtime: only the inode change time tells.
    edited = text.replace("- NIL\n", "- NIX\n")
    assert edited != text and len(edited) == len(text)
    before = path.stat()
    path.write_text(edited, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    store = load(folder)
    assert reads.take() == 1
    assert store == load_store([folder], include_shipped=False, use_cache=False)


def test_adding_and_removing_a_file_rebuilds(folder: Path, reads: YamlReads) -> None:
    assert len(load(folder)) == 1
    reads.take()
    extra = folder / "cn" / "sibling.yaml"
    extra.write_text(sibling_entry("test-sibling-law", "测试兄弟法", "Test Sibling Law"), "utf-8")
    grown = load(folder)
    assert reads.take() == 2
    assert sorted(s.id for s in grown) == [NIL_ID, "test-sibling-law"]
    extra.unlink()
    shrunk = load(folder)
    assert reads.take() == 1
    assert [s.id for s in shrunk] == [NIL_ID]


def test_a_store_with_problems_is_not_cached(folder: Path, reads: YamlReads) -> None:
    bad = folder / "cn" / "broken.yaml"
    bad.write_text("id: Not An Id\n", encoding="utf-8")
    with pytest.raises(StoreError):
        load(folder)
    assert cache_files() == []
    bad.unlink()
    reads.take()
    assert len(load(folder)) == 1


def test_each_set_of_folders_has_its_own_entry(folder: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "sibling.yaml").write_text(
        sibling_entry("test-sibling-law", "测试兄弟法", "Test Sibling Law"), "utf-8"
    )
    assert [s.id for s in load(folder)] == [NIL_ID]
    assert [s.id for s in load(other)] == ["test-sibling-law"]
    assert sorted(s.id for s in load_store([folder, other], include_shipped=False)) == [
        NIL_ID,
        "test-sibling-law",
    ]
    assert len(cache_files()) == 3
    assert [s.id for s in load(folder)] == [NIL_ID]


# --- damaged, stale and foreign files ----------------------------------------------------------


def never_unpickled(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Record every payload the cache unpickles."""
    seen: list[bytes] = []
    real = pickle.loads

    def spy(data: bytes, *args: object, **kwargs: object) -> object:
        seen.append(bytes(data))
        return real(data, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cache.pickle, "loads", spy)
    # The cache file's payload is read by signed_pickle's own unpickler (it maps the arrays).
    real_payload = signed_pickle._unpickle

    def payload_spy(data: bytes, start: int, *args: object) -> object:
        seen.append(bytes(data[start:]))
        return real_payload(data, start, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(signed_pickle, "_unpickle", payload_spy)
    return seen


def signed_end(data: bytes) -> int:
    """Where a cache file's signed part (header, metadata, pickle) ends."""
    _m, _f, _d, meta_len, payload_len, _a, _mac = signed_pickle.HEADER.unpack_from(data)
    return signed_pickle.HEADER.size + meta_len + payload_len


def flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 1]) + data[at + 1 :]


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: os.urandom(len(data)), id="random-bytes"),
        pytest.param(lambda data: data[: len(data) // 2], id="truncated"),
        pytest.param(lambda data: data[:20], id="truncated-header"),
        pytest.param(lambda data: b"", id="empty"),
        pytest.param(lambda data: flip(data, signed_end(data) - 1), id="one-bit-flipped"),
        pytest.param(lambda data: flip(data, signed_end(data)), id="padding-bit-flipped"),
        pytest.param(lambda data: data + b"\0", id="padded"),
        pytest.param(lambda data: pickle.dumps(Store()), id="bare-pickle"),
    ],
)
def test_a_damaged_cache_file_is_rebuilt_not_trusted(
    folder: Path,
    reads: YamlReads,
    monkeypatch: pytest.MonkeyPatch,
    damage: Callable[[bytes], bytes],
) -> None:
    good = load(folder)
    reads.take()
    path = only_store_file()
    path.write_bytes(damage(path.read_bytes()))
    unpickled = never_unpickled(monkeypatch)
    store = load(folder)
    assert reads.take() == 1
    assert unpickled == []
    assert store == good
    # ...and the rebuilt file is whole again.
    load(folder)
    assert reads.take() == 0


def test_a_valid_pickle_built_for_another_key_is_not_used(
    folder: Path, tmp_path: Path, reads: YamlReads, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A well-formed, correctly signed entry of other store files, dropped into this slot."""
    other = tmp_path / "other"
    other.mkdir()
    (other / "sibling.yaml").write_text(
        sibling_entry("test-sibling-law", "测试兄弟法", "Test Sibling Law"), "utf-8"
    )
    load(other)
    (foreign,) = cache_files()
    load(folder)
    target = next(p for p in cache_files() if p != foreign)
    shutil.copyfile(foreign, target)
    reads.take()
    unpickled = never_unpickled(monkeypatch)
    store = load(folder)
    assert [s.id for s in store] == [NIL_ID]
    assert reads.take() == 1
    assert unpickled == []


def test_a_file_signed_with_another_secret_is_not_unpickled(
    folder: Path, reads: YamlReads, monkeypatch: pytest.MonkeyPatch
) -> None:
    load(folder)
    path = only_store_file()
    data = path.read_bytes()
    (cache.cache_dir() / cache.SECRET_NAME).write_bytes(hashlib.sha256(b"other").digest())
    reads.take()
    unpickled = never_unpickled(monkeypatch)
    load(folder)
    assert reads.take() == 1
    assert unpickled == []
    assert path.read_bytes() != data  # rewritten under the new secret


def test_a_stale_entry_of_the_same_folders_is_replaced(folder: Path, reads: YamlReads) -> None:
    load(folder)
    first = only_store_file().read_bytes()
    bump_mtime(folder / "cn" / NIL_FILE.name)
    reads.take()
    load(folder)
    assert reads.take() == 1
    assert only_store_file().read_bytes() != first
    assert len(cache_files()) == 1


# --- switches, permissions and the commands ----------------------------------------------------


def test_lawref_no_cache_reads_yaml_every_time(
    folder: Path, reads: YamlReads, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LAWREF_NO_CACHE", "1")
    load(folder)
    load(folder)
    assert reads.take() == 2
    assert cache_files() == []


def test_use_cache_false_reads_yaml_and_writes_nothing(folder: Path, reads: YamlReads) -> None:
    load_store([folder], include_shipped=False, use_cache=False)
    load_store([folder], include_shipped=False, use_cache=False)
    assert reads.take() == 2
    assert cache_files() == []


def test_code_edited_while_lawref_runs_writes_no_entry(folder: Path, reads: YamlReads) -> None:
    """A source file newer than the process may not be the code loaded: an entry written then
    would vouch for code that never ran, and a later run would trust it."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(code_records, "_STARTED_NS", 0)  # every source file is "newer"
        store = load(folder)
    assert store.get(NIL_ID) is not None
    assert cache_files() == []
    load(folder)
    assert reads.take() == 2  # nothing was cached the first time
    assert len(cache_files()) == 1


def test_the_cache_folder_is_private(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = tmp_path / "deep" / "cache"
    monkeypatch.setenv("LAWREF_CACHE_DIR", str(fresh))
    load(folder)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o700
    for path in fresh.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    fresh.chmod(0o755)  # readable by others, writable by nobody else: used, never chmodded
    load(folder)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o755
    assert stat.S_IMODE((fresh / "secret.key").stat().st_mode) == 0o600


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX ownership")
def test_a_cache_folder_owned_by_someone_else_is_not_used(
    folder: Path, reads: YamlReads, monkeypatch: pytest.MonkeyPatch
) -> None:
    load(folder)
    reads.take()
    real_uid = os.getuid()
    monkeypatch.setattr(cache.os, "getuid", lambda: real_uid + 1)
    load(folder)
    load(folder)
    assert reads.take() == 2


def test_validate_never_uses_the_cache(
    folder: Path, reads: YamlReads, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = len(load(folder).get(NIL_ID).articles)  # type: ignore[union-attr]
    reads.take()
    assert run(["validate", str(folder)]) == 0
    assert reads.take() == 1
    captured = capsys.readouterr()
    assert f"1 statute, {articles} articles: ok" in captured.out + captured.err


def test_cache_info_and_clear(
    folder: Path, reads: YamlReads, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--help"]) == 0
    capsys.readouterr()
    load(folder)
    assert run(["cache", "info"]) == 0
    out = capsys.readouterr().out
    assert str(cache.cache_dir()) in out
    assert "entries: 1" in out
    assert str(folder.resolve()) in out
    assert run(["cache", "clear"]) == 0
    assert "removed 1 file" in capsys.readouterr().out
    assert cache_files() == []
    reads.take()
    load(folder)
    assert reads.take() == 1
    assert run(["cache", "info", "--format", "json"]) == 0
    assert '"entries"' in capsys.readouterr().out


def test_cache_clear_without_a_cache_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LAWREF_CACHE_DIR", str(tmp_path / "never-made"))
    assert run(["cache", "clear"]) == 0
    assert "removed 0 file" in capsys.readouterr().out
    assert run(["cache", "info"]) == 0
    assert "entries: 0" in capsys.readouterr().out


# A process of its own that loads `folder` with a lawref module (a file of the test's) loaded, and
# prints how many statute files it read from YAML (a cache hit reads none).
_LOAD_WITH_MODULE = """
import sys, types
module = types.ModuleType("lawref._fake_for_test")
module.__file__ = sys.argv[1]
sys.modules["lawref._fake_for_test"] = module
import lawref.store.files as files
reads = []
real = files.read_statute_text
files.read_statute_text = lambda text, path: reads.append(path) or real(text, path)
from lawref.store.load import load_store
load_store([sys.argv[2]], include_shipped=False)
print(len(reads))
"""


def test_editing_a_loaded_lawref_module_makes_entries_stale(
    folder: Path, tmp_path: Path, reads: YamlReads, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edited checkout must not read objects pickled by the code it had before: every process
    started after the edit finds the entries its old code wrote stale."""
    import subprocess

    source = tmp_path / "lawref_fake_module.py"

    def edit(text: str) -> None:  # an edit made before the next run
        source.write_text(text, encoding="utf-8")
        os.utime(source, ns=(0, 1_000_000_000))

    def yaml_reads_of_a_new_process() -> int:
        done = subprocess.run(
            [sys.executable, "-c", _LOAD_WITH_MODULE, str(source), str(folder)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        )
        return int(done.stdout.split()[-1])

    edit("VALUE = 1\n")
    assert yaml_reads_of_a_new_process() == 1  # (writes the entry)
    assert yaml_reads_of_a_new_process() == 0
    edit("VALUE = 22\n")
    assert yaml_reads_of_a_new_process() == 1  # stale: written by the module before the edit
    assert yaml_reads_of_a_new_process() == 0  # (the new code's entry)

    # In this process too, with the module loaded: an entry written by its code before an edit is
    # stale for a process that first sees the module after the edit.
    edit("VALUE = 333\n")
    module = types.ModuleType("lawref._fake_for_test")
    module.__file__ = str(source)
    monkeypatch.setitem(sys.modules, "lawref._fake_for_test", module)
    build = Builder()
    store = load(folder)
    assert reads.take() == 1
    cache.compiled(store, "lengths", lambda: build(store))
    assert build.calls == 1
    # An entry written while the module is not loaded does not depend on it.
    monkeypatch.delitem(sys.modules, "lawref._fake_for_test")
    bump_mtime(folder / "cn" / NIL_FILE.name)
    load(folder)
    assert reads.take() == 1
    edit("VALUE = 4444\n")
    load(folder)
    assert reads.take() == 0


def test_a_module_edited_after_the_process_started_is_not_taken_as_recorded(
    folder: Path, tmp_path: Path, reads: YamlReads, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A process that loaded a module before it was edited runs the old code: an entry written
    by a process started after the edit (recording the edited file) is not served to it."""
    source = tmp_path / "lawref_fake_module.py"
    source.write_text("VALUE = 1\n", encoding="utf-8")  # edited now, after this process started
    module = types.ModuleType("lawref._fake_for_test")
    module.__file__ = str(source)
    monkeypatch.setitem(sys.modules, "lawref._fake_for_test", module)
    with pytest.MonkeyPatch.context() as newer:  # a process started after the edit writes it
        newer.setattr(code_records, "_STARTED_NS", source.stat().st_mtime_ns + 1)
        newer.setattr(code_records, "_SEEN", {})
        load(folder)
        load(folder)
    assert reads.take() == 1  # written, then served to the newer process
    monkeypatch.setattr(code_records, "_SEEN", {})  # this process sees the file for the first time
    load(folder)
    assert reads.take() == 1


def test_cache_dir_follows_xdg_when_not_overridden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LAWREF_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "xdg" / "lawref"


# --- derived structures (compiled) -------------------------------------------------------------


class Builder:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, store: Store) -> dict[str, int]:
        self.calls += 1
        return {s.id: sum(len(a.text) for a in s.articles) for s in store}


def test_compiled_structures_persist_with_their_store(folder: Path) -> None:
    build = Builder()
    store = load(folder)
    value = cache.compiled(store, "lengths", lambda: build(store))
    assert build.calls == 1
    assert cache.compiled(store, "lengths", lambda: build(store)) is value
    assert build.calls == 1
    # A later run (a new Store object from the cache) reads it back instead of building.
    again = load(folder)
    assert cache.compiled(again, "lengths", lambda: build(again)) == value
    assert build.calls == 1
    # Another version of the structure is another entry.
    cache.compiled(again, "lengths", lambda: build(again), version="2")
    assert build.calls == 2


def test_compiled_structures_are_rebuilt_when_the_store_changes(folder: Path) -> None:
    build = Builder()
    store = load(folder)
    cache.compiled(store, "lengths", lambda: build(store))
    (folder / "cn" / "sibling.yaml").write_text(
        sibling_entry("test-sibling-law", "测试兄弟法", "Test Sibling Law"), "utf-8"
    )
    grown = load(folder)
    value = cache.compiled(grown, "lengths", lambda: build(grown))
    assert build.calls == 2
    assert set(value) == {NIL_ID, "test-sibling-law"}


def test_a_damaged_compiled_structure_is_rebuilt(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build = Builder()
    store = load(folder)
    cache.compiled(store, "lengths", lambda: build(store))
    (derived,) = [p for p in cache_files() if ".lengths." in p.name]
    derived.write_bytes(derived.read_bytes()[:-3])
    unpickled = never_unpickled(monkeypatch)
    again = load(folder)
    # The statutes of the (verified) store are unpacked when first used: done here, so that the
    # rebuild below is left with nothing legitimate to unpickle.
    assert len(list(again)) == len(store)
    unpickled.clear()
    cache.compiled(again, "lengths", lambda: build(again))
    assert build.calls == 2
    assert unpickled == []


def test_compiled_without_the_cache_memoises_in_memory(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build = Builder()
    store = load_store([folder], include_shipped=False, use_cache=False)
    first = cache.compiled(store, "lengths", lambda: build(store))
    assert cache.compiled(store, "lengths", lambda: build(store)) is first
    assert build.calls == 1
    assert cache_files() == []
    other = load_store([folder], include_shipped=False, use_cache=False)
    cache.compiled(other, "lengths", lambda: build(other))
    assert build.calls == 2


def test_compiled_rejects_a_key_that_is_not_a_plain_name(folder: Path) -> None:
    store = load(folder)
    with pytest.raises(ValueError):
        cache.compiled(store, "../escape", lambda: 1)


# --- the citation grammar ------------------------------------------------------------------------

JURISDICTION = Path(__file__).resolve().parent / "data" / "jurisdiction"


def test_the_citation_grammar_is_read_once_and_again_when_a_grammar_file_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A warm run reads the grammar, the names table and the scanner from the compiled cache (no
    YAML read, no pattern compiled from its source); editing a store folder's grammar file makes
    the next run read it again, and the new template is what it finds by."""
    import re

    import lawref.citations.templates as templates
    from lawref.citations.find import CitationFinder

    root = tmp_path / "xf"
    shutil.copytree(JURISDICTION, root)
    grammar_reads: list[int] = []
    real_read = templates.read_grammar_files

    def counting(paths: list[Path]):  # type: ignore[no-untyped-def]
        grammar_reads.append(len(paths))
        return real_read(paths)

    monkeypatch.setattr(templates, "read_grammar_files", counting)

    def found(text: str) -> list[tuple[str | None, str | None]]:
        store = load_store([root], include_shipped=False)  # a new Store: as a new run would
        return [(c.statute, c.article) for c in CitationFinder(store).find(text)]

    assert found("FC 12-9 limits how long data are kept.") == [("xf-data-act", "9")]
    assert len(grammar_reads) == 1
    compiles: list[str] = []
    real_compile = re.compile
    monkeypatch.setattr(re, "compile", lambda p, f=0: compiles.append(p) or real_compile(p, f))
    assert found("FC 12-9 limits how long data are kept.") == [("xf-data-act", "9")]
    assert len(grammar_reads) == 1  # read from the cache
    monkeypatch.setattr(re, "compile", real_compile)
    assert not [p for p in compiles if "FC" in p]  # the scanner was not compiled again

    grammar_file = root / "grammar" / "xf.yaml"
    text = grammar_file.read_text(encoding="utf-8")
    grammar_file.write_text(text.replace(r"FC\s(?P<title>", r"FCode\s(?P<title>"), "utf-8")
    bump_mtime(grammar_file)
    assert found("FC 12-9 limits how long data are kept.") == []
    assert len(grammar_reads) == 2
    # What the edited grammar reads, as a finder without the cache reads it.
    uncached = load_store([root], include_shipped=False, use_cache=False)
    text = "FCode 12-9 limits how long data are kept."
    expected = [(c.statute, c.article) for c in CitationFinder(uncached).find(text)]
    assert [article for _, article in expected] == ["9"]
    assert found(text) == expected
