"""A title with the law's name given again inside it, in another language after a label —
「中国データセキュリティ法(中国語原文:中华人民共和国数据安全法)」, 《数据安全法（英文：Data Security
Law）》 — names the law by the name before the brackets (issue 14; the class seen on the
eighteenth held-out set: a Japanese blog naming the Data Security Law so, left unresolved, and its
bare 第一条 read instead as the only other law the page names). The name in brackets may be one
the store lacks; where it is another stored law's, the title stays unread.

Each case runs with the rule on and off (citations/title_words.py ``_GLOSS_IN_TITLE``)."""

from __future__ import annotations

import re

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations import title_words
from lawref.citations.find import CitationFinder
from lawref.store.files import Store

DSL = "cn-data-security-law"
CSL = "cn-cybersecurity-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(DSL, CSL)


# (text, the citation's words, (statute, article) with the rule on, with it off: None when the
# title is no citation at all)
CASES = [
    (
        "来月、「中国データセキュリティ法(中国語原文:中华人民共和国数据安全法)」が施行される。",
        "「中国データセキュリティ法(中国語原文:中华人民共和国数据安全法)」",
        (DSL, None),
        None,
    ),
    (
        "企业应当遵守《数据安全法（英文：Data Security Law）》第三条的定义。",
        "《数据安全法（英文：Data Security Law）》第三条",
        (DSL, "3"),
        (None, "3"),
    ),
    (
        "企業應當遵守《數據安全法（英文：Data Security Law）》第三條的定義。",
        "《數據安全法（英文：Data Security Law）》第三條",
        (DSL, "3"),
        (None, "3"),
    ),
    # the name in brackets is another stored law's: which one the writer meant is not plain
    (
        "「データセキュリティ法(中国語原文:中华人民共和国网络安全法)」が施行される。",
        "「データセキュリティ法(中国語原文:中华人民共和国网络安全法)」",
        None,
        None,
    ),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_title_is_read_by_the_name_before_its_gloss(
    finder: CitationFinder, rule: RuleSwitch, case: int
) -> None:
    text, words, on, off = CASES[case]
    rule.take_out(title_words, "_GLOSS_IN_TITLE", re.compile(r"(?!)"))
    found = [(c.statute, c.article) for c in finder.find(text) if c.text == words]
    expected = on if rule.on else off
    assert found == ([expected] if expected else []), [
        (c.text, c.statute, c.article, c.note) for c in finder.find(text)
    ]
