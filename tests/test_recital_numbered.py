"""Words a page sets under their own recital number are credited by that number, not by the
article heading above them (pipeline/recital_numbered.py, issue 14: a GDPR reader listing
Recital 74 as "(74) …" under its Art. 24 page). Under another number the accusation stands.

Each case runs with the rule on and off; the pages are written here, the recital's words are the
shipped store's."""

from __future__ import annotations

import pytest
from rule_pages import GDPR, checker_with, quote_linked_to, traditional
from rule_switch import RuleSwitch
from stored import stored_article

from lawref.pipeline import attribution as attribution_module
from lawref.pipeline.checker import Checker

checker = checker_with(GDPR)

HEADINGS = [
    "Article 24 GDPR. Responsibility of the controller\n\nRelated recitals\n\n",
    "GDPR第24条 控制者的责任\n\n相关序言\n\n",
    traditional("GDPR第24条 控制者的责任\n\n相关序言\n\n"),
]
NUMBERS = ["({n}) ", "[{n}] ", "（{n}）"]


def _recital_74(checker: Checker) -> str:
    text = stored_article(checker.store, GDPR, "recital-74").text
    return text[: text.index("established.") + len("established.")]


@pytest.mark.parametrize("number", NUMBERS)
@pytest.mark.parametrize("heading", HEADINGS)
def test_a_recital_under_its_own_number_is_not_accused(
    checker: Checker, rule: RuleSwitch, heading: str, number: str
) -> None:
    rule.take_out(attribution_module, "numbered_as_recital", lambda *args: False)
    page = heading + number.format(n=74) + _recital_74(checker)
    quote = quote_linked_to(checker, page, GDPR, "recital-74")
    assert quote.attribution == ("consistent" if rule.on else "misattributed")


@pytest.mark.parametrize("heading", HEADINGS)
def test_a_recital_under_another_number_is_still_accused(checker: Checker, heading: str) -> None:
    page = heading + "(3) " + _recital_74(checker)
    quote = quote_linked_to(checker, page, GDPR, "recital-74")
    assert quote.attribution == "misattributed"
