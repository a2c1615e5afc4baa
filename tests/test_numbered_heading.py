"""Words copied exactly under a bare article heading of the matched article's number keep their
link, though the heading was read as a law the store lacks named in the prose above it
("根据民法典第一百四十一条……。⏎⏎第十三条 国家统筹发展和安全，…"): the stored article's every word and its
number on the heading outweigh a law read from context (issue 14, recall: the class seen on the
seventeenth held-out set, a PIPL commentary whose 第十六条 followed a mention of the Civil Code).
The heading names a law the store lacks, so the words stay ``unverified``, never ``consistent``.
A heading of another number, or words that are not an exact copy, stay unlinked.

Each case runs with the rule on and off (pipeline/renderings.py calls
pipeline/numbered_heading.py ``heads_matched_number``). The pages are written for the test."""

from __future__ import annotations

import pytest
from rule_pages import DSL, GDPR, GDPR_82, checker_with, traditional
from rule_switch import RuleSwitch

from lawref.pipeline import renderings
from lawref.pipeline.checker import Checker

checker = checker_with(DSL, GDPR)

CIVIL_CODE_PROSE = "根据民法典第一百四十一条的规定，撤回意思表示须在意思表示未生效之前到达相对人。"
CIVIL_CODE_ENGLISH = (
    "Under Article 1240 of the Civil Code, any act which causes damage to another obliges the "
    "person by whose fault it occurred to repair it."
)
# DSL Art. 13, as the store holds it (a heading of two digits: 第十三条, not a one-letter 第八条,
# which the unlinking rule reads as no words of the writer's beside the copy).
DSL_13 = "国家统筹发展和安全，坚持以数据开发利用和产业发展促进数据安全，以数据安全保障数据开发利用和产业发展。"
DSL_13_ALTERED = DSL_13.replace("统筹发展和安全", "统筹安全和发展")

# (page, statute, article, linked with the rule on, with it off)
CASES = [
    (f"{CIVIL_CODE_PROSE}\n\n第十三条 {DSL_13}\n", DSL, "13", True, False),
    (traditional(f"{CIVIL_CODE_PROSE}\n\n第十三条 {DSL_13}\n"), DSL, "13", True, False),
    # the heading on a line of its own: the copy is a sentence of its own, linked either way
    (f"{CIVIL_CODE_PROSE}\n\n第十三条\n{DSL_13}\n", DSL, "13", True, True),
    (f"{CIVIL_CODE_ENGLISH}\n\nArticle 82 {GDPR_82}\n", GDPR, "82", True, False),
    # a heading of another number: the words may be the other law's article of that number
    (f"{CIVIL_CODE_PROSE}\n\n第十二条 {DSL_13}\n", DSL, "13", False, False),
    (traditional(f"{CIVIL_CODE_PROSE}\n\n第十二条 {DSL_13}\n"), DSL, "13", False, False),
    (f"{CIVIL_CODE_ENGLISH}\n\nArticle 83 {GDPR_82}\n", GDPR, "82", False, False),
    # not an exact copy: the cited law is the likelier source
    (f"{CIVIL_CODE_PROSE}\n\n第十三条 {DSL_13_ALTERED}\n", DSL, "13", False, False),
]


def linked(checker: Checker, page: str, statute: str, article: str) -> list[str]:
    """The attributions of the quotations of ``page`` linked to the statute's article."""
    return [
        q.attribution
        for q in checker.check_text(page).quotes
        if q.match is not None
        and q.verdict != "unmatched"
        and (q.match.statute, q.match.article) == (statute, article)
    ]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_an_exact_copy_under_a_heading_of_its_number_keeps_its_link(
    checker: Checker, rule: RuleSwitch, case: int
) -> None:
    page, statute, article, on, off = CASES[case]
    rule.take_out(renderings, "heads_matched_number", lambda *args: False)
    found = linked(checker, page, statute, article)
    assert bool(found) == (on if rule.on else off), found
    assert all(a == "unverified" for a in found), found
