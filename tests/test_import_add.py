"""`lawref import` and `lawref add`: versions, reuse of unchanged articles, safe writes, clear refusals."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from corpus import CORPUS
from corpus import needs_corpus as corpus_needed
from hypothesis import given, settings
from hypothesis import strategies as st

import lawref
from lawref.cli import run
from lawref.errors import StoreError
from lawref.ingest.importer import Metadata, plan_import
from lawref.store.files import read_statute_file, read_statute_text
from lawref.store.load import load_store
from lawref.store.write import (
    check_id,
    dump_statute,
    statute_path,
    writable_store,
    write_statute,
)

REPO = Path(__file__).resolve().parents[1]
needs_corpus = corpus_needed("cn")
NIL = "cn-national-intelligence-law"


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (temporary ones included) with its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def law(*articles: str, title: str = "中华人民共和国测试法", header: str = "") -> str:
    header = header or "2014年11月1日 第十二届全国人民代表大会常务委员会第十一次会议通过"
    body = "\n\n".join(f"第{n}条 {text}" for n, text in articles)
    return f"{title}\n\n{header}\n\n第一章 总则\n\n{body}\n"


V1 = law(
    ("一", "为了测试，制定本法。"),
    ("二", "国家保护测试。\n\n任何组织不得妨碍测试。"),
    ("三", "旧的第三条。"),
)
V2 = law(
    ("一", "为了测试，制定本法。"),
    ("二", "国家保护测试，并予以鼓励。\n\n任何组织不得妨碍测试。"),
    ("四", "新增的第四条。"),
    header="2014年11月1日 第十二届全国人民代表大会常务委员会第十一次会议通过\n\n"
    "2023年4月26日 第十四届全国人民代表大会常务委员会第二次会议修订",
)
TEST_META = [
    "--id",
    "cn-test-law",
    "--title",
    "Test Law",
    "--source",
    "test",
    "--source-path",
    "t.md",
]


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    folder.mkdir()
    return folder


def write_text(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# --- import ----------------------------------------------------------------------------------------


@needs_corpus
def test_import_of_the_national_security_law_yields_84_articles(
    capsys: pytest.CaptureFixture[str], store: Path
) -> None:
    source = CORPUS / "cn" / "zh_national-security-law_2015-07-01.txt"
    code, out, err = cli(
        capsys, "import", str(source), "--store", str(store), "--title", "National Security Law"
    )
    assert code == 0, err
    assert "84 articles" in out
    written = store / "cn" / "national-security-law.yaml"
    assert f"wrote {written}" in out
    statute, problems = read_statute_file(written)
    assert not problems and statute is not None
    assert [a.number for a in statute.articles] == [str(n) for n in range(1, 85)]
    text = source.read_text(encoding="utf-8")
    assert all(a.text in text for a in statute.articles)
    assert statute.aliases[0] == "国家安全法"  # the short title, added by default
    assert statute.versions[0].adopted.isoformat() == "2015-07-01"


@needs_corpus
def test_counter_espionage_law_2014_then_2023_is_one_statute_with_two_versions(
    capsys: pytest.CaptureFixture[str], store: Path
) -> None:
    meta = ["--id", "cn-counter-espionage-law", "--store", str(store)]
    first = CORPUS / "cn" / "zh_counter-espionage-law_2014-11-01.txt"
    second = CORPUS / "cn" / "zh_counter-espionage-law_2023-04-26_revised.txt"
    assert cli(capsys, "import", str(first), "--title", "Counter-espionage Law", *meta)[0] == 0
    code, out, err = cli(capsys, "import", str(second), *meta)
    assert code == 0, err
    assert "versions now 2014, 2023" in out
    assert "compared with version 2014:" in out and "changed: 1, 2, 3" in out
    assert "added: 41, 42" in out
    statute = load_store([store], include_shipped=False).resolve("cn-counter-espionage-law")
    assert statute.version_ids() == ["2014", "2023"]
    assert len(statute.articles_in("2014")) == 40 and len(statute.articles_in("2023")) == 71
    assert statute.article("22", "2014").text != statute.article("22", "2023").text
    revised = statute.versions[1]
    assert (revised.revised.isoformat(), revised.effective.isoformat()) == (
        "2023-04-26",
        "2023-07-01",
    )
    assert revised.source is not None and revised.source.path == second.name


def test_a_new_version_reuses_unchanged_articles_and_keeps_their_translations(
    capsys: pytest.CaptureFixture[str], store: Path, tmp_path: Path
) -> None:
    v1, v2 = write_text(tmp_path, "v1.txt", V1), write_text(tmp_path, "v2.txt", V2)
    assert cli(capsys, "import", str(v1), *TEST_META, "--store", str(store))[0] == 0
    translation = ["--translation", "en", "--publisher", "Test", "--url", "https://example.org/1"]
    code, _, err = cli(
        capsys, "add", "cn-test-law", "1", *translation, "--reuse", "test",
        "--text", "This Law is enacted for testing.", "--store", str(store),
    )  # fmt: skip
    assert code == 0, err
    code, out, _ = cli(capsys, "import", str(v2), *TEST_META, "--store", str(store))
    assert code == 0
    assert "1 unchanged, 1 changed, 1 added, 1 removed" in out
    statute = load_store([store], include_shipped=False).resolve("cn-test-law")
    by_text = {a.text: a for a in statute.articles}
    reused = by_text["为了测试，制定本法。"]
    assert reused.versions == ["2014", "2023"]  # one entry, both versions
    assert reused.translations[0].text == "This Law is enacted for testing."
    assert by_text["旧的第三条。"].versions == ["2014"]
    assert by_text["新增的第四条。"].versions == ["2023"]
    assert [a.number for a in statute.articles_in("2023")] == ["1", "2", "4"]
    assert [a.number for a in statute.articles_in("2014")] == ["1", "2", "3"]


def test_reimport_is_a_no_op_and_a_different_text_needs_force(
    capsys: pytest.CaptureFixture[str], store: Path, tmp_path: Path
) -> None:
    v1 = write_text(tmp_path, "v1.txt", V1)
    assert cli(capsys, "import", str(v1), *TEST_META, "--store", str(store))[0] == 0
    before = snapshot(store)
    code, out, _ = cli(capsys, "import", str(v1), *TEST_META, "--store", str(store))
    assert code == 0 and "already up to date" in out
    changed = write_text(tmp_path, "v1b.txt", V1.replace("旧的第三条。", "改过的第三条。"))
    code, out, err = cli(capsys, "import", str(changed), *TEST_META, "--store", str(store))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "already has version 2014 with a different text" in err
    assert snapshot(store) == before
    code, _, _ = cli(capsys, "import", str(changed), *TEST_META, "--store", str(store), "--force")
    assert code == 0
    statute = load_store([store], include_shipped=False).resolve("cn-test-law")
    assert statute.article("3").text == "改过的第三条。"


def test_dry_run_writes_nothing_and_shows_the_entry(
    capsys: pytest.CaptureFixture[str], store: Path, tmp_path: Path
) -> None:
    v1 = write_text(tmp_path, "v1.txt", V1)
    code, out, _ = cli(capsys, "import", str(v1), *TEST_META, "--store", str(store), "--dry-run")
    assert code == 0
    assert "would write" in out and "id: cn-test-law" in out and "nothing written" in out
    assert snapshot(store) == {}


def test_import_from_stdin_needs_provenance(
    capsys: pytest.CaptureFixture[str], store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(V1.encode("utf-8"))))
    code, _, err = cli(capsys, "import", "-", "--title", "Test Law", "--store", str(store))
    assert code == 2 and "--source-url or --source-path" in err
    assert snapshot(store) == {}


def test_a_text_without_article_headings_is_refused(
    capsys: pytest.CaptureFixture[str], store: Path, tmp_path: Path
) -> None:
    notes = write_text(tmp_path, "notes.txt", "中华人民共和国测试法\n\n这里没有条文。\n")
    code, out, err = cli(capsys, "import", str(notes), *TEST_META, "--store", str(store))
    assert code == 2 and out == ""
    assert err.startswith(f"lawref: error: {notes}: no article headings found")
    assert snapshot(store) == {}


# --- add ---------------------------------------------------------------------------------------


@pytest.fixture()
def test_law(capsys: pytest.CaptureFixture[str], store: Path, tmp_path: Path) -> Path:
    assert (
        cli(
            capsys,
            "import",
            str(write_text(tmp_path, "v1.txt", V1)),
            *TEST_META,
            "--store",
            str(store),
        )[0]
        == 0
    )
    return store / "cn" / "test-law.yaml"


def test_add_an_article_a_translation_citations_and_examples(
    capsys: pytest.CaptureFixture[str], store: Path, test_law: Path, tmp_path: Path
) -> None:
    text_file = write_text(tmp_path, "art4.txt", "第四条的文字。\n\n第二款。\n")
    code, out, _ = cli(capsys, "add", "cn-test-law", "4", str(text_file), "--store", str(store))
    assert code == 0 and f"wrote {test_law}" in out
    code, _, _ = cli(
        capsys, "add", "测试法", "4", "--cited-as", "Test Law Art. 4",
        "--cite", "《测试法》第四条", "--store", str(store),
    )  # fmt: skip
    assert code == 0
    statute = load_store([store], include_shipped=False).resolve("cn-test-law")
    article = statute.article("4")
    assert article.text == "第四条的文字。\n\n第二款。"  # the file's final newline is not text
    assert article.cited_as == ["Test Law Art. 4"]
    assert statute.examples[-1].cite == "《测试法》第四条" and statute.examples[-1].article == "4"
    # The same article again is a no-op, not an error.
    code, out, _ = cli(capsys, "add", "cn-test-law", "4", str(text_file), "--store", str(store))
    assert code == 0 and "already there" in out


def test_add_reads_the_text_from_stdin(
    capsys: pytest.CaptureFixture[str], store: Path, test_law: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BytesIO("来自标准输入的条文。\n".encode()))
    )
    assert cli(capsys, "add", "cn-test-law", "5", "-", "--store", str(store))[0] == 0
    statute = load_store([store], include_shipped=False).resolve("cn-test-law")
    assert statute.article("5").text == "来自标准输入的条文。"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["3", "--text", "另一个文本。"], "exists with a different text (pass --replace"),
        (
            ["1", "--translation", "en", "--text", "x", "--reuse", "r", "--url", "u"],
            "missing --publisher",
        ),
        (
            ["1", "--translation", "en", "--text", "x", "--publisher", "p", "--reuse", "r"],
            "missing --url",
        ),
        (
            ["1", "--translation", "en", "--text", "x", "--publisher", "p", "--url", "u"],
            "missing --reuse",
        ),
        (
            [
                "9",
                "--translation",
                "en",
                "--text",
                "x",
                "--publisher",
                "p",
                "--url",
                "u",
                "--reuse",
                "r",
            ],
            "no article 9",
        ),
        (["1", "--text", "x", "--version", "1999"], "no version '1999'"),
        (["7 bis", "--text", "第七条之二。"], "number"),
        (["99", "--cite", "《测试法》第九十九条"], "no article '99'"),
        (["1"], "nothing to add"),
        (["6", "--text", "   "], "blank"),
    ],
)
def test_invalid_additions_exit_2_with_one_line_and_change_nothing(
    capsys: pytest.CaptureFixture[str], store: Path, test_law: Path, argv: list[str], message: str
) -> None:
    before = snapshot(store)
    code, out, err = cli(capsys, "add", "cn-test-law", *argv, "--store", str(store))
    assert code == 2, (out, err)
    assert err.startswith("lawref: error: ") and err.count("\n") == 1
    assert message in err
    assert snapshot(store) == before


def test_add_unknown_statute_and_new_statute(
    capsys: pytest.CaptureFixture[str], store: Path, test_law: Path
) -> None:
    code, _, err = cli(capsys, "add", "cn-missing-law", "1", "--text", "x", "--store", str(store))
    assert code == 2 and "no statute 'cn-missing-law'" in err
    new = [
        "add", "us-test-act", "101", "--new", "--text", "Sec. 101 text.", "--jurisdiction", "US",
        "--title", "Test Act", "--version", "2020", "--source", "test", "--source-url",
        "https://example.org/act", "--store", str(store),
    ]  # fmt: skip
    code, out, err = cli(capsys, *new)
    assert code == 0, err
    assert "new statute with article 101" in out
    statute = load_store([store], include_shipped=False).resolve("us-test-act")
    assert statute.language == "en" and statute.article("101").text == "Sec. 101 text."
    code, _, err = cli(capsys, *new)
    assert code == 2 and "exists: add to it without --new" in err


def test_replace_keeps_the_other_versions_text(
    capsys: pytest.CaptureFixture[str], store: Path, tmp_path: Path
) -> None:
    for name, text in (("v1.txt", V1), ("v2.txt", V2)):
        assert (
            cli(
                capsys,
                "import",
                str(write_text(tmp_path, name, text)),
                *TEST_META,
                "--store",
                str(store),
            )[0]
            == 0
        )
    code, _, err = cli(
        capsys, "add", "cn-test-law", "1", "--version", "2023", "--text", "新的第一条。",
        "--replace", "--store", str(store),
    )  # fmt: skip
    assert code == 0, err
    statute = load_store([store], include_shipped=False).resolve("cn-test-law")
    assert statute.article("1", "2014").text == "为了测试，制定本法。"
    assert statute.article("1", "2023").text == "新的第一条。"


# --- safe writing ------------------------------------------------------------------------------


def test_a_failure_between_write_and_rename_leaves_the_old_file(
    capsys: pytest.CaptureFixture[str], store: Path, test_law: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(store)

    def interrupted(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        assert Path(source).read_bytes() != Path(target).read_bytes()  # the new text was written
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", interrupted)
    code, out, err = cli(
        capsys, "add", "cn-test-law", "4", "--text", "新条文。", "--store", str(store)
    )
    assert code == 2
    assert err == f"lawref: error: {test_law}: not written: No space left on device\n"
    assert snapshot(store) == before  # old file intact, no temporary file left


def test_a_failed_import_of_a_new_statute_leaves_no_folder(
    capsys: pytest.CaptureFixture[str], store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(source: object, target: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    code, _, _ = cli(
        capsys, "import", str(write_text(tmp_path, "v1.txt", V1)), *TEST_META, "--store", str(store)
    )
    assert code == 130
    assert list(store.iterdir()) == []


@pytest.mark.parametrize("bad", ["../../x", "/etc/passwd", "cn-a\0b", "..", "cn/law", "CN-LAW", ""])
def test_ids_that_could_escape_the_store_are_refused(bad: str, store: Path) -> None:
    with pytest.raises(StoreError, match="invalid statute id"):
        statute_path(store, bad, "CN")


@pytest.mark.parametrize("bad", ["../..", "cn", "C/N", "/", "CN\0"])
def test_jurisdictions_that_could_escape_the_store_are_refused(bad: str, store: Path) -> None:
    with pytest.raises(StoreError, match="invalid jurisdiction"):
        check_id("cn-law", bad)


def test_a_symlinked_folder_pointing_outside_is_refused(store: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (store / "cn").symlink_to(outside, target_is_directory=True)
    with pytest.raises(StoreError, match="outside the store folder"):
        statute_path(store, "cn-law", "CN")


def test_writes_never_go_into_the_installed_package(tmp_path: Path) -> None:
    package_store = Path(lawref.__file__).resolve().parent / "statutes"
    with pytest.raises(StoreError, match="installed lawref package"):
        writable_store(package_store)
    site = tmp_path / "lib" / "site-packages" / "lawref" / "statutes"
    site.mkdir(parents=True)
    with pytest.raises(StoreError, match="installed lawref package"):
        writable_store(site)
    statute = load_store().resolve(NIL)
    with pytest.raises(StoreError, match="installed lawref package"):
        write_statute(statute, site.parent.parent)


def test_the_default_store_is_statutes_in_the_current_folder(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="pass --store DIR"):
        writable_store(cwd=tmp_path)
    (tmp_path / "statutes").mkdir()
    assert writable_store(cwd=tmp_path) == (tmp_path / "statutes").resolve()
    (tmp_path / "statutes" / "notes.txt").write_text("not a store", encoding="utf-8")
    with pytest.raises(StoreError, match="pass --store DIR"):
        writable_store(cwd=tmp_path)


# --- the YAML layout ---------------------------------------------------------------------------

TRICKY = [
    "trailing spaces   \n\nsecond paragraph",
    "  leading spaces\nand more",
    "\ttab first\tand inside",
    "line one\r\nline two (CRLF)\r\n",
    "ends with newlines\n\n",
    "\nstarts with a newline",
    "NEL\x85 and LS\u2028 and PS\u2029 separators",
    "全角空格\u3000与中文标点：“引号”、《书名号》——破折号……\n\n第二款。",
    "emoji 😀 and combining é and RTL שלום",
    "# not a comment\n- not a list\nkey: not a mapping",
    "7",
    "2017-06-27",
    "yes",
    "|- not a block indicator",
    "'single' and \"double\" quotes and \\ backslash",
    "x" * 300,
    "long prose " * 30,
]


def with_text(text: str):  # type: ignore[no-untyped-def]
    statute = load_store().resolve(NIL)
    article = statute.articles[0]
    translation = article.translations[0] if article.translations else None
    updated = article.model_copy(update={"text": text, "heading": text})
    if translation is not None:
        updated = updated.model_copy(
            update={"translations": [translation.model_copy(update={"text": text})]}
        )
    return statute.model_copy(update={"articles": [updated, *statute.articles[1:]]})


@pytest.mark.parametrize("text", TRICKY, ids=range(len(TRICKY)))
def test_dumped_text_reads_back_identically(text: str) -> None:
    statute = with_text(text)
    dumped = dump_statute(statute)
    reread, problems = read_statute_text(dumped, "dumped.yaml")
    assert problems == []
    assert reread == statute
    assert reread.articles[0].text == text
    assert dump_statute(reread) == dumped  # canonical: a second dump is the same


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=200).filter(lambda s: s.strip() != ""))
def test_any_text_reads_back_identically(text: str) -> None:
    statute = with_text(text)
    reread, problems = read_statute_text(dump_statute(statute), "dumped.yaml")
    assert problems == [] and reread is not None
    assert reread.articles[0].text == text


def test_layout_keys_in_model_order_dates_unquoted_numbers_quoted() -> None:
    statute = load_store().resolve(NIL)
    dumped = dump_statute(statute)
    keys = [
        line.split(":")[0]
        for line in dumped.splitlines()
        if line and not line.startswith((" ", "-"))
    ]
    assert keys == [k for k in statute.model_dump(exclude_defaults=True)]
    assert "  adopted: 2017-06-27\n" in dumped
    assert "- number: '7'\n" in dumped and "- id: '2017'\n" in dumped
    multi = next(a for a in statute.articles if "\n" in a.text)
    assert "  text: |-\n    " + multi.text.split("\n")[0] in dumped


def test_directory_import_derives_ids_skips_known_titles_and_goes_on(
    capsys: pytest.CaptureFixture[str], store: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "laws"
    (folder / "行政法").mkdir(parents=True)
    write_text(folder / "行政法", "测试法(2014-11-01).txt", V1)
    write_text(
        folder / "行政法",
        "国家情报法(2018-04-27).txt",
        law(("一", "文字。"), title="中华人民共和国国家情报法"),
    )
    write_text(folder, "攻略.txt", "没有条文的说明。\n")
    write_text(
        folder / "行政法",
        "另一部法.txt",
        law(("一", "另一部法的文字。"), title="中华人民共和国另一部法"),
    )
    code, out, err = cli(capsys, "import", str(folder), "--store", str(store))
    assert code == 0, err
    assert "imported 2 statutes" in out and "1 skipped" in out and "1 could not be imported" in out
    assert "攻略.txt: no article headings found" in out
    assert f"already in the store as {NIL}" in out
    stored = load_store([store], include_shipped=False)
    assert sorted(stored.statutes) == ["cn-ce-shi-fa", "cn-ling-yi-bu-fa"]
    assert stored.resolve("测试法").source.path == "行政法/测试法(2014-11-01).txt"
    code, out, _ = cli(capsys, "import", str(folder), "--store", str(store))
    assert code == 0 and "imported 0 statutes" in out and "2 unchanged" in out


def test_plan_import_reports_without_writing(store: Path) -> None:
    meta = Metadata(id="cn-test-law", title="Test Law", source="test", source_path="t.md")
    plan = plan_import(V1, "v1.txt", meta, store)
    assert plan.previous is None and plan.added == ("1", "2", "3")
    assert plan.path == store.resolve() / "cn" / "test-law.yaml" and not plan.path.exists()


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Counter-espionage Law of the People's Republic of China", "counter-espionage-law"),
        ("The Trade Act of 1974", "trade-act-of-1974"),
        (
            "REGULATION (EU) 2016/679 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL of 27 April 2016 "
            "on the protection of natural persons with regard to the processing of personal data "
            "(General Data Protection Regulation)",
            "general-data-protection-regulation",
        ),
    ],
)
def test_ids_derived_from_english_titles(title: str, slug: str) -> None:
    from lawref.ingest.importer import slugify

    assert slugify(title) == slug
