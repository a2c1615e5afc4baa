"""The cache file's mapped array section: read back as it was written, and never trusted damaged.

A compiled structure's Packed arrays (the match index's postings and texts, the cached statutes'
pickles, the prepared forms) are written after the signed pickle and memory-mapped when the file
is read; each chunk is checked against the SHA-256 the signed pickle holds for it before anything
is taken from it.
"""

from __future__ import annotations

import io
import pickle
import shutil
import sys
from array import array
from pathlib import Path

import pytest

from lawref.cli import run
from lawref.match.align import PREPARED_MIN_CHARS, Target
from lawref.match.index import Index
from lawref.match.matcher import Matcher
from lawref.match.prepared import PreparedForms
from lawref.store import cache, signed_pickle
from lawref.store.files import Store, shipped_store_path
from lawref.store.load import load_store
from lawref.store.mapped import CHUNK, DamagedArray, Packed, PackedBytes

NIL_FILE = shipped_store_path() / "cn" / "national-intelligence-law.yaml"
NIL_ID = "cn-national-intelligence-law"
# Article 7 of the National Intelligence Law, first sentence (the shipped store's text).
ARTICLE_7 = "任何组织和公民都应当依法支持、协助和配合国家情报工作，保守所知悉的国家情报工作秘密。"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store of the shipped NIL entry, and a cache folder of this test's own."""
    root = tmp_path / "store"
    (root / "cn").mkdir(parents=True)
    shutil.copyfile(NIL_FILE, root / "cn" / NIL_FILE.name)
    monkeypatch.setenv("LAWREF_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("LAWREF_NO_CACHE", raising=False)
    return root


def load(root: Path) -> Store:
    return load_store([root], include_shipped=False)


def entry(key: str) -> Path:
    (path,) = cache.cache_dir().glob(f"store-*.{key}.pickle")
    return path


class Numbers:
    """A derived structure with one array long enough for several chunks, and one short one."""

    def __init__(self) -> None:
        self.long = Packed(array("Q", range(3 * CHUNK // 8 + 5)))
        self.short = Packed(array("i", [-1, 0, 7]))
        self.texts = PackedBytes({"a": "第七条".encode(), "b": b"", "c": b"\x00\xff"})


def section_start(path: Path) -> int:
    """Where a cache file's array section starts."""
    data = path.read_bytes()
    _m, _f, _d, meta_len, payload_len, _a, _mac = signed_pickle.HEADER.unpack_from(data)
    signed = signed_pickle.HEADER.size + meta_len + payload_len
    return signed + (-signed % signed_pickle.ALIGN)


def test_arrays_read_back_mapped_and_equal(folder: Path) -> None:
    store = load(folder)
    cache.compiled(store, "numbers", Numbers)
    again = cache.compiled(load(folder), "numbers", lambda: pytest.fail("rebuilt"))
    assert isinstance(again.long.whole(), memoryview)  # mapped from the file, not copied
    assert list(again.long.whole()) == list(range(3 * CHUNK // 8 + 5))
    assert list(again.long.span(CHUNK // 8 - 1, CHUNK // 8 + 2)) == [
        CHUNK // 8 - 1,
        CHUNK // 8,
        CHUNK // 8 + 1,
    ]
    assert list(again.short.whole()) == [-1, 0, 7]
    assert dict(again.texts) == {"a": "第七条".encode(), "b": b"", "c": b"\x00\xff"}
    # A mapped array pickled on (to a worker process, say) travels by value.
    assert list(pickle.loads(pickle.dumps(again.short)).whole()) == [-1, 0, 7]


def test_a_flipped_byte_in_an_array_is_caught_where_it_is_read(folder: Path) -> None:
    store = load(folder)
    cache.compiled(store, "numbers", Numbers)
    path = entry("numbers")
    data = bytearray(path.read_bytes())
    data[section_start(path) + CHUNK + 3] ^= 0x01  # the long array's second chunk
    path.write_bytes(bytes(data))
    again = cache.compiled(load(folder), "numbers", Numbers)
    # The signed part is intact: the entry opens, and the chunks nobody damaged read fine.
    assert list(again.long.span(0, 3)) == [0, 1, 2]
    with pytest.raises(DamagedArray, match="is damaged"):
        again.long.span(CHUNK // 8, CHUNK // 8 + 1)
    with pytest.raises(DamagedArray):  # never trusted later either
        again.long.whole()
    # The file is gone: the next run builds the structure again and reads the right numbers.
    assert not path.exists()
    built = []
    fresh = cache.compiled(load(folder), "numbers", lambda: built.append(1) or Numbers())
    assert built == [1]
    assert fresh.long.span(CHUNK // 8, CHUNK // 8 + 1)[0] == CHUNK // 8


def test_a_truncated_array_section_is_rebuilt_not_mapped(folder: Path) -> None:
    store = load(folder)
    cache.compiled(store, "numbers", Numbers)
    path = entry("numbers")
    path.write_bytes(path.read_bytes()[:-CHUNK])
    built = []
    again = cache.compiled(load(folder), "numbers", lambda: built.append(1) or Numbers())
    assert built == [1]
    assert list(again.short.whole()) == [-1, 0, 7]


@pytest.mark.parametrize(
    "field, value",
    [
        pytest.param(1, 1, id="format-1"),  # a file of the format without the array section
        pytest.param(0, b"LAWREFX\x00", id="magic"),
        pytest.param(5, 1 << 40, id="section-length"),  # the signed lengths no longer agree
    ],
)
def test_a_wrong_header_is_rebuilt_not_read(
    folder: Path, monkeypatch: pytest.MonkeyPatch, field: int, value: object
) -> None:
    store = load(folder)
    cache.compiled(store, "numbers", Numbers)
    path = entry("numbers")
    data = path.read_bytes()
    fields = list(signed_pickle.HEADER.unpack_from(data))
    fields[field] = value
    path.write_bytes(signed_pickle.HEADER.pack(*fields) + data[signed_pickle.HEADER.size :])
    again = load(folder)  # the store's own entry is intact
    unpickled: list[bytes] = []
    real = signed_pickle._unpickle
    monkeypatch.setattr(
        signed_pickle, "_unpickle", lambda data, *a: unpickled.append(data) or real(data, *a)
    )
    built = []
    cache.compiled(again, "numbers", lambda: built.append(1) or Numbers())
    assert built == [1]
    assert unpickled == []


def _pickle_with_record(record: tuple[object, ...]) -> bytes:
    """A pickle whose one object is the array record ``record``."""

    class Writer(pickle.Pickler):
        def persistent_id(self, obj: object) -> object:
            return record if obj == "the array" else None

    buffer = io.BytesIO()
    Writer(buffer, protocol=5).dump("the array")
    return buffer.getvalue()


@pytest.mark.parametrize(
    "record",
    [
        pytest.param(("packed", "Q", sys.byteorder, 64, 128, b"\0" * 32), id="past-the-end"),
        pytest.param(("packed", "Q", sys.byteorder, 8, 8, b"\0" * 32), id="unaligned"),
        pytest.param(("packed", "O", sys.byteorder, 0, 8, b"\0" * 32), id="not-numbers"),
        pytest.param(
            ("packed", "Q", "big" if sys.byteorder == "little" else "little", 0, 8, b"\0" * 32),
            id="byte-order",
        ),
        pytest.param(("packed", "Q", sys.byteorder, 0, 8, b""), id="no-digest"),
        pytest.param(("code", "Q"), id="not-a-record"),
    ],
)
def test_an_array_record_that_does_not_fit_the_file_is_refused(
    folder: Path, record: tuple[object, ...]
) -> None:
    """Records come from the signed pickle, and are still checked against the file: one that
    reaches outside the section (or is not an array of numbers of this machine) is refused."""
    store = load(folder)
    cache.compiled(store, "numbers", Numbers)
    path = entry("numbers")
    with open(path, "rb") as handle:
        section = signed_pickle._map_section(handle, section_start(path), 128)
    with pytest.raises(LookupError, match="bad array record"):
        signed_pickle._unpickle(_pickle_with_record(record), 0, section, path)


def test_a_damaged_statute_is_never_unpickled_but_read_from_its_file(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cached statutes' pickles lie in the mapped section: one whose bytes do not match the
    signed digest is never unpickled; the statute is read from its YAML file instead, and the
    cache file is removed so that the next run writes a whole one."""
    good = load(folder).statutes[NIL_ID]
    (path,) = [p for p in cache.cache_dir().glob("store-*.pickle") if p.name.count(".") == 1]
    data = bytearray(path.read_bytes())
    data[section_start(path) + 10] ^= 0x40  # inside the (only) statute's compressed pickle
    path.write_bytes(bytes(data))
    unpickled: list[bytes] = []
    real = pickle.loads
    monkeypatch.setattr(pickle, "loads", lambda b, *a, **k: unpickled.append(b) or real(b, *a, **k))
    store = load(folder)  # the signed part is intact: the entry opens
    assert store.statutes[NIL_ID] == good
    assert unpickled == []
    assert not path.exists()
    monkeypatch.setattr(pickle, "loads", real)
    load(folder)
    assert path.exists()
    assert load(folder).statutes[NIL_ID] == good


def test_lawref_check_on_a_damaged_index_says_so_in_one_line_and_the_next_run_rebuilds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = tmp_path / "story.txt"
    document.write_text(f"《国家情报法》第七条规定：“{ARTICLE_7}”\n", encoding="utf-8")
    argv = ["check", str(document), "--format", "json"]  # the shipped store
    assert run(argv) == 0
    first = capsys.readouterr().out
    assert f'"statute": "{NIL_ID}"' in first
    paths = list(cache.cache_dir().glob("store-*.match-index.pickle"))
    assert paths
    for path in paths:  # a bit flipped in every chunk of every array of every index
        data = bytearray(path.read_bytes())
        for at in range(section_start(path), len(data), CHUNK):
            data[at] ^= 0x01
        path.write_bytes(bytes(data))
    assert run(argv) == 2
    damaged = capsys.readouterr()
    lines = damaged.err.strip().splitlines()
    assert len(lines) == 1 and "is damaged" in lines[0] and "match-index" in lines[0], lines
    assert "Traceback" not in damaged.err
    assert run(argv) == 0
    assert capsys.readouterr().out == first


def test_an_index_read_back_from_the_cache_matches_as_the_one_built() -> None:
    """The mapped index (texts as UTF-8 with byte boundaries, postings) answers as the built one."""
    store = load_store()
    built = Index.from_store(store)
    mapped = cache.compiled(store, "test-mapped-index", lambda: Index.from_store(store))
    mapped = cache.compiled(load_store(), "test-mapped-index", lambda: pytest.fail("rebuilt"))
    assert len(mapped) == len(built)
    for i in range(0, len(built), 37):
        assert mapped.texts[i] == built.texts[i]
        assert mapped.texts.length(i) == len(built.texts[i].text)
        assert mapped.following.get(i) == built.following.get(i)
    assert (
        Matcher(index=mapped).match(ARTICLE_7).match == Matcher(index=built).match(ARTICLE_7).match
    )


def test_long_texts_prepared_forms_read_back_as_made_on_use() -> None:
    """A long stored text's forms read back from the cache (strings and arrays in the mapped
    section) are the ones a target makes when it is compared: same text, offsets, tokens."""
    store = load_store()
    index = Index.from_store(store)
    long_ids = [i for i in range(len(index)) if index.texts.length(i) >= PREPARED_MIN_CHARS]
    assert len(long_ids) >= 5  # the shipped store's US Code and GDPR texts, at least
    picked = [*long_ids[:3], max(long_ids, key=index.texts.length)]

    def build() -> PreparedForms:
        return PreparedForms((i, index.texts.text(i)) for i in picked)

    cache.compiled(store, "test-prepared", build)
    mapped = cache.compiled(load_store(), "test-prepared", lambda: pytest.fail("rebuilt"))
    assert len(mapped) == len(picked) and long_ids[3] not in mapped
    assert mapped.target(long_ids[3], index.texts.text(long_ids[3])) is None
    for text_id in picked:
        text = index.texts.text(text_id)
        read, made = mapped.target(text_id, text), Target(text)
        assert read is not None
        for name in ("verbatim", "letters", "skeleton"):
            a, b = getattr(read, name), getattr(made, name)
            assert (a.text, a.offsets, a.ends, a.source_length) == (
                b.text,
                b.offsets,
                b.ends,
                b.source_length,
            )
        assert read.token_texts == made.token_texts
        assert list(read.token_starts) == made.token_starts
        assert read.token_span_source(2, 9) == made.token_span_source(2, 9)


def test_the_cross_lingual_index_read_back_from_the_cache_links_as_the_one_built() -> None:
    """Its texts, token rows and postings mapped from the cache file, the cross-lingual index
    links an English rendering to the article it renders, with the same evidence."""
    xling = pytest.importorskip("lawref.xling.evidence")
    if xling.unavailable_reason() is not None:
        pytest.skip("the cross-lingual extra is not installed")
    from lawref.xling.index import CrossLingualIndex

    store = load_store()
    built = CrossLingualIndex.from_store(store)
    cache.compiled(store, "test-xling", lambda: built)
    mapped = cache.compiled(load_store(), "test-xling", lambda: pytest.fail("rebuilt"))
    assert isinstance(mapped.posting_items.whole(), memoryview)  # mapped, not copied
    assert len(mapped) == len(built) and list(mapped.texts) == list(built.texts)
    english = (
        "All organizations and citizens shall support, assist, and cooperate with national "
        "intelligence efforts in accordance with law"
    )
    linked = mapped.link(english)
    assert linked == built.link(english) and linked
    best = linked[0][0]
    assert (best.statute, best.article) == (NIL_ID, "7")
    assert mapped.evidence(english, best).to_json() == built.evidence(english, best).to_json()


class Empty:
    """A derived structure whose only array is empty (a store without long texts, say)."""

    def __init__(self) -> None:
        self.none = Packed(array("I"))


def test_a_structure_of_empty_arrays_reads_back(folder: Path) -> None:
    store = load(folder)
    cache.compiled(store, "empty", Empty)
    again = cache.compiled(load(folder), "empty", lambda: pytest.fail("rebuilt"))
    assert len(again.none) == 0 and list(again.none.whole()) == []


def test_an_array_record_in_a_file_without_arrays_is_refused(folder: Path) -> None:
    path = folder / "no-arrays.pickle"
    path.write_bytes(b"")
    record = ("packed", "Q", sys.byteorder, 0, 8, b"\0" * 32)
    with pytest.raises(pickle.UnpicklingError):
        signed_pickle._unpickle(_pickle_with_record(record), 0, memoryview(b""), path)
