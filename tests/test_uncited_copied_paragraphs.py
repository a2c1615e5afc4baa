"""An exact copy of several of one article's paragraphs that no citation introduces is reported
paragraph by paragraph when the document cites nothing before its last paragraph (issue 14, the
nineteenth held-out set: a French page opening with GDPR Art. 24(1)-(3) as bullets, before any
citation, was one uncited quotation and Art. 24(2)-(3) went unreported;
reuse/copied_paragraphs.py). With nothing cited above, no piece can lose a heading or a law named
that the whole was read under. A copy under a page that cites the law above it, even another
article, or under a bare heading of another article, stays whole: a piece could be read under
them otherwise than the whole (pipeline/numbered_heading.py ``unheaded``).

Each case runs with the rule on and off. Statute words come from the shipped store; the pages
around them are written for these tests, the Traditional ones converted by OpenCC.
"""

from __future__ import annotations

import pytest
from rule_pages import traditional
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_paragraphs

from lawref.pipeline import checker as checker_module
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

GDPR = "eu-gdpr"
NIL = "cn-national-intelligence-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, NIL)


_ENGLISH_ABOVE = (
    "Article 5 of the GDPR sets out the principles.\n\nOur team has spent the year on it.\n\n"
)
_CHINESE_ABOVE = (
    "《中华人民共和国国家情报法》第五条规定了协调机制。\n\n我们的团队今年一直在研究。\n\n"
)
_ENGLISH_AFTER = "Our checklist below walks through each duty."
_CHINESE_AFTER = "以下是我们对这些义务的解读。"

# (script, statute, article, what the page says above the copy, its bullet, its comment after
# the copy, pieces reported with the rule on, with it off)
CASES = [
    # no citation anywhere before the copy: each paragraph on its own
    ("english", GDPR, "24", "", "- ", _ENGLISH_AFTER, 3, 1),
    ("simplified", NIL, "7", "", "• ", _CHINESE_AFTER, 2, 1),
    ("traditional", NIL, "7", "", "• ", _CHINESE_AFTER, 2, 1),
    # another article of the law cited above the copy: it stays whole
    ("english", GDPR, "24", _ENGLISH_ABOVE, "- ", _ENGLISH_AFTER, 1, 1),
    ("simplified", NIL, "7", _CHINESE_ABOVE, "• ", _CHINESE_AFTER, 1, 1),
    ("traditional", NIL, "7", _CHINESE_ABOVE, "• ", _CHINESE_AFTER, 1, 1),
    # a bare heading of another article above the copy: it stays whole
    ("english", GDPR, "24", "Article 23\n\n", "- ", _ENGLISH_AFTER, 1, 1),
    ("simplified", NIL, "7", "第六条\n\n", "• ", _CHINESE_AFTER, 1, 1),
    ("traditional", NIL, "7", "第六条\n\n", "• ", _CHINESE_AFTER, 1, 1),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_an_uncited_copy_at_the_top_of_a_page_is_reported_by_paragraph(
    store: Store, rule: RuleSwitch, case: int
) -> None:
    script, statute, article, above, bullet, comment, on, off = CASES[case]
    rule.take_out(checker_module, "unheaded", lambda text, citations: lambda span, at: False)
    body = "\n".join(bullet + p for p in stored_paragraphs(store, statute, article))
    page = f"{above}{body}\n\n{comment}\n"
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
    assert all(q.verdict in ("verbatim", "minor") for q in linked)
    # each piece starts at the law's words, the page's bullet left out
    assert not any(q.text.startswith(bullet.strip()) for q in linked)
