"""Two unquoted pieces of one article that the writer ran together with nothing between them
("…的，可以" + "要求个人信息处理者委托专业机构…", the PIPL Art. 64 summons between left out) are one
reproduction with the law's words silently dropped: the later piece is ``altered``, with the
dropped words as a ``delete`` (pipeline/cut_short.py ``dropped_middle``, whose joint may now be
empty; issue 14: heldout15's Art. 64(1) was called verbatim). Chinese only: English pieces are
separated by a space and a dropped stretch is aligned within one match (the English case below is
a guard that the cut is reported there too).

Each Chinese case runs with the rule on and off; the sentences are written here."""

from __future__ import annotations

import re

import pytest
from rule_pages import GDPR, checker_with, traditional
from rule_switch import RuleSwitch

from lawref.pipeline import cut_short
from lawref.pipeline.checker import Checker

PIPL = "cn-personal-information-protection-law"
checker = checker_with(PIPL, GDPR)

RUN_TOGETHER = (
    "按照《个人信息保护法》第六十四条，履行个人信息保护职责的部门在履行职责中，发现个人信息处理活动"
    "存在较大风险或者发生个人信息安全事件的，可以要求个人信息处理者委托专业机构对其个人信息处理活动"
    "进行合规审计。"
)
SUMMONS = "约谈"  # a word of the left-out summons


@pytest.mark.parametrize("page", [RUN_TOGETHER, traditional(RUN_TOGETHER)])
def test_pieces_run_together_show_the_cut(checker: Checker, rule: RuleSwitch, page: str) -> None:
    rule.take_out(cut_short, "_JOINT", re.compile(r"[ \t\u3000]*[。.;；，,][ \t\u3000]*"))
    quotes = [q for q in checker.check_text(page).quotes if q.match is not None]
    assert quotes and all(q.match.article == "64" for q in quotes if q.match)
    shown = any(
        q.verdict == "altered" and any(SUMMONS in d.statute for d in q.differences) for q in quotes
    )
    assert shown == rule.on


def test_an_english_cut_is_reported_as_altered(checker: Checker) -> None:
    page = (
        "Article 5 of the GDPR says personal data shall be processed lawfully, fairly and in a "
        "transparent manner in relation to the data subject and collected for specified, "
        "explicit and legitimate purposes."
    )
    quotes = [q for q in checker.check_text(page).quotes if q.match is not None]
    assert any(q.match and q.match.article == "5" and q.verdict == "altered" for q in quotes)
