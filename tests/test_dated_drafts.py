"""A law's name with a date in brackets before the law was adopted — "the EU Artificial
Intelligence Act (25.11.2022)", a page giving the Council's text of that day article by article —
names a text of that date, not the stored law: its "Article 44" is the proposal's (issue 14,
policy C; the class seen on heldout22). The year of the date is read as a bracketed year already
is (statutes/grammar/joins.yaml ``year_after``; citations/naming.py ``versioned``: a year before
the law's adoption is another law). A date after the adoption keeps the law.

Each case runs with the rule on and off: off, the grammar without the day and month before the
year. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations.find import CitationFinder
from lawref.citations.templates import CitationGrammar, load_grammar
from lawref.store.files import Store, shipped_store_path

AI = "eu-ai-act"
GDPR = "eu-gdpr"
DATE = "(?:[0-9]{1,2}[./][0-9]{1,2}[./])?"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(AI, GDPR)


@pytest.fixture(scope="module")
def grammar_without_dates(tmp_path_factory: pytest.TempPathFactory) -> CitationGrammar:
    root = tmp_path_factory.mktemp("grammar-off")
    (root / "grammar").mkdir()
    for path in (shipped_store_path() / "grammar").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        if path.name == "joins.yaml":
            assert DATE in text
            text = text.replace(DATE, "")
        (root / "grammar" / path.name).write_text(text, encoding="utf-8")
    return load_grammar([root])


# (text, the reference's words, its statute with the rule on, off)
CASES = [
    (
        "The Articles of the EU Artificial Intelligence Act (25.11.2022)\n\nArticle 44\nCertificates",
        "Article 44",
        None,
        AI,
    ),
    (
        "The Artificial Intelligence Act (21/04/2021), Article 52, set transparency duties.",
        "Article 52",
        None,
        AI,
    ),
    ("欧盟《人工智能法案》（25.11.2022）第44条规定了证书。", "第44条", None, AI),
    ("歐盟《人工智能法案》（25.11.2022）第44條規定了證書。", "第44條", None, AI),
    # a date after the adoption: the law
    ("The GDPR (25.5.2018), Article 6, lists the lawful bases.", "Article 6", GDPR, GDPR),
    ("欧盟《人工智能法案》（1.8.2024）第5条禁止某些做法。", "第5条", AI, AI),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_name_dated_before_its_adoption_is_another_text(
    store: Store, grammar_without_dates: CitationGrammar, rule: RuleSwitch, case: int
) -> None:
    text, words, on, off = CASES[case]
    finder = CitationFinder(store) if rule.on else CitationFinder(store, grammar_without_dates)
    at = text.index(words)
    found = [c for c in finder.find(text) if c.start <= at < c.end]
    assert found, [(c.text, c.statute) for c in finder.find(text)]
    assert {c.statute for c in found} == {on if rule.on else off}, [
        (c.text, c.statute, c.note) for c in found
    ]
