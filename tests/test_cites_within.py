"""A quotation that cites another stored law's article in its own words, linked only as a
paraphrase of an article of the law it loosely resembles, is not linked (issue 14, the eighteenth
held-out set: the NPC Standing Committee's interpretation of the Basic Law's Art. 104, quoted by a
columnist, was linked as a paraphrase of the Hong Kong National Security Law's Art. 6).
pipeline/cites_within.py, called by pipeline/checker.py.

Each case runs with the rule on and off. The pages are written for these tests (the Traditional
one converted by OpenCC): a commentator's words about an article of the Data Security Law, which
resemble an article of the PIPL or the GDPR. A quotation citing the matched law's own article is
left alone.
"""

from __future__ import annotations

import pytest
from rule_pages import DSL, GDPR, checker_with, traditional
from rule_switch import RuleSwitch

from lawref.pipeline import checker as checker_module
from lawref.pipeline.checker import Checker

PIPL = "cn-personal-information-protection-law"

checker = checker_with(PIPL, DSL, GDPR)


def _chinese(cited: str) -> str:
    return (
        f"评论文章写道：“{cited}所规定的义务，是个人信息处理者对其个人信息处理活动负责，"
        "并采取必要措施保障所处理的个人信息安全的法律承诺”。\n"
    )


ENGLISH = (
    "The commentary reads: “the duty prescribed by Article 8 of the Data Security Law is a legal "
    "pledge that the controller and the processor shall cooperate on request with the "
    "supervisory authority in the performance of its tasks and duties”.\n"
)

# (page, statute, linked with the rule on, with it off)
CASES = [
    (_chinese("《中华人民共和国数据安全法》第八条"), PIPL, False, True),
    (traditional(_chinese("《中华人民共和国数据安全法》第八条")), PIPL, False, True),
    (ENGLISH, GDPR, False, True),
    # the quotation cites the matched law's own article: linked either way
    (_chinese("个人信息保护法第九条"), PIPL, True, True),
    (traditional(_chinese("个人信息保护法第九条")), PIPL, True, True),
]


def _linked_to_statute(checker: Checker, page: str, statute: str) -> bool:
    return any(
        q.match is not None and q.verdict != "unmatched" and q.match.statute == statute
        for q in checker.check_text(page).quotes
    )


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_quoted_paraphrase_citing_another_laws_article_is_not_linked(
    checker: Checker, rule: RuleSwitch, case: int
) -> None:
    page, statute, on, off = CASES[case]
    rule.take_out(
        checker_module, "cites_another_law", lambda span, weighed, citations, store: weighed
    )
    assert _linked_to_statute(checker, page, statute) == (on if rule.on else off)
