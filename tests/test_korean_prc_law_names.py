"""Korean names of two Chinese laws (issue 14; the class seen on heldout20, Korean pages on the
PRC's Foreign Investment and Cryptography Laws): 외상투자법 and 암호법 name the PRC's law in a text
that speaks of China (ko.yaml's context rules, read only with their cues), and no stored law
elsewhere or right after another country's name (한국의 암호법): 암호법 is also the craft. A draft
in brackets, 암호법(초안), is no law in force (ko.yaml's ``draft_after``).

With the rules taken out of the grammar the same sentences name no stored law; Chinese
(Simplified and Traditional) and English names are read as before. The sentences are written for
these tests."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations.find import CitationFinder
from lawref.citations.grammar_data import grammar_files, read_grammar_files
from lawref.citations.templates import compile_grammar
from lawref.store.files import Store, shipped_store_path

FIL = "cn-foreign-investment-law"
CRYPTO = "cn-cryptography-law"
RULES = {
    "China's Foreign Investment Law, in Korean",
    "China's Cryptography Law, in Korean",
}


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(FIL, CRYPTO)


def _finder(store: Store, on: bool) -> CitationFinder:
    if on:
        return CitationFinder(store)
    files = read_grammar_files(grammar_files([shipped_store_path()]))
    for _, grammar in files:
        names = {rule.name for rule in grammar.contexts}
        if grammar.grammar == "ko":
            assert names >= RULES
        grammar.contexts[:] = [rule for rule in grammar.contexts if rule.name not in RULES]
    return CitationFinder(store, compile_grammar(files))


def _cited(finder: CitationFinder, text: str) -> list[tuple[str | None, str | None]]:
    return [(c.statute, c.article) for c in finder.find(text) if c.statute]


# (text, the stored laws cited with the rules on, with them off)
CASES = [
    ("중국의 「외상투자법」 제2조는 적용 범위를 정한다.", [(FIL, "2")], []),
    ("중국은 「중화인민공화국 암호법」을 통과시켰다.", [(CRYPTO, None)], []),
    ("중국 전인대가 외상투자법을 통과시켰고, 외상투자법은 내년에 시행된다.", [(FIL, None)] * 2, []),
    ("中, 암호법 내년 시행. 암호법은 상용 암호를 다룬다.", [(CRYPTO, None)] * 2, []),
    # another country's law, or no word of China: no stored law
    ("중국과 달리 한국의 암호법 논의는 더디다.", [], []),
    ("암호법 연구는 현대 보안의 기초이다.", [], []),
    ("중국이 ‘중화인민공화국 암호법(초안)’을 공개했다.", [], []),
    # Chinese and English names, read as before
    ("中国《密码法》第四条规定了党的领导。", [(CRYPTO, "4")], [(CRYPTO, "4")]),
    ("中國《外商投資法》第二條規定適用範圍。", [(FIL, "2")], [(FIL, "2")]),
    ("China's Cryptography Law took effect in 2020.", [(CRYPTO, None)], [(CRYPTO, None)]),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_korean_name_of_a_prc_law(store: Store, rule: RuleSwitch, case: int) -> None:
    text, on, off = CASES[case]
    assert _cited(_finder(store, rule.on), text) == (on if rule.on else off)
