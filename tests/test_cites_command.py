"""``lawref cites``: the statutes a story cites, as a table and as JSON."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from lawref.cli import run
from lawref.store.load import load_store

NIL = "cn-national-intelligence-law"
CSL = "cn-cybersecurity-law"

STORY = (
    "Why Huawei's critics cite China's 2017 National Intelligence Law (国家情报法)\n\n"
    "Article 7 of the law obliges organizations to support intelligence work. "
    "Articles 7 and 14 of the National Intelligence Law are cited most.\n\n"
    "China's Cybersecurity Law points the same way: its Article 28 asks operators to help.\n\n"
    "Section 889 of the FY2019 NDAA and Article 5 of the Unreliable Entity List Provisions are cited too, "
    "as is the Security Law. Article 7 of the contract is not a statute's.\n"
)


@pytest.fixture(autouse=True)
def _needs_store() -> None:
    store = load_store(use_cache=False)
    if store.get(NIL) is None or store.get(CSL) is None:
        pytest.skip("the shipped store lacks the statutes this story cites")


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def test_json_lists_citations_and_statutes(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["cites", "--format", "json", str(story)]) == 0
    (document,) = json.loads(capsys.readouterr().out)["documents"]
    assert document["source"] == str(story)
    for citation in document["citations"]:
        assert set(citation) == {"text", "start", "end", "statute", "article", "version"}
        assert STORY[citation["start"] : citation["end"]] == citation["text"]
    cited = [(c["statute"], c["article"]) for c in document["citations"]]
    assert cited[:4] == [(NIL, None), (NIL, "7"), (NIL, "7"), (NIL, "14")]
    assert (
        None,
        "5",
    ) in cited  # the Unreliable Entity List Provisions: not in the store, still listed
    assert (None, "7") not in cited  # "Article 7 of the contract"
    statutes = {s["statute"] or s["name"]: s for s in document["statutes"]}
    nil = statutes[NIL]
    assert nil["articles"] == ["7", "14"]
    assert nil["versions"] == ["2017"]
    assert nil["mentions"] == 3
    assert nil["first"] == STORY.index("2017 National Intelligence Law")
    assert nil["title_original"] == "中华人民共和国国家情报法"
    assert statutes[CSL]["articles"] == ["28"]
    unknown = statutes["Unreliable Entity List Provisions"]
    assert (unknown["statute"], unknown["articles"]) == (None, ["5"])
    ambiguous = statutes["Security Law"]
    assert ambiguous["statute"] is None and len(ambiguous["ambiguous"]) >= 2


def test_text_report_names_statutes_and_unresolved_citations(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["cites", str(story)]) == 0
    out = capsys.readouterr().out
    assert f"{story}: " in out
    nil_line = next(line for line in out.splitlines() if line.startswith(NIL))
    assert "中华人民共和国国家情报法" in nil_line and "7, 14" in nil_line
    assert "1:" in nil_line  # first mention: line 1
    assert "unresolved citations:" in out
    assert "Article 5 of the Unreliable Entity List Provisions (not in the store)" in out
    assert "Security Law (ambiguous:" in out


def test_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = "《国家情报法》第七条、第十四条。".encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert run(["cites", "--format", "json", "-"]) == 0
    (document,) = json.loads(capsys.readouterr().out)["documents"]
    assert document["source"] == "-"
    assert [(c["statute"], c["article"]) for c in document["citations"]] == [
        (NIL, "7"),
        (NIL, "14"),
    ]


def test_a_missing_file_is_an_input_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.txt"
    assert run(["cites", str(missing)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("lawref: error:") and str(missing) in err
    assert len(err.strip().splitlines()) == 1


def test_html_report_is_written_to_a_file(
    story: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "cites.html"
    assert run(["cites", "--format", "html", "-o", str(target), str(story)]) == 0
    html = target.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") or html.lstrip().lower().startswith("<!doctype")
    assert NIL in html
    assert f"wrote {target}" in capsys.readouterr().err


def test_several_files_give_one_document_each(
    story: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Nothing here cites a statute.\n", encoding="utf-8")
    assert run(["cites", "--format", "json", str(story), str(other)]) == 0
    documents = json.loads(capsys.readouterr().out)["documents"]
    assert [d["source"] for d in documents] == [str(story), str(other)]
    assert documents[1]["citations"] == [] and documents[1]["statutes"] == []


def test_pin_cites_keep_a_paragraph_in_words_apart_from_the_article(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    if load_store(use_cache=False).get("eu-gdpr") is None:
        pytest.skip("the shipped store lacks the GDPR")
    data = b"The controller in accordance with Article 4 Paragraph 7 GDPR, and Article 6(1) GDPR."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert run(["cites", "-"]) == 0
    out = capsys.readouterr().out
    assert "cited at 4 Paragraph 7, 6(1)" in out
