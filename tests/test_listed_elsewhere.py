"""The items of a list a citation's lead-in opens ("Under Article 67, the Board shall: …; …; …"),
whose words together are plainly another article's of the law, are each that article's
misattributed paraphrase (issue 14: real misattributions flagged; heldout21, a generated AI Act
guide giving the Board's tasks, Art. 66's, as Art. 67's; pipeline/listed_elsewhere.py).

Each case runs with the rule on and off. The lists are written for these tests (retellings of
the AI Act's Art. 66 and the Personal Information Protection Law's Art. 51 in other words), the
Traditional one converted by OpenCC.
"""

from __future__ import annotations

import pytest
from rule_pages import checker_with, traditional
from rule_switch import RuleSwitch

from lawref.pipeline import checker as checker_module
from lawref.pipeline.checker import Checker

AI_ACT = "eu-ai-act"
PIPL = "cn-personal-information-protection-law"

checker = checker_with(AI_ACT, PIPL)

ENGLISH = (
    "The AI Act sets up a European board.\n\nUnder {cited} of the AI Act, the Board shall: pool "
    "technical and regulatory expertise and best practices among Member States; help the "
    "harmonisation of administrative practices in the Member States; give recommendations and "
    "written opinions on the implementation of the Regulation; and support the Commission in "
    "promoting AI literacy and public awareness.\n"
)
CHINESE = (
    "关于安全措施。\n\n根据《个人信息保护法》{cited}，个人信息处理者{verb}：建立内部的管理制度与操作规程；"
    "把个人信息分类管理；采用加密和去标识化等安全技术措施；定期对从业人员进行安全教育与培训；"
    "制定个人信息安全事件应急预案并组织实施。\n"
)


def _page(case: str, cited: str | None = None, verb: str = "应当") -> tuple[str, str, str]:
    """The page, the article its list retells, and the article it cites."""
    if case == "english":
        return ENGLISH.format(cited=cited or "Article 67"), "66", cited or "Article 67"
    page = CHINESE.format(cited=cited or "第五十二条", verb=verb)
    return (traditional(page) if case == "traditional" else page), "51", cited or "第五十二条"


CASES = ["english", "simplified", "traditional"]


@pytest.mark.parametrize("case", CASES)
def test_the_items_of_a_list_cited_as_another_article_are_misattributed(
    checker: Checker, rule: RuleSwitch, case: str
) -> None:
    rule.take_out(checker_module, "listed_elsewhere", lambda *args: [])
    page, retold, _ = _page(case)
    accused = [
        q
        for q in checker.check_text(page).quotes
        if q.attribution == "misattributed" and q.match is not None
    ]
    if not rule.on:
        assert not accused
        return
    assert len(accused) >= 4
    assert all(q.match is not None and q.match.article == retold for q in accused)
    assert all(q.verdict == "paraphrase" for q in accused)
    assert all(any("opens the list" in note for note in q.notes) for q in accused)


@pytest.mark.parametrize("case", CASES)
def test_a_list_cited_as_its_own_article_accuses_nobody(checker: Checker, case: str) -> None:
    cited = {"english": "Article 66", "simplified": "第五十一条", "traditional": "第五十一条"}[case]
    page, _, _ = _page(case, cited)
    assert all(q.attribution != "misattributed" for q in checker.check_text(page).quotes)


@pytest.mark.parametrize("case", ["simplified", "traditional"])
def test_a_lead_in_that_gives_no_duty_opens_no_list_it_presents(
    checker: Checker, case: str
) -> None:
    """ "…第五十二条，个人信息处理者的做法包括：" tells what practice is, not what the article
    requires: the list is not presented as the article's."""
    page, _, _ = _page(case, verb="的做法包括")
    assert all(q.attribution != "misattributed" for q in checker.check_text(page).quotes)
