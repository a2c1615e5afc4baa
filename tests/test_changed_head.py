"""A reproduction presented as the law (no quotation marks) whose first words stand in for the
law's own subject is ``altered``, with the swap named, not ``verbatim`` (issue 14, heldout8: a
principle of one law given with another subject, an earlier text's 公民 for the law's 个人). A
writer's lead-in before the words (a verb of saying, a law's name) and text in quotation marks
are left alone.

Each case runs with the rule on and off (pipeline/changed_head.py); the law's words are taken
from the shipped store (the Traditional form converted by hand), the rest is written here."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.pipeline import checker as checker_module
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

GDPR = "eu-gdpr"
PIPL = "cn-personal-information-protection-law"

PIPL_6_REST = "应当具有明确、合理的目的，并应当与处理目的直接相关，采取对个人权益影响最小的方式"
PIPL_6_REST_HANT = (
    "應當具有明確、合理的目的，並應當與處理目的直接相關，採取對個人權益影響最小的方式"
)

CRYPTO = "cn-cryptography-law"
CRYPTO_2_REST = "是指采用特定变换的方法对信息等进行加密保护、安全认证的技术、产品和服务"
CRYPTO_2_REST_HANT = "是指採用特定變換的方法對信息等進行加密保護、安全認證的技術、產品和服務"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, PIPL, CRYPTO)


def _gdpr_17_rest(store: Store) -> str:
    first = stored_article(store, GDPR, "17").text.split("\n")[0]
    start = first.index("shall have the right")
    return first[start : first.index(" without undue delay and the controller")]


# (document with {rest} for the law's words after its subject, verdict with the rule on, the
# writer's subject named as a swap)
CASES = [
    ("Your rights\n\nArticle 17 Every customer {rest}.\n", "altered", "Every customer"),
    ("二、目的原则：数据处理活动{rest}。\n", "altered", "数据处理活动"),
    ("第六條 資料處理活動{rest}。\n", "altered", "資料處理活動"),
    # The law's own subject: nothing swapped.
    ("二、目的原则：处理个人信息{rest}。\n", "verbatim", None),
    # A lead-in of the writer's, not a subject.
    ("Your rights\n\nArticle 17 The law says that {rest}.\n", "verbatim", None),
    ("二、目的原则：法律规定{rest}。\n", "verbatim", None),
    ("第六條 法律規定{rest}。\n", "verbatim", None),
    # The law naming itself (本法所称), named from outside by the writer: nothing changed.
    ("密码法中的密码，{rest}。\n", "verbatim", None),
    ("密碼法中的密碼，{rest}。\n", "verbatim", None),
    # In quotation marks: a writer quoting part of a sentence.
    ("数据处理活动“{rest}。”\n", "verbatim", None),
]


@pytest.mark.parametrize(("document", "verdict", "swapped"), CASES)
def test_swapped_subject_is_altered(
    store: Store,
    rule: RuleSwitch,
    document: str,
    verdict: str,
    swapped: str | None,
) -> None:
    rule.take_out(checker_module, "changed_head", lambda text, span, r: r)
    if "密码法" in document:
        rest = CRYPTO_2_REST
    elif "密碼法" in document:
        rest = CRYPTO_2_REST_HANT
    elif document.startswith("Your"):
        rest = _gdpr_17_rest(store)
    elif "資料" in document or "法律規定" in document:
        rest = PIPL_6_REST_HANT
    else:
        rest = PIPL_6_REST
    quotes = [
        q
        for q in Checker(store).check_text(document.format(rest=rest)).quotes
        if q.match is not None and rest[:12] in q.text
    ]
    assert len(quotes) == 1, [(q.text, q.verdict) for q in quotes]
    (quote,) = quotes
    if not rule.on or verdict == "verbatim":
        assert quote.verdict in ("verbatim", "minor"), (quote.text, quote.differences)
        return
    assert quote.verdict == verdict
    swaps = [d for d in quote.differences if d.op == "replace" and d.quote == swapped]
    assert swaps, quote.differences
