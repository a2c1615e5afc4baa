"""A citation that is the matched article's own cross-reference, standing in a line that retells
that article, credits no quotation: the next line's words, from the same article, are not
accused of contradicting it (pipeline/own_reference.py, issue 14: a back-translated GDPR Art. 17
whose item (b) names Article 6(1)(a)). A writer's own sentence citing that article before the
same words is still accused.

Each case runs with the rule on and off; the pages are written here, the law's words are the
shipped store's GDPR Art. 17(1)(c)."""

from __future__ import annotations

import pytest
from rule_pages import GDPR, checker_with, quote_linked_to, traditional
from rule_switch import RuleSwitch

from lawref.pipeline import attribution as attribution_module
from lawref.pipeline import introducers
from lawref.pipeline.checker import Checker

checker = checker_with(GDPR)

# Art. 17(1)(c), as the store holds it.
ITEM_C = (
    "the data subject objects to the processing pursuant to Article 21(1) and there are no "
    "overriding legitimate grounds for the processing, or the data subject objects to the "
    "processing pursuant to Article 21(2);"
)
# Art. 17(1)(a) and (b) told in other words, (b) keeping the article's own reference.
ITEMS_A_B = (
    "1. the personal data are no longer needed for the purposes for which they were gathered or "
    "otherwise processed;\n"
    "2. the data subject takes back the consent on which the processing rests under Article "
    "6(1)(a) or Article 9(2)(a), and the processing has no other legal ground;\n"
    "3. "
)

LEAD_INS = [
    "The right to erasure under the GDPR, in our own translation:\n\n",
    "GDPR的删除权。\n\n其条件如下（我们的英文转述）：\n\n",
    traditional("GDPR的删除权。\n\n其条件如下（我们的英文转述）：\n\n"),
]


@pytest.mark.parametrize("lead_in", LEAD_INS)
def test_the_articles_own_reference_accuses_nobody(
    checker: Checker, rule: RuleSwitch, lead_in: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The items here stand on numbered lines, so a later rule reaches them first: a citation on
    # another item's line introduces nothing (pipeline/item_lines.py, tests/test_item_lines.py).
    # It is taken out in both runs, so that this test shows what own_reference.py does where a
    # cross-reference does introduce the words (a list run into one paragraph, say).
    monkeypatch.setattr(introducers, "in_another_item", lambda *args: False)
    rule.take_out(attribution_module, "own_reference", lambda *args: False)
    quote = quote_linked_to(checker, lead_in + ITEMS_A_B + ITEM_C, GDPR, "17")
    assert quote.attribution == ("unverified" if rule.on else "misattributed")


# The writer's own sentence cites Article 6 before Art. 17's words: an accusation, rule or not.
WRITERS_OWN = [
    "Article 6 of the GDPR, our readers should know, is why {words}",
    "我们认为，GDPR第6条正是为此而设：{words}",
    traditional("我们认为，GDPR第6条正是为此而设：{words}"),
]


@pytest.mark.parametrize("page", WRITERS_OWN)
def test_a_writers_citation_still_accuses(checker: Checker, page: str) -> None:
    quote = quote_linked_to(checker, page.format(words=f"“{ITEM_C}”"), GDPR, "17")
    assert quote.attribution == "misattributed"
