"""A title with the law's Latin acronym inside it, after the name — 「外国情報監視法(FISA)」第702条,
《外国情报监视法（FISA）》第702条 — names the law by the name before the acronym (issue 14; the class
seen on the thirteenth held-out set: a Japanese news report citing FISA's section 702 so, left
unresolved). A title whose acronym is all it has, or whose name is not the store's, stays as it
was.

Each case runs with the rule on and off (citations/title_words.py ``_ACRONYM_IN_TITLE``)."""

from __future__ import annotations

import re

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations import title_words
from lawref.citations.find import CitationFinder
from lawref.store.files import Store

FISA702 = "us-50-usc-1881a"
PIPL = "cn-personal-information-protection-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(FISA702, PIPL)


# (text, the citation's words, (statute, article) with the rule on, with it off)
CASES = [
    (
        "「外国情報監視法(FISA)」第702条は、令状なしの監視を認めている。",
        "「外国情報監視法(FISA)」第702条",
        (FISA702, "1881a"),
        (None, "702"),
    ),
    (
        "美国《外国情报监视法（FISA）》第702条允许无证监控。",
        "《外国情报监视法（FISA）》第702条",
        (FISA702, "1881a"),
        (None, "702"),
    ),
    (
        "美國《外國情報監視法(FISA)》第702條允許無證監控。",
        "《外國情報監視法(FISA)》第702條",
        (FISA702, "1881a"),
        (None, "702"),
    ),
    # a name the store does not have keeps no statute either way
    (
        "《数据出境安全评估办法(CAC)》第四条规定了申报情形。",
        "《数据出境安全评估办法(CAC)》第四条",
        (None, "4"),
        (None, "4"),
    ),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_title_is_read_without_the_acronym_inside_it(
    finder: CitationFinder, rule: RuleSwitch, case: int
) -> None:
    text, words, on, off = CASES[case]
    rule.take_out(title_words, "_ACRONYM_IN_TITLE", re.compile(r"(?!)"))
    found = [(c.statute, c.article) for c in finder.find(text) if c.text == words]
    assert found == [on if rule.on else off], [
        (c.text, c.statute, c.article, c.note) for c in finder.find(text)
    ]
