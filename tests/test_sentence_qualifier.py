"""A sentence qualifier after an article's or a recital's number belongs to the same citation:
"Recital 148 sentence 2 GDPR", "Article 83(2) sentence 1 GDPR" cite the recital or article of
the GDPR, not the bare number and a second, separate "GDPR" (issue 14, heldout12: a GDPR wiki's
footnote). Chinese writes the sentence after the paragraph (第83条第2款第1句) and keeps it one
citation already: those cases guard that it stays so.

Each case runs with the rule on and off: off is the grammar without its ``sentence_part`` token
(statutes/grammar/en.yaml, used by the recitals of eu.yaml)."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations.find import CitationFinder
from lawref.citations.grammar_data import grammar_files, read_grammar_files
from lawref.citations.templates import compile_grammar
from lawref.store.files import Store, shipped_store_path

GDPR = "eu-gdpr"
NEVER = "(?!)"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR)


def _finder(store: Store, on: bool) -> CitationFinder:
    if on:
        return CitationFinder(store)
    files = read_grammar_files(grammar_files([shipped_store_path()]))
    for _, grammar in files:
        if "sentence_part" in grammar.tokens:
            grammar.tokens["sentence_part"] = NEVER
    return CitationFinder(store, compile_grammar(files))


# (text, the one citation's words, its article, whether the rule decides it)
CASES = [
    (
        "The fine follows Recital 148 sentence 2 GDPR.",
        "Recital 148 sentence 2 GDPR",
        "recital-148",
        True,
    ),
    (
        "As Recital 148, sentence 2 of the GDPR says, a reprimand may do.",
        "Recital 148, sentence 2 of the GDPR",
        "recital-148",
        True,
    ),
    (
        "This follows from Article 83(2) sentence 1 GDPR.",
        "Article 83(2) sentence 1 GDPR",
        "83",
        True,
    ),
    (
        "Under Art. 6 para. 1 sentence 2 GDPR, the balancing test does not apply.",
        "Art. 6 para. 1 sentence 2 GDPR",
        "6",
        True,
    ),
    (
        "《通用数据保护条例》第83条第2款第1句规定了罚款的考量。",
        "《通用数据保护条例》第83条第2款",
        "83",
        False,
    ),
    (
        "《通用數據保護條例》第83條第2款第1句規定了罰款的考量。",
        "《通用數據保護條例》第83條第2款",
        "83",
        False,
    ),
]


@pytest.mark.parametrize(("text", "words", "article", "decided"), CASES)
def test_a_sentence_qualifier_stays_in_the_citation(
    store: Store, rule: RuleSwitch, text: str, words: str, article: str, decided: bool
) -> None:
    found = [(c.text, c.statute, c.article) for c in _finder(store, rule.on).find(text)]
    if rule.on or not decided:
        assert found == [(words, GDPR, article)]
    else:
        assert found != [(words, GDPR, article)]
        assert (words, GDPR, article) not in found
