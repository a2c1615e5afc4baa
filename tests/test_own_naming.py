"""A context rule yields to the law the document names itself (issue 14; the class seen on the
thirteenth held-out set: a 2015 report on the PRC's National Security Law that quotes Hong Kong's
reaction, whose short name 国安法 the Hong Kong context rule read as the 2020 Hong Kong law nine
times). Where the text names the 2015 law by its own name and never the Hong Kong law by one of
its own, the short name is the 2015 law's; where it names the Hong Kong law too, the context rule
reads the short name as before.

Each case runs with the rule on and off (citations/find.py calls
citations/own_naming.py ``context_yields_to_own_naming``)."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations import find
from lawref.citations.find import CitationFinder
from lawref.store.files import Store

NSL = "cn-national-security-law"
HKNSL = "cn-hong-kong-national-security-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(NSL, HKNSL)


# (text, the citation's words, statute with the rule on, with it off)
CASES = [
    (
        "China's legislature passed the PRC National Security Law in July 2015. The Hong Kong "
        "government said the NSL would not be applied in Hong Kong, and Article 40 of the NSL "
        "leaves the duty to Hong Kong.",
        "Article 40 of the NSL",
        NSL,
        HKNSL,
    ),
    (
        "全国人大常委会通过《国家安全法》。香港特区政府表示,国安法不在香港实施;国安法第十一条规定"
        "了港澳同胞的义务。",
        "国安法第十一条",
        NSL,
        HKNSL,
    ),
    (
        "全國人大常委會通過《國家安全法》。香港特區政府表示,國安法不在香港實施;國安法第十一條規定"
        "了港澳同胞的義務。",
        "國安法第十一條",
        NSL,
        HKNSL,
    ),
    # the Hong Kong law named by a name of its own: the context rule reads the short name
    (
        "《香港国安法》实施后,有人拿它与《国家安全法》比较。香港特区政府说,国安法第二十九条针对"
        "勾结外国势力。",
        "国安法第二十九条",
        HKNSL,
        HKNSL,
    ),
    (
        "The Hong Kong National Security Law took effect in 2020, five years after the PRC "
        "National Security Law. Hong Kong courts have read Article 42 of the NSL strictly.",
        "Article 42 of the NSL",
        HKNSL,
        HKNSL,
    ),
    # a bare 國家安全法 as a kind of law (every country has one) names no law in particular
    (
        "香港特區政府應向海外宣傳,因世界各國均有國家安全法。2019年後,中央政府只好立《國安法》。",
        "《國安法》",
        HKNSL,
        HKNSL,
    ),
    # no law named by its own name: the context rule reads the short name
    (
        "香港特區政府表示,國安法第四十二條對保釋設定了門檻。",
        "國安法第四十二條",
        HKNSL,
        HKNSL,
    ),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_short_name_is_the_law_the_text_names_itself(
    finder: CitationFinder, rule: RuleSwitch, case: int
) -> None:
    text, words, on, off = CASES[case]
    rule.take_out(find, "context_yields_to_own_naming", lambda text, found, *rest: found)
    found = [c for c in finder.find(text) if c.text == words]
    assert found, [(c.text, c.statute) for c in finder.find(text)]
    assert {c.statute for c in found} == {on if rule.on else off}, [
        (c.text, c.statute, c.article, c.note) for c in found
    ]
