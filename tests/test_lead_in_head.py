"""A reproduction after the writer's lead-in whose first words stand in for the law's own subject
is ``altered``, the swap named, not ``verbatim`` (issue 14, heldout10: "网络安全法强调，网络运营者
收集、使用个人信息，应当限于…" for the PIPL's "收集个人信息，应当限于…"; a law's name right before
the verb needs no comma: "国家安全法包括维护并巩固…" for "国家安全是指…", heldout3). The law's own
subject after a lead-in, and the law's words opening their clause, stay exact.

Each case runs with the rule on and off (pipeline/lead_in_head.py); the law's words are the
stored ones (the Traditional form converted by hand), the rest is written here."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article, stored_words

from lawref.pipeline import checker
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

PIPL = "cn-personal-information-protection-law"
GDPR = "eu-gdpr"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(PIPL, GDPR)


def _pipl_6_2_rest(store: Store) -> str:
    """PIPL Art. 6(2) after its subject (收集): 个人信息，应当限于…"""
    return stored_words(store, PIPL, "6", "个人信息，应当限于", "不得过度收集个人信息")


def _pipl_6_2_rest_hant(store: Store) -> str:
    return _pipl_6_2_rest(store).translate(str.maketrans("个应实现范过", "個應實現範過"))


def _gdpr_17_rest(store: Store) -> str:
    first = stored_article(store, GDPR, "17").text.split("\n")[0]
    start = first.index("shall have the right")
    return first[start : first.index(" without undue delay and the controller")]


# (page with {rest} for the law's words after its subject, their maker, verdict with the rule on,
# the writer's subject named as a swap)
CASES = [
    (
        "一、最小化原则\n网络安全法强调，网络运营者收集、使用{rest}。这一原则很重要。\n",
        _pipl_6_2_rest,
        "altered",
        "网络运营者收集、使用",
    ),
    (
        "一、最小化原則\n網絡安全法強調，網絡運營者收集、使用{rest}。這一原則很重要。\n",
        _pipl_6_2_rest_hant,
        "altered",
        "網絡運營者收集、使用",
    ),
    (
        "Erasure. The Regulation provides that every single one of our customers {rest}.\n",
        _gdpr_17_rest,
        "altered",
        None,
    ),
    (
        "Erasure. The Regulation provides that every paying customer {rest}.\n",
        _gdpr_17_rest,
        "altered",
        "every paying customer",
    ),
    # The law's name right before the verb, no comma after it: 包括 (includes), 规定.
    (
        "一、最小化原则\n个人信息保护法包括网络运营者收集、使用{rest}。这一原则很重要。\n",
        _pipl_6_2_rest,
        "altered",
        "网络运营者收集、使用",
    ),
    (
        "一、最小化原則\n《個人信息保護法》規定網絡運營者收集、使用{rest}。這一原則很重要。\n",
        _pipl_6_2_rest_hant,
        "altered",
        "網絡運營者收集、使用",
    ),
    # The law's own subject after the lead-in: nothing swapped.
    (
        "一、最小化原则\n《个人信息保护法》规定收集{rest}。这一原则很重要。\n",
        _pipl_6_2_rest,
        "verbatim",
        None,
    ),
    (
        "一、最小化原则\n个人信息保护法规定，收集{rest}。这一原则很重要。\n",
        _pipl_6_2_rest,
        "verbatim",
        None,
    ),
    (
        "一、最小化原則\n個人信息保護法規定，收集{rest}。這一原則很重要。\n",
        _pipl_6_2_rest_hant,
        "verbatim",
        None,
    ),
]


@pytest.mark.parametrize(("page", "rest", "verdict", "swapped"), CASES)
def test_subject_swapped_after_a_lead_in_is_altered(
    store: Store, rule: RuleSwitch, page: str, rest, verdict: str, swapped: str | None
) -> None:
    rule.take_out(
        checker, "lead_in_heads", lambda text, spans, results: (list(spans), list(results))
    )
    words = rest(store)
    quotes = [
        q
        for q in Checker(store).check_text(page.format(rest=words)).quotes
        if q.match is not None and words[:12] in q.text
    ]
    assert len(quotes) == 1, [(q.text, q.verdict) for q in quotes]
    (quote,) = quotes
    if swapped is None and verdict == "altered":
        # A head too long to be a subject (five words): the writer's clause, left as it was.
        assert quote.verdict in ("verbatim", "minor"), (quote.text, quote.differences)
        return
    if not rule.on or verdict == "verbatim":
        assert quote.verdict in ("verbatim", "minor"), (quote.text, quote.differences)
        return
    assert quote.verdict == verdict
    assert quote.text.startswith(swapped), quote.text
    swaps = [d for d in quote.differences if d.op == "replace" and d.quote == swapped]
    assert swaps, quote.differences
