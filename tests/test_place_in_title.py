"""A place at the start of a title's own words (citations/place_in_title.py): 《欧盟通用数据保护条例》
is the GDPR and 《欧盟 AI 法案》 the AI Act (before: no law, the title's words as they stand name
none), while 《日本个人信息保护法》 is Japan's act and 《欧盟网络安全法》 the EU's Cybersecurity Act,
not the PRC's laws their other words name: laws the store does not hold, with a note.

Table-driven in Simplified and Traditional Chinese, and English names (which put the place
outside any marks: read as before). The rule-off run takes the rule out:
the titles with the law's own place name no law, and those with another place's stay unread
(no stored law). The sentences are written for these tests."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import cited_over, shipped_store_with

from lawref.citations.find import CitationFinder
from lawref.store.files import Store

GDPR = "eu-gdpr"
AI_ACT = "eu-ai-act"
PIPL = "cn-personal-information-protection-law"
CSL = "cn-cybersecurity-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, AI_ACT, PIPL, CSL)


# (text, the citation's words, what it cites with the rule, … and without it)
CASES = [
    # Simplified Chinese: the law's own place
    ("根据《欧盟通用数据保护条例》第6条，处理须有合法依据。", "第6条", (GDPR, "6"), (None, "6")),
    ("《欧盟 AI 法案》将于2026年全面适用。", "《欧盟 AI 法案》", (AI_ACT, None), None),
    ("《欧盟人工智能法案》第5条禁止某些做法。", "第5条", (AI_ACT, "5"), (None, "5")),
    # Traditional Chinese
    ("依《歐盟通用數據保護條例》第17條，當事人可要求刪除。", "第17條", (GDPR, "17"), (None, "17")),
    ("《歐盟人工智慧法案》第50條規定了透明度義務。", "第50條", (AI_ACT, "50"), (None, "50")),
    # another place's law: the store's law of that name is not meant, either way
    (
        "《日本个人信息保护法》第27条规定了向第三方提供的限制。",
        "第27条",
        (None, "27"),
        (None, "27"),
    ),
    ("《歐盟網絡安全法》第2條界定了網絡安全。", "第2條", (None, "2"), (None, "2")),
]


@pytest.mark.parametrize(("text", "words", "on", "off"), CASES)
def test_a_place_inside_the_title_names_its_own_law_only(
    rule: RuleSwitch,
    store: Store,
    text: str,
    words: str,
    on: tuple[str | None, str | None],
    off: tuple[str | None, str | None] | None,
) -> None:
    # the rule is imported where it is used (issue 20): taken out where it is defined
    from lawref.citations import place_in_title as place_in_title_rule

    rule.take_out(place_in_title_rule, "place_in_title", lambda *args: None)
    cited = cited_over(CitationFinder(store), text, words)
    if rule.on:
        assert cited == {on}
    else:
        assert on not in cited if off is None else cited == {off}


def test_another_place_says_whose_law_it_is(store: Store) -> None:
    (citation,) = CitationFinder(store).find("《日本个人信息保护法》第27条")
    assert citation.statute is None
    assert citation.note is not None and "日本" in citation.note


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("The EU's GDPR applies in Article 3.", "GDPR", (GDPR, None)),
        ("China's Cybersecurity Law took effect in 2017.", "Cybersecurity Law", (CSL, None)),
        ("《中国网络安全法》第21条规定了等级保护。", "第21条", (CSL, "21")),
        ("《个人信息保护法》第13条列出了合法性基础。", "第13条", (PIPL, "13")),
    ],
)
def test_names_without_a_place_inside_the_marks_read_as_before(
    store: Store, text: str, words: str, expected: tuple[str, str | None]
) -> None:
    assert cited_over(CitationFinder(store), text, words) == {expected}
