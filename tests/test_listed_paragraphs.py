"""An article's paragraphs set under a page's own bullets, one of them reworded and none left out,
are judged paragraph by paragraph, not joined into one altered list (issue 14, the twenty-third
held-out set: a commentary's bulleted copy of an article's four paragraphs, two reworded, was one
altered quotation and three paragraphs went unreported; pipeline/listed_paragraphs.py).

A list of an article's lead-in and its points, one point reworded, is still one altered quotation
(pipeline/listed_items.py), with the rule on and off.

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

# A writer's rewording of a few words of the first paragraph: (stored words, the writer's).
_REWORDED = {
    (GDPR, "77"): (
        "every data subject shall have the right to",
        "each data subject has a right to",
    ),
    (GDPR, "6"): ("has given consent to the processing", "agreed to the processing"),
    (NIL, "7"): ("都应当依法支持、协助和配合", "都必须支持、协助、配合"),
}


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, NIL)


def _bulleted(lines: list[str]) -> str:
    return "\n".join(f"- {line}" for line in lines)


def _lines(store: Store, statute: str, article: str, count: int) -> list[str]:
    """The article's first ``count`` stored lines (paragraphs, or a lead-in and its points without
    their marks), the first reworded."""
    lines = [line.split("\t", 1)[-1] for line in stored_paragraphs(store, statute, article)[:count]]
    stored, written = _REWORDED[(statute, article)]
    joined = "\n".join(lines)
    assert stored in joined, (statute, article)
    return joined.replace(stored, written, 1).split("\n")


# (script, statute, article, lines, heading, quotations linked with the rule on, with it off)
CASES = [
    ("english", GDPR, "77", 2, "Article 77 GDPR in short:\n\n", 2, 1),
    ("english", GDPR, "6", 3, "Article 6 GDPR in short:\n\n", 1, 1),
    ("simplified", NIL, "7", 2, "《国家情报法》第七条要点:\n\n", 2, 1),
    ("traditional", NIL, "7", 2, "《国家情报法》第七条要点:\n\n", 2, 1),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_bulleted_paragraphs_are_judged_one_by_one(
    store: Store, rule: RuleSwitch, case: int
) -> None:
    script, statute, article, count, heading, on, off = CASES[case]
    from lawref.pipeline import listed_items as listed_items_rule

    rule.take_out(listed_items_rule, "each_a_paragraph", lambda results: False)
    page = f"{heading}{_bulleted(_lines(store, statute, article, count))}\n\nOur notes follow.\n"
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
    if rule.on and on > 1:
        # the reworded paragraph altered, the one after it the law's words
        assert [q.verdict for q in linked][0] == "altered"
        assert all(q.verdict in ("verbatim", "minor", "elided") for q in linked[1:])
