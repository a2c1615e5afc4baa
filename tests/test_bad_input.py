"""Issue 9, the bad-input matrix: every command that reads input, fed what scrapers and users
produce. Each case either works (a decodable text: exit 0 or 1, and the content read correctly)
or is refused with one line ``lawref: error: …`` naming the file and exit 2 — never a traceback,
never an internal error (exit 3).

Two commands report refusals their own documented way: ``validate`` prints one problem line per
file (naming it) and exits 1; ``batch`` writes an error record for a document it cannot read
(naming it) and exits 1. The unreadable-file case runs in a subprocess; under root that process
is stripped of its capabilities first (chmod 000 does not stop root from reading).

The 50 MiB case: ``check`` reads, decodes and scans all of it for quotations and citations, with
``--no-reuse`` (the unquoted-reuse scan costs about 1 µs a character: some 50 s on 50 MiB, linear
but too slow for the normal run); ``batch`` runs it into its ``--max-size`` guard instead;
import/add/validate/show refuse it by their default size limits, before reading it.
"""

from __future__ import annotations

import ctypes
import errno
import io
import json
import os
import shutil
import struct
import subprocess
import sys
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from lawref.cli import run
from lawref.store.files import read_statute_file
from lawref.store.load import load_store
from lawref.store.schema import Statute
from lawref.store.write import dump_statute

NIL = "cn-national-intelligence-law"
HUGE_BYTES = 50 * 1024 * 1024
LINE_BYTES = 1024 * 1024
KINDS = (
    "missing",
    "folder",
    "empty",
    "whitespace",
    "png",
    "zip",
    "utf16_bom",
    "utf16_nobom",
    "gb18030",
    "latin1",
    "bad_utf8",
    "huge",
    "long_line",
    "nul",
)
COMMANDS = ("check", "cites", "batch", "import", "add", "validate", "show")
# What works; every other (command, kind) must be refused. Statute text (import, add) is data of
# record, so only encodings the bytes declare (UTF-8, a BOM) are read; store files are UTF-8.
WORKS = {
    "check": {"utf16_bom", "utf16_nobom", "gb18030", "latin1", "huge", "long_line"},
    "cites": {"utf16_bom", "utf16_nobom", "gb18030", "latin1", "huge", "long_line"},
    "batch": {"folder", "utf16_bom", "utf16_nobom", "gb18030", "latin1", "long_line"},
    "import": {"folder", "utf16_bom", "long_line"},
    "add": {"utf16_bom", "long_line"},
    "validate": {"folder", "long_line"},
    "show": {"folder", "long_line"},
}
# What a refusal must say (any one of these, case-insensitive), besides the file's name.
REASONS = {
    "missing": ("no such file",),
    "folder": ("folder",),
    "empty": ("empty",),
    "whitespace": ("empty",),
    "png": ("png", "binary"),
    "zip": ("zip", "binary"),
    "utf16_bom": ("utf-16",),
    "utf16_nobom": ("utf-16", "binary"),
    "gb18030": ("utf-8",),
    "latin1": ("utf-8",),
    "bad_utf8": ("utf-8",),
    "huge": ("size limit", "larger than"),
    "long_line": (),
    "nul": ("nul",),
    "unreadable": ("permission denied",),
}


# --- the texts ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Texts:
    """Real content for each command family, in a Chinese and a Latin-1-encodable variant."""

    art7: str  # NIL Art. 7, first paragraph (the original)
    art7_en: str  # its China Law Translate rendering, as stored
    article_zh: str  # a news story quoting and citing Art. 7
    article_en: str
    law_zh: str  # a whole (tiny) law for import
    law_en: str
    addition_zh: str  # an article's text for add
    addition_en: str
    statute_zh: str  # a statute file for validate/show
    statute_en: str
    filler: str  # a paragraph that quotes and cites nothing


def _texts() -> Texts:
    store = load_store()
    nil = store.resolve(NIL)
    article = nil.article("7")
    assert article is not None
    art7 = article.text.split("\n\n")[0]
    art7_en = next(t.text for t in article.translations if t.publisher.startswith("China Law"))
    template = Statute.model_validate(
        {
            "id": "cn-matrix-law",
            "jurisdiction": "CN",
            "language": "zh",
            "title": {"zh": "中华人民共和国矩阵测试法", "en": "Matrix Test Law"},
            "versions": [{"id": "2020", "adopted": "2020-05-01"}],
            "source": {"source": "test", "path": "matrix.txt"},
            "articles": [{"number": "1", "text": "为了测试，制定本法。"}],
        }
    )
    english = template.model_copy(
        update={
            "language": "en",
            "title": {"en": "Café Regulation"},
            "articles": [template.articles[0].model_copy(update={"text": "The café opens."})],
        }
    )
    return Texts(
        art7=art7,
        art7_en=art7_en,
        article_zh=f"新华社北京电 据报道，《国家情报法》第七条规定：“{art7}”\n\n专家表示，这一条款引发关注。\n",
        article_en=(
            f"Naïve readers of Article 7 of the National Intelligence Law should note that it "
            f'says "{art7_en}" Critics in Zürich disagreed.\n'
        ),
        law_zh=(
            "中华人民共和国矩阵测试法\n\n2020年5月1日 第十三届全国人民代表大会常务委员会会议通过\n\n"
            "第一条 为了测试，制定本法。\n\n第二条 国家保护测试。\n"
        ),
        law_en="Café Regulation\n\nArticle 1 The café opens at noon.\n\nArticle 2 Crème is served.\n",
        addition_zh="新增的测试条文，用于检验读取。\n",
        addition_en="Le café est ouvert à midi.\n",
        statute_zh=dump_statute(template),
        statute_en=dump_statute(Statute.model_validate(english.model_dump())),
        filler="官员们周二开会讨论来年的预算，会议直到深夜才结束，没有作出任何决定。\n\n",
    )


@pytest.fixture(scope="session")
def texts() -> Texts:
    return _texts()


def _png() -> bytes:
    """A real 1x4 RGB PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 1, 4, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00" * 4)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def _zip(text: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("article.txt", text)
    return buffer.getvalue()


LONG_TEXT = "为了测试，制定本法。" * (LINE_BYTES // 30)  # 1 MiB of statute-like text


def _one_line(family: str, t: Texts) -> str:
    """About 1 MiB on a single line, holding what the family's command must find."""
    if family == "article":
        opening = f'Article 7 of the National Intelligence Law says "{t.art7_en}" '
        filler = "Officials met on Tuesday and no decision was reached. "
        return opening + filler * (LINE_BYTES // len(filler)) + "\n"
    if family == "law":
        return "第一条 " + LONG_TEXT + "\n"
    if family == "addition":
        return LONG_TEXT + "\n"
    data = yaml.safe_load(t.statute_zh)
    data["articles"][0]["text"] = LONG_TEXT
    return json.dumps(data, ensure_ascii=False, default=str) + "\n"  # JSON: one-line YAML


def content(family: str, kind: str, t: Texts) -> bytes | None:
    """The bytes of a ``kind`` input for a command of ``family`` (None: no file at all)."""
    zh = {"article": t.article_zh, "law": t.law_zh, "addition": t.addition_zh}.get(
        family, t.statute_zh
    )
    en = {"article": t.article_en, "law": t.law_en, "addition": t.addition_en}.get(
        family, t.statute_en
    )
    if kind == "empty":
        return b""
    if kind == "whitespace":
        return b"  \n\t \n\r\n   \n"
    if kind == "png":
        return _png()
    if kind == "zip":
        return _zip(zh)
    if kind == "utf16_bom":
        return zh.encode("utf-16")
    if kind == "utf16_nobom":
        return zh.encode("utf-16-le")
    if kind == "gb18030":
        return zh.encode("gb18030")
    if kind == "latin1":
        return en.encode("latin-1")
    if kind == "bad_utf8":
        raw = zh.encode("utf-8")
        middle = raw.index("。".encode())  # between two characters, not inside one
        return raw[:middle] + b"\xff\xfe" + raw[middle:]
    if kind == "nul":
        raw = zh.encode("utf-8")
        middle = raw.index("。".encode())
        return raw[:middle] + b"\x00\x00\x00" + raw[middle:]
    if kind == "long_line":
        return _one_line(family, t).encode("utf-8")
    raise AssertionError(kind)


@pytest.fixture(scope="session")
def huge_file(tmp_path_factory: pytest.TempPathFactory, texts: Texts) -> Path:
    """50 MiB of news-like Chinese prose that quotes nothing, then the story quoting Art. 7: the
    quotation can only be found by reading to the very end. Made once per session."""
    path = tmp_path_factory.mktemp("huge") / "huge.txt"
    tail = texts.article_zh.encode("utf-8")
    paragraph = texts.filler.encode("utf-8")
    count = (HUGE_BYTES - len(tail)) // len(paragraph) + 1
    with path.open("wb") as handle:
        block = paragraph * 4096
        for _ in range(count // 4096):
            handle.write(block)
        handle.write(paragraph * (count % 4096))
        handle.write(tail)
    assert path.stat().st_size >= HUGE_BYTES
    return path


# --- running commands --------------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


def lawref(capsys: pytest.CaptureFixture[str], *argv: str) -> Result:
    code = run(list(argv))
    out, err = capsys.readouterr()
    return Result(code, out, err)


@pytest.fixture(scope="session")
def template_store(tmp_path_factory: pytest.TempPathFactory, texts: Texts) -> Path:
    """A store holding cn-test-law (for add), made by a real import."""
    folder = tmp_path_factory.mktemp("template") / "store"
    law = folder.parent / "law.txt"
    law.write_text(texts.law_zh.replace("矩阵测试法", "测试法"), encoding="utf-8")
    code = run(["import", str(law), *_import_meta("cn-test-law"), "--store", str(folder)])
    assert code == 0
    return folder


def _import_meta(statute_id: str) -> list[str]:
    return [
        "--id",
        statute_id,
        "--title",
        "Matrix Test Law",
        "--title-original",
        "中华人民共和国矩阵测试法",
        "--jurisdiction",
        "CN",
        "--version",
        "2020",
        "--source",
        "test",
        "--source-path",
        "matrix.txt",
    ]


@dataclass
class Setup:
    """A command line for one input, and what lies around it."""

    argv: list[str]
    shown: Path  # the file the messages must name
    store: Path | None = None  # a store folder the command may write to
    output: Path | None = None  # batch's JSON Lines output


FAMILY = {
    "check": "article",
    "cites": "article",
    "batch": "article",
    "import": "law",
    "add": "addition",
    "validate": "statute",
    "show": "statute",
}


def setup(command: str, path: Path, work: Path, template: Path, kind: str) -> Setup:
    """``path`` is the input (it may be missing or a folder); ``work`` a folder for the rest."""
    if command == "check":
        extra = ["--no-reuse"] if kind == "huge" else []  # see the module's docstring
        return Setup(["check", str(path), "--format", "json", *extra], path)
    if command == "cites":
        return Setup(["cites", str(path), "--format", "json"], path)
    if command == "batch":
        output = work / "out.jsonl"
        limit = ["--max-size", "10"] if kind == "huge" else []
        return Setup(["batch", str(path), "-o", str(output), "-j", "1", *limit], path, None, output)
    store = work / "store"
    if command == "import":
        return Setup(
            ["import", str(path), *_import_meta("cn-matrix-law"), "--store", str(store)],
            path,
            store,
        )
    if command == "add":
        shutil.copytree(template, store)
        return Setup(["add", "cn-test-law", "99", str(path), "--store", str(store)], path, store)
    if command == "validate":
        return Setup(["validate", str(path)], path)
    # show: the input is a file of a store folder (or, when missing, the store folder itself).
    target = "cn-matrix-law" if kind == "long_line" else NIL
    number = "1" if kind == "long_line" else "7"
    if kind == "missing":
        return Setup(["show", NIL, "7", "--format", "json", "--store", str(path)], path)
    store = work / "show-store"
    store.mkdir()
    inside = store / "x.yaml"
    if path.is_dir():
        inside.mkdir()
    elif path.exists():
        os.link(path, inside)  # the 50 MiB file is not copied
    return Setup(["show", target, number, "--format", "json", "--store", str(store)], inside)


def make_input(work: Path, kind: str, family: str, texts: Texts, huge: Path) -> Path:
    path = work / f"input-{kind}.txt"
    if kind == "missing":
        return path
    if kind == "folder":
        path.mkdir()
        return path
    if kind == "huge":
        os.link(huge, path)
        return path
    data = content(family, kind, texts)
    assert data is not None
    path.write_bytes(data)
    return path


def snapshot(folder: Path | None) -> dict[str, bytes]:
    if folder is None or not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def assert_refused(
    command: str, kind: str, result: Result, s: Setup, reasons: tuple[str, ...]
) -> None:
    """One line naming the file, in the command's documented form."""
    assert "Traceback" not in result.err + result.out
    assert "internal error" not in result.err
    if command == "validate":
        assert result.code == 1, result
        problems = result.out.splitlines()
        assert len(problems) == 1 and s.shown.name in problems[0], result
        message = problems[0]
        assert result.err == "0 statutes, 0 articles: 1 problem\n"
    elif command == "batch" and kind != "missing":
        assert result.code == 1, result
        assert s.output is not None
        records = [json.loads(line) for line in s.output.read_text(encoding="utf-8").splitlines()]
        assert len(records) == 1 and "quotes" not in records[0], records
        message = records[0]["error"]
        assert s.shown.name in message
    else:
        assert result.code == 2, result
        assert result.err.count("\n") == 1 and result.err.startswith("lawref: error: "), result
        assert s.shown.name in result.err, result
        assert result.out == "", result
        message = result.err
    if reasons:  # said in words, not just in the file's name ("input-empty.txt")
        said = message.replace(str(s.shown.resolve()), "").replace(str(s.shown), "")
        assert any(r in said.lower() for r in reasons), (message, reasons)


def _check_found(document: dict, quoted: str) -> None:  # type: ignore[type-arg]
    matched = [q for q in document["quotes"] if q["match"] and q["match"]["statute"] == NIL]
    assert matched and matched[0]["match"]["article"] == "7", document["quotes"]
    assert matched[0]["verdict"] == "verbatim" and matched[0]["text"] == quoted


def assert_worked(command: str, kind: str, result: Result, s: Setup, texts: Texts) -> None:
    """Exit 0 (or 1 for check's findings), and the content was read as written."""
    assert "Traceback" not in result.err + result.out
    assert "internal error" not in result.err and "lawref: error" not in result.err, result
    assert result.code in ((0, 1) if command == "check" else (0,)), result
    english = kind in ("latin1", "long_line")
    quoted = texts.art7_en if english else texts.art7
    if command == "check":
        (document,) = json.loads(result.out)["documents"]
        _check_found(document, quoted)
        if kind == "huge":  # found at the very end: the whole file was read
            assert document["quotes"][-1]["start"] > HUGE_BYTES // 3
    elif command == "cites":
        (document,) = json.loads(result.out)["documents"]
        assert [(c["statute"], c["article"]) for c in document["citations"]] == [(NIL, "7")]
    elif command == "batch":
        assert s.output is not None
        lines = s.output.read_text(encoding="utf-8").splitlines()
        if kind == "folder":
            assert lines == []
        else:
            (record,) = [json.loads(line) for line in lines]
            _check_found(record, quoted)
    elif command == "import":
        assert s.store is not None
        if kind == "folder":
            assert "imported 0 statutes" in result.out and snapshot(s.store) == {}
            return
        statute, problems = read_statute_file(s.store / "cn" / "matrix-law.yaml")
        assert problems == [] and statute is not None
        expected = "为了测试，制定本法。" if kind != "long_line" else LONG_TEXT
        assert statute.article("1").text == expected  # type: ignore[union-attr]
    elif command == "add":
        assert s.store is not None
        statute, problems = read_statute_file(s.store / "cn" / "test-law.yaml")
        assert problems == [] and statute is not None
        expected = texts.addition_zh.strip("\n") if kind != "long_line" else LONG_TEXT
        assert statute.article("99").text == expected  # type: ignore[union-attr]
    elif command == "validate":
        summary = "0 statutes, 0 articles" if kind == "folder" else "1 statute, 1 article"
        assert result.out.endswith(f"{summary}: ok\n"), result
    else:
        record = json.loads(result.out)
        if kind == "folder":  # the folder named like a statute file is not one: ignored
            assert record["statute"] == NIL and record["text"].startswith(texts.art7)
        else:
            assert record["statute"] == "cn-matrix-law" and record["text"] == LONG_TEXT


# --- the matrix --------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("command", COMMANDS)
def test_bad_input_matrix(
    command: str,
    kind: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    texts: Texts,
    huge_file: Path,
    template_store: Path,
) -> None:
    path = make_input(tmp_path, kind, FAMILY[command], texts, huge_file)
    s = setup(command, path, tmp_path, template_store, kind)
    before = snapshot(s.store)
    result = lawref(capsys, *s.argv)
    if kind in WORKS[command]:
        assert_worked(command, kind, result, s, texts)
    else:
        assert_refused(command, kind, result, s, REASONS[kind])
        if command in ("import", "add"):
            assert snapshot(s.store) == before  # a refused input writes nothing


# --- an unreadable file ------------------------------------------------------------------------


def _drop_capabilities() -> None:
    """In the child before exec: empty the capability bounding set, so that the root process
    exec'd next has no capabilities left: no CAP_DAC_OVERRIDE, file modes apply to it as to
    anyone. (Switching to ``nobody`` would not do: the interpreter may live under /root.)"""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in range(64):
        if libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            if ctypes.get_errno() == errno.EINVAL:  # past the last capability this kernel has
                return
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


_PR_CAPBSET_DROP = 24


def _unprivileged() -> dict[str, object]:
    """subprocess arguments under which chmod 000 keeps the process out."""
    if os.geteuid() != 0:
        return {}
    if not sys.platform.startswith("linux"):
        pytest.skip("running as root and capabilities can be dropped only on Linux")
    return {"preexec_fn": _drop_capabilities}


@pytest.mark.parametrize("command", COMMANDS)
def test_an_unreadable_file_is_one_line_naming_it(
    command: str, tmp_path: Path, texts: Texts, template_store: Path
) -> None:
    privileges = _unprivileged()
    family = FAMILY[command]
    path = tmp_path / "secret.txt"
    path.write_bytes(
        texts.article_zh.encode() if family == "article" else texts.statute_zh.encode()
    )
    s = setup(command, path, tmp_path, template_store, "unreadable")
    s.shown.chmod(0)
    if not privileges and os.access(s.shown, os.R_OK):
        pytest.skip("this user can read a file with mode 000 (a capability): nothing to test")
    before = snapshot(s.store)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "LANG": "C.UTF-8",
        "PYTHONIOENCODING": "utf-8",
        "LAWREF_CACHE_DIR": os.environ["LAWREF_CACHE_DIR"],  # the tests' cache, not the user's
        # this checkout's lawref, whatever else is installed
        "PYTHONPATH": str(Path(__file__).resolve().parents[1]),
    }
    code = "import sys; from lawref.cli import run; sys.exit(run(sys.argv[1:]))"
    done = subprocess.run(
        [sys.executable, "-c", code, *s.argv],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        **privileges,  # type: ignore[arg-type]
    )
    result = Result(done.returncode, done.stdout, done.stderr)
    assert_refused(command, "unreadable", result, s, REASONS["unreadable"])
    s.shown.chmod(0o644)
    assert snapshot(s.store) == before


# --- size limits, names, odd documents ---------------------------------------------------------


@pytest.mark.parametrize("command", ["check", "cites", "batch", "batch-jsonl", "import", "add"])
def test_max_size_refuses_before_the_work(
    command: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    texts: Texts,
    template_store: Path,
) -> None:
    """--max-size 1 (MiB) refuses a 2 MiB input with a message naming the file and the limit."""
    family = FAMILY[command.split("-")[0]]
    body = texts.filler * (2 * 1024 * 1024 // len(texts.filler.encode()) + 1)
    if family == "law":
        body = texts.law_zh + body
    if command == "batch-jsonl":
        path = tmp_path / "corpus.jsonl"
        path.write_text(json.dumps({"id": "big", "text": body}, ensure_ascii=False) + "\n")
    else:
        path = tmp_path / "big.txt"
        path.write_text(body, encoding="utf-8")
    assert path.stat().st_size > 2 * 1024 * 1024
    s = setup(command.split("-")[0], path, tmp_path, template_store, "big")
    result = lawref(capsys, *s.argv, "--max-size", "1")
    assert_refused(command.split("-")[0], "big", result, s, ("size limit",))
    assert "--max-size" in result.err or command.startswith("batch")


def test_a_broken_index_of_a_folder_import_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, texts: Texts
) -> None:
    folder = tmp_path / "laws"
    folder.mkdir()
    (folder / "law.txt").write_text(texts.law_zh, encoding="utf-8")
    (folder / "INDEX.tsv").write_bytes("path\ttitle\nlaw.txt\tCafé\n".encode("latin-1"))
    store = tmp_path / "store"
    result = lawref(capsys, "import", str(folder), "--store", str(store))
    assert result.code == 2 and result.err.count("\n") == 1, result
    assert result.err.startswith(f"lawref: error: {folder / 'INDEX.tsv'}: not UTF-8")
    assert not store.exists()


@pytest.mark.parametrize("command", ["check", "cites", "import", "add", "validate"])
def test_control_characters_in_a_file_name_stay_on_one_line(
    command: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, template_store: Path
) -> None:
    """A name with a newline and an ESC sequence: the message is still one line, and the
    terminal gets no escape sequence."""
    path = tmp_path / "evil\n\x1b[2Jname.txt"
    s = setup(command, path, tmp_path, template_store, "missing")
    result = lawref(capsys, *s.argv)
    printed = result.out if command == "validate" else result.err
    assert "\x1b" not in printed and "\\x1b[2Jname.txt" in printed, result
    assert printed.count("\n") == 1, result


def test_json_lines_with_lone_surrogates_are_checked(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, texts: Texts
) -> None:
    """JSON may escape a lone surrogate into an id, a field or the text; no UTF-8 carries one.
    The document is checked (offsets as in the JSON text) and the output reads back the id."""
    story = f"\ud800《国家情报法》第七条规定：“{texts.art7}”"
    corpus = tmp_path / "corpus.jsonl"
    line = json.dumps({"id": "doc-\udc80", "title": "\udfff", "text": story})
    corpus.write_text(line + "\n", encoding="ascii")  # json.dumps escapes them: \\ud800
    output, summary = tmp_path / "out.jsonl", tmp_path / "summary.json"
    result = lawref(
        capsys, "batch", str(corpus), "-o", str(output), "-j", "1", "--summary", str(summary)
    )
    assert result.code == 0, result
    (record,) = [json.loads(x) for x in output.read_text(encoding="utf-8").splitlines()]
    assert record["id"] == "doc-\udc80" and record["title"] == "\udfff"
    quote = record["quotes"][0]
    assert story[quote["start"] : quote["end"]] == quote["text"] == texts.art7
    assert json.loads(summary.read_text(encoding="utf-8"))["documents"] == 1


@pytest.mark.parametrize("command", ["check", "check-json", "cites", "batch", "batch-summary"])
def test_an_output_that_cannot_be_written_is_one_line(
    command: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, texts: Texts
) -> None:
    article = tmp_path / "article.txt"
    article.write_text(texts.article_zh, encoding="utf-8")
    nowhere = tmp_path / "no-such-folder" / "report"
    argv = {
        "check": ["check", str(article), "-o", str(nowhere)],
        "check-json": ["check", str(article), "--format", "json", "-o", str(nowhere)],
        "cites": ["cites", str(article), "-o", str(nowhere)],
        "batch": ["batch", str(article), "-j", "1", "-o", str(nowhere)],
        "batch-summary": [
            "batch",
            str(article),
            "-j",
            "1",
            "-o",
            str(tmp_path / "out.jsonl"),
            "--summary",
            str(nowhere),
        ],
    }[command]
    result = lawref(capsys, *argv)
    assert result.code == 2, result
    error = result.err.splitlines()[-1]  # batch prints its summary first
    assert error.startswith(f"lawref: error: {nowhere}: cannot write"), result
    assert "internal error" not in result.err and "Traceback" not in result.err
