"""A Japanese rendering that names a Chinese law only after the state's name (サイバーセキュリティ法,
個人情報保護法: alone, as often Vietnam's or Japan's own law) is that law in a text that names it
in full (issue 14, the ninth held-out set's citation recall: Japanese notes name
中国サイバーセキュリティ法 in their title, then write サイバーセキュリティ法). After another state's name
(日本の, ベトナムの) and in a text that never names the Chinese law in full, the bare name is left
unread. The rule is lawref/citations/named_in_full.py (with ja.yaml's window ``foreign_before``);
each case runs with it on and off. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations import find as find_module
from lawref.citations.find import CitationFinder
from lawref.store.files import Store

CSL = "cn-cybersecurity-law"
PIPL = "cn-personal-information-protection-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(CSL, PIPL)


# (text, where the bare name stands (its n-th occurrence), the statute read there with the rule on)
CASES = [
    (
        "中国サイバーセキュリティ法の要点。サイバーセキュリティ法は2017年に施行された。",
        "サイバーセキュリティ法は",
        CSL,
    ),
    (
        "「中国サイバーセキュリティ法」解説。「サイバーセキュリティ法」が全面施行された。",
        "「サイバーセキュリティ法」が",
        CSL,
    ),
    (
        "中華人民共和国個人情報保護法の概要。個人情報保護法は2021年に施行。",
        "個人情報保護法は",
        PIPL,
    ),
    # left unread: another state's law, and a text that never names the Chinese law in full
    (
        "中国サイバーセキュリティ法とベトナムのサイバーセキュリティ法は違う。",
        "ベトナムのサイバーセキュリティ法",
        None,
    ),
    ("中国個人情報保護法と日本の個人情報保護法を比べる。", "日本の個人情報保護法", None),
    ("サイバーセキュリティ法は2018年に施行された。", "サイバーセキュリティ法は", None),
]


def _statute_at(finder: CitationFinder, text: str, words: str) -> str | None:
    start = text.index(words)
    end = start + len(words)
    over = [c.statute for c in finder.find(text) if c.start < end and start < c.end and c.statute]
    return over[0] if over else None


@pytest.mark.parametrize(("text", "words", "statute"), CASES)
def test_a_bare_name_after_the_full_one(
    store: Store, rule: RuleSwitch, text: str, words: str, statute: str | None
) -> None:
    rule.take_out(find_module, "bare_after_full", lambda scanned, text, found, *a: found)
    assert _statute_at(CitationFinder(store), text, words) == (statute if rule.on else None)


@pytest.mark.parametrize(
    "text",
    [
        "《网络安全法》第二十一条规定了等级保护。",
        "《網絡安全法》第二十一條規定了等級保護。",
        "The Cybersecurity Law took effect.",
    ],
)
def test_chinese_and_english_names_read_as_before(store: Store, text: str) -> None:
    assert [c.statute for c in CitationFinder(store).find(text)] == [CSL]
