"""The statute store: schema, safe loading, validation messages, and the list/show/validate/schema commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from corpus import CORPUS
from corpus import needs_corpus as corpus_needed

from lawref.cli import run
from lawref.store.files import shipped_store_path
from lawref.store.load import load_store

REPO = Path(__file__).resolve().parents[1]
NIL_ID = "cn-national-intelligence-law"

GOOD_ENTRY = """\
id: test-espionage-law
jurisdiction: CN
language: zh
title:
  zh: 测试反间谍法
  en: Test Counter-espionage Law
aliases:
- 测试法
versions:
- id: '2014'
  adopted: 2014-11-01
source:
  source: test fixture
  url: https://example.org/test
articles:
- number: '1'
  text: 为了测试，制定本法。
- number: '2'
  text: 本法自公布之日起施行。
"""


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- the shipped store -------------------------------------------------------------------------


def test_shipped_store_holds_the_national_intelligence_law() -> None:
    store = load_store()
    nil = store.get(NIL_ID)
    assert nil is not None
    assert nil.title_original == "中华人民共和国国家情报法"
    assert nil.jurisdiction == "CN" and nil.language == "zh"
    assert {"2017", "2018"} <= set(nil.version_ids())
    article7 = nil.article("7")
    assert article7 is not None
    assert article7.text.startswith("任何组织和公民都应当依法支持、协助和配合国家情报工作")
    publishers = " ".join(t.publisher for t in article7.translations)
    assert "China Law Translate" in publishers
    assert all(t.url or t.note for t in article7.translations)


@corpus_needed("cn")
def test_shipped_article_text_is_byte_exact_with_the_corpus() -> None:
    source = (CORPUS / "cn" / "zh_national-intelligence-law_2018-04-27_amended.txt").read_text(
        encoding="utf-8"
    )
    nil = load_store().resolve(NIL_ID)
    for number in ("7", "14"):
        article = nil.article(number)
        assert article is not None
        assert article.text in source


def test_list_json_describes_each_statute(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "list", "--format", "json")
    assert code == 0
    rows = {row["id"]: row for row in json.loads(out)}
    nil = rows[NIL_ID]
    assert nil["title_original"] == "中华人民共和国国家情报法"
    assert nil["title_en"].startswith("National Intelligence Law")
    assert nil["jurisdiction"] == "CN"
    assert nil["articles"] == len(load_store().resolve(NIL_ID).articles)


def test_list_filters_by_jurisdiction(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "list", "--jurisdiction", "cn", "--format", "json")
    assert code == 0
    assert {row["jurisdiction"] for row in json.loads(out)} == {"CN"}
    code, out, _ = cli(capsys, "list", "--jurisdiction", "XX", "--format", "json")
    assert json.loads(out) == []


def test_list_text_shows_original_title(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "list")
    assert code == 0
    assert "中华人民共和国国家情报法" in out and NIL_ID in out


@pytest.mark.parametrize(
    "name",
    [NIL_ID, "国家情报法", "National Intelligence Law", "the national intelligence law", "NIL"],
)
def test_show_resolves_ids_titles_and_aliases(
    capsys: pytest.CaptureFixture[str], name: str
) -> None:
    code, out, _ = cli(capsys, "show", name, "7", "--format", "json")
    assert code == 0
    record = json.loads(out)
    assert record["statute"] == NIL_ID
    assert record["article"] == "7"
    assert record["text"] == load_store().resolve(NIL_ID).article("7").text
    assert record["translations"], "Article 7 carries its known English renderings"
    assert all(t["publisher"] and "reuse" in t for t in record["translations"])


def test_show_text_prints_the_article_exactly(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "show", NIL_ID, "7")
    assert code == 0
    assert load_store().resolve(NIL_ID).article("7").text in out
    assert "China Law Translate" in out


def test_show_statute_metadata(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "show", "国家情报法", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["id"] == NIL_ID
    assert data["versions"][0]["adopted"] == "2017-06-27"


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["show", "No Such Law"], "unknown statute"),
        (["show", NIL_ID, "999"], "no article '999'"),
        (["show", NIL_ID, "7", "--version", "1999"], "no version '1999'"),
    ],
)
def test_show_errors_are_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], needle: str
) -> None:
    code, out, err = cli(capsys, *argv)
    assert code == 2
    assert out == ""
    assert err.startswith("lawref: error:") and needle in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_ambiguous_name_lists_candidates(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    write(tmp_path, "a.yaml", GOOD_ENTRY)
    write(
        tmp_path,
        "b.yaml",
        GOOD_ENTRY.replace("test-espionage-law", "test-espionage-law-two")
        .replace("测试反间谍法", "测试反间谍法二")
        .replace("Test Counter-espionage Law", "Test Counter-espionage Law Two")
        .replace("- 测试法", "- 测试法二"),
    )
    code, _, err = cli(capsys, "show", "Test Counter-espionage", "--store", str(tmp_path))
    assert code == 2
    assert "ambiguous" in err and "test-espionage-law" in err and "test-espionage-law-two" in err


def test_extra_store_from_option_and_environment(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, "cn/test.yaml", GOOD_ENTRY)
    code, out, _ = cli(capsys, "show", "测试法", "2", "--store", str(tmp_path), "--format", "json")
    assert code == 0 and json.loads(out)["text"] == "本法自公布之日起施行。"
    monkeypatch.setenv("LAWREF_STORE", str(tmp_path))
    code, out, _ = cli(capsys, "list", "--format", "json")
    assert "test-espionage-law" in {row["id"] for row in json.loads(out)}


# --- validation --------------------------------------------------------------------------------


def test_validate_shipped_store_is_clean(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "validate", str(shipped_store_path()))
    assert code == 0, out + err
    assert "ok" in out


def validate(capsys: pytest.CaptureFixture[str], *paths: Path) -> tuple[int, list[str]]:
    code, out, err = cli(capsys, "validate", *map(str, paths))
    assert "Traceback" not in out + err
    return code, [line for line in out.splitlines() if line]


def test_validate_reports_yaml_syntax_error_with_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = write(tmp_path, "bad.yaml", GOOD_ENTRY.replace("language: zh", "language: [zh"))
    code, lines = validate(capsys, bad)
    assert code == 1
    assert len(lines) == 1
    assert lines[0].startswith(f"{bad}:") and "YAML error" in lines[0]
    line_number = int(lines[0].split(":")[1])
    assert 3 <= line_number <= 5


def test_validate_reports_missing_field(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = write(tmp_path, "missing.yaml", GOOD_ENTRY.replace("jurisdiction: CN\n", ""))
    code, lines = validate(capsys, bad)
    assert code == 1
    assert lines == [f"{bad}:1: jurisdiction: required field is missing"]


def test_validate_reports_unknown_field_at_its_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text = GOOD_ENTRY.replace("  text: 本法自公布之日起施行。", "  txet: 本法自公布之日起施行。")
    bad = write(tmp_path, "typo.yaml", text)
    code, lines = validate(capsys, bad)
    assert code == 1
    typo_line = text.splitlines().index("  txet: 本法自公布之日起施行。") + 1
    assert f"{bad}:{typo_line}: article 2, txet: unknown field (check its spelling)" in lines


def test_validate_reports_duplicate_article_number(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text = GOOD_ENTRY.replace("- number: '2'", "- number: '1'")
    bad = write(tmp_path, "dup.yaml", text)
    code, lines = validate(capsys, bad)
    assert code == 1
    assert len(lines) == 1
    dup_line = [i for i, line in enumerate(text.splitlines(), 1) if line == "- number: '1'"][1]
    assert lines[0].startswith(f"{bad}:{dup_line}: article 1, number: duplicate article '1'")


def test_validate_reports_duplicate_id_across_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    write(tmp_path, "a.yaml", GOOD_ENTRY)
    second = write(tmp_path, "b.yaml", GOOD_ENTRY.replace("测试法", "另一个测试法"))
    code, lines = validate(capsys, tmp_path)
    assert code == 1
    assert any(
        line.startswith(f"{second}:1: id: duplicate id 'test-espionage-law'") for line in lines
    )


def test_validate_reports_alias_collision(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    write(tmp_path, "a.yaml", GOOD_ENTRY)
    write(
        tmp_path,
        "b.yaml",
        GOOD_ENTRY.replace("test-espionage-law", "other-law")
        .replace("测试反间谍法", "其他法")
        .replace("Test Counter-espionage Law", "Other Law"),
    )
    code, lines = validate(capsys, tmp_path)
    assert code == 1
    assert any("aliases" in line and "测试法" in line and "other-law" in line for line in lines)


def test_validate_reports_every_problem_not_just_the_first(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    write(tmp_path, "one.yaml", GOOD_ENTRY.replace("jurisdiction: CN\n", ""))
    write(tmp_path, "two.yaml", "id: [unclosed\n")
    code, lines = validate(capsys, tmp_path)
    assert code == 1
    assert len(lines) == 2


def test_python_tags_are_rejected(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    hostile = write(tmp_path, "evil.yaml", "id: !!python/object/apply:os.system ['echo pwned']\n")
    code, lines = validate(capsys, hostile)
    assert code == 1
    assert len(lines) == 1 and "tag not allowed" in lines[0] and str(hostile) in lines[0]


def test_alias_bombs_are_rejected(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bomb = 'a: &a ["lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n'
    path = write(tmp_path, "bomb.yaml", bomb)
    code, lines = validate(capsys, path)
    assert code == 1
    assert "anchors and aliases are not allowed" in lines[0]


def test_loading_a_broken_store_is_one_line_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    write(tmp_path, "bad.yaml", GOOD_ENTRY.replace("jurisdiction: CN\n", ""))
    code, out, err = cli(capsys, "list", "--store", str(tmp_path))
    assert code == 2
    assert err.count("\n") == 1 and "bad.yaml:1: jurisdiction" in err


def test_schema_is_json_schema_of_a_statute_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "schema")
    assert code == 0
    schema = json.loads(out)
    assert schema["type"] == "object"
    assert {"id", "title", "versions", "articles", "source"} <= set(schema["required"])
    assert schema["additionalProperties"] is False


def test_shipped_store_can_be_left_out(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, "cn/test.yaml", GOOD_ENTRY)
    monkeypatch.setenv("LAWREF_NO_SHIPPED", "1")
    code, out, _ = cli(capsys, "list", "--store", str(tmp_path), "--format", "json")
    assert code == 0
    assert [row["id"] for row in json.loads(out)] == ["test-espionage-law"]


def test_validate_checks_the_glossary_of_a_store_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    write(tmp_path, "cn/test.yaml", GOOD_ENTRY)
    shipped = (shipped_store_path() / "glossary" / "zh-en.yaml").read_text(encoding="utf-8")
    write(tmp_path, "glossary/zh-en.yaml", shipped)
    code, lines = validate(capsys, tmp_path)
    assert code == 0, lines
    broken = shipped.replace("entries:", "entries:\n- term: 依法\n  glos: typo\n", 1)
    glossary = write(tmp_path, "glossary/zh-en.yaml", broken)
    code, lines = validate(capsys, tmp_path)
    assert code == 1
    assert any(line.startswith(f"{glossary}:") for line in lines), lines
