"""A stored law's bare short name used as a common noun cites no stored law (issue 14, the ninth
held-out set's citation precision: Japanese notes on the Cybersecurity Law call it サイバーセキュリティ
分野の基本法, "the basic law of its field", and each such 基本法 was read as the Hong Kong Basic Law).
After の or 的, after what a law named just before is (…法は、基本法の…), or as the end of another
law's name (サイバーセキュリティ基本法), 基本法 is "a basic law"; in a title (《基本法》), after a place
(香港の基本法) or alone in a Chinese sentence it is still the Hong Kong Basic Law. The rule is
lawref/citations/common_noun.py with the words of statutes/grammar/ja.yaml; each case runs with it
on and off. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations import find as find_module
from lawref.citations.find import CitationFinder
from lawref.store.files import Store

BL = "cn-hong-kong-basic-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(BL)


# (text, whether 基本法 there is the Hong Kong Basic Law with the rule on)
CASES = [
    # Japanese: a common noun
    ("中国サイバーセキュリティ法は、サイバー分野の基本法である。", False),
    ("この法律はネットワークの安全性に関する基本法です。", False),
    ("データ安全法は、基本法の性格を有する。", False),
    ("「中国データ安全法」基本法の制定が進む。", False),
    ("日本のサイバーセキュリティ基本法とは別の法律である。", False),
    # Simplified and Traditional Chinese: 的基本法, and another law's name ending in 基本法
    ("《消费者权益保护法》是保护消费者的基本法。", False),
    ("《消費者權益保護法》是保護消費者的基本法。", False),
    ("台灣草擬中的網路安全基本法(サイバーセキュリティ基本法)。", False),
    # The Hong Kong Basic Law, as before
    ("根据基本法第二十三条，香港应自行立法。", True),
    ("根據基本法第二十三條，香港應自行立法。", True),
    ("公眾諮詢的《基本法》第二十三條。", True),
    ("香港の基本法第23条は国家安全を定める。", True),
    ("Article 23 of the Basic Law requires legislation.", True),
]


def _basic_law_cited(finder: CitationFinder, text: str) -> bool:
    return any(c.statute == BL for c in finder.find(text))


@pytest.mark.parametrize(("text", "cited"), CASES)
def test_basic_law_as_a_common_noun(store: Store, rule: RuleSwitch, text: str, cited: bool) -> None:
    rule.take_out(find_module, "common_noun_name", lambda *args: False)
    assert _basic_law_cited(CitationFinder(store), text) is (cited or not rule.on)


def test_a_two_character_title_is_no_misspelt_name(store: Store) -> None:
    """「本法」, 《该法》 ("this law", "the said law"): two characters are too few to be a misspelling
    of a stored name (本法 is two thirds of 基本法)."""
    for text in ("(以下「本法」という)", "(以下简称《本法》)", "(以下簡稱《本法》)"):
        assert all(c.statute is None for c in CitationFinder(store).find(text)), text
