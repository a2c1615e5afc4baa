"""An English rendering of a Chinese article run on after the article before it, on a line whose
breaks were lost ("… with data as a key element. Article 8: Data processing activities shall …"),
stands under its own heading and is checked against that article (issue 14, heldout13's machine-
translated National Intelligence Law run on in one line: lawref/pipeline/inline_heading.py
``run_on_place``, read by pipeline/headed.py).

pipeline/headed.py read only a heading at its line's start, so the articles after the first on
such a line were checked against nothing. A heading that follows a sentence's end, with a capital
letter after it, now heads the text up to the next such heading; a reference in prose ("Article 8
requires …") and a heading after no sentence's end head nothing. The Chinese originals run on the
same way are pipeline/inline_heading.py's older rule and link with this one taken out too. The
English renderings are written for these tests; the store holds the Data Security Law in Chinese.
"""

from __future__ import annotations

import pytest
from rule_pages import DSL, DSL_8, checker_with, linked_to, traditional
from rule_switch import RuleSwitch

from lawref.pipeline import cited_restatements, headed
from lawref.pipeline.checker import Checker
from lawref.pipeline.inline_heading import run_on_place
from lawref.spans import CitationSpan

checker = checker_with(DSL)

_ART_7 = (
    "Article 7 The State protects the rights and interests of individuals and organizations "
    "relating to data, encourages the lawful, reasonable and effective use of data, ensures the "
    "orderly and free flow of data in accordance with law, and promotes the development of a "
    "digital economy with data as a key element."
)
_ART_8 = (
    "Data processing activities shall comply with laws and regulations, respect social morality "
    "and ethics, observe business ethics and professional ethics, be honest and trustworthy, "
    "perform data security protection obligations and assume social responsibility, and shall not "
    "endanger national security or the public interest, nor harm the lawful rights and interests "
    "of individuals and organizations."
)
_ART_9 = (
    "The State supports relevant departments, industry organizations, enterprises, educational and "
    "scientific research institutions and relevant professional institutions in carrying out "
    "publicity and popularization of data security knowledge and training, and in improving the "
    "protection of data security across society."
)
_RUN_ON = (
    "Data Security Law (full text) Chapter I General Provisions "
    + _ART_7
    + " Article 8: "
    + _ART_8
    + " Article 9 "
    + _ART_9
)
_DSL_7 = (
    "国家保护个人、组织与数据有关的权益，鼓励数据依法合理有效利用，保障数据依法有序自由流动，"
    "促进以数据为关键要素的数字经济发展。"
)
_CHINESE_RUN_ON = "第七条 " + _DSL_7 + " 第八条 " + DSL_8

# (page, article, linked with the rule on, linked with it off)
CASES = [
    # English renderings after the article before them: each under its own heading.
    (_RUN_ON, "8", True, False),
    (_RUN_ON, "9", True, False),
    # A reference in prose after the full stop heads nothing.
    (
        "The Data Security Law was passed in 2021. Article 8 requires data processors to obey "
        "laws and regulations and respect social morality and ethics, and to perform their data "
        "security protection obligations.",
        "8",
        False,
        False,
    ),
    # A heading that follows no sentence's end ("General Provisions Article 7") heads nothing.
    (_RUN_ON, "7", False, False),
    # Chinese originals run on (Simplified, Traditional): the older rule's, linked either way.
    (_CHINESE_RUN_ON, "8", True, True),
    (traditional(_CHINESE_RUN_ON), "8", True, True),
]


@pytest.mark.parametrize(("page", "article", "on", "off"), CASES, ids=range(len(CASES)))
def test_a_run_on_rendering_is_checked_under_its_heading(
    checker: Checker, rule: RuleSwitch, page: str, article: str, on: bool, off: bool
) -> None:
    rule.take_out(headed, "run_on_place", lambda *args: None)
    # (a rendering beside its heading's citation is also read as the article's retelling across
    # languages, pipeline/retold_across.py: taken out with the rule, so that it cannot mask it)
    rule.take_out(cited_restatements, "retold_across", lambda *args: None)
    assert linked_to(checker, page, DSL, article) == (on if rule.on else off)


def test_the_run_on_text_ends_at_the_next_heading(checker: Checker) -> None:
    """The rendering under Article 8 is Article 8's words, not Article 9's after them."""
    quotes = [q for q in checker.check_text(_RUN_ON).quotes if q.match is not None]
    eighth = [q for q in quotes if q.match is not None and q.match.article == "8"]
    assert [q.text for q in eighth] == [_ART_8]


def test_hostile_run_on_lines_stay_linear() -> None:
    """A long line of sentence ends and headings: each heading reads its own stretch only."""
    line = "Done. Article 1 Text here." * 40_000  # a megabyte, one line
    heads = [
        CitationSpan("Article 1", at, at + len("Article 1"), DSL, "1")
        for at in range(6, len(line), len("Done. Article 1 Text here."))
    ][:2000]
    for i, citation in enumerate(heads[:200]):
        place = run_on_place(line, citation, heads[i + 1 : i + 41])
        assert place is not None and place[1] - place[0] < 100
