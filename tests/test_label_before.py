"""A defined term's label in brackets right before an unquoted reproduction — "The European Data
Protection Board (the ‘Board’) is hereby established …", 坚持中国共产党对保守国家秘密（以下简称
“保密”）工作的领导 — stands inside the law's sentence: the reproduction reaches back through it to
the law's words before it, and the label is no quotation of its own (issue 14, heldout23's
listing of the AI Act's governance articles: pipeline/label_before.py).

Each page is written for these tests (its headings and notes are the writer's; the law's words
are the shipped store's GDPR Art. 68 and State Secrets Law Art. 3, a label's marks added where the
Chinese law has none). With the rule taken out, the law's words before the label are lost: the
label is reported as an unlinked term and the reproduction starts after it. A quoted term with no
bracket after it is the writer's own, and nothing reaches back through it either way.
"""

from __future__ import annotations

import pytest
from rule_pages import GDPR, checker_with, traditional
from rule_switch import RuleSwitch

from lawref.pipeline import label_before
from lawref.pipeline.checker import Checker

SSL = "cn-state-secrets-law"

checker = checker_with(GDPR, SSL)

_SSL_3 = (
    "第三条\n坚持中国共产党对保守国家秘密（以下简称“保密”）工作的领导。中央保密工作领导机构领导全国"
    "保密工作，研究制定、指导实施国家保密工作战略和重大方针政策，统筹协调国家保密重大事项和重要"
    "工作，推进国家保密法治建设。"
)

# (page, the words the reproduction must start with, the article; None: no reproduction may
# start there, rule on or off)
CASES: list[tuple[str, str, tuple[str, str] | None]] = [
    # English: a numbered paragraph under its article's heading, one paragraph a line.
    (
        "Reading notes, Chapter VII of the GDPR.\n\nArticle 68\n\n1. The European Data Protection "
        "Board (the ‘Board’) is hereby established as a body of the Union and shall have legal "
        "personality.\n\n2. The Board shall be represented by its Chair.",
        "The European Data Protection Board (the",
        (GDPR, "68"),
    ),
    # English: the paragraphs run into one line after the heading, straight quotation marks.
    (
        "Article 68\n1. The European Data Protection Board (the 'Board') is hereby established as a "
        "body of the Union and shall have legal personality. 2. The Board shall be represented by "
        "its Chair. 3. The Board shall be composed of the head of one supervisory authority of "
        "each Member State.",
        "The European Data Protection Board (the",
        (GDPR, "68"),
    ),
    # English: a quoted term with no bracket after it is the writer's: nothing reaches back.
    (
        "Article 68\nThe “Board of the Union” is hereby established as a body of the Union and "
        "shall have legal personality. 2. The Board shall be represented by its Chair.",
        "The “Board of the Union”",
        None,
    ),
    # Simplified: the label a page set in quotation marks inside the law's first sentence.
    (_SSL_3, "坚持中国共产党对保守国家秘密（以下简称", (SSL, "3")),
    # Traditional: the same page, with corner brackets.
    (
        traditional(_SSL_3).replace("“", "「").replace("”", "」"),
        traditional("坚持中国共产党对保守国家秘密（以下简称"),
        (SSL, "3"),
    ),
]


@pytest.mark.parametrize(("page", "opening", "expected"), CASES, ids=range(len(CASES)))
def test_a_label_before_a_reproduction_is_read_through(
    checker: Checker,
    rule: RuleSwitch,
    page: str,
    opening: str,
    expected: tuple[str, str] | None,
) -> None:
    rule.take_out(label_before, "label_before", lambda *_: False)
    quotes = checker.check_text(page).quotes
    starting = [q for q in quotes if q.text.startswith(opening)]
    if expected is None or not rule.on:
        assert not starting, [(q.text, q.verdict) for q in quotes]
        return
    assert len(starting) == 1, [(q.text, q.verdict) for q in quotes]
    quote = starting[0]
    assert quote.marks == "none"
    assert quote.verdict in ("verbatim", "minor")
    assert quote.match is not None
    assert (quote.match.statute, quote.match.article) == expected
    # the label is inside the reproduction, not a quotation of its own
    assert not [q for q in quotes if q.start > quote.start and q.end <= quote.end]
