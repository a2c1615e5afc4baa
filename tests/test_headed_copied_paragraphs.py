"""An exact copy of several of one article's paragraphs, under a bare heading of that article's
number and cited by nothing else, is reported paragraph by paragraph (issue 14, recall: the class
seen on the seventeenth held-out set, a GDPR reference page printing Art. 25(1)-(3) under
"Article 25" and its caption). reuse/copied_paragraphs.py splits an exact copy by paragraph only
when a citation introduces it, so that no piece loses the heading the whole is read under; a bare
heading of the matched article's own number (pipeline/numbered_heading.py ``under_own_heading``)
cites every piece as it cites the whole (``unverified``). A heading of another number keeps the
copy whole.

Each case runs with the rule on and off. The pages' layout is written for the test; the law's
paragraphs are the stored texts, read from the store."""

from __future__ import annotations

import pytest
from rule_pages import DSL, GDPR, checker_with, traditional
from rule_switch import RuleSwitch
from stored import stored_paragraphs

from lawref.pipeline import checker as checker_module
from lawref.pipeline.checker import Checker

checker = checker_with(DSL, GDPR)


# (heading and caption, statute, article, numbered paragraphs, pieces with the rule on, off)
CASES = [
    ("Article 25\n\nData protection by design and by default\n\n", GDPR, "25", True, 3, 1),
    ("Article 25\n\n", GDPR, "25", True, 3, 1),
    ("第三十条\n\n", DSL, "30", False, 2, 1),
    ("第三十條\n\n", DSL, "30", False, 2, 1),
    # a heading of another number: the copy stays one quotation
    ("Article 24\n\nData protection by design and by default\n\n", GDPR, "25", True, 1, 1),
    ("第三十一条\n\n", DSL, "30", False, 1, 1),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_copy_of_paragraphs_under_its_own_heading_is_reported_by_paragraph(
    checker: Checker, rule: RuleSwitch, case: int
) -> None:
    heading, statute, article, numbered, on, off = CASES[case]
    rule.take_out(checker_module, "under_own_heading", lambda text: lambda span, result: False)
    texts = stored_paragraphs(checker.store, statute, article)
    body = "\n\n".join(f"{i}. {t}" if numbered else t for i, t in enumerate(texts, 1))
    page = heading + body + "\n"
    if statute == DSL and "條" in heading:
        page = traditional(page)
    linked = [
        q
        for q in checker.check_text(page).quotes
        if q.match is not None and (q.match.statute, q.match.article) == (statute, article)
    ]
    assert len(linked) == (on if rule.on else off), [(q.text[:40], q.verdict) for q in linked]
    assert all(q.verdict in ("verbatim", "minor") for q in linked)
