"""A short phrase a page sets in quotation marks again and again is the writer's term, not a
quotation of the article that holds it (pipeline/repeated_term.py, issue 14: a blog quoting
「新界原居民」 ten times, each linked to the Basic Law's Art. 40). Once, or cited right before as
the article's verbatim words, it stays linked.

Each case runs with the rule on and off; the pages are written here, the phrases are the shipped
store's (the Data Security Law's Art. 8 and 28, GDPR Art. 82(1))."""

from __future__ import annotations

import pytest
from rule_pages import DSL, GDPR, checker_with, traditional
from rule_switch import RuleSwitch

from lawref.pipeline import not_law_text
from lawref.pipeline.checker import Checker

checker = checker_with(DSL, GDPR)

ETHICS = "社会公德和伦理"  # DSL Art. 8 (and Art. 28): 4.7 word units
DAMAGE = "material or non-material damage"  # GDPR Art. 82(1): 4 word units

REPEATED = [
    f"Under the GDPR, lawyers call it “{DAMAGE}”. A claim for “{DAMAGE}” needs proof.",
    f"《数据安全法》出台后，企业常说“{ETHICS}”。做到“{ETHICS}”并不容易。",
    traditional(f"《数据安全法》出台后，企业常说「{ETHICS}」。做到「{ETHICS}」并不容易。"),
]
ONCE = [
    f"Under the GDPR, lawyers call it “{DAMAGE}”.",
    f"《数据安全法》出台后，企业常说“{ETHICS}”。",
    traditional(f"《数据安全法》出台后，企业常说「{ETHICS}」。"),
]
CITED_RIGHT_BEFORE = [
    (f"Lawyers say “{DAMAGE}”. Article 82 GDPR “{DAMAGE}” is defined nowhere.", GDPR, "82"),
    (f"企业常说“{ETHICS}”。《数据安全法》第八条所说的“{ETHICS}”并不容易。", DSL, "8"),
    (
        traditional(f"企業常說「{ETHICS}」。《數據安全法》第八條所說的「{ETHICS}」並不容易。"),
        DSL,
        "8",
    ),
]


def _linked(checker: Checker, page: str) -> list[bool]:
    return [
        q.match is not None and q.verdict != "unmatched" for q in checker.check_text(page).quotes
    ]


@pytest.mark.parametrize("page", REPEATED)
def test_a_phrase_quoted_again_and_again_is_not_linked(
    checker: Checker, rule: RuleSwitch, page: str
) -> None:
    rule.take_out(not_law_text, "repeated_term", lambda text, span, weighed, cited: weighed)
    linked = _linked(checker, page)
    assert len(linked) == 2
    assert linked == ([False, False] if rule.on else [True, True])


@pytest.mark.parametrize("page", ONCE)
def test_a_phrase_quoted_once_stays_linked(checker: Checker, page: str) -> None:
    assert _linked(checker, page) == [True]


@pytest.mark.parametrize(("page", "statute", "article"), CITED_RIGHT_BEFORE)
def test_the_mention_cited_right_before_as_verbatim_stays_linked(
    checker: Checker, page: str, statute: str, article: str
) -> None:
    quotes = checker.check_text(page).quotes
    assert len(quotes) == 2
    first, cited = quotes
    assert first.verdict == "unmatched"
    assert cited.verdict == "verbatim"
    assert cited.match is not None
    assert (cited.match.statute, cited.match.article) == (statute, article)
