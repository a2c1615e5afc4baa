"""A bill's or an ordinance's name the store lacks, right before a reference — 《香港人权法案第17条,
香港人權法案第17條 (the Hong Kong Bill of Rights) — owns the article after it, as a law's name
ending in 法 does (反恐怖主义法第十八条): the reference is no article of the law named before it
(issue 14; the class seen on the eighteenth held-out set: a Hong Kong legal-information page
whose Bill of Rights Article 17, its title mark left unclosed, was read as the Basic Law's Article
17 named the sentence before). A stored law whose name ends in 法案 (人工智能法案) is read by its
name as before.

Each case runs with the rule on and off (statutes/grammar/joins.yaml ``cn_unknown_before``, its
法案)."""

from __future__ import annotations

import dataclasses
import re

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations.find import CitationFinder
from lawref.store.files import Store

BASIC_LAW = "cn-hong-kong-basic-law"
AI_ACT = "eu-ai-act"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(BASIC_LAW, AI_ACT)


# (text, the article's number, its statute with the rule on, with it off)
CASES = [
    (
        "《基本法》第27条保障集会自由。与此同时,《香港人权法案第17条亦保障和平集会。",
        "17",
        None,
        BASIC_LAW,
    ),
    (
        "《基本法》第27條保障集會自由。與此同時,香港人權法案第17條亦保障和平集會。",
        "17",
        None,
        BASIC_LAW,
    ),
    (
        "基本法第27条は集会の自由を保障し、香港人権法案第17条も平和的集会を認める。",
        "17",
        None,
        BASIC_LAW,
    ),
    # a stored law's name ending in 法案: unchanged
    ("《基本法》第27条保障集会自由。欧盟人工智能法案第5条禁止某些做法。", "5", AI_ACT, AI_ACT),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_bill_named_before_a_reference_owns_it(
    finder: CitationFinder, rule: RuleSwitch, monkeypatch: pytest.MonkeyPatch, case: int
) -> None:
    text, number, on, off = CASES[case]
    if not rule.on:
        windows = finder.windows
        without = re.compile(windows.cn_unknown_before.pattern.replace("法案|", ""))
        assert without.pattern != windows.cn_unknown_before.pattern
        monkeypatch.setattr(
            finder, "windows", dataclasses.replace(windows, cn_unknown_before=without)
        )
    found = [c for c in finder.find(text) if c.article == number]
    assert found, [(c.text, c.statute, c.article) for c in finder.find(text)]
    assert {c.statute for c in found} == {on if rule.on else off}, [
        (c.text, c.statute, c.article, c.note) for c in found
    ]
