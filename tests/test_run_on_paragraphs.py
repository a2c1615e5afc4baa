"""An exact copy of several of one article's paragraphs run on without their numbers — on one line,
or in Chinese with only a space or nothing after the first paragraph's full stop — is cut where
the page starts the next paragraph's words (issue 14, the twenty-third held-out set: a paragraph
run on after the first went unreported; reuse/run_on_paragraphs.py).

A copy whose second paragraph's opening the page left out stays whole, and so does one that no
citation of its article introduces (credited only after it: its later piece would lose the credit).

Each case runs with the rule on and off. Statute words come from the shipped store; the pages
around them are written for these tests, the Traditional ones converted by OpenCC.
"""

from __future__ import annotations

import pytest
from rule_pages import traditional
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_paragraphs

from lawref.pipeline.checker import Checker
from lawref.store.files import Store

GDPR = "eu-gdpr"
NIL = "cn-national-intelligence-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, NIL)


def _spaced(paragraphs: list[str]) -> str:
    """The paragraphs run on, a space between them, their numbers left out."""
    return " ".join(paragraphs)


def _glued(paragraphs: list[str]) -> str:
    """The paragraphs run on with nothing between them (a Chinese page's full stop ends one)."""
    return "".join(paragraphs)


def _second_cut(paragraphs: list[str]) -> str:
    """The second paragraph's opening words left out: the page abridges, it does not run on."""
    second = paragraphs[1]
    return paragraphs[0] + " " + second[second.index(" ", len(second) // 3) + 1 :]


def _credited_after(paragraphs: list[str]) -> str:
    """The paragraphs run on, then a credit line naming the article after them."""
    return " ".join(paragraphs) + "\n(Article 77 GDPR)"


# (script, statute, article, heading, layout, pieces reported with the rule on, with it off)
CASES = [
    ("english", GDPR, "77", "What Article 77 of the GDPR says\n\n", _spaced, 2, 1),
    ("english", GDPR, "77", "What Article 77 of the GDPR says\n\n", _second_cut, 1, 1),
    # credited after the copy, not introduced by a citation before it: the later piece would lose
    # the credit, so the copy stays whole
    ("english", GDPR, "77", "", _credited_after, 1, 1),
    ("simplified", NIL, "7", "《国家情报法》第七条全文如下:\n\n", _spaced, 2, 1),
    ("simplified", NIL, "7", "《国家情报法》第七条全文如下:\n\n", _glued, 2, 1),
    ("traditional", NIL, "7", "《国家情报法》第七条全文如下:\n\n", _spaced, 2, 1),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_copy_run_on_is_cut_where_the_next_paragraph_starts(
    store: Store, rule: RuleSwitch, case: int
) -> None:
    script, statute, article, heading, layout, on, off = CASES[case]
    # the rule is imported where it is used: taken out where it is defined
    from lawref.reuse import run_on_paragraphs as run_on_rule

    rule.take_out(run_on_rule, "by_opening", lambda *args: [])
    page = (
        f"{heading}{layout(stored_paragraphs(store, statute, article)[:2])}\n\nOur notes follow.\n"
    )
    if script == "traditional":
        page = traditional(page)
    linked = [
        q
        for q in Checker(store).check_text(page).quotes
        if q.match is not None
        and q.verdict != "unmatched"
        and (q.match.statute, q.match.article) == (statute, article)
    ]
    assert len(linked) == (on if rule.on else off), [(q.text[:40], q.verdict) for q in linked]
    assert all(q.attribution == "consistent" for q in linked)
    if rule.on and on > 1:
        assert all(q.verdict in ("verbatim", "minor", "elided") for q in linked)
