"""A law named after a place of another jurisdiction is that place's law: 美國1917年之《間諜法》 is the
US Espionage Act, not the PRC's Counter-espionage Law; 日本的《个人信息保护法》, Japan's act; "Taiwan's
National Security Law", Taiwan's (issue 14; the class seen on the sixth held-out set, where a
Taiwanese paper lists foreign counter-intelligence acts in Chinese). A place whose law the store
holds under that name keeps it (欧盟《通用数据保护条例》), and Hong Kong's laws in the store are the
PRC's (香港《国安法》). A place in a law's own title that the stored name lacks makes it another
law too, however close the rest (《澳門特別行政區基本法》 is Macau's, two characters from Hong
Kong's; the class seen on the thirteenth held-out set, Macau's gazette citing its Basic Law).

Each case runs with the rule on and off (citations/foreign.py ``foreign_place``; the window
foreign_before of statutes/grammar/joins.yaml; for a title, citations/fuzzy.py ``_CN_PLACES``)."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations import find as find_module
from lawref.citations import fuzzy
from lawref.citations.find import CitationFinder
from lawref.store.files import Store

CEL = "cn-counter-espionage-law"
PIPL = "cn-personal-information-protection-law"
NSL = "cn-national-security-law"
ECL = "cn-export-control-law"
GDPR = "eu-gdpr"
HKNSL = "cn-hong-kong-national-security-law"
HKBL = "cn-hong-kong-basic-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(CEL, PIPL, NSL, ECL, GDPR, HKNSL, HKBL)


# (text, the name as found, what it resolves to with the rule on, with it off)
CASES = [
    ("例如美國1917年之《間諜法》、《反情報加強法》", "《間諜法》", None, CEL),
    ("例如美国1917年之《间谍法》、《反情报加强法》", "《间谍法》", None, CEL),
    ("日本的《个人信息保护法》将个人信息定义为", "《个人信息保护法》", None, PIPL),
    ("台灣《國家安全法》第二條規定", "《國家安全法》", None, NSL),
    ("Taiwan's National Security Law was amended in 2022.", "National Security Law", None, NSL),
    ("the US Export Control Law", "Export Control Law", None, ECL),
    ("Article 23 of the Macau Basic Law binds Macau alone.", "Basic Law", None, HKBL),
    ("澳門特別行政區《基本法》第二十三條規定", "《基本法》", None, HKBL),
    ("澳门特别行政区《基本法》第二十三条规定", "《基本法》", None, HKBL),
    # the place's own law in the store, a PRC law in Hong Kong, the PRC named: unchanged
    ("欧盟《通用数据保护条例》第四条", "《通用数据保护条例》", GDPR, GDPR),
    ("the EU's GDPR applies", "GDPR", GDPR, GDPR),
    ("香港《香港國安法》第二十九條", "《香港國安法》", HKNSL, HKNSL),
    ("中国《出口管制法》第一条", "《出口管制法》", ECL, ECL),
    ("China's Export Control Law", "Export Control Law", ECL, ECL),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_law_named_after_another_jurisdiction_is_that_places(
    finder: CitationFinder, rule: RuleSwitch, case: int
) -> None:
    text, name, on, off = CASES[case]
    rule.take_out(find_module, "foreign_place", lambda *args: None)
    found = [c for c in finder.find(text) if name in c.text]
    assert found, [(c.text, c.statute) for c in finder.find(text)]
    assert found[0].statute == (on if rule.on else off), [
        (c.text, c.statute, c.note) for c in found
    ]


# (text, the citation's words, what it resolves to with the rule on, with it off)
TITLE_CASES = [
    ("依據《澳門特別行政區基本法》第五十條的規定", "第五十條", None, HKBL),
    ("依据《澳门特别行政区基本法》第五十条的规定", "第五十条", None, HKBL),
    # the place the stored name has: unchanged
    ("依據《香港特別行政區基本法》第五十條的規定", "第五十條", HKBL, HKBL),
]


@pytest.mark.parametrize("case", range(len(TITLE_CASES)))
def test_a_title_with_another_place_is_that_places_law(
    finder: CitationFinder, rule: RuleSwitch, case: int
) -> None:
    text, words, on, off = TITLE_CASES[case]
    rule.take_out(fuzzy, "_CN_PLACES", ())
    found = [c for c in finder.find(text) if words in c.text]
    assert found, [(c.text, c.statute) for c in finder.find(text)]
    assert found[0].statute == (on if rule.on else off), [
        (c.text, c.statute, c.note) for c in found
    ]
