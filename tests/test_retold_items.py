"""A list item under a citation of an article, in the writer's own words but mostly the
article's, is that article's `paraphrase` (issue 14, round fifteen: unquoted retellings;
pipeline/retold_items.py).

An explainer sets an article's points out as short items of its own under a lead-in that cites
the article. Too short for a cited restatement and with no modal, no earlier rule saw them. When
most of an item's content words stand in the cited article's wordings, and clearly fewer in any
other article of the law, the item is reported, linked to that article and attributed to the
citation before it. An item whose words another article holds as well, one that cites an article
of its own, and one of a few words are not linked. The writer's words are written for these
tests; the stored articles are the shipped store's.
"""

from __future__ import annotations

import pytest
from rule_pages import (
    DSL,
    GDPR,
    assert_told_paraphrase,
    checker_with,
    linked_retelling,
    traditional,
)
from rule_switch import RuleSwitch

from lawref.pipeline import found_spans
from lawref.pipeline.checker import Checker
from lawref.pipeline.retold_items import retold_items
from lawref.spans import CitationSpan

checker = checker_with(GDPR, DSL)

_DSL_21 = (
    "《数据安全法》第二十一条的分级办法：\n\n"
    "- 按照重要程度对数据分类分级\n"
    "- 制定重要数据目录并加强保护\n"
    "- 国家核心数据实行更加严格的管理\n"
)

# (page, the item's opening, the article it retells)
RETOLD = [
    pytest.param(
        "Erasure\n\nArticle 17 GDPR lets a person ask for erasure in these cases:\n\n"
        "1. The personal data were processed unlawfully.\n"
        "2. Someone asked nicely.\n",
        "The personal data were processed unlawfully.",
        (GDPR, "17"),
        id="english-numbered",
    ),
    pytest.param(
        "Under Article 33 GDPR, the notice to the supervisory authority has to cover:\n\n"
        "- The nature of the breach, with the categories and approximate number of data "
        "subjects concerned\n",
        "The nature of the breach",
        (GDPR, "33"),
        id="english-bullet",
    ),
    pytest.param(_DSL_21, "按照重要程度对数据分类分级", (DSL, "21"), id="simplified-first"),
    pytest.param(_DSL_21, "国家核心数据实行更加严格的管理", (DSL, "21"), id="simplified-last"),
    pytest.param(
        traditional(_DSL_21),
        traditional("制定重要数据目录并加强保护"),
        (DSL, "21"),
        id="traditional",
    ),
    pytest.param(
        traditional(
            "《数据安全法》第二十七条对开展数据处理活动的单位提出了几项要求：\n\n"
            "- 明确数据安全负责人和管理机构\n"
        ),
        traditional("明确数据安全负责人和管理机构"),
        (DSL, "27"),
        id="traditional-bullet",
    ),
]


@pytest.mark.parametrize(("page", "opening", "expected"), RETOLD)
def test_a_list_item_in_mostly_the_cited_articles_words_is_its_paraphrase(
    checker: Checker,
    rule: RuleSwitch,
    page: str,
    opening: str,
    expected: tuple[str, str],
) -> None:
    rule.take_out(found_spans, "retold_items", lambda *args, **kwargs: [])
    # (pipeline/retold_list.py weighs a list of three items as one and links these too)
    rule.take_out(found_spans, "retold_list", lambda *args, **kwargs: [])
    quote = linked_retelling(checker, page, opening)
    if not rule.on:
        assert quote is None  # (no other rule links the item: the test shows this one)
        return
    assert_told_paraphrase(quote, page, opening, expected)


# (page, an item that stays unlinked)
NOT_RETOLD = [
    pytest.param(  # the words of Art. 36 are Art. 48's penalty too: no margin
        "关于境外调取数据，见《数据安全法》第三十六条。要点：\n\n"
        "一、外国司法或者执法机构提出的请求\n二、未经主管机关批准不得提供\n",
        "外国司法或者执法机构提出的请求",
        id="simplified-words-of-two-articles",
    ),
    pytest.param(  # the writer's own point under the citation
        "Article 17 GDPR in practice:\n\n- Our support team answers every request within a week\n",
        "Our support team",
        id="english-own-words",
    ),
    pytest.param(  # a table of contents: the item cites an article of its own
        "See Article 17 GDPR and the articles around it:\n\n"
        "- Right to restriction of processing (Article 18)\n",
        "Right to restriction",
        id="english-item-cites-its-own-article",
    ),
    pytest.param(  # three content words: any point of a list clears the margin by chance
        traditional("《数据安全法》第二十一条：\n\n- 重要数据目录\n"),
        traditional("重要数据目录"),
        id="traditional-few-words",
    ),
]


@pytest.mark.parametrize(("page", "opening"), NOT_RETOLD)
def test_an_item_whose_words_do_not_point_to_the_cited_article_is_not_linked(
    checker: Checker, page: str, opening: str
) -> None:
    assert linked_retelling(checker, page, opening) is None


def test_hostile_lists_are_read_within_bounds(checker: Checker) -> None:
    """A megabyte-long item under a citation is not scored, nor items past the rule's bound on
    items read; the same item alone is."""
    citation = CitationSpan("Article 17 GDPR", 0, 15, GDPR, "17")
    item = "- The personal data were processed unlawfully.\n"
    long_item = "Article 17 GDPR:\n- " + "personal data processed unlawfully " * 30_000 + "\n"
    assert retold_items(long_item, [], [citation], checker.store) == []
    crowded = "Article 17 GDPR:\n" + "- a b\n" * 5_000 + item
    assert retold_items(crowded, [], [citation], checker.store) == []
    alone = "Article 17 GDPR:\n" + item
    found = retold_items(alone, [], [citation], checker.store)
    assert len(found) == 1 and found[0].result.verdict == "paraphrase"
