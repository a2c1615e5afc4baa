"""An EU act named by its Official Journal reference — "OJ L, 2024/1689", the act-by-act numbering
the L series has used since October 2023 — or by its EUR-Lex CELEX number, "CELEX 32024R1689", cites
the act whose own number that is (issue 14; the class seen on heldout22: law readers give the AI
Act's "OJ L 2024/1689" and "CELEX 32024R1689" under an article's text). An older reference, which
gives the issue and page ("OJ L 119, 4.5.2016, p. 1"), and a CELEX number of a proposal (sector 5)
name no act. With eu.yaml's two templates taken out, the same sentences cite no stored law. The
sentences are written for these tests."""

from __future__ import annotations

import pytest
from stored import shipped_store_with

from lawref.citations.find import CitationFinder
from lawref.citations.grammar_data import grammar_files, read_grammar_files
from lawref.citations.templates import compile_grammar
from lawref.store.files import Store, shipped_store_path

AI_ACT = "eu-ai-act"
GDPR = "eu-gdpr"
RULES = {"eu-oj-act", "eu-celex"}


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(AI_ACT, GDPR)


def _finder(store: Store, on: bool) -> CitationFinder:
    if on:
        return CitationFinder(store)
    files = read_grammar_files(grammar_files([shipped_store_path()]))
    for _, grammar in files:
        if grammar.grammar == "eu":
            assert {t.name for t in grammar.templates} >= RULES
        grammar.templates[:] = [t for t in grammar.templates if t.name not in RULES]
    return CitationFinder(store, compile_grammar(files))


# (text, the stored laws cited with the templates, without them)
CASES = [
    (
        "Source: OJ L, 2024/1689, 12.7.2024, ELI: http://data.europa.eu/eli/reg/2024/1689/oj",
        {AI_ACT},
    ),
    ("The reader links the text to EUR-Lex CELEX 32024R1689.", {AI_ACT}),
    ("CELEX: 32016R0679 is the document number of the text in force.", {GDPR}),
    ("Le texte a été publié au JO L 2024/1689 du 12 juillet 2024.", {AI_ACT}),
    ("Die Verordnung steht im ABl. L 2024/1689 vom 12.7.2024.", {AI_ACT}),
    ("欧盟的这部法规已在官方公报 OJ L 2024/1689 上公布。", {AI_ACT}),
    ("歐盟的這部法規已刊登於官方公報 OJ L 2024/1689。", {AI_ACT}),
]
NO_ACT = [
    "The Regulation was published in OJ L 119, 4.5.2016, p. 1.",
    "The Commission's proposal is CELEX 52021PC0206.",
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_an_official_reference_cites_its_act(store: Store, case: int) -> None:
    text, cited = CASES[case]
    assert {c.statute for c in _finder(store, True).find(text) if c.statute} == cited
    assert not {c.statute for c in _finder(store, False).find(text) if c.statute}


@pytest.mark.parametrize("text", NO_ACT)
def test_an_issue_and_page_or_a_proposal_is_no_act(store: Store, text: str) -> None:
    assert not {c.statute for c in _finder(store, True).find(text) if c.statute}
