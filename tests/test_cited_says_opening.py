"""An unquoted reproduction that its citation introduces with a verb of saying and no comma
("《基本法》第二條規定特別行政區享有…", "Article 6 provides that processing shall be lawful only if
the data subject …"), whose opening words stand earlier in the article than the rest, has
silently dropped the words between: ``altered``, not ``verbatim`` (pipeline/sentence.py
``found_before``'s cut after a cited verb of saying; issue 14: Basic Law Art. 2 with 依照本法的
規定實行高度自治 left out was called verbatim).

Each case runs with the rule on and off; the sentences are written here."""

from __future__ import annotations

import re

import pytest
from rule_pages import GDPR, checker_with, quote_linked_to, traditional
from rule_switch import RuleSwitch

from lawref.pipeline import sentence
from lawref.pipeline.checker import Checker

BASIC_LAW = "cn-hong-kong-basic-law"
checker = checker_with(BASIC_LAW, GDPR)

# (page, statute, article)
PAGES = [
    (
        "Article 6 of the GDPR provides that processing shall be lawful only if the data subject "
        "has given consent to the processing of his or her personal data for one or more "
        "specific purposes.",
        GDPR,
        "6",
    ),
    (
        "《基本法》第二条规定特别行政区享有行政管理权、立法权、独立的司法权和终审权。",
        BASIC_LAW,
        "2",
    ),
    (
        traditional("《基本法》第二条规定特别行政区享有行政管理权、立法权、独立的司法权和终审权。"),
        BASIC_LAW,
        "2",
    ),
]


@pytest.mark.parametrize(("page", "statute", "article"), PAGES)
def test_an_opening_after_a_cited_verb_of_saying_shows_the_cut(
    checker: Checker, rule: RuleSwitch, page: str, statute: str, article: str
) -> None:
    rule.take_out(sentence, "_CITED_SAYS", re.compile(r"(?!)"))
    quote = quote_linked_to(checker, page, statute, article)
    if rule.on:
        assert quote.verdict == "altered"
        assert any(d.op == "delete" for d in quote.differences)
    else:
        assert quote.verdict != "altered" or not any(d.op == "delete" for d in quote.differences)
