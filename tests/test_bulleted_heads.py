"""A reproduction set out as a bulleted list that keeps the law's own item number and head
("- (4) 'profiling' means …", the term in straight quotes where the law has curly ones) has not
swapped its subject: the bullet is the page's layout (pipeline/changed_head.py ``without_bullet``;
issue 14, heldout8, a knowledge base copying GDPR Art. 4's definitions). A swapped subject after a
bullet is still one. (A Chinese reproduction that keeps the law's head is matched from that head,
so no head is left before it to compare: the Chinese rows guard that the bullet changes nothing
there, with the rule on or off.)

Each case runs with the bullet read as layout and without (the head compared as written)."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.pipeline import changed_head
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

GDPR = "eu-gdpr"
PIPL = "cn-personal-information-protection-law"
PIPL_6_REST = "应当具有明确、合理的目的，并应当与处理目的直接相关，采取对个人权益影响最小的方式"
PIPL_6_REST_HANT = (
    "應當具有明確、合理的目的，並應當與處理目的直接相關，採取對個人權益影響最小的方式"
)


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, PIPL)


def _profiling_rest(store: Store) -> str:
    """Art. 4(4)'s words after its term: "means any form of automated processing …"."""
    text = stored_article(store, GDPR, "4").text
    start = text.index("means any form of automated processing")
    return text[start : text.index("\n", start)].rstrip(";")


# (document with {rest}, the verdict with the bullet read as layout, the verdict without)
CASES = [
    ("Definitions\n\n- (4) 'profiling' {rest}.\n", "minor", "altered"),
    ("Definitions\n\n• (4) 'profiling' {rest}.\n", "minor", "altered"),
    # Another term before the law's words: a swap, bullet or not.
    ("Definitions\n\n- (4) 'scoring' {rest}.\n", "altered", "altered"),
    ("- 二、目的原则：数据处理活动{rest}。\n", "altered", "altered"),
    ("- 二、目的原則：資料處理活動{rest}。\n", "altered", "altered"),
    ("- 处理个人信息{rest}。\n", "verbatim", "verbatim"),
    ("- 處理個人信息{rest}。\n", "minor", "minor"),
]


@pytest.mark.parametrize(("document", "on", "off"), CASES)
def test_a_bullet_before_the_law_s_own_head_is_layout(
    store: Store,
    rule: RuleSwitch,
    document: str,
    on: str,
    off: str,
) -> None:
    rule.take_out(changed_head, "without_bullet", lambda head: head)
    if "'" in document:
        rest = _profiling_rest(store)
    elif "資料" in document or "處理" in document:
        rest = PIPL_6_REST_HANT
    else:
        rest = PIPL_6_REST
    quotes = [
        q
        for q in Checker(store).check_text(document.format(rest=rest)).quotes
        if q.match is not None and rest[:12] in q.text
    ]
    assert len(quotes) == 1, [(q.text, q.verdict) for q in quotes]
    expected = on if rule.on else off
    if expected in ("verbatim", "minor"):
        assert quotes[0].verdict in ("verbatim", "minor"), quotes[0].differences
    else:
        assert quotes[0].verdict == expected, quotes[0].differences
