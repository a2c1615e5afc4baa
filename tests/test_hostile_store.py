"""Issue 9, hostile store files: a store is shared between people, so a statute file is data from
someone else. Whatever it holds — alias bombs, absurd nesting, python tags, 100 MB, links out of
the store, escape sequences — it is refused with a clear message naming it (or shown inert), no
code runs, and nothing is written outside the store folder.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from lawref.cli import run
from lawref.store.files import MAX_STORE_FILE_BYTES, MAX_YAML_DEPTH, read_statute_file
from lawref.store.schema import Statute
from lawref.store.write import dump_statute

GOOD = Statute.model_validate(
    {
        "id": "cn-test-law",
        "jurisdiction": "CN",
        "language": "zh",
        "title": {"zh": "中华人民共和国测试法", "en": "Test Law"},
        "aliases": ["测试法"],
        "versions": [{"id": "2014", "adopted": "2014-11-01"}],
        "source": {"source": "test", "path": "t.md"},
        "articles": [
            {"number": "1", "text": "为了测试，制定本法。"},
            {"number": "2", "text": "国家保护测试。\n\n任何组织不得妨碍测试。"},
        ],
    }
)
GOOD_TEXT = dump_statute(GOOD)
# Hostile files start from a valid statute of their own (not cn-test-law, which stays editable).
EVIL_TEXT = (
    GOOD_TEXT.replace("cn-test-law", "cn-evil-law")
    .replace("测试法", "邪恶法")
    .replace("Test Law", "Evil Law")
)
NIL = "cn-national-intelligence-law"


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def tree(folder: Path) -> dict[str, object]:
    """Everything under ``folder``: file bytes, link targets, folders (to prove nothing moved)."""
    found: dict[str, object] = {}
    for path in sorted(folder.rglob("*")):
        key = str(path.relative_to(folder))
        if path.is_symlink():
            found[key] = ("link", os.readlink(path))
        elif path.is_dir():
            found[key] = "folder"
        else:
            found[key] = path.read_bytes()
    return found


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    (folder / "cn").mkdir(parents=True)
    (folder / "cn" / "test-law.yaml").write_text(GOOD_TEXT, encoding="utf-8")
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "keep.txt").write_text("not the store's\n", encoding="utf-8")
    return folder


def assert_one_line_naming(err: str, name: str, *reasons: str) -> None:
    assert err.count("\n") == 1 and err.startswith("lawref: error: "), err
    assert name in err, err
    assert all(r in err for r in reasons), (err, reasons)
    assert "Traceback" not in err and "internal error" not in err


# --- hostile YAML --------------------------------------------------------------------------------

_LAUGHS = "\n".join(
    [
        'lol0: &lol0 "lol"',
        *(f"lol{i}: &lol{i} [{', '.join([f'*lol{i - 1}'] * 10)}]" for i in range(1, 10)),
    ]
)
_MARKER = "PWNED-BY-YAML"
HOSTILE = {
    # name: (file text, what the problem says)
    "billion laughs": (EVIL_TEXT + _LAUGHS + "\n", "anchors and aliases are not allowed"),
    "laughs in a title": (
        EVIL_TEXT.replace("  en: Evil Law", '  en: &t "Evil Law"\nnote: *t'),
        "anchors and aliases are not allowed",
    ),
    "merge key alias": (
        EVIL_TEXT.replace("source:\n", "source: &s\n", 1) + "kind: {<<: *s}\n",
        "anchors and aliases are not allowed",
    ),
    "an anchor alone": (EVIL_TEXT.replace("versions:\n", "versions: &v\n"), "anchors"),
    "deep flow sequence": (
        EVIL_TEXT + "note: " + "[" * 100_000 + "]" * 100_000 + "\n",
        "nest",  # libyaml's own limit (1000) or ours (MAX_YAML_DEPTH)
    ),
    "deep flow mapping": (
        EVIL_TEXT + "note: " + "{a: " * 20_000 + "x" + "}" * 20_000 + "\n",
        f"nested deeper than {MAX_YAML_DEPTH} levels",
    ),
    "deep block nesting": (
        EVIL_TEXT + "note:\n" + "".join("  " * i + "- \n" for i in range(1, 200)),
        f"nested deeper than {MAX_YAML_DEPTH} levels",
    ),
    "python object/apply": (
        EVIL_TEXT.replace(
            "  en: Evil Law", f"  en: !!python/object/apply:os.system ['touch {_MARKER}']"
        ),
        "tag not allowed",
    ),
    "python object/new": (
        EVIL_TEXT + f"note: !!python/object/new:subprocess.Popen [['touch', '{_MARKER}']]\n",
        "tag not allowed",
    ),
    "python name": (EVIL_TEXT + "note: !!python/name:os.system\n", "tag not allowed"),
    "python module": (EVIL_TEXT + "note: !!python/module:os\n", "tag not allowed"),
    "verbatim python tag": (
        EVIL_TEXT
        + f"note: !<tag:yaml.org,2002:python/object/apply:os.system> ['touch {_MARKER}']\n",
        "tag not allowed",
    ),
    "python tag deep in an article": (
        EVIL_TEXT.replace(
            "  text: 为了测试，制定本法。",
            f"  text: !!python/object/apply:os.system ['touch {_MARKER}']",
        ),
        "tag not allowed",
    ),
    "local tag": (EVIL_TEXT + "note: !evil value\n", "tag not allowed"),
    "a hostile id": (EVIL_TEXT.replace("id: cn-evil-law", "id: ../../x"), "id"),
    "an id with NUL": (EVIL_TEXT.replace("id: cn-evil-law", 'id: "cn-evil\\0law"'), "id"),
    "an article number out of the folder": (
        EVIL_TEXT.replace("number: '1'", "number: ../../etc/passwd"),
        "number",
    ),
    "not a mapping": ("- just\n- a list\n", "must be a YAML mapping"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_statute_files_are_refused_and_run_nothing(
    name: str,
    capsys: pytest.CaptureFixture[str],
    store: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text, reason = HOSTILE[name]
    monkeypatch.chdir(tmp_path)  # where a `touch` would land
    evil = store / "cn" / "evil.yaml"
    evil.write_text(text, encoding="utf-8")
    article = tmp_path / "outside" / "article.txt"
    article.write_text("《国家情报法》第七条规定了组织和公民的义务。\n", encoding="utf-8")
    before = tree(tmp_path)

    code, out, err = cli(capsys, "validate", str(store))
    assert code == 1
    problems = [line for line in out.splitlines() if "evil.yaml" in line]
    assert len(problems) == 1 and reason in problems[0], out
    assert err.endswith(": 1 problem\n")

    for argv in (
        ("show", NIL, "7", "--store", str(store)),
        ("list", "--store", str(store)),
        ("cites", str(article), "--store", str(store)),
        ("check", str(article), "--store", str(store)),
    ):
        code, out, err = cli(capsys, *argv)
        assert code == 2 and out == ""
        assert_one_line_naming(err, "evil.yaml", reason)

    # An edit of another statute in that store reads only its own file: it goes through.
    code, _, err = cli(
        capsys, "add", "cn-test-law", "3", "--text", "第三条。", "--store", str(store)
    )
    assert code == 0, err
    assert read_statute_file(store / "cn" / "test-law.yaml")[0].article("3") is not None  # type: ignore[union-attr]
    assert not list(tmp_path.rglob(f"*{_MARKER}*"))  # no code ran
    after = tree(tmp_path)
    assert {k: v for k, v in after.items() if not k.endswith("test-law.yaml")} == {
        k: v for k, v in before.items() if not k.endswith("test-law.yaml")
    }


def test_a_100_mb_statute_file_is_refused_by_its_size_unread(
    capsys: pytest.CaptureFixture[str], store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sparse 100 MB file (made in no time): its size alone refuses it, before any read."""
    big = store / "cn" / "big.yaml"
    with big.open("wb") as handle:
        handle.write(b"id: cn-big-law\narticles:\n- number: '1'\n  text: ")
        handle.truncate(100 * 1024 * 1024)
    assert big.stat().st_size > MAX_STORE_FILE_BYTES
    opened: list[str] = []
    real_open = Path.open
    real_read_bytes = Path.read_bytes

    def spy_open(self: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(self.name)
        return real_open(self, *args, **kwargs)

    def spy_read_bytes(self: Path) -> bytes:
        opened.append(self.name)
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "open", spy_open)
    monkeypatch.setattr(Path, "read_bytes", spy_read_bytes)

    code, out, _ = cli(capsys, "validate", str(store))
    assert code == 1 and f"big.yaml: file is larger than {MAX_STORE_FILE_BYTES >> 20} MiB" in out
    code, _, err = cli(capsys, "show", "cn-test-law", "1", "--store", str(store))
    assert code == 2
    assert_one_line_naming(err, "big.yaml", "larger than")
    code, _, err = cli(capsys, "add", "cn-big-law", "2", "--text", "新。", "--store", str(store))
    assert code == 2 and "no statute 'cn-big-law'" in err, err
    code, _, err = cli(capsys, "add", "cn-test-law", "3", "--text", "新。", "--store", str(store))
    assert code == 0, err
    assert "big.yaml" not in opened


# --- writing outside the store -----------------------------------------------------------------

_NEW = [
    "--new",
    "--text",
    "为了测试，制定本法。",
    "--version",
    "2020",
    "--source",
    "test",
    "--source-path",
    "t.md",
    "--title",
    "T",
    "--title-original",
    "测试法",
]
BAD_IDS = [
    "../../x",
    "../outside/keep",
    "ABSOLUTE",  # replaced by an absolute path in the test's own folder
    "cn\\..\\..\\x",
    "cn-a\0b",
    "cn-law\n",
    "..",
    "cn/law",
    "CN-LAW",
]
BAD_JURISDICTIONS = ["../..", "/", "CN/../..", "C\\N", "CN\0", "CN\n", ".."]
BAD_NUMBERS = ["../../x", "/etc/passwd", "a\\b", "7\0", "..", "7/../../x", "-7", "7\n"]


@pytest.mark.parametrize("bad", BAD_IDS)
def test_ids_that_would_leave_the_store_are_refused(
    bad: str, capsys: pytest.CaptureFixture[str], store: Path, tmp_path: Path
) -> None:
    if bad == "ABSOLUTE":
        bad = str(tmp_path / "outside" / "escaped")
    law = tmp_path / "outside" / "law.txt"
    law.write_text("测试法\n\n第一条 为了测试，制定本法。\n", encoding="utf-8")
    before = tree(tmp_path)
    for argv in (
        ("add", bad, "1", *_NEW, "--store", str(store)),
        (
            "import",
            str(law),
            "--id",
            bad,
            "--title",
            "T",
            "--version",
            "2020",
            "--source",
            "test",
            "--source-path",
            "t.md",
            "--store",
            str(store),
        ),
    ):
        code, out, err = cli(capsys, *argv)
        assert code == 2, (argv, out, err)
        assert err.count("\n") == 1 and err.startswith("lawref: error: "), err
        assert "internal error" not in err
    assert tree(tmp_path) == before  # no escaped.yaml beside the store, nothing in it


@pytest.mark.parametrize("bad", BAD_JURISDICTIONS)
def test_jurisdictions_that_would_leave_the_store_are_refused(
    bad: str, capsys: pytest.CaptureFixture[str], store: Path, tmp_path: Path
) -> None:
    before = tree(tmp_path)
    code, _, err = cli(
        capsys, "add", "cn-other-law", "1", *_NEW, "--jurisdiction", bad, "--store", str(store)
    )
    assert code == 2
    assert err.count("\n") == 1 and "jurisdiction" in err, err
    assert tree(tmp_path) == before


@pytest.mark.parametrize("bad", BAD_NUMBERS)
def test_article_numbers_are_data_never_paths(
    bad: str, capsys: pytest.CaptureFixture[str], store: Path, tmp_path: Path
) -> None:
    before = tree(tmp_path)
    code, _, err = cli(
        capsys, "add", "cn-test-law", "--text", "新。", "--store", str(store), "--", bad
    )
    assert code == 2
    assert err.count("\n") == 1 and "number" in err, err
    assert tree(tmp_path) == before


# --- links ---------------------------------------------------------------------------------------


def _law_v2(tmp_path: Path) -> Path:
    path = tmp_path / "v2.txt"
    path.write_text(
        "中华人民共和国测试法\n\n2014年11月1日 通过\n\n2023年4月26日 修订\n\n"
        "第一条 为了测试，制定本法。\n\n第二条 国家保护测试。\n",
        encoding="utf-8",
    )
    return path


def test_a_statute_file_linked_from_outside_is_refused(
    capsys: pytest.CaptureFixture[str], store: Path, tmp_path: Path
) -> None:
    real = tmp_path / "outside" / "real.yaml"
    link = store / "cn" / "test-law.yaml"
    real.write_text(GOOD_TEXT, encoding="utf-8")
    link.unlink()
    link.symlink_to(real)
    before = tree(tmp_path)

    code, out, _ = cli(capsys, "validate", str(store))
    assert code == 1 and f"{link}: a symbolic link (to {real})" in out
    code, _, err = cli(capsys, "show", "cn-test-law", "--store", str(store))
    assert code == 2
    assert_one_line_naming(err, str(link), "symbolic link")
    code, _, err = cli(capsys, "add", "cn-test-law", "3", "--text", "新。", "--store", str(store))
    assert code == 2 and "symbolic link" in err, err
    code, _, err = cli(
        capsys, "import", str(_law_v2(tmp_path)), "--id", "cn-test-law", "--store", str(store)
    )
    assert code == 2 and f"{link}: outside the store folder" in err, err
    (tmp_path / "v2.txt").unlink()
    assert tree(tmp_path) == before  # the file outside is untouched, the link still a link


def test_a_linked_sub_folder_is_refused_and_never_written_through(
    capsys: pytest.CaptureFixture[str], store: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "outside" / "cn"
    (store / "cn").rename(elsewhere)
    (store / "cn").symlink_to(elsewhere, target_is_directory=True)
    before = tree(tmp_path)

    code, out, _ = cli(capsys, "validate", str(store))
    assert code == 1 and f"{store / 'cn'}: a symbolic link (to {elsewhere})" in out
    assert "store folders must be real folders" in out
    code, _, err = cli(capsys, "show", NIL, "--store", str(store))
    assert code == 2
    assert_one_line_naming(err, str(store / "cn"), "symbolic link")
    code, _, err = cli(capsys, "add", "cn-new-law", "1", *_NEW, "--store", str(store))
    assert code == 2 and "outside the store folder" in err, err
    law = _law_v2(tmp_path)
    code, _, err = cli(
        capsys,
        "import",
        str(law),
        "--id",
        "cn-other-law",
        "--title",
        "Other",
        "--source",
        "test",
        "--source-path",
        "t.md",
        "--store",
        str(store),
    )
    assert code == 2 and "outside the store folder" in err, err
    law.unlink()
    assert tree(tmp_path) == before


@pytest.mark.parametrize("target", ["/dev/zero", "/nonexistent/lawref", "inside"])
def test_other_links_are_reported_not_followed(
    target: str, capsys: pytest.CaptureFixture[str], store: Path
) -> None:
    """A link to a device would be read forever, a dangling one would crash a stat; a link to a
    file inside the store is refused all the same (the rule is simply: no links)."""
    link = store / "cn" / "other.yaml"
    link.symlink_to(store / "cn" / "test-law.yaml" if target == "inside" else target)
    code, out, _ = cli(capsys, "validate", str(store))
    assert code == 1 and f"{link}: a symbolic link" in out
    code, _, err = cli(capsys, "list", "--store", str(store))
    assert code == 2
    assert_one_line_naming(err, "other.yaml", "symbolic link")
    code, _, err = cli(capsys, "add", "cn-test-law", "3", "--text", "新。", "--store", str(store))
    assert code == 0, err  # the edit of a real file next to it is not held up


def test_a_cached_store_notices_a_file_turned_into_a_link(
    capsys: pytest.CaptureFixture[str], store: Path, tmp_path: Path
) -> None:
    code, _, _ = cli(capsys, "show", "cn-test-law", "1", "--store", str(store))
    assert code == 0  # loaded and cached
    real = tmp_path / "outside" / "same.yaml"
    real.write_text(GOOD_TEXT, encoding="utf-8")
    (store / "cn" / "test-law.yaml").unlink()
    (store / "cn" / "test-law.yaml").symlink_to(real)
    code, _, err = cli(capsys, "show", "cn-test-law", "1", "--store", str(store))
    assert code == 2
    assert_one_line_naming(err, "test-law.yaml", "symbolic link")


# --- where a store may be, what in it is loaded --------------------------------------------------


def test_a_store_inside_a_hidden_folder_loads_but_its_hidden_files_do_not(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """~/.local/share/lawref/statutes is a fine place for a store (it used to load nothing);
    inside it, dot-files and dot-folders (a write's temporary files) are skipped."""
    root = tmp_path / ".local" / "share" / "statutes"
    (root / "cn").mkdir(parents=True)
    (root / "cn" / "test-law.yaml").write_text(GOOD_TEXT, encoding="utf-8")
    broken = "id: [unclosed\n"
    (root / "cn" / ".test-law.yaml.x1y2z3.tmp").write_text(broken, encoding="utf-8")
    (root / "cn" / ".draft.yaml").write_text(broken, encoding="utf-8")
    (root / ".git").mkdir()
    (root / ".git" / "x.yaml").write_text(broken, encoding="utf-8")
    code, out, err = cli(capsys, "validate", str(root))
    assert code == 0 and out.endswith("1 statute, 2 articles: ok\n"), (out, err)
    code, out, _ = cli(capsys, "show", "cn-test-law", "2", "--store", str(root))
    assert code == 0 and "任何组织不得妨碍测试。" in out


# --- the terminal --------------------------------------------------------------------------------

_ESCAPES = {
    "clear screen": "\x1b[2J",
    "window title": "\x1b]0;pwned\x07",
    "clipboard write": "\x1b]52;c;cHduZWQ=\x07",
    "C1 CSI": "\x9b31m",
}


def test_escape_sequences_in_a_store_never_reach_the_terminal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    evil = "".join(_ESCAPES.values())
    hostile = GOOD.model_copy(
        update={
            "title": {
                "zh": f"中华人民共和国{evil}测试法",
                "en": f"Test {evil}[link=https://x.example]Law",
            },
            "articles": [
                GOOD.articles[0].model_copy(update={"text": f"为了测试{evil}，制定本法。"}),
                GOOD.articles[1],
            ],
        }
    )
    root = tmp_path / "store"
    (root / "cn").mkdir(parents=True)
    (root / "cn" / "test-law.yaml").write_text(
        dump_statute(Statute.model_validate(hostile.model_dump())), encoding="utf-8"
    )
    for argv in (
        ("list", "--store", str(root)),
        ("show", "cn-test-law", "--store", str(root)),
        ("show", "cn-test-law", "1", "--store", str(root)),
        ("search", "为了测试", "--store", str(root)),
    ):
        code, out, err = cli(capsys, *argv)
        assert code == 0, (argv, err)
        assert not re.search("[\x1b\x07\x9b]", out + err), (argv, out)
        assert "link=https" not in argv or "[link=" in out  # markup shown as text
    code, out, _ = cli(capsys, "show", "cn-test-law", "1", "--store", str(root))
    assert "为了测试\\x1b[2J\\x1b]0;pwned\\x07" in out  # shown escaped, not dropped
    code, out, _ = cli(capsys, "show", "cn-test-law", "1", "--format", "json", "--store", str(root))
    assert "\\u001b[2J" in out  # JSON carries the data exactly (JSON escapes it)


def test_escape_sequences_in_a_store_file_name_never_reach_the_terminal(
    capsys: pytest.CaptureFixture[str], store: Path
) -> None:
    evil = "".join(_ESCAPES.values())
    (store / "cn" / f"bad{evil}\nname.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    code, out, err = cli(capsys, "validate", str(store))
    assert code == 1 and len(out.splitlines()) == 1, out
    assert not re.search("[\x1b\x07\x9b]", out + err) and "\\nname.yaml" in out
    code, out, err = cli(capsys, "show", "cn-test-law", "--store", str(store))
    assert code == 2
    assert_one_line_naming(err, "bad\\x1b[2J")
    assert not re.search("[\x1b\x07\x9b]", out + err)
