"""FISA's section 702 as Chinese reporting cites it: 《外国情报监视法》第702条, 第702节, 702条款
(第702條, 第702節, 702條款 in Taiwan and Hong Kong) is the stored section (50 U.S.C. 1881a), where
the text names the act (FISA or 外国情报监视法); the act's name alone is the whole act, which the
store lacks, and a 102条款 after a Chinese law is no article of it (issue 14, heldout11 and
heldout12; citations/act_section.py, cn.yaml ``cn-act-section``, the act's names with the
section number in the statute's ``cited_as``).

Each rule is switched off in turn: the grammar without its ``cn-act-section`` template, the
finder without ``act_sections``, and a name joined to a reference without the store's
name-and-section pairs (``Naming.with_reference``)."""

from __future__ import annotations

import pytest
from grammar_off import finder_without
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations import act_section, find, walk
from lawref.citations.find import CitationFinder
from lawref.citations.naming import Naming
from lawref.store.files import Store

FISA_702 = ("us-50-usc-1881a", "1881a")
SECTION_301 = ("us-19-usc-2411", "2411")
CSL = "cn-cybersecurity-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(FISA_702[0], SECTION_301[0], CSL)


def _without_act_sections(store: Store) -> CitationFinder:
    return finder_without(store, "cn-act-section")


def _cited(finder: CitationFinder, text: str) -> list[tuple[str | None, str | None]]:
    return [(c.statute, c.article) for c in finder.find(text)]


# (text, how many citations of section 702 it holds with the grammar's forms, without them)
SECTION_FORMS = [
    ("美国《外国情报监视法》(FISA)第702节赋予政府权力。国会讨论第702节的续期。", 2, 0),
    ("美國《外國情報監視法》(FISA)第702節賦予政府權力。國會討論702條款的續期。", 2, 0),
    ("FISA法案当中的702条款允许监控，702条款的权力很大。", 2, 0),
    ("FISA's Section 702 lets the government collect; section 702 expires soon.", 2, 2),
]


@pytest.mark.parametrize(("text", "on", "off"), SECTION_FORMS)
def test_section_702_in_chinese_is_the_stored_section(
    store: Store, rule: RuleSwitch, text: str, on: int, off: int
) -> None:
    finder = CitationFinder(store) if rule.on else _without_act_sections(store)
    assert _cited(finder, text).count(FISA_702) == (on if rule.on else off)


# (text, the article of a Chinese law it must not cite)
NOT_A_SECTION = [
    ("《网络安全法》中的102条款规定了什么？", "102"),
    ("《網絡安全法》中的102條款規定了什麼？", "102"),
    ("《网络安全法》第一章第102节。", "102"),
]


@pytest.mark.parametrize(("text", "number"), NOT_A_SECTION)
def test_a_section_form_after_a_chinese_law_cites_no_article_of_it(
    store: Store, rule: RuleSwitch, text: str, number: str
) -> None:
    rule.take_out(find, "act_sections", lambda found, *args: found)
    # (中的102条款 is also a bare number glued after a word, which citations/nickname_numbers.py
    # reads as citing no stored statute: taken out too, so that the rule-off run shows this rule)
    rule.take_out(walk, "nickname_number", lambda text, start, named: False)
    cited = _cited(CitationFinder(store), text)
    assert ((CSL, number) in cited) is not rule.on


# (text, what the act's Chinese name with a number cites with the rule on)
NAMED_ACT = [
    ("美国《外国情报监视法》第702条允许无证监控。", FISA_702),
    ("美國《外國情報監視法》第702條允許無證監控。", FISA_702),
    ("1978年《外国情报监视法案》第702节规定了程序。", FISA_702),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_ACT)
def test_the_acts_chinese_name_with_section_702_cites_the_section(
    store: Store, rule: RuleSwitch, text: str, expected: tuple[str, str]
) -> None:
    rule.take_out(Naming, "with_reference", lambda self, named, ref, items: named)
    # the section read by its number alone would mask the name's rule (isolated)
    rule.take_out(act_section, "_known_section", lambda cited, *args: cited)
    cited = _cited(CitationFinder(store), text)
    assert (expected in cited) is rule.on


WHOLE_ACT = [
    "《外国情报监视法》是1978年通过的法律。",
    "《外國情報監視法》是1978年通過的法律。",
    "《外国情报监视法》第105节规定了电子监视令。",
]


@pytest.mark.parametrize("text", WHOLE_ACT)
def test_the_act_or_another_section_of_it_cites_nothing_stored(store: Store, text: str) -> None:
    assert [statute for statute, _ in _cited(CitationFinder(store), text) if statute] == []


# (text, the section it cites with the rule on; off, it cites no stored section). Chinese writing
# calls section 301 of the Trade Act of 1974 301条款 with no act named, or after the act's name,
# which the store does not hold (《贸易法》); "Special 301" (特别301条款) and "Super 301"
# (超级301条款) are other sections.
KNOWN_SECTION = [
    ("美国贸易代表办公室依据301条款对中国发起调查。", SECTION_301),
    ("美國貿易代表署依據“301條款”對中國發起調查。", SECTION_301),
    ("1974年推出《贸易法》(301条款)，授权总统采取报复措施。", SECTION_301),
    ("国会辩论702条款的续期。", FISA_702),
    ("美国每年依据特别301条款发布报告。", None),
    ("美國曾多次動用超級301條款。", None),
    ("《网络安全法》中的102条款规定了什么？", None),
]


@pytest.mark.parametrize(("text", "expected"), KNOWN_SECTION)
def test_a_section_with_no_stored_law_named_is_the_section_the_store_knows_by_its_number(
    store: Store, rule: RuleSwitch, text: str, expected: tuple[str, str] | None
) -> None:
    rule.take_out(act_section, "_known_section", lambda cited, *args: cited)
    stored = [cited for cited in _cited(CitationFinder(store), text) if cited[0] and cited[1]]
    assert stored == ([expected] if rule.on and expected else [])
