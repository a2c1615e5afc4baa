"""The new wording of a change (处罚由“A”调整为“B”, 將「A」修改為「B」, "changed “A” to “B”") is what a
draft or an amendment puts in A's place: when A is linked to one article and B only to another
article that holds the same words, B is not that article's text and is not linked (issue 14; the
class seen on the sixth held-out set, a 2025 draft's new fine for the Cybersecurity Law's Art. 59
that reads word for word like Art. 60's). B linked to A's own provision (the same article, or its
other version through the renumbering) stays linked.

Each case runs with the rule on and off (pipeline/replaced.py ``new_wordings``)."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.pipeline import checker as checker_module
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

CSL = "cn-cybersecurity-law"
GDPR = "eu-gdpr"

FINE59 = "处一万元以上十万元以下罚款，对直接负责的主管人员处五千元以上五万元以下罚款"
FINE60 = "处五万元以上五十万元以下罚款，对直接负责的主管人员处一万元以上十万元以下罚款"
FINE59_TRAD = "處一萬元以上十萬元以下罰款，對直接負責的主管人員處五千元以上五萬元以下罰款"
FINE60_TRAD = "處五萬元以上五十萬元以下罰款，對直接負責的主管人員處一萬元以上十萬元以下罰款"
# the fine of the same article's second paragraph
FINE59_CII = "处十万元以上一百万元以下罚款，对直接负责的主管人员处一万元以上十万元以下罚款"
GDPR33 = (
    "the controller shall without undue delay and, where feasible, not later than 72 hours after "
    "having become aware of it, notify the personal data breach to the supervisory authority"
)
GDPR12 = (
    "The controller shall provide information on action taken on a request under Articles 15 to "
    "22 to the data subject without undue delay and in any event within one month of receipt of "
    "the request"
)


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(CSL, GDPR)


# (document, the new wording's opening, its article with the rule on, with it off)
CASES = [
    (f"征求意见稿将罚款由“{FINE59}”调整为“{FINE60}”。", FINE60[:8], None, "60"),
    (f"徵求意見稿將罰款由「{FINE59_TRAD}」修改為「{FINE60_TRAD}」。", FINE60_TRAD[:8], None, "60"),
    (f"The draft changed “{GDPR33}” to “{GDPR12}”.", GDPR12[:30], None, "12"),
    # the same article's words: linked
    (f"该条将罚款由“{FINE59}”改为“{FINE59_CII}”。", FINE59_CII[:8], "59", "59"),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_the_new_wording_of_a_change_is_not_another_articles_text(
    checker: Checker, rule: RuleSwitch, case: int
) -> None:
    document, opening, on, off = CASES[case]
    rule.take_out(checker_module, "new_wordings", lambda text, spans, weighed, store: weighed)
    quotes = checker.check_text(document).quotes
    new = [q for q in quotes if q.text.startswith(opening)]
    assert len(new) == 1, [(q.text, q.verdict) for q in quotes]
    linked = new[0].match.article if new[0].match is not None else None
    assert linked == (on if rule.on else off), new[0].notes
    old = [q for q in quotes if q is not new[0] and q.match is not None]
    assert old, "the old wording stays linked"
