"""French citation forms of EU acts and of the national laws beside them (issue 14; the class seen
on heldout20, French pages on the GDPR):

- a recital as French writing cites it — "le considérant 27 du RGPD", "RGPD, considérant 26",
  "considérants 39 et 40" — is the act's recital, as "Recital 27 of the GDPR" is (eu.yaml's
  ``eu_recital`` and ``recitals`` list);
- an act by its French number — "le règlement (UE) 2016/679", "Règl. no (UE) 2016/679" — is that
  act, as "Regulation (EU) 2016/679" is (eu.yaml's ``eu-act``);
- "art. 4, 1", "(art.15, 1, a)": French writing's pin cite of Art. 4(1), one article and its
  paragraph, not Articles 4 and 1 (en.yaml's ``comma_paragraph``, templates._comma_paragraph);
- "l'article 66 de la loi du 1er août 2018": an article of a national law named by its date or
  number, or of an EU directive named by its date ("l'article 29 de la directive du 24 octobre
  1995"), which the store does not hold, not the GDPR's article named before (fr.yaml's
  ``fr-dated-law``).

Each rule is taken out in turn and the same sentences lose their reading; English and Chinese
forms (Simplified and Traditional) are read as before with each rule on and off. The sentences
are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from grammar_off import finder_without
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations import templates
from lawref.citations.find import CitationFinder
from lawref.citations.templates import CitationGrammar, load_grammar
from lawref.store.files import Store, shipped_store_path

GDPR = "eu-gdpr"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR)


def _grammar_with(root: Path, edits: dict[str, list[tuple[str, str]]]) -> CitationGrammar:
    """The shipped grammar with each file's (old, new) replacements made, each old text present."""
    (root / "grammar").mkdir()
    for path in (shipped_store_path() / "grammar").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        for old, new in edits.get(path.name, []):
            assert old in text, (path.name, old)
            text = text.replace(old, new)
        (root / "grammar" / path.name).write_text(text, encoding="utf-8")
    return load_grammar([root])


@pytest.fixture(scope="module")
def without_french_recitals(tmp_path_factory: pytest.TempPathFactory) -> CitationGrammar:
    return _grammar_with(
        tmp_path_factory.mktemp("fr-recitals-off"),
        {"eu.yaml": [("|[Cc]onsidérants?|CONSIDÉRANTS?", ""), ("|[Cc]onsidérants?)", ")")]},
    )


@pytest.fixture(scope="module")
def without_french_act_numbers(tmp_path_factory: pytest.TempPathFactory) -> CitationGrammar:
    return _grammar_with(
        tmp_path_factory.mktemp("fr-acts-off"),
        {"eu.yaml": [("|règlement|règl\\.|décision", ""), ("|UE|CE|CEE", "")]},
    )


def _finder_without(store: Store, template: str) -> CitationFinder:
    return finder_without(store, template)


def _gdpr_articles(finder: CitationFinder, text: str) -> list[str | None]:
    return [c.article for c in finder.find(text) if c.statute == GDPR]


# (text, the GDPR's citations' articles with the rule on, with it off)
RECITALS = [
    (
        "Le RGPD le dit : le considérant 27 du RGPD exclut les défunts.",
        [None, "recital-27"],
        [None, None],
    ),
    ("Une donnée est personnelle (RGPD, considérant 26).", ["recital-26"], [None]),
    (
        "Les considérants 39 et 40 du RGPD expliquent la licéité.",
        ["recital-39", "recital-40"],
        [None],
    ),
    ("Considérant que le RGPD s'applique, le texte est clair.", [None], [None]),
    # English and Chinese, read as before
    ("Recital 26 of the GDPR explains it.", ["recital-26"], ["recital-26"]),
    ("GDPR第4条第1款规定了定义。", ["4"], ["4"]),
    ("GDPR第4條第1款規定了定義。", ["4"], ["4"]),
]


@pytest.mark.parametrize("case", range(len(RECITALS)))
def test_a_french_recital(
    store: Store, without_french_recitals: CitationGrammar, rule: RuleSwitch, case: int
) -> None:
    text, on, off = RECITALS[case]
    finder = CitationFinder(store) if rule.on else CitationFinder(store, without_french_recitals)
    assert _gdpr_articles(finder, text) == (on if rule.on else off)


# (text, whether the GDPR is cited with the rule on, with it off)
ACT_NUMBERS = [
    ("Le règlement (UE) 2016/679 protège les personnes physiques.", True, False),
    ("Voir Règl. no (UE) 2016/679 du Parlement européen et du Conseil.", True, False),
    ("Le Règl. (UE) n° 2016/679 s'applique depuis 2018.", True, False),
    # English and Chinese, read as before
    ("Regulation (EU) 2016/679 applies.", True, True),
    ("欧盟第2016/679号条例即《通用数据保护条例》。", True, True),
    ("歐盟《通用數據保護條例》適用。", True, True),
]


@pytest.mark.parametrize("case", range(len(ACT_NUMBERS)))
def test_an_eu_act_by_its_french_number(
    store: Store, without_french_act_numbers: CitationGrammar, rule: RuleSwitch, case: int
) -> None:
    text, on, off = ACT_NUMBERS[case]
    finder = CitationFinder(store) if rule.on else CitationFinder(store, without_french_act_numbers)
    assert bool(_gdpr_articles(finder, text)) == (on if rule.on else off)


# (text, the GDPR's articles with the rule on, with it off)
PIN_CITES = [
    ("La notion est définie ainsi (RGPD, art. 4, 1).", ["4"], ["4", "1"]),
    ("Le RGPD : finalité du traitement (art.15, 1, a).", [None, "15"], [None, "15", "1"]),
    ("Le RGPD impose la sécurité (RGPD, art. 32, 1).", [None, "32"], [None, "32", "1"]),
    # a list: plural, or a larger number, or a list going on
    ("Le RGPD, arts. 15, 1 et 2.", ["15", "1", "2"], ["15", "1", "2"]),
    ("Le RGPD, art. 4, 11.", ["4", "11"], ["4", "11"]),
    # English and Chinese, read as before
    ("Articles 15, 16 and 17 of the GDPR apply.", ["15", "16", "17"], ["15", "16", "17"]),
    ("GDPR第15条、第1条均有规定。", ["15", "1"], ["15", "1"]),
    ("GDPR第15條、第1條均有規定。", ["15", "1"], ["15", "1"]),
]


@pytest.mark.parametrize("case", range(len(PIN_CITES)))
def test_a_french_pin_cite_is_one_article(store: Store, rule: RuleSwitch, case: int) -> None:
    text, on, off = PIN_CITES[case]
    rule.take_out(templates, "_comma_paragraph", lambda matches: None)
    finder = CitationFinder(store)
    assert _gdpr_articles(finder, text) == (on if rule.on else off)


def test_the_pin_cite_keeps_its_paragraph(store: Store) -> None:
    (cited,) = [c for c in CitationFinder(store).find("(RGPD, art. 4, 1)") if c.article]
    assert (cited.article, cited.subdivision) == ("4", "(1)")


# (text, the reference's words: with the rule on, no GDPR citation there)
DATED_LAWS = [
    (
        "Le RGPD s'applique. L’article 66 de la loi du 1er août 2018 portant organisation de "
        "la Commission nationale fixe les amendes.",
        "article 66",
    ),
    ("Le RGPD s'applique. Voir l'article 9 de la loi du 6 janvier 1978 sur ce point.", "article 9"),
    ("Le RGPD s'applique. L'article 5 de la loi n° 78-17 le prévoit aussi.", "article 5"),
    # an EU directive by its date (round twenty-two; heldout22's "l’article 29 de la directive du
    # 24 octobre 1995", the G29's Directive 95/46/CE)
    (
        "Selon le RGPD, le groupe a été créé par l’article 29 de la directive du 24 octobre 1995 "
        "relative à la protection des données.",
        "article 29",
    ),
]


@pytest.mark.parametrize("case", range(len(DATED_LAWS)))
def test_an_article_of_a_dated_french_law_is_not_the_gdprs(
    store: Store, rule: RuleSwitch, case: int
) -> None:
    text, words = DATED_LAWS[case]
    finder = CitationFinder(store) if rule.on else _finder_without(store, "fr-dated-law")
    at = text.index(words)
    gdpr = [c for c in finder.find(text) if c.statute == GDPR and c.start <= at < c.end]
    assert (gdpr == []) == rule.on, [(c.text, c.statute, c.article) for c in finder.find(text)]


@pytest.mark.parametrize(
    "text",
    [
        "La loi du 1er août 2018 s'applique. L'article 9 du RGPD vise les données sensibles.",
        "The law of 1 August 2018 applies. Article 9 of the GDPR lists sensitive data.",
        "2018年8月1日的法律适用。GDPR第9条列出敏感数据。",
        "2018年8月1日的法律適用。GDPR第9條列出敏感資料。",
    ],
)
def test_the_gdprs_article_after_a_dated_law_is_read_as_before(store: Store, text: str) -> None:
    assert "9" in _gdpr_articles(CitationFinder(store), text)
