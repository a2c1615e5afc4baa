"""`lawref check` end to end: the JSON contract, exit status, attribution in the JSON, examples."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

import lawref
from lawref.cli import run
from lawref.pipeline.checker import Checker
from lawref.store.files import Store
from lawref.store.load import load_store

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((REPO / "examples").glob("*.txt"))

QUOTE_KEYS = {
    "text",
    "start",
    "end",
    "verdict",
    "score",
    "match",
    "differences",
    "attribution",
    "cited_as",
    "marks",
    "evidence",
}
MATCH_KEYS = {
    "statute",
    "title",
    "title_original",
    "article",
    "version",
    "language",
    "translation",
    "text",
    "span",
}
CITATION_KEYS = {"text", "start", "end", "statute", "article", "version"}


@pytest.fixture(scope="module")
def store() -> Store:
    return load_store()


def check_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict]:
    code = run(["check", "--format", "json", *argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, json.loads(out) if out else {}


def only_quote(report: dict) -> dict:
    quotes = report["documents"][0]["quotes"]
    assert len(quotes) == 1, quotes
    return quotes[0]


# --- the JSON contract -------------------------------------------------------------------------


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_json_follows_the_contract(capsys: pytest.CaptureFixture[str], example: Path) -> None:
    code, report = check_json(capsys, str(example))
    assert set(report) == {"lawref_version", "documents"}
    assert report["lawref_version"] == lawref.__version__
    (document,) = report["documents"]
    assert set(document) == {"source", "quotes", "citations"}
    text = example.read_text(encoding="utf-8")
    for quote in document["quotes"]:
        assert set(quote) == QUOTE_KEYS
        assert text[quote["start"] : quote["end"]] == quote["text"]
        assert 0 <= quote["score"] <= 100
        if quote["match"] is not None:
            assert set(quote["match"]) == MATCH_KEYS
            start, end = quote["match"]["span"]
            assert 0 <= start <= end <= len(quote["match"]["text"])
        else:
            assert quote["verdict"] == "unmatched"
        for difference in quote["differences"]:
            assert set(difference) == {"op", "quote", "statute"}
            assert difference["op"] in ("replace", "insert", "delete")
    for citation in document["citations"]:
        assert set(citation) == CITATION_KEYS
        assert text[citation["start"] : citation["end"]] == citation["text"]
    problems = any(
        q["verdict"] == "altered" or q["attribution"] == "misattributed" for q in document["quotes"]
    )
    assert code == (1 if problems else 0)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_committed_example_outputs_are_current(
    capsys: pytest.CaptureFixture[str], example: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """examples/regenerate.sh was run after the last change that alters a report."""
    monkeypatch.chdir(REPO)
    committed = json.loads(example.with_suffix(".json").read_text(encoding="utf-8"))
    _, fresh = check_json(capsys, str(example.relative_to(REPO)))
    assert fresh == committed


# --- verdicts and attribution through the whole pipeline ----------------------------------------


def test_english_story_verdicts(checker: Checker) -> None:
    story = (REPO / "examples" / "huawei-intelligence-law.txt").read_text(encoding="utf-8")
    quotes = checker.check_text(story).quotes
    verdicts = [(q.verdict, q.match.article if q.match else None) for q in quotes]
    assert verdicts[0] == ("verbatim", "7")
    # "must support, …" with "in accordance with law" dropped: altered, never verbatim/minor
    altered = next(q for q in quotes if q.text.startswith("must support"))
    assert altered.verdict == "altered"
    changed = {(d.quote, d.statute) for d in altered.differences}
    assert any("must" in quote for quote, _ in changed)
    assert any("in accordance with law" in statute for _, statute in changed)
    scare = next(q for q in quotes if q.text == "an extraordinary outreach program")
    assert scare.verdict == "unmatched" and scare.match is None
    ren = next(q for q in quotes if q.text.startswith("has never received"))
    assert ren.verdict == "unmatched"


def test_article_14_words_cited_as_article_7_are_misattributed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, store: Store
) -> None:
    article14 = store.resolve("cn-national-intelligence-law").article("14").text
    story = tmp_path / "story.txt"
    story.write_text(
        f"《国家情报法》第七条规定：“{article14}”这一条款引发了外国企业的担忧。\n", encoding="utf-8"
    )
    code, report = check_json(capsys, str(story))
    quote = only_quote(report)
    assert quote["verdict"] == "verbatim"
    assert quote["match"]["statute"] == "cn-national-intelligence-law"
    assert quote["match"]["article"] == "14"
    assert quote["attribution"] == "misattributed"
    assert quote["cited_as"]["article"] == "7"
    assert code == 1


def test_data_security_law_words_cited_as_intelligence_law_are_misattributed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, store: Store
) -> None:
    dsl36 = store.resolve("cn-data-security-law").article("36").text
    sentence = dsl36[dsl36.index("非经") :]
    story = tmp_path / "story.txt"
    story.write_text(
        f"有报道称，《国家情报法》第七条写明：“{sentence}”但这并不准确。\n", encoding="utf-8"
    )
    code, report = check_json(capsys, str(story))
    quote = only_quote(report)
    assert quote["match"]["statute"] == "cn-data-security-law"
    assert quote["match"]["article"] == "36"
    assert quote["attribution"] == "misattributed"
    assert quote["cited_as"]["statute"] == "cn-national-intelligence-law"
    assert code == 1


def test_correct_attribution_is_consistent_and_exits_zero(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    story = tmp_path / "story.md"
    story.write_text(
        'Under Article 14 of the National Intelligence Law, state intelligence work organs "may '
        "demand that concerned organs, organizations, or citizens provide needed support, "
        'assistance, and cooperation."\n',
        encoding="utf-8",
    )
    code, report = check_json(capsys, str(story))
    quote = only_quote(report)
    assert quote["verdict"] == "verbatim"
    assert quote["attribution"] == "consistent"
    assert quote["cited_as"] == {
        "text": "Article 14 of the National Intelligence Law",
        "statute": "cn-national-intelligence-law",
        "article": "14",
    }
    assert quote["match"]["translation"].startswith("Murray Scot Tanner")
    assert code == 0


def test_cited_version_that_differs_is_reported(checker: Checker, store: Store) -> None:
    article22_2014 = store.resolve("cn-counter-espionage-law").article("22", "2014").text
    story = f"2023年修订的《反间谍法》第二十二条规定：“{article22_2014}”\n"
    (quote,) = checker.check_text(story).quotes
    assert quote.match is not None and quote.match.version == "2014"
    assert any("2023" in note and "2014" in note for note in quote.notes), quote.notes


def test_stdin_and_python_api_agree(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, store: Store
) -> None:
    import io
    import sys

    text = (REPO / "examples" / "zh-data-security.txt").read_text(encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    _, from_cli = check_json(capsys, "-")
    from_api = json.loads(lawref.check(text, store, source="-").to_json())
    assert from_cli == from_api
    assert from_api["documents"][0]["source"] == "-"


def test_html_input_blockquote_offsets_refer_to_extracted_text(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><script>var x = '“not a quote”';</script></head><body><article>"
        "<p>China&#39;s Cybersecurity Law, Article 28, states:</p>"
        "<blockquote>网络运营者应当为公安机关、国家安全机关依法维护国家安全和侦查犯罪的活动提供技术支持和协助。"
        "</blockquote></article></body></html>",
        encoding="utf-8",
    )
    _, report = check_json(capsys, str(page))
    quote = only_quote(report)
    assert quote["marks"] == "block"
    assert quote["verdict"] == "verbatim"
    assert quote["match"]["article"] == "28"


def test_min_score_unlinks_weak_matches(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(
        'The law says "any organization or citizen shall support and cooperate with state '
        'intelligence work according to law".\n',
        encoding="utf-8",
    )
    _, report = check_json(capsys, str(story))
    quote = only_quote(report)
    assert quote["verdict"] == "altered" and quote["match"]["article"] == "7"
    _, strict = check_json(capsys, str(story), "--min-score", "99")
    assert only_quote(strict)["verdict"] == "unmatched"


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["check", "no-such-file.txt"], "no-such-file.txt"),
        (["check"], "Missing argument"),
        (["check", "-", "-"], "stdin"),
    ],
)
def test_usage_and_input_errors_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], needle: str
) -> None:
    code = run(argv)
    out, err = capsys.readouterr()
    assert code == 2
    assert needle in err and "Traceback" not in err


def test_long_garbage_text_does_bounded_matching_work(store: Store) -> None:
    """A large text full of unbalanced quote marks: quotes are bounded, comparisons are counted."""
    checker = Checker(store, crosslingual=False)
    chunk = 'He said "the law " requires " that “ data ‘ be « stored 「 in China. '
    text = chunk * (2_000_000 // len(chunk))
    document = checker.check_text(text)
    for quote in document.quotes:
        assert text[quote.start : quote.end] == quote.text
        assert len(quote.text) < 10_000
    assert checker.matcher.comparisons <= 40 * max(1, len(document.quotes))


def test_html_authorities_count_a_list_of_articles_as_one_mention(store: Store) -> None:
    import re

    from lawref.render.html import render_html

    text = "Critics point to Articles 7 and 14 of the National Intelligence Law.\n"
    report = lawref.check(text, store)
    cited = [c.article for c in report.documents[0].citations]
    assert cited == ["7", "14"]
    page = render_html(report, [text], store)
    row = re.search(r'<tr data-statute="cn-national-intelligence-law">(.*?)</tr>', page)
    assert row is not None
    cells = re.findall(r"<td>(.*?)</td>", row.group(1))
    assert cells[-2:] == ["1", "0"]  # one mention, no quotation


def test_missing_crosslingual_extra_is_said_not_silent(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lawref.xling import evidence as crosslingual

    monkeypatch.setattr(crosslingual, "unavailable_reason", lambda: crosslingual.MISSING_NOTE)
    story = (
        "Article 7 of the National Intelligence Law obliges firms to "
        '"always hand over any data the security services ask them for".\n'
    )
    (quote,) = Checker(store).check_text(story).quotes
    assert quote.verdict in ("paraphrase", "unmatched")
    assert crosslingual.MISSING_NOTE in quote.notes
    (quiet,) = Checker(store, crosslingual=False).check_text(story).quotes
    assert quiet.notes == []


def test_notes_reach_the_text_and_html_reports(store: Store) -> None:
    import io

    from rich.console import Console

    from lawref.render.html import render_html
    from lawref.render.text import render_text

    article22_2014 = store.resolve("cn-counter-espionage-law").article("22", "2014").text
    story = f"2023年修订的《反间谍法》第二十二条规定：“{article22_2014}”\n"
    report = lawref.check(story, store)
    (note,) = report.documents[0].quotes[0].notes
    out = io.StringIO()
    render_text(report, [story], store, Console(file=out, width=200, no_color=True))
    assert note in out.getvalue()
    assert html.escape(note) in render_html(report, [story], store)
