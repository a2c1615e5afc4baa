"""`lawref show` and `lawref add`/`validate` as a new user meets them: article references as
people write them, "did you mean", versions without text, example citations that must resolve,
and messages without raw regexes or wrong plurals."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawref.cli import run
from lawref.store.load import load_store
from lawref.text.numerals import article_reference

NIL = "cn-national-intelligence-law"

LAW = """中华人民共和国测试法

2014年11月1日 第十二届全国人民代表大会常务委员会第十一次会议通过

第一条 为了测试，制定本法。

第二条 国家保护测试。

第三条 本法自公布之日起施行。
"""
META = ["--id", "cn-test-law", "--title", "Test Law", "--source", "test", "--source-path", "t.md"]


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def store(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    folder.mkdir()
    source = tmp_path / "law.txt"
    source.write_text(LAW, encoding="utf-8")
    code, _, err = cli(capsys, "import", str(source), *META, "--store", str(folder))
    assert code == 0, err
    return folder


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


# --- article references ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "number"),
    [
        ("第八条", "8"),
        ("第8条", "8"),
        ("第８条", "8"),
        ("第二十条之一", "20-1"),
        ("Art. 8", "8"),
        ("article 8", "8"),
        ("§ 230", "230"),
        ("§230", "230"),
        ("Section 702", "702"),
        ("Sec. 702", "702"),
        ("8", "8"),
        ("10-1", "10-1"),
        ("7\n", "7\n"),  # not a reference: left for the store to refuse
    ],
)
def test_article_references_as_people_write_them(written: str, number: str) -> None:
    assert article_reference(written) == number


@pytest.mark.parametrize("written", ["7", "第七条", "第7条", "Art. 7", "Article 7"])
def test_show_accepts_every_way_of_writing_the_article(
    capsys: pytest.CaptureFixture[str], written: str
) -> None:
    expected = load_store().resolve(NIL).article("7")
    assert expected is not None
    code, out, err = cli(capsys, "show", "国家情报法", *written.split())
    assert code == 0, err
    assert "Article 7 " in out and expected.text.strip().splitlines()[0] in out


def test_a_version_without_text_is_one_line_not_a_crash(capsys: pytest.CaptureFixture[str]) -> None:
    statute = load_store().resolve(NIL)
    without_text = [v for v in statute.version_ids() if not statute.articles_in(v)]
    assert without_text, "the shipped NIL records a version whose text is not stored"
    code, out, err = cli(capsys, "show", "国家情报法", "7", "--version", without_text[0])
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "internal error" not in err
    assert f"no text of version {without_text[0]}" in err


def test_a_misspelt_statute_gets_a_suggestion(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(capsys, "show", "National Inteligence Law")
    assert code == 2 and err.count("\n") == 1
    assert f"did you mean {NIL}" in err


def test_an_unrelated_name_gets_no_suggestion(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(capsys, "show", "Zoning Ordinance of Springfield")
    assert code == 2 and "did you mean" not in err


def test_a_misspelt_article_gets_a_suggestion(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(capsys, "show", NIL, "7a")
    assert code == 2 and "did you mean 7?" in err and "(articles 1–32)" in err


def test_a_misspelt_id_in_add_suggests_the_statute_not_new(
    capsys: pytest.CaptureFixture[str], store: Path
) -> None:
    code, _, err = cli(capsys, "add", "cn-tset-law", "1", "--cite", "x", "--store", str(store))
    assert code == 2 and "did you mean cn-test-law" in err and "--new" not in err


def test_a_one_section_statute_shows_its_text(capsys: pytest.CaptureFixture[str]) -> None:
    statute = load_store().resolve("Section 230")
    (number,) = {a.number for a in statute.articles}
    code, out, _ = cli(capsys, "show", "Section 230")
    assert code == 0
    assert f"Article {number}" in out
    assert statute.articles[-1].text.strip().splitlines()[-1] in out


def test_titles_and_sources_are_printed_once(capsys: pytest.CaptureFixture[str]) -> None:
    statute = load_store().resolve("Section 230")
    assert statute.title_en == statute.title_original
    _, out, _ = cli(capsys, "show", "Section 230")
    assert f"{statute.title_original} ({statute.title_original})" not in out
    _, out, _ = cli(capsys, "show", NIL, "7")
    source = load_store().resolve(NIL).source.source
    source_line = next(line for line in out.splitlines() if line.startswith("Source:"))
    assert source_line.count(source) == 1


# --- editing the store ------------------------------------------------------------------------


def test_add_cite_refuses_a_citation_of_another_article(
    capsys: pytest.CaptureFixture[str], store: Path
) -> None:
    before = snapshot(store)
    code, _, err = cli(
        capsys, "add", "cn-test-law", "2", "--cite", "《测试法》第三条", "--store", str(store)
    )
    assert code == 2 and err.count("\n") == 1
    assert "cites Art. 3 of cn-test-law, not Art. 2" in err
    assert snapshot(store) == before
    code, out, err = cli(
        capsys, "add", "cn-test-law", "第二条", "--cite", "《测试法》第二条", "--store", str(store)
    )
    assert code == 0, err
    assert "added example" in out


def test_validate_checks_example_citations_in_any_store(
    capsys: pytest.CaptureFixture[str], store: Path
) -> None:
    entry = store / "cn" / "test-law.yaml"
    text = entry.read_text(encoding="utf-8")
    entry.write_text(
        text + "examples:\n- cite: 《测试法》第三条\n  article: '2'\n", encoding="utf-8"
    )
    code, out, err = cli(capsys, "validate", str(store))
    assert code == 1
    line = text.count("\n") + 2  # the cite: line
    assert f"{entry}:{line}: examples.0.cite: '《测试法》第三条' cites Art. 3" in out
    assert err.endswith(": 1 problem\n")


def test_validate_names_articles_by_number(capsys: pytest.CaptureFixture[str], store: Path) -> None:
    entry = store / "cn" / "test-law.yaml"
    text = entry.read_text(encoding="utf-8")
    assert "  text: 国家保护测试。" in text
    entry.write_text(
        text.replace("  text: 国家保护测试。", "  txet: 国家保护测试。"), encoding="utf-8"
    )
    code, out, _ = cli(capsys, "validate", str(store))
    assert code == 1 and "article 2, txet: unknown field" in out and "articles.1" not in out


def test_a_bad_jurisdiction_is_explained_in_words(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = cli(
        capsys, "add", "cn-x", "7", "--new", "--title", "T", "--jurisdiction", "china",
        "--version", "2020", "--source", "s", "--source-url", "https://example.org/x",
        "--text", "abc", "--store", str(tmp_path),
    )  # fmt: skip
    assert code == 2 and "'china'" in err and "two capital letters" in err
    assert "^[" not in err and "pattern" not in err


def test_messages_use_correct_plurals_and_articles(
    capsys: pytest.CaptureFixture[str], store: Path
) -> None:
    code, out, _ = cli(
        capsys, "add", "cn-test-law", "1", "--translation", "en", "--publisher", "P",
        "--url", "https://example.org/t", "--reuse", "excerpt", "--text", "For testing.",
        "--cited-as", "Test Law Art. 1", "--store", str(store),
    )  # fmt: skip
    assert code == 0
    assert "a en " not in out and "1 citation form added" in out
    _, out, _ = cli(capsys, "validate", str(store))
    assert out.endswith("1 statute, 3 articles: ok\n")
