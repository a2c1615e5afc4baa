"""French citations of articles (issue 14; the class seen on heldout19, French pages on the GDPR):
a list joined by "et" or "ou" and a range with "à" — "Articles 31 et 32", "articles 12 à 22" —
cites every article of it, as "Articles 31 and 32" does (en.yaml's ``en_separator`` and the
``articles`` list); and "l'article 226-18 du Code pénal" is an article of the code named after
it, a law the store does not hold, not of the GDPR the page named before (fr.yaml's ``fr-code``,
read by citations/naming.py as a name whose head word comes first).

Each rule is taken out in turn (the grammar before the French words; the grammar without
``fr-code``; the naming step without its reading of a head-first name) and the same sentences
lose their reading. English and Chinese forms are read as before. The sentences are written for
these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from grammar_off import finder_without
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations import naming
from lawref.citations.find import CitationFinder
from lawref.citations.templates import CitationGrammar, load_grammar
from lawref.store.files import Store, shipped_store_path

GDPR = "eu-gdpr"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR)


@pytest.fixture(scope="module")
def grammar_without_french_lists(tmp_path_factory: pytest.TempPathFactory) -> CitationGrammar:
    root: Path = tmp_path_factory.mktemp("fr-lists-off")
    (root / "grammar").mkdir()
    for path in (shipped_store_path() / "grammar").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        if path.name == "en.yaml":
            for french in ("|et\\s{1,3}|ou\\s{1,3})?", "|et\\s{1,3}|ou\\s{1,3}", "|à\\s{1,3}"):
                assert french in text
                text = text.replace(french, ")?" if french.endswith(")?") else "")
            for french in ("|et|ou", "|à", " à,"):
                assert french in text
                text = text.replace(french, "")
        (root / "grammar" / path.name).write_text(text, encoding="utf-8")
    return load_grammar([root])


def _articles(finder: CitationFinder, text: str) -> list[str | None]:
    return [c.article for c in finder.find(text) if c.statute == GDPR and c.article]


# (text, the GDPR's articles cited with the rule on, with it off)
LISTS = [
    ("Le RGPD impose la sécurité (Articles 31 et 32 du RGPD).", ["31", "32"], ["31"]),
    ("Voir les articles 12 à 14 du RGPD sur les droits.", ["12", "13", "14"], ["12"]),
    ("L'article 5 ou 6 du RGPD s'applique.", ["5", "6"], ["5"]),
    (
        "Les articles 44, 45 et 46 du RGPD encadrent les transferts.",
        ["44", "45", "46"],
        ["44", "45"],
    ),
    # English and Chinese, read as before
    ("Articles 31 and 32 of the GDPR apply.", ["31", "32"], ["31", "32"]),
    ("GDPR第31条和第32条规定了安全义务。", ["31", "32"], ["31", "32"]),
    ("GDPR第31條及第32條規定了安全義務。", ["31", "32"], ["31", "32"]),
    ("Articles 12 et seq. of the GDPR set out the rights.", ["12"], ["12"]),
]


@pytest.mark.parametrize("case", range(len(LISTS)))
def test_a_french_list_of_articles(
    store: Store, grammar_without_french_lists: CitationGrammar, rule: RuleSwitch, case: int
) -> None:
    text, on, off = LISTS[case]
    finder = (
        CitationFinder(store) if rule.on else CitationFinder(store, grammar_without_french_lists)
    )
    assert _articles(finder, text) == (on if rule.on else off)


def _without_fr_code(store: Store) -> CitationFinder:
    return finder_without(store, "fr-code")


# (text, the reference's words, the article the GDPR is cited at there: None, no GDPR citation)
CODES = [
    ("Le RGPD protège les données. L’article 226-18 du Code pénal punit la collecte.", "226-18"),
    ("Le RGPD s'applique. Voir l'article 9 du code civil sur la vie privée.", "article 9"),
    ("Le RGPD s'applique. L'article 12 du Code du travail vise les salariés.", "article 12"),
]


@pytest.mark.parametrize("case", range(len(CODES)))
@pytest.mark.parametrize("off", ["grammar", "naming"])
def test_an_article_of_a_french_code_is_not_the_gdprs(
    store: Store, rule: RuleSwitch, case: int, off: str
) -> None:
    text, words = CODES[case]
    if off == "naming":
        rule.take_out(naming, "_named_after_head", lambda head: False)
    finder = CitationFinder(store) if rule.on or off == "naming" else _without_fr_code(store)
    at = text.index(words)
    gdpr = [c for c in finder.find(text) if c.statute == GDPR and c.start <= at < c.end]
    assert (gdpr == []) == rule.on, [(c.text, c.statute, c.article) for c in finder.find(text)]


def test_the_gdpr_named_after_its_article_is_read_as_before(store: Store) -> None:
    text = "Le Code pénal punit la collecte. L'article 83 du RGPD prévoit des amendes."
    assert _articles(CitationFinder(store), text) == ["83"]
