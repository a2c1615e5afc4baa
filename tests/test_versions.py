"""Versions chosen by date: the Cybersecurity Law of 2016 and as amended in 2025 (in force
2026-01-01, every article from old Art. 3 on renumbered), read through the shipped store."""

from __future__ import annotations

import datetime as dt
import io
import json
import unicodedata
from functools import cache
from pathlib import Path

import pytest

from lawref.batch.inputs import Item, iter_items, load_source
from lawref.citations.find import CitationFinder
from lawref.cli import run
from lawref.pipeline.checker import Checker
from lawref.read.published import iso_date, published_date
from lawref.read.source import source_from_bytes
from lawref.store.load import load_store
from lawref.store.versions import continued_as, numbering_note, version_in_force

CSL = "cn-cybersecurity-law"
# Art. 28 of the 2016 text (Art. 30 since 2026-01-01), as the 2016 source writes it.
OLD_28 = (
    "网络运营者应当为公安机关、国家安全机关依法维护国家安全和侦查犯罪的活动提供技术支持和协助。"
)


@cache
def store():  # type: ignore[no-untyped-def]
    return load_store(use_cache=False)


@cache
def finder() -> CitationFinder:
    return CitationFinder(store())


@cache
def checker() -> Checker:
    return Checker(store(), crosslingual=False, reuse=False)


def csl():  # type: ignore[no-untyped-def]
    found = store().get(CSL)
    if found is None or "2025" not in found.version_ids():
        pytest.skip("the shipped store lacks the 2025 Cybersecurity Law")
    return found


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


# --- the store ------------------------------------------------------------------------------


def test_which_statutes_record_a_renumbering_is_known_without_unpacking_them() -> None:
    """Linking a citation asks whether the matched statute's versions are renumbered (a batch
    asks for every quotation): the compiled store answers from a table, unpacking no statute,
    and gives the answer the statutes themselves give."""
    csl()
    plain = store()
    load_store()  # compiles the cache when this test runs first
    cached = load_store()
    assert cached.statutes is not plain.statutes
    answers = {sid: cached.records_renumbering(sid) for sid in cached.statutes}
    assert all(found is None for found in cached.statutes._items.values())  # type: ignore[attr-defined]
    expected = {
        s.id: any(v.renumbering is not None for v in s.versions) for s in plain.statutes.values()
    }
    assert answers == expected
    assert answers[CSL]
    assert not cached.records_renumbering("no-such-statute")


def test_the_version_in_force_is_chosen_by_its_effective_date() -> None:
    statute = csl()
    assert version_in_force(statute, dt.date(2019, 5, 1)) == "2016"
    assert version_in_force(statute, dt.date(2025, 12, 31)) == "2016"  # adopted, not yet in force
    assert version_in_force(statute, dt.date(2026, 1, 1)) == "2025"


def test_renumbering_follows_an_article_both_ways() -> None:
    statute = csl()
    assert continued_as(statute, "28", "2016", "2025") == ["30"]
    assert continued_as(statute, "37", "2016", "2025") == ["39"]
    assert continued_as(statute, "30", "2025", "2016") == ["28"]
    assert continued_as(statute, "3", "2025", "2016") == []  # new in 2025
    assert continued_as(statute, "64", "2016", "2025") == ["71"]  # merged into Art. 71
    assert (
        numbering_note(statute, "28", "2016")
        == "Art. 28 of the 2016 text, Art. 30 since 2026-01-01"
    )


def test_an_article_only_renumbered_reads_the_same_in_both_versions() -> None:
    statute = csl()
    old, new = statute.article("28", "2016"), statute.article("30", "2025")
    assert old is not None and new is not None
    assert old.text == OLD_28
    assert nfkc(new.text) == nfkc(old.text)
    # The 2025 source has ASCII commas where the 2016 text has full-width ones: bytes kept.
    first_2016, first_2025 = statute.article("1", "2016"), statute.article("1", "2025")
    assert first_2016 is not None and first_2025 is not None
    assert "，" in first_2016.text and "," in first_2025.text
    assert nfkc(first_2016.text) == nfkc(first_2025.text)


def test_show_gives_the_same_words_for_the_old_and_the_new_number(
    capsys: pytest.CaptureFixture[str],
) -> None:
    csl()
    texts = []
    for number, version in (("30", "2025"), ("28", "2016")):
        assert run(["show", CSL, number, "--version", version, "--format", "json"]) == 0
        texts.append(json.loads(capsys.readouterr().out)["text"])
    assert nfkc(texts[0]) == nfkc(texts[1]) == nfkc(OLD_28)
    assert run(["show", CSL, "3", "--version", "2025"]) == 0
    assert "网络安全工作坚持中国共产党的领导" in capsys.readouterr().out


def test_show_json_names_the_source_of_the_versions_text(
    capsys: pytest.CaptureFixture[str],
) -> None:
    statute = csl()
    own = next(v for v in statute.versions if v.id == "2025")
    assert own.source is not None and own.source != statute.source
    assert run(["show", CSL, "30", "--version", "2025", "--format", "json"]) == 0
    record = json.loads(capsys.readouterr().out)
    # The 2025 text is not the 2016 file the statute's own source names: its source is said.
    assert record["version_sources"] == [
        {"version": "2025", **own.source.model_dump(mode="json", exclude_none=True)}
    ]
    assert record["source"] == statute.source.model_dump(mode="json", exclude_none=True)
    assert run(["show", CSL, "28", "--version", "2016", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["version_sources"] == []  # the statute's source


# --- citations ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "version"), [(None, None), (dt.date(2019, 5, 1), "2016"), (dt.date(2026, 5, 1), "2025")]
)
def test_a_citation_without_a_year_reads_the_version_in_force(
    day: dt.date | None, version: str | None
) -> None:
    csl()
    (citation,) = finder().find("Article 28 of the Cybersecurity Law obliges operators.", day)
    assert (citation.statute, citation.article, citation.version) == (CSL, "28", version)
    assert citation.dated == (day is not None)


def test_a_year_in_the_citation_wins_over_the_date() -> None:
    csl()
    found = finder().find("Article 28 of the 2016 Cybersecurity Law", dt.date(2026, 5, 1))
    assert [(c.article, c.version, c.dated) for c in found] == [("28", "2016", False)]


def test_cites_reads_the_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csl()
    story = tmp_path / "story.txt"
    story.write_text("Article 28 of the Cybersecurity Law obliges operators.\n", encoding="utf-8")
    for day, version in (("2019-05-01", "2016"), ("2026-05-01", "2025")):
        assert run(["cites", "--date", day, "--format", "json", str(story)]) == 0
        (document,) = json.loads(capsys.readouterr().out)["documents"]
        assert [(c["article"], c["version"]) for c in document["citations"]] == [("28", version)]
    assert run(["cites", "--date", "2026-13-01", str(story)]) == 2


# --- quotations -----------------------------------------------------------------------------


def _quote(story: str, day: dt.date | None):  # type: ignore[no-untyped-def]
    from lawref.spans import SourceText

    (quote,) = checker().check_source(SourceText("story", story, date=day)).quotes
    return quote


@pytest.mark.parametrize("day", [None, dt.date(2019, 5, 1), dt.date(2026, 5, 1)])
def test_old_words_cited_by_the_old_number_are_consistent_and_say_which_version(
    day: dt.date | None,
) -> None:
    csl()
    quote = _quote(f"Article 28 of the Cybersecurity Law says “{OLD_28}”", day)
    assert quote.verdict == "verbatim"
    assert (quote.match.statute, quote.match.article, quote.match.version) == (CSL, "28", "2016")
    assert quote.attribution == "consistent"
    (note,) = [n for n in quote.notes if "quoted words" in n]
    assert "Art. 28 of the 2016 text, Art. 30 since 2026-01-01" in note
    if day == dt.date(2026, 5, 1):
        assert "consistent with the 2016 numbering" in note
    if day is None:  # both readings
        assert "in the 2016 numbering Article 28 is these words" in note
        assert "in the 2025 numbering Article 28 is another provision (Art. 26 of the 2016" in note


@pytest.mark.parametrize("day", [None, dt.date(2026, 5, 1)])
def test_old_words_cited_by_the_new_number_are_consistent(day: dt.date | None) -> None:
    csl()
    quote = _quote(f"Article 30 of the Cybersecurity Law says “{OLD_28}”", day)
    assert quote.attribution == "consistent"
    assert quote.match.article in ("28", "30")
    assert any(
        "Art. 28 of the 2016 text" in n or "Art. 28 in the 2016 text" in n for n in quote.notes
    )


def test_old_words_cited_by_an_unrelated_number_stay_misattributed() -> None:
    csl()
    quote = _quote(f"Article 12 of the Cybersecurity Law says “{OLD_28}”", dt.date(2026, 5, 1))
    assert quote.attribution == "misattributed"


def test_a_quote_of_the_new_article_3_links_to_the_2025_text() -> None:
    statute = csl()
    article = statute.article("3", "2025")
    assert article is not None and article.text.startswith("网络安全工作坚持中国共产党的领导")
    quote = _quote(f"新法第三条规定：“{article.text}”", None)
    assert quote.verdict == "verbatim"
    assert (quote.match.statute, quote.match.article, quote.match.version) == (CSL, "3", "2025")


# --- where a document's date comes from -------------------------------------------------------


def _jsonl_item(line: bytes) -> Item:
    """The one document of a JSON Lines input holding ``line``, read as `lawref batch -` reads it."""
    (item,) = iter_items(["-"], stdin=io.BytesIO(line + b"\n"))
    return item


def test_a_json_lines_date_is_read() -> None:
    item = _jsonl_item(b'{"id": 1, "text": "x", "date": "2026-02-03T08:00:00Z"}')
    assert item.date == dt.date(2026, 2, 3)
    assert load_source(item).date == dt.date(2026, 2, 3)
    assert item.fields["date"] == "2026-02-03T08:00:00Z"  # kept as given
    assert _jsonl_item(b'{"id": 1, "text": "x", "date": "March 3"}').date is None


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            '<meta property="article:published_time" content="2026-03-02T10:00:00+08:00">',
            "2026-03-02",
        ),
        ("<meta content='2019-05-01' name='pubdate'>", "2019-05-01"),
        (
            '<script type="application/ld+json">{"datePublished": "2018-07-09"}</script>',
            "2018-07-09",
        ),
        ('<time datetime="2017-06-27" pubdate>27 June</time>', "2017-06-27"),
        ('<meta name="date" content="not a date">', None),
        ('<meta name="description" content="2020-01-01">', None),
    ],
)
def test_an_html_page_says_when_it_was_published(head: str, expected: str | None) -> None:
    page = f"<html><head>{head}</head><body><p>Some text.</p></body></html>"
    assert published_date(page) == (dt.date.fromisoformat(expected) if expected else None)
    source = source_from_bytes(page.encode(), "page.html", media_type="html")
    assert source.date == published_date(page)


def test_iso_date_refuses_impossible_dates() -> None:
    assert iso_date("2026-02-30") is None
    assert iso_date(20260101) is None


def test_the_head_search_is_bounded_on_hostile_pages() -> None:
    page = "<meta " + "a=b " * 200_000 + ">" + "<meta name=date content=2020-01-01>"
    assert published_date(page) in (None, dt.date(2020, 1, 1))


def test_batch_reads_each_documents_date_and_the_date_option(tmp_path: Path) -> None:
    csl()
    text = "Article 28 of the Cybersecurity Law obliges operators."
    docs = tmp_path / "docs.jsonl"
    docs.write_text(
        "".join(
            json.dumps({"id": i, "text": text, **({"date": day} if day else {})}) + "\n"
            for i, day in enumerate(["2019-05-01", "2026-05-01T10:00:00Z", None])
        ),
        encoding="utf-8",
    )

    def versions(*options: str) -> list[str | None]:
        out = tmp_path / "out.jsonl"
        assert run(["batch", str(docs), "-o", str(out), "--jobs", "1", *options]) == 0
        lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        return [r["citations"][0]["version"] for r in sorted(lines, key=lambda r: r["id"])]

    assert versions() == ["2016", "2025", None]
    assert versions("--date", "2026-05-01") == ["2025", "2025", "2025"]
