"""Three readings of EU acts' citations (issue 14; the classes seen on heldout23):

- a "Section" of an EU act is a part of one of its chapters, never the article of that number:
  "the requirements set out in Section 2" on a page about the AI Act cites no Article 2
  (citations/chapter_sections.py, eu.yaml's window ``chapter_section``);
- "EU 2024/1689", "UE 2016/679": an act's number after its domain alone, the word "Regulation"
  left out, names the act of that number (eu.yaml's template ``eu-number-alone``);
- a number the word "articles" follows counts articles — a contents page's "4 articles" / "1
  article" / "2 articles" — and is no reference (en.yaml's ``article-reference``).

Each rule is taken out in turn (the step replaced by one that keeps every citation; the template
taken out of the grammar; the template's pattern without the words that follow a count) and the
same sentences lose their reading. A Chinese section, 第二节, was never read as an article, so
the first rule has no Chinese form to test. The sentences are written for these tests."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from grammar_off import finder_without
from stored import shipped_store_with

from lawref.citations import find
from lawref.citations.find import CitationFinder
from lawref.citations.templates import CitationGrammar, load_grammar
from lawref.spans import CitationSpan
from lawref.store.files import Store, shipped_store_path

AI_ACT, GDPR = "eu-ai-act", "eu-gdpr"
Cited = tuple[str | None, str | None]  # (statute, article)


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(AI_ACT, GDPR)


@pytest.fixture(scope="module")
def finder(store: Store) -> CitationFinder:
    return CitationFinder(store)


def _cited(found: Sequence[CitationSpan]) -> list[Cited]:
    return [(c.statute, c.article) for c in found]


# --- a section of a chapter ----------------------------------------------------------------------

# (text, the citations with the rule on, with it off)
SECTIONS = [
    (
        "The AI Act asks providers to meet every requirement listed in Section 2 before sale.",
        [(AI_ACT, None), (AI_ACT, None)],
        [(AI_ACT, None), (AI_ACT, "2")],
    ),
    (
        "Notified bodies are dealt with in Chapter III, Section 4 of the EU AI Act.",
        [(AI_ACT, None)],
        [(AI_ACT, "4")],
    ),
    (
        "Under the GDPR, Chapter IV, Section 3 covers impact assessments and prior consultation.",
        [(GDPR, None), (GDPR, None)],
        [(GDPR, None), (GDPR, "3")],
    ),
    (
        "Article 28 of the GDPR binds processors; Sec. 4 then turns to codes of conduct.",
        [(GDPR, "28"), (GDPR, None)],
        [(GDPR, "28"), (GDPR, "4")],
    ),
]


@pytest.mark.parametrize(("text", "on", "off"), SECTIONS)
def test_a_section_of_an_eu_act_is_no_article(
    finder: CitationFinder,
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    on: list[Cited],
    off: list[Cited],
) -> None:
    assert _cited(finder.find(text)) == on
    monkeypatch.setattr(find, "chapter_sections", lambda text, found, *_: list(found))
    assert _cited(finder.find(text)) == off


# Articles, and a US act's sections, are read as before.
UNCHANGED = [
    ("Article 9 of the AI Act sets out risk management.", [(AI_ACT, "9")]),
    # a writer calling an article a section, the law named with it and no chapter beside it
    ("Section 9 of GDPR lists the special categories of data.", [(GDPR, "9")]),
    (
        "Section 60 of GDPR sets out cooperation. Section 61 then adds mutual assistance.",
        [(GDPR, "60"), (GDPR, "61")],
    ),
    (
        "The AI Act is in force. Section 6(3) then lets providers show a low risk.",
        [(AI_ACT, None), (AI_ACT, "6")],
    ),
    (
        "Section 230 of the Communications Decency Act shields platforms.",
        [("us-47-usc-230", "230")],
    ),
    (
        "Under Section 702 of FISA the agencies may target non-US persons.",
        [("us-50-usc-1881a", "1881a")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_articles_and_us_sections_are_read_as_before(
    finder: CitationFinder, text: str, expected: list[Cited]
) -> None:
    assert _cited(finder.find(text)) == expected


# --- an act's number after its domain alone ------------------------------------------------------

NUMBERS = [
    ("Controllers established outside the Union are bound by EU 2016/679 as well.", [(GDPR, None)]),
    (
        "RÈGLEMENT SUR L'INTELLIGENCE ARTIFICIELLE - UE 2024/1689\n\nChapitre I\nArticle 3 : Définitions",
        [(AI_ACT, None), (AI_ACT, "3")],
    ),
    ("依据欧盟 EU 2016/679 第17条，数据主体可以要求删除其数据。", [(GDPR, "17")]),
    ("依據歐盟 UE 2016/679 第17條，資料主體可以要求刪除其資料。", [(GDPR, "17")]),
]


@pytest.mark.parametrize(("text", "on"), NUMBERS)
def test_an_eu_number_after_its_domain_names_the_act(
    store: Store, finder: CitationFinder, text: str, on: list[Cited]
) -> None:
    assert _cited(finder.find(text)) == on
    off = _cited(finder_without(store, "eu-number-alone").find(text))
    assert off != on and not any(statute for statute, _ in off)


@pytest.mark.parametrize(
    "text",
    [
        "The EU 2023/2024 budget round closed in spring.",  # a span of years
        "Its EU 2023/24 season report came late.",
        "The old EU 1025/2012 standardisation rules still apply.",  # number/year: per type
    ],
)
def test_a_span_of_years_or_an_old_number_is_no_act(finder: CitationFinder, text: str) -> None:
    assert not [c for c in finder.find(text) if c.statute]


# --- a count of articles -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def grammar_without_counts(tmp_path_factory: pytest.TempPathFactory) -> CitationGrammar:
    root: Path = tmp_path_factory.mktemp("counts-off")
    (root / "grammar").mkdir()
    count = "(?![ \\t]{1,2}(?:articles?|sections?|annexes|recitals|chapters)(?![A-Za-z]))"
    for path in (shipped_store_path() / "grammar").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        if path.name == "en.yaml":
            assert count in text
            text = text.replace(count, "")
        (root / "grammar" / path.name).write_text(text, encoding="utf-8")
    return load_grammar([root])


COUNTS = [
    "AI Act contents\nChapter I General provisions: 4 articles\n1 article\nChapter III",
    "The AI Act in figures: 113 articles 13 annexes and 180 recitals.",
    "The GDPR contents: Chapter II, 7 articles\n11 articles in Chapter III",
]


@pytest.mark.parametrize("text", COUNTS)
def test_a_count_of_articles_is_no_reference(
    store: Store, finder: CitationFinder, grammar_without_counts: CitationGrammar, text: str
) -> None:
    assert not [c for c in finder.find(text) if c.article]
    off = CitationFinder(store, grammar_without_counts).find(text)
    assert [c for c in off if c.article]
