"""A Japanese rendering that Japanese writing also gives another country's law names the Chinese
law after the state's name — and the state may stand before the title's mark, with の:
中国の「個人情報保護法」 is the PIPL, as 中国個人情報保護法 is (issue 14; the class seen on the
thirteenth held-out set: a Japanese trade agency's report on the PIPL's export routes, whose
「個人情報保護法」 stayed unresolved). Japan's own act (日本の「個人情報保護法」) and a title with no
state before it stay as they were. The class is Japanese only (Chinese writing names the PIPL
with its own name, which no other country's act shares).

Each case runs with the rule on and off (citations/title_words.py ``_STATE_BEFORE``)."""

from __future__ import annotations

import re

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations import title_words
from lawref.citations.find import CitationFinder
from lawref.store.files import Store

PIPL = "cn-personal-information-protection-law"
CSL = "cn-cybersecurity-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(PIPL, CSL)


# (text, the citation's words, statute with the rule on, with it off)
CASES = [
    (
        "中国の「個人情報保護法」では、域外移転の要件を定めている。",
        "「個人情報保護法」",
        PIPL,
        None,
    ),
    ("中華人民共和国の「個人情報保護法」第38条は", "「個人情報保護法」第38条", PIPL, None),
    ("中国「サイバーセキュリティ法」の改正が公布された。", "「サイバーセキュリティ法」", CSL, None),
    # another state, or none: unchanged
    ("日本の「個人情報保護法」では、第三者提供を制限している。", "「個人情報保護法」", None, None),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_the_state_before_a_title_names_its_law(
    finder: CitationFinder, rule: RuleSwitch, case: int
) -> None:
    text, words, on, off = CASES[case]
    rule.take_out(title_words, "_STATE_BEFORE", re.compile(r"(?!)"))
    found = [c for c in finder.find(text) if c.text == words]
    assert found, [(c.text, c.statute) for c in finder.find(text)]
    assert {c.statute for c in found} == {on if rule.on else off}, [
        (c.text, c.statute, c.article, c.note) for c in found
    ]
