"""Words a page sets under its recitals heading ("Relevant Recitals", 相关序言) are named by that
heading as recitals, not credited to the article heading above it (pipeline/recital_section.py,
issue 14: a GDPR reader's Art. 51 page listing Recital 117 without its number under "Relevant
Recitals"). Another heading between, or another number on the words' line, keeps the accusation.

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

ARTICLE_HEADINGS = [
    "Article 24 GDPR. Responsibility of the controller\n\nThis page sets out the article.\n\n",
    "GDPR第24条 控制者的责任\n\n本页列出该条。\n\n",
    traditional("GDPR第24条 控制者的责任\n\n本页列出该条。\n\n"),
]
RECITALS_HEADINGS = [
    "Relevant Recitals\n\n",
    "Corresponding recitals:\n",
    "相关序言\n\n",
    traditional("相关鉴于条款：\n"),
]
OTHER_HEADINGS = ["Commentary\n\n", "评注\n\n", traditional("评注\n\n")]


def _recital_74(checker: Checker) -> str:
    text = stored_article(checker.store, GDPR, "recital-74").text
    return text[: text.index("established.") + len("established.")]


@pytest.mark.parametrize("recitals", RECITALS_HEADINGS)
@pytest.mark.parametrize("heading", ARTICLE_HEADINGS)
def test_a_recital_under_a_recitals_heading_is_not_accused(
    checker: Checker, rule: RuleSwitch, heading: str, recitals: str
) -> None:
    rule.take_out(attribution_module, "recitals_heading_note", lambda *args: None)
    page = heading + recitals + _recital_74(checker)
    quote = quote_linked_to(checker, page, GDPR, "recital-74")
    assert quote.attribution == ("consistent" if rule.on else "misattributed")


@pytest.mark.parametrize("other", OTHER_HEADINGS)
@pytest.mark.parametrize("heading", ARTICLE_HEADINGS)
def test_another_heading_between_keeps_the_accusation(
    checker: Checker, heading: str, other: str
) -> None:
    page = heading + "Relevant Recitals\n\n" + other + _recital_74(checker)
    quote = quote_linked_to(checker, page, GDPR, "recital-74")
    assert quote.attribution == "misattributed"


@pytest.mark.parametrize("heading", ARTICLE_HEADINGS)
def test_another_number_on_the_line_keeps_the_accusation(checker: Checker, heading: str) -> None:
    page = heading + "Relevant Recitals\n\n(3) " + _recital_74(checker)
    quote = quote_linked_to(checker, page, GDPR, "recital-74")
    assert quote.attribution == "misattributed"
