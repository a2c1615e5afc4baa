"""An article cited with its parts in German, Dutch and Polish words (issue 14, the tenth held-out
set's citation recall): "Art. 50 Abs. 4 KI-VO", "Abs. 4 UAbs. 1" (a paragraph of the article cited
before), "artikel 6, lid 1, punt a), van de AVG", "art. 6 ust. 1 lit. f RODO", "w motywie 4"
(a recital). The forms are the grammar files statutes/grammar/de.yaml, nl.yaml and pl.yaml; each
case is read with the file and not without it (the rule off). English and Chinese sentences of
the same shapes are read as before. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from stored import shipped_store_with

from lawref.citations.find import CitationFinder
from lawref.citations.templates import load_grammar
from lawref.store.files import Store, shipped_store_path

GDPR = "eu-gdpr"
AI_ACT = "eu-ai-act"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, AI_ACT)


def _finder_without(store: Store, grammar: str) -> CitationFinder:
    folder = shipped_store_path() / "grammar"
    kept = [p for p in sorted(folder.glob("*.yaml")) if p.stem != grammar]
    return CitationFinder(store, grammar=load_grammar([], extra=kept))


def _cited(finder: CitationFinder, text: str, words: str) -> set[tuple[str | None, str | None]]:
    """(statute, article) of every citation whose words are exactly ``words``."""
    return {(c.statute, c.article) for c in finder.find(text) if c.text == words}


# (grammar file, text, the citation's words, (statute, article))
CASES = [
    ("de", "Art. 50 Abs. 4 KI-VO regelt Deepfakes.", "Art. 50 Abs. 4 KI-VO", (AI_ACT, "50")),
    ("de", "Siehe Art. 3 Nr. 60 KI-VO.", "Art. 3 Nr. 60 KI-VO", (AI_ACT, "3")),
    (
        "de",
        "Artikel 6 Absatz 1 Buchstabe f DSGVO erlaubt das.",
        "Artikel 6 Absatz 1 Buchstabe f DSGVO",
        (GDPR, "6"),
    ),
    (
        "de",
        "Art. 50 Abs. 4 KI-VO gilt. Nach Abs. 4 UAbs. 2 gilt eine Ausnahme.",
        "Abs. 4 UAbs. 2",
        (AI_ACT, "50"),
    ),
    (
        "nl",
        "Zie artikel 6, lid 1, punt a), van de AVG.",
        "artikel 6, lid 1, punt a), van de AVG",
        (GDPR, "6"),
    ),
    ("nl", "Dat regelt artikel 17 van de AVG.", "artikel 17 van de AVG", (GDPR, "17")),
    ("pl", "Podstawą jest art. 6 ust. 1 lit. f RODO.", "art. 6 ust. 1 lit. f RODO", (GDPR, "6")),
    ("pl", "Definicja: art. 4 pkt 2 RODO.", "art. 4 pkt 2 RODO", (GDPR, "4")),
    ("pl", "Jak mówi motyw 47 RODO, interes.", "motyw 47 RODO", (GDPR, "recital-47")),
]


@pytest.mark.parametrize(("grammar", "text", "words", "expected"), CASES)
def test_read_with_the_language_file_and_not_without(
    store: Store, grammar: str, text: str, words: str, expected: tuple[str, str]
) -> None:
    assert expected in _cited(CitationFinder(store), text, words)
    assert expected not in _cited(_finder_without(store, grammar), text, words)


def test_a_dutch_article_of_another_instrument_is_not_the_law_named_before(store: Store) -> None:
    """ "artikel 12 van de oude richtlijn" (Directive 95/46/EC) after the AVG is named: the
    directive's article, not the GDPR's (nl.yaml's window of_something); without the file the
    bare "artikel" is not read at all."""
    text = "De AVG geldt nu. Het recht stond in artikel 12 van de oude richtlijn."
    assert not [c for c in CitationFinder(store).find(text) if c.article == "12" and c.statute]


def test_an_article_of_the_charter_by_its_german_abbreviation_is_not_the_gdprs(
    store: Store,
) -> None:
    """ "Art. 8 Abs. 2 Satz 1 GRCh": the Charter's article (an acronym the store does not know,
    ending in a small h), not Art. 8 of the GDPR named in the same sentence."""
    found = CitationFinder(store).find("Vgl. Art. 8 Abs. 2 Satz 1 GRCh und die DSGVO.")
    assert [c.statute for c in found if c.text.startswith("Art. 8")] == [None]


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Article 6(1)(f) GDPR allows it.", "Article 6(1)(f) GDPR", (GDPR, "6")),
        ("Art. 5 para. 1 lit. b GDPR", "Art. 5 para. 1 lit. b GDPR", (GDPR, "5")),
        ("《通用数据保护条例》第六条第一款", "《通用数据保护条例》第六条第一款", (GDPR, "6")),
        ("《通用數據保護條例》第六條第一款", "《通用數據保護條例》第六條第一款", (GDPR, "6")),
    ],
)
def test_english_and_chinese_read_as_before(
    store: Store, text: str, words: str, expected: tuple[str, str]
) -> None:
    assert expected in _cited(CitationFinder(store), text, words)
