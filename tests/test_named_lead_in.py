"""Unquoted words that a lead-in clause gives as a named law's own ("网络安全法强调，…", "根据《国家
安全法》的规定，…", "The GDPR provides that …") accuse that law when they are another law's text
it holds nothing of (issue 14, heldout10: the PIPL's Art. 6(2) given as what the Cybersecurity Law
stresses; the Counter-espionage Law's Art. 9 given as the National Security Law's). A law named
by 该法, a breach (违反…规定，), a lead-in naming two laws, and words the named law holds too
accuse nobody.

Each case runs with the rule on and off (pipeline/named_lead_in.py); the law's words are the
stored ones (the Traditional form converted by hand), the rest is written here."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_words

from lawref.pipeline import checker
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

PIPL = "cn-personal-information-protection-law"
CSL = "cn-cybersecurity-law"
NSL = "cn-national-security-law"
CEL = "cn-counter-espionage-law"
GDPR = "eu-gdpr"
AI_ACT = "eu-ai-act"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(PIPL, CSL, NSL, CEL, GDPR, AI_ACT)


def _pipl_6_2(store: Store) -> str:
    return stored_words(store, PIPL, "6", "收集个人信息，应当限于", "不得过度收集个人信息")


def _pipl_6_2_hant(store: Store) -> str:
    table = str.maketrans("个应实现范过", "個應實現範過")
    return _pipl_6_2(store).translate(table)


def _cel_9(store: Store) -> str:
    words = "国家对支持、协助反间谍工作的个人和组织给予保护。"
    assert words in stored_words(store, CEL, "9", "国家对支持", "给予保护。")
    return (
        words
        + "对举报间谍行为或者在反间谍工作中做出重大贡献的个人和组织，按照国家有关规定给予表彰和奖励"
    )


def _ai_act_4(store: Store) -> str:
    return stored_words(store, AI_ACT, "4", "shall take measures", "AI literacy of their staff")


# (page with {words}, which words, the words' first characters, attribution with the rule on)
CASES = [
    (
        "一、最小化原则\n网络安全法强调，{words}。这一原则要求企业少收集。\n",
        _pipl_6_2,
        "收集",
        "misattributed",
    ),
    (
        "一、最小化原則\n網絡安全法強調，{words}。這一原則要求企業少收集。\n",
        _pipl_6_2_hant,
        "收集",
        "misattributed",
    ),
    (
        "举报奖励：根据《中华人民共和国国家安全法》的规定，{words}。\n",
        _cel_9,
        "国家对支持",
        "misattributed",
    ),
    (
        "Staff training. The GDPR provides that providers and deployers of AI systems {words}.\n",
        _ai_act_4,
        "shall take measures",
        "misattributed",
    ),
    # 该法: which law it stands for is the finder's reading, not the writer's words.
    (
        "本文讨论网络安全法。该法强调，{words}。这一原则要求企业少收集。\n",
        _pipl_6_2,
        "收集",
        "unverified",
    ),
    # A breach of the named law, not its text.
    ("违反《网络安全法》规定，{words}。\n", _pipl_6_2, "收集", "unverified"),
    # Two laws named in the lead-in: either may be the source.
    (
        "《中华人民共和国国家安全法》和《网络安全法》规定，{words}。\n",
        _cel_9,
        "国家对支持",
        "unverified",
    ),
]


@pytest.mark.parametrize(("page", "words", "opening", "attribution"), CASES)
def test_words_a_named_laws_lead_in_presents_accuse_it(
    store: Store, rule: RuleSwitch, page: str, words, opening: str, attribution: str
) -> None:
    rule.take_out(
        checker,
        "named_lead_ins",
        lambda text, spans, groups, results, store: (list(groups), [False] * len(spans)),
    )
    document = page.format(words=words(store))
    quotes = [
        q
        for q in Checker(store).check_text(document).quotes
        if q.match is not None and opening in q.text
    ]
    assert len(quotes) == 1, [(q.text, q.verdict, q.attribution) for q in quotes]
    (quote,) = quotes
    assert quote.verdict in ("verbatim", "minor", "altered"), quote.verdict
    expected = attribution if rule.on else "unverified"
    assert quote.attribution == expected, (quote.attribution, quote.cited_as, quote.notes)


def test_words_the_named_law_holds_are_consistent(store: Store) -> None:
    """A lead-in naming the law whose words follow agrees with them."""
    document = f"一、最小化原则\n个人信息保护法强调，{_pipl_6_2(store)}。\n"
    quotes = [q for q in Checker(store).check_text(document).quotes if q.match is not None]
    assert [q.attribution for q in quotes] == ["consistent"]
