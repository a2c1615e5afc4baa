"""A citation on a line of its own under a reproduction heads the text below it: it credits
nothing above it (issue 14, the class seen on the twenty-third held-out set). A page lists
articles one under another, each under its number and a caption, with its text cut off by an
ellipsis; with no full stop between the cut text and the next number, that number read as a
citation after the reproduction in its sentence, and the article's words came out misattributed to
the next article.

Each case runs with the rule on and off (pipeline/introducers.py's use of
pipeline/heading_below.py ``heads_what_follows``). The pages' own lines are written for these
tests; the law's words are the shipped store's (Traditional converted by hand)."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article, stored_paragraphs

from lawref.pipeline import introducers
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

AI_ACT = "eu-ai-act"
DSL = "cn-data-security-law"

DSL22_PIECE = "国家数据安全工作协调机制统筹协调有关部门加强数据安全风险信息的获取、分析"
DSL22_PIECE_TRAD = "國家數據安全工作協調機制統籌協調有關部門加強數據安全風險信息的獲取、分析"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(AI_ACT, DSL)


def _documents(store: Store) -> list[tuple[str, str, str]]:
    """(page, the reproduction's opening, the article its heading names)."""
    first = stored_paragraphs(store, AI_ACT, "10")[0]  # Art. 10(1) without its number
    assert DSL22_PIECE in stored_article(store, DSL, "22").text
    return [
        (
            "The AI Act, article by article\nArticle 10\nData and data governance\n"
            f"1. {first} 2. Training, validation and testing data sets shall be…\n"
            "Article 11\nTechnical documentation\n1. The technical documentation of a high-risk"
            " AI system shall be drawn up before that system is placed on the market…\n",
            first[:40],
            "10",
        ),
        (
            f"《数据安全法》要点\n第二十二条\n关于风险评估。\n{DSL22_PIECE}……\n第二十三条\n"
            "关于事件应对。\n发生数据安全事件，有关主管部门应当依法启动应急预案……\n",
            DSL22_PIECE[:12],
            "22",
        ),
        (
            f"《數據安全法》要點\n第二十二條\n關於風險評估。\n{DSL22_PIECE_TRAD}……\n第二十三條\n"
            "關於事件應對。\n發生數據安全事件，有關主管部門應當依法啓動應急預案……\n",
            DSL22_PIECE_TRAD[:12],
            "22",
        ),
    ]


@pytest.mark.parametrize("case", range(3))
def test_a_number_on_its_own_line_heads_the_text_below_not_the_one_above(
    store: Store, rule: RuleSwitch, case: int
) -> None:
    page, opening, article = _documents(store)[case]
    rule.take_out(introducers, "heads_what_follows", lambda text, citation, quote: False)
    quotes = [q for q in Checker(store).check_text(page).quotes if opening in q.text]
    assert len(quotes) == 1, [
        (q.text, q.attribution) for q in Checker(store).check_text(page).quotes
    ]
    (quote,) = quotes
    assert quote.match is not None and quote.match.article == article
    if rule.on:
        assert quote.attribution == "consistent"
        assert quote.cited_as is not None and quote.cited_as.article == article
    else:  # the next article's number, read as a citation after the words
        assert quote.attribution == "misattributed"


def test_a_citation_line_that_goes_on_in_small_letters_still_credits_the_words(
    store: Store,
) -> None:
    """A sentence wrapped over lines, the citation at one line's start: not a heading."""
    ai11 = stored_paragraphs(store, AI_ACT, "11")[0]
    page = f"Providers often forget that “{ai11[:-1]}”, as\nArticle 11\nof the AI Act puts it.\n"
    quotes = [q for q in Checker(store).check_text(page).quotes if ai11[:30] in q.text]
    assert len(quotes) == 1
    assert quotes[0].cited_as is not None and quotes[0].cited_as.article == "11"
    assert quotes[0].attribution == "consistent"
