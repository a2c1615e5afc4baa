"""The items of a list whose words, together, point to the article cited just before it are that
article's points retold, each one the article holds as well as any other (issue 14, round
eighteen: unquoted retellings; pipeline/retold_list.py).

An explainer cites an article and sets its enumeration out as a list of short items in its own
words. Each item alone often stands as well in another article (or a recital) as in the cited
one, so pipeline/retold_items.py, which weighs an item alone, does not link it. Here the list is
weighed as one: when its items' words together are the cited article's and clearly not another
article's, each item of it that the cited article holds for the most part, and no other article
more, is linked as that article's `paraphrase`, attributed to the citation. A list of two lines,
a list whose words are the writer's own, an item that cites an article of its own and a list far
from the citation are not linked. The writer's words are written for these tests; the stored
articles are the shipped store's.
"""

from __future__ import annotations

import pytest
from rule_pages import GDPR, assert_told_paraphrase, checker_with, linked_retelling, traditional
from rule_switch import RuleSwitch

from lawref.pipeline import found_spans
from lawref.pipeline.checker import Checker
from lawref.pipeline.retold_list import retold_list
from lawref.spans import CitationSpan

PIPL = "cn-personal-information-protection-law"

checker = checker_with(GDPR, PIPL)

_GDPR_9 = (
    "Sensitive data\n\nArticle 9 GDPR sets stricter rules for some kinds of data.\n\n"
    "The special categories of personal data are:\n\n"
    "- data revealing a person's racial or ethnic origin\n"
    "- data revealing political opinions or religious beliefs\n"
    "- membership of a trade union\n"
    "- data concerning a person's health or sex life\n"
)
_PIPL_13 = (
    "《个人信息保护法》第十三条列举了处理个人信息的几种情形。\n\n"
    "可以处理个人信息的情形：\n\n"
    "- 事先取得了个人的同意\n"
    "- 为履行法定职责或者法定义务所必需\n"
    "- 为应对突发公共卫生事件所必需\n"
    "- 在合理的范围内处理个人自行公开的个人信息\n"
)

# (page, the item's opening, the article it retells)
RETOLD = [
    pytest.param(
        _GDPR_9, "data revealing a person's racial or ethnic origin", (GDPR, "9"), id="english"
    ),
    pytest.param(
        _GDPR_9.replace("- ", "• "),
        "data concerning a person's health or sex life",
        (GDPR, "9"),
        id="english-bullets-last-item",
    ),
    pytest.param(_PIPL_13, "事先取得了个人的同意", (PIPL, "13"), id="simplified"),
    pytest.param(
        _PIPL_13, "在合理的范围内处理个人自行公开的个人信息", (PIPL, "13"), id="simplified-last"
    ),
    pytest.param(
        traditional(_PIPL_13), traditional("事先取得了个人的同意"), (PIPL, "13"), id="traditional"
    ),
]


@pytest.mark.parametrize(("page", "opening", "expected"), RETOLD)
def test_an_item_of_a_list_that_retells_the_cited_article_is_its_paraphrase(
    checker: Checker,
    rule: RuleSwitch,
    page: str,
    opening: str,
    expected: tuple[str, str],
) -> None:
    rule.take_out(found_spans, "retold_list", lambda *args, **kwargs: [])
    quote = linked_retelling(checker, page, opening)
    if not rule.on:
        assert quote is None  # (no other rule links the item: the test shows this one)
        return
    assert_told_paraphrase(quote, page, opening, expected)


# (page, an item that stays unlinked)
NOT_RETOLD = [
    pytest.param(  # two lines are not yet a list
        "Article 9 GDPR sets stricter rules.\n\nThe special categories include:\n\n"
        "- data revealing a person's racial or ethnic origin\n"
        "- data concerning a person's health or sex life\n",
        "data revealing a person's racial or ethnic origin",
        id="english-two-items",
    ),
    pytest.param(  # the list's words are the writer's own: they point to no article
        "Article 9 GDPR and our office\n\nWhat we do:\n\n"
        "- our support team answers every letter within a week\n"
        "- data concerning a person's health or sex life\n"
        "- we keep paper files in a locked cabinet in Leeds\n",
        "data concerning a person's health or sex life",
        id="english-own-words",
    ),
    pytest.param(  # the item cites an article of its own
        "Article 9 GDPR sets stricter rules.\n\nThe special categories are:\n\n"
        "- data revealing a person's racial or ethnic origin (see Article 4)\n"
        "- data revealing political opinions or religious beliefs\n"
        "- membership of a trade union\n"
        "- data concerning a person's health or sex life\n",
        "data revealing a person's racial or ethnic origin",
        id="english-item-cites-its-own-article",
    ),
    pytest.param(  # the citation stands far before the list
        "《个人信息保护法》第十三条列举了处理个人信息的几种情形。\n\n"
        + "本文其余部分讨论企业的日常合规工作与内部培训安排。" * 20
        + "\n\n可以处理个人信息的情形：\n\n"
        "- 事先取得了个人的同意\n"
        "- 为履行法定职责或者法定义务所必需\n"
        "- 为应对突发公共卫生事件所必需\n"
        "- 在合理的范围内处理个人自行公开的个人信息\n",
        "事先取得了个人的同意",
        id="simplified-citation-far-away",
    ),
]


@pytest.mark.parametrize(("page", "opening"), NOT_RETOLD)
def test_an_item_of_a_list_that_does_not_retell_the_cited_article_is_not_linked(
    checker: Checker, page: str, opening: str
) -> None:
    assert linked_retelling(checker, page, opening) is None


def test_hostile_lists_are_read_within_bounds(checker: Checker) -> None:
    """Lists past the rule's bound on marker lines read are not weighed, nor an item of a
    megabyte; the same list alone is."""
    citation = CitationSpan("Article 9 GDPR", 0, 14, GDPR, "9")
    head = "Article 9 GDPR:\n"
    items = _GDPR_9[_GDPR_9.index("- data") :]
    crowded = head + "- a b\n" * 5_000 + "\n\nThe categories:\n" + items
    assert retold_list(crowded, [], [citation], checker.store) == []
    huge = head + "- " + "racial or ethnic origin " * 40_000 + "\n" + items
    found = retold_list(huge, [], [citation], checker.store)
    assert all(len(f.span.text) < 100 for f in found)
    alone = retold_list(head + items, [], [citation], checker.store)
    assert {f.result.verdict for f in alone} == {"paraphrase"} and len(alone) >= 2
