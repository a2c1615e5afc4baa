"""Limits that always hold: --max-size is a finite positive size, a store file gives each key once,
and a store whose names are hundreds of each other's prefixes still works (no recursion limit)."""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from peak_memory import peak_rss

from lawref.citations import pattern_pieces
from lawref.citations.pattern_pieces import trie_pattern
from lawref.cli import run
from lawref.store.files import read_statute_text, shipped_store_path

NIL_FILE = shipped_store_path() / "cn" / "national-intelligence-law.yaml"


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# --- --max-size ---------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["inf", "-inf", "nan", "1e300", "0", "-1", "", "ten", "1e-9"])
@pytest.mark.parametrize("command", ["check", "cites", "batch", "import", "add"])
def test_max_size_must_be_a_finite_positive_size(
    value: str, command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Nothing quoted here.", encoding="utf-8")
    args = {
        "check": ["check", str(article)],
        "cites": ["cites", str(article)],
        "batch": ["batch", str(article), "-o", str(tmp_path / "out.jsonl")],
        "import": ["import", str(article), "--store", str(tmp_path / "s")],
        "add": ["add", "x", "1", "--text", "t", "--store", str(tmp_path / "s")],
    }[command]
    code, out, err = cli(capsys, *args, f"--max-size={value}")
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("lawref: error: --max-size")
    assert not (tmp_path / "out.jsonl").exists() and not (tmp_path / "s").exists()


def test_a_finite_max_size_still_works(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Nothing quoted here.", encoding="utf-8")
    assert cli(capsys, "check", str(article), "--max-size", "0.5")[0] == 0
    big = tmp_path / "big.txt"
    big.write_text("x " * 600_000, encoding="utf-8")  # 1.2 MB
    code, _out, err = cli(capsys, "check", str(big), "--max-size", "1")
    assert code == 2 and "size limit" in err


# --- keys given twice ---------------------------------------------------------------------------


def _with_twice(text: str, key: str) -> tuple[str, int, int]:
    """``text`` with the first line ``key: …`` (at any indentation) repeated after itself."""
    lines = text.splitlines(keepends=True)
    for number, line in enumerate(lines):
        if re.match(rf"^\s*(- )?{key}:", line):
            indent = len(line) - len(line.lstrip(" -"))
            copy = " " * indent + f"{key}: a second {key}\n"
            # after the whole value of the first (its more indented lines)
            end = number + 1
            while end < len(lines) and (
                len(lines[end]) - len(lines[end].lstrip(" ")) > indent or not lines[end].strip()
            ):
                end += 1
            lines.insert(end, copy)
            return "".join(lines), number + 1, end + 1
    raise AssertionError(key)


@pytest.mark.parametrize("key", ["title", "text", "number", "source", "id"])
def test_a_key_given_twice_fails_validate_naming_both_lines(
    key: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text, first, second = _with_twice(NIL_FILE.read_text(encoding="utf-8"), key)
    _statute, problems = read_statute_text(text, "x.yaml")
    assert problems, "a key given twice was accepted"
    message = str(problems[0])
    assert f"lines {first} and {second}" in message and repr(key) in message
    store = tmp_path / "store" / "cn"
    store.mkdir(parents=True)
    (store / NIL_FILE.name).write_text(text, encoding="utf-8")
    code, out, err = cli(capsys, "validate", "--store", str(tmp_path / "store"))
    assert code != 0 and f"lines {first} and {second}" in out + err


def test_same_keys_in_different_mappings_are_fine() -> None:
    # Every article has "number" and "text": only a key twice in one mapping is refused.
    _statute, problems = read_statute_text(NIL_FILE.read_text(encoding="utf-8"), "nil.yaml")
    assert problems == []


# --- names that are each other's prefixes -------------------------------------------------------


_NAME = st.lists(st.sampled_from(["a", "b", "ab", "法", "法律"]), min_size=1, max_size=8).map(
    " ".join
)


@settings(max_examples=40, deadline=None)
@given(st.lists(_NAME, min_size=1, max_size=30), st.sampled_from([1, 2, 3, 48]))
def test_the_trie_pattern_matches_each_name_whole(names: list[str], nesting: int) -> None:
    # Longest first: each name, standing alone, is matched to its end (never a shorter name),
    # however shallow the nesting limit that splits the trie into patterns of their own.
    saved = pattern_pieces.MAX_TRIE_NESTING
    pattern_pieces.MAX_TRIE_NESTING = nesting
    try:
        pattern = re.compile(trie_pattern(names, {}, word_bounded=True, fold=True), re.I)
    finally:
        pattern_pieces.MAX_TRIE_NESTING = saved
    for name in names:
        found = pattern.match(name)
        assert found is not None and found.group() == name
        assert pattern.fullmatch(name + "x") is None  # "ab" is no name when only "a" is


@pytest.mark.parametrize("kind", ["latin", "cjk"])
def test_a_trie_of_600_nested_prefixes_compiles(kind: str) -> None:
    names = (
        ["Zork Act" + " z" * i for i in range(600)]
        if kind == "latin"
        else ["佐克法" + "法" * i for i in range(600)]
    )
    pattern = re.compile(trie_pattern(names, {}, word_bounded=kind == "latin", fold=True), re.I)
    for name in names[::37]:
        found = pattern.match(name + " and more")
        assert found is not None and found.group() == name


def test_a_store_of_600_prefix_aliases_works(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = yaml.safe_load(NIL_FILE.read_text(encoding="utf-8"))
    aliases = ["Zork Act" + " z" * i for i in range(600)]
    data.update(
        id="cn-zork-act", title={"zh": "佐克法", "en": "Zork Act of Testing"}, aliases=aliases
    )
    data["examples"] = []
    store = tmp_path / "store" / "cn"
    store.mkdir(parents=True)
    (store / "zork-act.yaml").write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    article = tmp_path / "a.txt"
    article.write_text("Under the Zork Act z z z, nothing happens.", encoding="utf-8")
    root = str(tmp_path / "store")
    assert cli(capsys, "validate", "--store", root)[0] == 0
    code, out, err = cli(capsys, "cites", str(article), "--store", root, "--format", "json")
    assert code == 0, err
    assert "cn-zork-act" in out
    code, out, err = cli(capsys, "check", str(article), "--store", root)
    assert code == 0, err
    shutil.rmtree(tmp_path / "store")


# --- JSON Lines: bounded lines ------------------------------------------------------------------


def test_an_over_long_json_line_is_an_error_line_and_the_rest_is_read() -> None:
    import io

    from lawref.batch.inputs import iter_items
    from lawref.batch.lines import line_limit

    limit = line_limit(1000)
    big = json.dumps({"id": "big", "text": "x" * (limit + 10)}).encode()
    stream = io.BytesIO(
        b'{"id": "a", "text": "first"}\n' + big + b'\n{"id": "b", "text": "after"}\n'
    )
    items = list(iter_items(["-"], stream, max_bytes=1000))
    assert [i.id for i in items] == ["a", "stdin:2", "b"]
    assert items[1].error is not None and "longer than" in items[1].error
    assert items[2].text == "after"


@pytest.mark.parametrize("size", [999, 1000, 1001, 1002])
def test_lines_near_the_limit(size: int) -> None:
    import io

    from lawref.batch.lines import bounded_lines

    data = b"y" * size + b"\n" + b"z\n"
    got = list(bounded_lines(io.BytesIO(data), 1000))
    assert got[-1] == (2, b"z\n")
    assert got[0] == (1, b"y" * size + b"\n" if size <= 1000 else None)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ru_maxrss in KiB is Linux's")
def test_a_huge_json_line_on_stdin_is_refused_without_reading_it_whole(tmp_path: Path) -> None:
    small = tmp_path / "small.jsonl"
    small.write_text(json.dumps({"id": "s", "text": "short"}) + "\n", encoding="utf-8")
    big = tmp_path / "big.jsonl"
    with big.open("w", encoding="utf-8") as handle:  # one 64 MiB line
        handle.write('{"id": "b", "text": "')
        for _ in range(64):
            handle.write("x" * (1 << 20))
        handle.write('"}\n')
    out = tmp_path / "out.jsonl"
    argv = ["batch", "-", "-o", str(out), "--max-size", "1", "--jobs", "1", "--no-reuse"]
    code, small_peak, _ = peak_rss(argv, stdin=small)
    assert code == 0
    code, big_peak, err = peak_rss(argv, stdin=big)
    assert code == 1, err  # the document became an error line
    assert "longer than" in out.read_text(encoding="utf-8")
    # Read in pieces: no copy of the 64 MiB line (unbounded, it cost several).
    assert big_peak - small_peak < 24 * 1024 * 1024, (small_peak, big_peak)


def test_reading_a_small_file_does_not_allocate_the_size_limit(tmp_path: Path) -> None:
    # A check reads every file under a 64 MB limit; the read must cost what the file holds, not
    # the limit (one read(limit + 1) allocates the whole limit before it reads a byte).
    import tracemalloc

    from lawref.read.source import DEFAULT_MAX_BYTES, read_source

    story = tmp_path / "story.txt"
    story.write_text("The law states: “All organizations and citizens shall …”\n", encoding="utf-8")
    tracemalloc.start()
    try:
        read_source(str(story), max_bytes=DEFAULT_MAX_BYTES)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert DEFAULT_MAX_BYTES >= 16 * 2**20
    assert peak < 4 * 2**20, peak


def test_a_bounded_read_stops_one_byte_past_the_limit_and_reads_a_smaller_file_whole(
    tmp_path: Path,
) -> None:
    from lawref.read.source import read_bounded

    with (tmp_path / "big.txt").open("wb") as handle:
        handle.write(b"x" * (3 * 2**20 + 1))
    with (tmp_path / "big.txt").open("rb") as handle:
        data = read_bounded(handle.read, 3 * 2**20)
    assert len(data) == 3 * 2**20 + 1  # one byte past the limit: enough to refuse it
    with (tmp_path / "big.txt").open("rb") as handle:
        assert len(read_bounded(handle.read, 4 * 2**20)) == 3 * 2**20 + 1
