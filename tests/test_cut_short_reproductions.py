"""A reproduction presented as the law (its own sentence, without quotation marks) that puts a
full stop where the law's sentence goes on after a clause break has silently dropped words:
``altered``, with the dropped words named (issue 14, the third held-out set: penalty articles
reproduced without their last clause). Quotations in quotation marks, echoes
woven into the writer's own sentence and text ending in an ellipsis are not cut short.

Each case runs with the rule on and off (pipeline/cut_short.py); documents are sentences written
for these tests around article texts of the shipped store (Traditional converted by hand)."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.pipeline import checker as checker_module
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

GDPR = "eu-gdpr"
CSL = "cn-cybersecurity-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, CSL)


GDPR_33 = (
    "In the case of a personal data breach, the controller shall without undue delay and, where "
    "feasible, not later than 72 hours after having become aware of it, notify the personal data "
    "breach to the supervisory authority competent in accordance with Article 55"
)
CSL_44 = "任何个人和组织不得窃取或者以其他非法方式获取个人信息"
CSL_44_HANT = "任何個人和組織不得竊取或者以其他非法方式獲取個人信息"

# (document, words of the law in it, verdict with the rule on, dropped words named)
CASES = [
    (f"Breach notification\n\n{GDPR_33}.\n\nWe answer within a month.", GDPR_33, "altered", True),
    (f"第四十四条 {CSL_44}。\n", CSL_44, "altered", True),
    (f"第四十四條 {CSL_44_HANT}。\n", CSL_44_HANT, "altered", True),
    # In quotation marks: a writer quoting part of a sentence.
    (f"Article 33 says: “{GDPR_33}.”", GDPR_33, "verbatim", False),
    (f"该法规定：“{CSL_44}。”", CSL_44, "verbatim", False),
    # An ellipsis says the text goes on.
    (f"Breach notification\n\n{GDPR_33}...\n", GDPR_33, "verbatim", False),
    # Woven into the writer's own sentence: an echo, not the law presented.
    (f"我们知道，{CSL_44_HANT}。\n", CSL_44_HANT, "verbatim", False),
]


@pytest.mark.parametrize(("document", "words", "verdict", "named"), CASES)
def test_full_stop_where_the_law_goes_on_is_altered(
    store: Store,
    rule: RuleSwitch,
    document: str,
    words: str,
    verdict: str,
    named: bool,
) -> None:
    rule.take_out(checker_module, "cut_short", lambda text, span, r: r)
    quotes = [
        q
        for q in Checker(store).check_text(document).quotes
        if q.match is not None and words[:20] in q.text
    ]
    assert len(quotes) == 1, [(q.text, q.verdict) for q in quotes]
    (quote,) = quotes
    if not rule.on:
        assert quote.verdict in ("verbatim", "minor")
        return
    if verdict == "verbatim":
        assert quote.verdict in ("verbatim", "minor")
    else:
        assert quote.verdict == verdict
    dropped = [d for d in quote.differences if d.op == "delete" and d.statute]
    assert bool(dropped) == named


# Both ends cut: a sentence that starts inside the law's sentence (its opening dropped) and stops
# mid-clause, presented as a whole sentence.
NSL_2_MIDDLE = (
    "主权、统一和领土完整、人民福祉、经济社会可持续发展和国家其他重大利益相对处于没有危险"
)
NSL_2_MIDDLE_HANT = (
    "主權、統一和領土完整、人民福祉、經濟社會可持續發展和國家其他重大利益相對處於沒有危險"
)
NSL = "cn-national-security-law"


@pytest.fixture(scope="module")
def store_with_nsl() -> Store:
    return shipped_store_with(GDPR, NSL)


def _gdpr_25_middle(store: Store) -> str:
    first = stored_article(store, GDPR, "25").text.split("\n")[0]
    start = first.index("the controller shall")
    return "T" + first[start + 1 : first.index(" and to integrate")]


@pytest.mark.parametrize("case", ["english", "simplified", "traditional"])
def test_opening_and_end_both_cut_is_altered(
    store_with_nsl: Store, rule: RuleSwitch, case: str
) -> None:
    from lawref.pipeline import cut_short as module

    if case == "english":
        words = _gdpr_25_middle(store_with_nsl)
        document = f"Data protection by design\n\n{words}.\n\nThat is the rule."
    else:
        words = NSL_2_MIDDLE if case == "simplified" else NSL_2_MIDDLE_HANT
        document = f"第二条 {words}。\n"
    rule.take_out(module, "_cut_opening", lambda stored, start: None)
    # (under an article heading, a cut mid-clause is altered on its own: that rule off too)
    rule.take_out(module, "_under_heading", lambda text, start: False)
    quotes = [
        q
        for q in Checker(store_with_nsl).check_text(document).quotes
        if q.match is not None and words[:12] in q.text
    ]
    assert len(quotes) == 1, [(q.text, q.verdict) for q in quotes]
    (quote,) = quotes
    if rule.on:
        assert quote.verdict == "altered"
        assert len([d for d in quote.differences if d.op == "delete" and d.statute]) >= 2
    else:
        assert quote.verdict in ("verbatim", "minor")
