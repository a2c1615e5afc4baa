"""An exact copy of several of one article's numbered paragraphs whose lines are not the paragraphs —
run into one line, or printed with a page's line breaks and the points on lines of their own — is
cut where the page gives the next paragraph's number (issue 14, the nineteenth held-out set: GDPR
Art. 77(1)-(2) run into one line and Art. 47(1)-(2) printed with a deskbook's line breaks were each
one quotation, and the later paragraph went unreported; reuse/numbered_paragraphs.py).

A copy that starts inside a list of points stays whole, and so does one whose number before a
paragraph is not followed by that paragraph's opening words. The store numbers no Chinese
article's paragraphs, so the Chinese cases are of a page's own numbers, which cut nothing here (a
Chinese page's numbered lines are reuse/copied_paragraphs.py's case).

Each case runs with the rule on and off. Statute words come from the shipped store; the pages
around them are written for these tests, the Traditional ones converted by OpenCC.
"""

from __future__ import annotations

import textwrap

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


def _run_in(paragraphs: list[str]) -> str:
    """The paragraphs run into one line, each after its number."""
    return " ".join(f"{i}. {p}" for i, p in enumerate(paragraphs, 1))


def _printed(paragraphs: list[str]) -> str:
    """The paragraphs with a printed page's line breaks, each after its number."""
    return "\n".join(textwrap.fill(f"{i}.  {p}", width=90) for i, p in enumerate(paragraphs, 1))


def _mid_sentence(paragraphs: list[str]) -> str:
    """The copy starting inside the first paragraph's sentence, then run in."""
    first = paragraphs[0]
    return first[first.index(" ", len(first) // 2) + 1 :] + " " + _run_in(paragraphs[1:])[3:]


def _wrong_opening(paragraphs: list[str]) -> str:
    """The second paragraph given under the number 3, which opens no paragraph of the article."""
    return f"1. {paragraphs[0]} 3. {paragraphs[1]}"


# (script, statute, article, heading, layout, pieces reported with the rule on, with it off)
CASES = [
    ("english", GDPR, "77", "GDPR Article 77\n\n", _run_in, 2, 1),
    ("english", GDPR, "33", "GDPR Article 33\n\n", _printed, 2, 1),
    ("english", GDPR, "77", "Article 77 of the GDPR reads in part:\n\n", _mid_sentence, 1, 1),
    ("english", GDPR, "77", "GDPR Article 77\n\n", _wrong_opening, 1, 1),
    ("simplified", NIL, "7", "《中华人民共和国国家情报法》第七条\n\n", _run_in, 1, 1),
    ("traditional", NIL, "7", "《中华人民共和国国家情报法》第七条\n\n", _run_in, 1, 1),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_copy_is_cut_at_the_numbers_of_its_paragraphs(
    store: Store, rule: RuleSwitch, case: int
) -> None:
    script, statute, article, heading, layout, on, off = CASES[case]
    # the rule is imported where it is used (issue 20): taken out where it is defined
    from lawref.reuse import numbered_paragraphs as numbered_paragraphs_rule

    rule.take_out(numbered_paragraphs_rule, "by_number", lambda *args: [])
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
        # each piece an exact copy, starting at its paragraph's words (the number left out)
        assert all(q.verdict in ("verbatim", "minor", "elided") for q in linked)
        assert all(not q.text[:1].isdigit() for q in linked)
