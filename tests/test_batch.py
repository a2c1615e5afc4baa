"""``lawref batch``: the same per-document results with one process, worker processes and Dask;
interrupted runs (SIGKILL, SIGTERM) resumed to the same final result; bad documents as error lines.

The corpus is generated from the shipped store's own texts: news paragraphs that quote an
article's first sentence verbatim, or altered by a word, beside sentences from no statute.
"""

from __future__ import annotations

import io
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import pytest

from lawref.batch.inputs import CheckerConfig, Item, iter_items
from lawref.batch.results import encode_line, scan_results
from lawref.batch.run import Batch
from lawref.cli import run
from lawref.errors import InputError
from lawref.report import Document
from lawref.spans import SourceText
from lawref.store.files import Store
from lawref.store.load import load_store
from lawref.text.numerals import int_to_cn

SEED = 8
FOLDER_DOCS = 160  # .txt, .md and .html in nested folders
JSONL_DOCS = 40
BAD_IDS = {"broken/binary.txt", "docs.jsonl:3", "no-text"}
TOTAL = FOLDER_DOCS + JSONL_DOCS + len(BAD_IDS)
LAWREF = [sys.executable, "-c", "from lawref.cli import main; main()"]

# Quotations from no statute; most too short for the cross-lingual check, one long enough.
OTHER_EN = [
    'A ministry spokesperson called the report "a groundless smear".',
    'One analyst described the rules as "a work in progress".',
    'Critics called the move "politically motivated".',
    'The company said it "has never handed over any customer data to any government".',
]
OTHER_ZH = [
    "外交部发言人表示，有关报道“毫无事实依据”。",
    "一位学者认为，这些规定“仍有待细化”。",
    "公司声明称，其“从未向任何政府提供用户数据”。",
]


# --- the corpus --------------------------------------------------------------------------------


def _clause(text: str, chinese: bool) -> str | None:
    """The article's first sentence (a real, byte-exact piece of its text), if it is quotable."""
    first = text.split("\n\n")[0].strip()
    if chinese:
        cut = first.find("。")
        sentence = first[: cut if cut > 0 else len(first)]
        return sentence if 12 <= len(sentence) <= 120 else None
    sentence = re.split(r"(?<=[a-z])\.\s", first)[0].rstrip(".;:")
    words = sentence.split()
    return sentence if 8 <= len(words) <= 45 and '"' not in sentence else None


def _alter(clause: str, chinese: bool, rng: random.Random) -> str:
    """One change a careless writer makes: a word dropped or replaced."""
    if chinese:
        at = rng.randrange(4, len(clause) - 4)
        return clause[:at] + clause[at + 2 :]
    words = clause.split()
    at = rng.randrange(2, len(words) - 1)
    if rng.random() < 0.5:
        del words[at]
    else:
        words[at] = "never" if words[at] != "never" else "always"
    return " ".join(words)


def _sentences(store: Store, rng: random.Random) -> list[str]:
    """Every quotable article, as a quoting sentence (verbatim, or altered for about a third)."""
    found = []
    for statute in sorted(store.statutes.values(), key=lambda s: s.id):
        chinese = statute.language == "zh"
        for article in statute.articles:
            clause = _clause(article.text, chinese)
            if clause is None or not article.number.isdigit():
                continue
            if rng.random() < 0.35:
                clause = _alter(clause, chinese, rng)
            number = int(article.number) + (rng.random() < 0.1)  # sometimes the wrong article
            if chinese:
                name = statute.title[statute.language]
                cited = int_to_cn(number)
                found.append(f"根据《{name}》第{cited}条，“{clause}。”")
            else:
                found.append(f'Article {number} of the {statute.title_en} says "{clause}."')
    return found


def _story(number: int, pool: list[str], rng: random.Random) -> str:
    quotes = rng.sample(pool, rng.randint(1, 3))
    others = rng.sample(OTHER_EN + OTHER_ZH, rng.randint(0, 2))
    paragraphs = quotes + others
    rng.shuffle(paragraphs)
    return "\n\n".join([f"Story {number}: what the law says", *paragraphs]) + "\n"


def _write_document(folder: Path, number: int, text: str) -> None:
    kind = number % 8
    sub = folder / ("a" if number % 3 else "b/c")
    sub.mkdir(parents=True, exist_ok=True)
    if kind == 0:
        paragraphs = "".join(f"<p>{p}</p>\n" for p in text.split("\n\n"))
        page = f"<!doctype html>\n<html><body><article>\n{paragraphs}</article></body></html>\n"
        (sub / f"story-{number:03}.html").write_text(page, encoding="utf-8")
    elif kind == 1:
        (sub / f"story-{number:03}.md").write_text(f"# {text}", encoding="utf-8")
    else:
        (sub / f"story-{number:03}.txt").write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of stories (and a broken file) and a JSON Lines file (with two broken lines)."""
    root = tmp_path_factory.mktemp("batch-corpus")
    rng = random.Random(SEED)
    pool = _sentences(load_store(use_cache=False), rng)
    assert len(pool) > 50, "the shipped store should give many quotable articles"
    stories = root / "stories"
    for number in range(FOLDER_DOCS):
        _write_document(stories, number, _story(number, pool, rng))
    (stories / "broken").mkdir()
    # Unpaired UTF-16 surrogates behind a UTF-16 byte order mark: no decoding makes text of it.
    (stories / "broken" / "binary.txt").write_bytes(b"\xff\xfe\x00\xd8\x00\xd8garbage\x00\xdc")
    lines = []
    for number in range(JSONL_DOCS):
        record = {"id": f"wire-{number:03}", "text": _story(1000 + number, pool, rng)}
        record |= {"url": f"https://news.example/{number}", "date": "2024-05-01", "desk": "law"}
        lines.append(json.dumps(record, ensure_ascii=False))
    lines.insert(2, '{"id": "half a line", "text": "cut off')  # docs.jsonl:3, not JSON
    lines.append(json.dumps({"id": "no-text", "title": "a record without its text"}))
    (root / "docs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """One compiled-store cache for every run of this module (never the user's)."""
    cache = tmp_path_factory.mktemp("batch-cache")
    clean = {k: v for k, v in os.environ.items() if not k.startswith("LAWREF_")}
    return clean | {"LAWREF_CACHE_DIR": str(cache), "PYTHONUNBUFFERED": "1"}


def _batch(
    corpus: Path, out: Path, env: dict[str, str], *args: str
) -> subprocess.CompletedProcess[str]:
    argv = [*LAWREF, "batch", "stories", "docs.jsonl", "-o", str(out), *args]
    return subprocess.run(argv, cwd=corpus, env=env, capture_output=True, text=True, timeout=120)


def _records(path: Path) -> list[dict[str, Any]]:
    lines = path.read_bytes().split(b"\n")
    assert lines[-1] == b"", "the output ends with a whole line"
    return [json.loads(line) for line in lines[:-1]]


def _by_id(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    found = {r["id"]: r for r in records}
    assert len(found) == len(records), "every id once"
    return found


@pytest.fixture(scope="module")
def reference(
    corpus: Path, env: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> list[dict[str, Any]]:
    """The uninterrupted run in one process: what every other run must reproduce."""
    out = tmp_path_factory.mktemp("batch-ref") / "results.jsonl"
    summary = out.with_name("summary.json")
    done = _batch(corpus, out, env, "--jobs", "1", "--summary", str(summary))
    assert done.returncode == 1, done.stderr  # the three broken documents
    facts = json.loads(summary.read_text(encoding="utf-8"))
    assert facts["documents"] == TOTAL and facts["errors"] == len(BAD_IDS)
    return _records(out)


# --- the same results whatever runs them -----------------------------------------------------


def test_reference_run_checks_every_document(reference: list[dict[str, Any]]) -> None:
    records = _by_id(reference)
    assert len(records) == TOTAL
    errors = {i for i, r in records.items() if "error" in r}
    assert errors == BAD_IDS
    for doc_id in BAD_IDS:
        assert set(records[doc_id]) >= {"id", "source", "error"}
    good = [r for r in reference if "error" not in r]
    assert all(list(r)[0] == "id" and r["quotes"] for r in good), "every story quotes a law"
    verdicts = {q["verdict"] for r in good for q in r["quotes"]}
    assert {"verbatim", "altered", "unmatched"} <= verdicts
    assert any(q["attribution"] == "misattributed" for r in good for q in r["quotes"])
    # ids: paths relative to the folder named, JSON Lines ids; kept fields beside the report
    assert "a/story-001.md" in records and "b/c/story-000.html" in records
    wire = records["wire-005"]
    assert list(wire)[:6] == ["id", "url", "date", "desk", "source", "quotes"]
    assert wire["source"] == "https://news.example/5" and wire["desk"] == "law"
    assert records["no-text"]["title"] == "a record without its text"


def test_reference_is_in_input_order(
    reference: list[dict[str, Any]], corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(corpus)
    expected = [item.id for item in iter_items(["stories", "docs.jsonl"])]
    assert [r["id"] for r in reference] == expected


def test_two_worker_processes_give_the_same_results(
    corpus: Path, env: dict[str, str], reference: list[dict[str, Any]], tmp_path: Path
) -> None:
    out = tmp_path / "results.jsonl"
    done = _batch(corpus, out, env, "--jobs", "2", "--ordered")
    assert done.returncode == 1, done.stderr
    records = _records(out)
    assert records == reference  # --ordered: the same lines in the same order


def test_an_in_process_run_gives_the_same_results_and_leaves_the_collector_as_it_was(
    corpus: Path,
    env: dict[str, str],
    reference: list[dict[str, Any]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The library behind ``lawref batch --jobs 1`` runs in its caller's process: the garbage
    collector settings it uses for the run (lawref/batch/engines.py) are undone after it."""
    import gc

    monkeypatch.chdir(corpus)
    monkeypatch.setenv("LAWREF_CACHE_DIR", env["LAWREF_CACHE_DIR"])
    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    out = tmp_path / "results.jsonl"
    Batch(["stories", "docs.jsonl"], out, CheckerConfig(), jobs=1).run()
    assert (gc.get_threshold(), gc.get_freeze_count()) == (before, frozen)
    assert _records(out) == reference


@pytest.mark.skipif(find_spec("distributed") is None, reason="needs the dask extra")
def test_dask_local_cluster_gives_the_same_results(
    corpus: Path, env: dict[str, str], reference: list[dict[str, Any]], tmp_path: Path
) -> None:
    out = tmp_path / "results.jsonl"
    summary = tmp_path / "summary.json"
    done = _batch(corpus, out, env, "--engine", "dask", "--jobs", "2", "--summary", str(summary))
    assert done.returncode == 1, done.stderr
    assert _by_id(_records(out)) == _by_id(reference)
    facts = json.loads(summary.read_text(encoding="utf-8"))
    assert (facts["engine"], facts["documents"], facts["errors"]) == ("dask", TOTAL, 3)


# --- interrupted and resumed -------------------------------------------------------------------


def _start_and_stop(
    corpus: Path, out: Path, env: dict[str, str], sig: int, lines: int, *args: str
) -> int:
    """Start a run and send it ``sig`` once the output has ``lines`` lines; its exit status."""
    argv = [*LAWREF, "batch", "stories", "docs.jsonl", "-o", str(out), *args]
    proc = subprocess.Popen(argv, cwd=corpus, env=env, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 90
    while proc.poll() is None and time.monotonic() < deadline:
        if out.exists() and out.read_bytes().count(b"\n") >= lines:
            proc.send_signal(sig)
            break
        time.sleep(0.005)
    _out, err = proc.communicate(timeout=60)
    return proc.returncode


def _cut(out: Path, lines: int) -> None:
    """What a run stopped after ``lines`` documents would have left (when it was too quick)."""
    kept = out.read_bytes().split(b"\n")[:lines]
    out.write_bytes(b"".join(line + b"\n" for line in kept))


def _resumed(
    corpus: Path, out: Path, env: dict[str, str], before: int, *args: str
) -> dict[str, Any]:
    summary = out.with_name("summary.json")
    done = _batch(corpus, out, env, "--resume", "--summary", str(summary), *args)
    assert done.returncode == 1, done.stderr  # the broken documents, from either run
    facts = json.loads(summary.read_text(encoding="utf-8"))
    assert facts["skipped"] == before
    assert facts["documents"] == TOTAL - before  # only the rest was checked
    return facts


def test_interrupted_runs_resume_to_the_same_result(
    corpus: Path, env: dict[str, str], reference: list[dict[str, Any]], tmp_path: Path
) -> None:
    out = tmp_path / "results.jsonl"
    summary = tmp_path / "stopped.json"
    # 1. SIGTERM (worker processes): whole lines only, the summary says it was interrupted.
    status = _start_and_stop(
        corpus, out, env, signal.SIGTERM, 25, "--jobs", "2", "--summary", str(summary)
    )
    first = len(_records(out))
    if first < TOTAL:
        assert status == 143
        assert json.loads(summary.read_text(encoding="utf-8"))["interrupted"] is True
    else:  # finished before the signal arrived
        _cut(out, first := 25)
    # 2. Resumed, then SIGKILL (one process), which may leave part of a line: add one for sure.
    _start_and_stop(corpus, out, env, signal.SIGKILL, first + 40, "--resume", "--jobs", "1")
    data = out.read_bytes()
    whole = data[: data.rfind(b"\n") + 1]
    before = whole.count(b"\n")
    if before >= TOTAL:
        _cut(out, before := first + 40)
        whole = out.read_bytes()
    torn = encode_line(reference[-1]).encode()[:57]
    out.write_bytes(whole + torn)
    assert first < before < TOTAL
    # 3. Resumed to the end: the torn line is cut off, nothing is checked twice.
    facts = _resumed(corpus, out, env, before, "--jobs", "2", "--ordered")
    assert facts["truncated_bytes"] == len(torn)
    assert _by_id(_records(out)) == _by_id(reference)


def test_resume_of_a_finished_run_checks_nothing(
    corpus: Path, env: dict[str, str], reference: list[dict[str, Any]], tmp_path: Path
) -> None:
    out = tmp_path / "results.jsonl"
    out.write_bytes(b"".join(encode_line(r).encode() for r in reference))
    facts = _resumed(corpus, out, env, TOTAL, "--jobs", "1")
    assert facts["skipped_errors"] == len(BAD_IDS) and facts["quotes"] == 0
    assert _records(out) == reference


# --- inputs, records and usage (in this process) ----------------------------------------------


def test_jsonl_records(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    lines = [
        {"id": 7, "text": "a", "source": "AP", "quotes": 3},
        {"text": "no id"},
        {"id": 1.5, "text": "x"},
        ["not", "an", "object"],
    ]
    raw = "\n".join(json.dumps(x) for x in lines).encode() + b"\n\n" + b'{"id": "\xff"}\n'
    path.write_bytes(raw)
    items = list(iter_items([str(path)]))
    assert items[0] == Item(
        id="7", source=f"{path}:1", text="a", fields={"input_source": "AP", "input_quotes": 3}
    )
    assert items[1].id == f"{path}:2" and items[1].error is None
    assert "id must be a string or an integer" in (items[2].error or "")
    assert "not a JSON object" in (items[3].error or "")
    assert "not UTF-8" in (items[4].error or "") and items[4].id == f"{path}:6"


def test_folders_skip_hidden_and_other_files(tmp_path: Path) -> None:
    names = ("b.txt", "a/x.md", "a/y.html", "a/z.pdf", "a/w.docx", "a/skip.png", ".git/z.txt")
    for name in (*names, "a/.hidden.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("text", encoding="utf-8")
    ids = [item.id for item in iter_items([str(tmp_path)])]
    assert ids == ["b.txt", "a/w.docx", "a/x.md", "a/y.html", "a/z.pdf"]
    globbed = [item.id for item in iter_items([str(tmp_path / "**" / "*.md")])]
    assert globbed == [(tmp_path / "a" / "x.md").as_posix()]


def test_lines_cannot_be_split_inside_a_record() -> None:
    line = encode_line({"id": "x", "text": "a\u2028b\u2029c\x85d\ne"})
    assert line.endswith("\n") and len(line.splitlines()) == 1
    assert json.loads(line)["text"] == "a\u2028b\u2029c\x85d\ne"


def test_scan_refuses_a_damaged_middle_line(tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    out.write_text('{"id": "a", "quotes": []}\nnot json\n{"id": "b", "error": "x"}\n')
    with pytest.raises(InputError, match="line 2 is not a lawref batch record"):
        scan_results(out)
    torn = '{"id": "c", "quo'
    out.write_text('{"id": "a", "quotes": []}\n{"id": "b", "error": "x"}\n' + torn)
    previous = scan_results(out)
    assert (previous.ids, previous.errors, previous.truncated) == ({"a", "b"}, 1, len(torn))
    assert out.read_text().endswith('"x"}\n')


def test_duplicate_ids_become_error_lines(
    tmp_path: Path,
    env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("LAWREF_CACHE_DIR", env["LAWREF_CACHE_DIR"])  # warm: no index rebuild
    path = tmp_path / "in.jsonl"
    path.write_text(
        json.dumps({"id": "d", "text": "Nothing quoted here."})
        + "\n"
        + json.dumps({"id": "d", "text": "Nor here."})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert run(["batch", str(path), "-o", str(out), "--jobs", "1"]) == 1
    first, second = _records(out)
    assert first["quotes"] == [] and "duplicate id 'd'" in second["error"]
    assert "errors: 1" in capsys.readouterr().err


def test_jsonl_from_stdin(
    tmp_path: Path,
    corpus: Path,
    env: dict[str, str],
    reference: list[dict[str, Any]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LAWREF_CACHE_DIR", env["LAWREF_CACHE_DIR"])
    wire = [json.loads(line) for line in (corpus / "docs.jsonl").read_text().splitlines()[:2]]
    lines = "".join(json.dumps({"id": w["id"], "text": w["text"]}) + "\n" for w in wire)
    stdin = io.TextIOWrapper(io.BytesIO(lines.encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    out = tmp_path / "out.jsonl"
    assert run(["batch", "-", "-o", str(out), "--jobs", "1"]) == 0
    got = _records(out)
    assert [(r["id"], r["source"]) for r in got] == [
        ("wire-000", "stdin:1"),
        ("wire-001", "stdin:2"),
    ]
    expected = _by_id(reference)
    assert [r["quotes"] for r in got] == [expected[r["id"]]["quotes"] for r in got]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing-folder"], "missing-folder: no such file or folder"),
        (["nothing-*.txt"], "nothing-*.txt: the pattern matches no file"),
        (["--scheduler", "tcp://127.0.0.1:1", "."], "--scheduler works with --engine dask"),
        (["--resume", "-o", "-", "."], "--resume needs an output file"),
        (["-o", "no-such-folder/out.jsonl", "."], "cannot write there"),
    ],
)
def test_usage_errors_exit_2(
    args: list[str],
    message: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "doc.txt").write_text("text", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("kept\n", encoding="utf-8")
    argv = ["batch", *args] if "-o" in args else ["batch", *args, "-o", str(out)]
    assert run(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert out.read_text(encoding="utf-8") == "kept\n"  # an earlier output is left alone


def test_missing_dask_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "dask", None)  # import dask.distributed -> ImportError
    monkeypatch.setitem(sys.modules, "dask.distributed", None)
    (tmp_path / "doc.txt").write_text("text", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert run(["batch", str(tmp_path), "-o", str(out), "--engine", "dask"]) == 2
    err = capsys.readouterr().err.strip()
    assert err == "lawref: error: --engine dask needs the dask extra: pip install 'lawref[dask]'"
    assert not out.exists()


# --- a worker that dies --------------------------------------------------------------------


class _FragileChecker:
    """Dies (as a native crash or the OOM killer would kill it) on a document that says CRASH."""

    def check_source(self, source: SourceText) -> Document:
        if "CRASH" in source.text:
            os._exit(70)
        return Document(source=source.source, quotes=[], citations=[])


@dataclass(frozen=True)
class _FragileConfig(CheckerConfig):
    def build(self, store: Store | None = None) -> Any:
        return _FragileChecker()


def test_a_document_that_kills_its_worker_becomes_an_error_line(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    texts = [f"story {n}" for n in range(30)]
    texts[13] = "this one says CRASH"
    path.write_text(
        "".join(json.dumps({"id": f"s{n}", "text": t}) + "\n" for n, t in enumerate(texts)),
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    summary = Batch([str(path)], out, _FragileConfig(), jobs=2, ordered=True).run()
    records = _records(out)
    assert [r["id"] for r in records] == [f"s{n}" for n in range(30)]
    assert [r["id"] for r in records if "error" in r] == ["s13"]
    assert "worker process died" in records[13]["error"]
    assert (summary.documents, summary.errors) == (30, 1)
