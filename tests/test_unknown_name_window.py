"""A law the store lacks, named right after another law's article — 个人信息保护法第13条和民法典第
1036条 — owns the article after its name: the Civil Code's Article 1036, not the Personal
Information Protection Law's (issue 14; the class seen on the thirteenth held-out set: a
law-review abstract citing both laws in one breath, whose Civil Code article was read as the
PIPL's). The name's search starts after the reference before it, so the lazy search no longer
finds a "name" that starts inside that reference (条和民法典) and gives up.

Each case runs with the rule on and off (citations/references.py ``unknown_name_window``)."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations import references
from lawref.citations.find import CitationFinder
from lawref.store.files import Store

PIPL = "cn-personal-information-protection-law"
NSL = "cn-national-security-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(PIPL, NSL)


# (text, the article's number, its statute with the rule on, with it off)
CASES = [
    ("根据个人信息保护法第13条和民法典第1036条,国家机关可以处理个人信息。", "1036", None, PIPL),
    ("根據個人資訊保護法第13條和民法典第1036條,國家機關可以處理個人資訊。", "1036", None, PIPL),
    ("依照国家安全法第十一条及反分裂国家法第八条的规定。", "8", None, NSL),
    # the law named before the second article is the same law; Japanese 及び, which the scan
    # reads as a word of its own, did not run into the name: unchanged
    ("個人情報保護法第13条及び民法典第1036条によれば", "1036", None, None),
    ("根据个人信息保护法第13条和第14条,处理者应当告知。", "14", PIPL, PIPL),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_an_unknown_law_named_after_a_reference_owns_its_article(
    finder: CitationFinder, rule: RuleSwitch, case: int
) -> None:
    text, number, on, off = CASES[case]
    rule.take_out(
        references,
        "unknown_name_window",
        lambda previous_end, start: max(0, start - references.UNKNOWN_NAME_REACH),
    )
    found = [c for c in finder.find(text) if c.article == number]
    assert found, [(c.text, c.statute, c.article) for c in finder.find(text)]
    assert {c.statute for c in found} == {on if rule.on else off}, [
        (c.text, c.statute, c.article, c.note) for c in found
    ]
