"""A law named as the model another law followed is not what "the said law" after it means
(lawref/citations/model_law.py): 《个人信息保护法》借鉴欧盟GDPR … 依该法第3条 is Article 3 of the PIPL,
not of the GDPR. Table-driven, in Simplified and Traditional Chinese and English, each run with the
rule and without it (the rule off: the GDPR becomes the law pointed back to). A Korean draft of a
revision (반간첩법 개정 초안) is a draft, not the law in force (ko.yaml's window draft_after). The
sentences are written for these tests."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations import find as find_module
from lawref.citations.find import CitationFinder
from lawref.store.files import Store

PIPL = "cn-personal-information-protection-law"
GDPR = "eu-gdpr"
CEL = "cn-counter-espionage-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(PIPL, GDPR, CEL)


CASES = [
    (
        "《个人信息保护法》借鉴欧盟GDPR，对境外活动实施管辖。依该法第3条，境外处理活动也适用。",
        "第3条",
    ),
    (
        "《個人信息保護法》借鏡歐盟GDPR,明文對境外實施管轄。依該法第3條,境外處理活動也適用。",
        "第3條",
    ),
    (
        "《个人信息保护法》仿照了欧盟的《通用数据保护条例》。该法第38条规定了出境条件。",
        "第38条",
    ),
    (
        "The PIPL, modelled on the EU's GDPR, reaches abroad. The law's Article 3 sets its scope.",
        "Article 3",
    ),
]


@pytest.mark.parametrize(("text", "words"), CASES)
def test_the_said_law_is_not_the_model(
    rule: RuleSwitch, store: Store, text: str, words: str
) -> None:
    rule.take_out(find_module, "named_as_model", lambda *args: False)
    cited = {c.statute for c in CitationFinder(store).find(text) if c.text == words}
    if rule.on:
        assert cited == {PIPL}
    else:
        assert cited == {GDPR}


@pytest.mark.parametrize(
    "text",
    [
        "《个人信息保护法》借鉴欧盟GDPR，这一点值得注意。",
        "The PIPL was modelled on the GDPR.",
    ],
)
def test_the_model_itself_is_still_cited(store: Store, text: str) -> None:
    assert GDPR in {c.statute for c in CitationFinder(store).find(text)}


def test_a_korean_revision_draft_is_not_the_law_in_force(store: Store) -> None:
    found = CitationFinder(store).find(
        "대변인은 반간첩법 개정 초안에 대해 말했다. 반간첩법 개정안이 통과됐다."
    )
    assert [c.statute for c in found] == [None, CEL]
