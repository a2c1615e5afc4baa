"""A Chinese quotation that silently leaves out a clause in the middle of the law's sentence is
aligned over the whole stretch it quotes: it is linked to its own article as `altered`, not to
another article nor left a paraphrase (issue 14, heldout12: the 2025 Cybersecurity Law's Art. 3
quoted without 统筹发展和安全 was linked to the Network Data Regulations' Art. 3 and its writer
accused of a misattribution).

Each case runs with the rule on and off (match/left_out_clause.wider_window; off: the window
is never widened). The quotations are the shipped store's article texts with one clause taken
out by the test, in sentences written for it, Simplified and converted to Traditional; the
English rows show where the rule stops: an English quotation's tokens are words, whose reach
already spans a clause, and widening there linked drafts and other articles' renderings on the
read sets (the module's docstring).
"""

from __future__ import annotations

import pytest
from rule_pages import traditional
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.match import left_out_clause
from lawref.pipeline.checker import Checker
from lawref.report import Quote
from lawref.store.files import Store

BASIC_LAW = "cn-hong-kong-basic-law"
STATE_SECRETS = "cn-state-secrets-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(BASIC_LAW, STATE_SECRETS)


def without(store: Store, statute: str, number: str, clause: str) -> str:
    """The article's stored sentence with ``clause`` (which it must hold) left out, and without
    its full stop: what a writer quotes who drops a clause silently."""
    text = stored_article(store, statute, number).text.strip()
    assert clause in text, clause
    return text.replace(clause, "", 1).rstrip("。")


def off(rule: RuleSwitch) -> None:
    rule.take_out(left_out_clause, "wider_window", lambda *args: None)


def linked(quotes: list[Quote]) -> list[tuple[str, str, str, str | None]]:
    return [
        (q.match.statute, q.match.article, q.verdict, q.attribution)
        for q in quotes
        if q.match is not None and q.verdict != "unmatched"
    ]


# (statute, article, its citation in the page, the clause left out)
CITED = [
    (BASIC_LAW, "145", "《香港特别行政区基本法》第一百四十五条", "根据经济条件和社会需要，"),
    (BASIC_LAW, "100", "《基本法》第一百条", "包括警察部门任职的公务人员均可留用，"),
    (STATE_SECRETS, "10", "《保守国家秘密法》第十条", "提升自主创新能力，"),
]
SCRIPTS = {"simplified": lambda page: page, "traditional": traditional}


@pytest.mark.parametrize("script", list(SCRIPTS))
@pytest.mark.parametrize(("statute", "number", "cited", "clause"), CITED)
def test_a_cited_quotation_without_a_middle_clause_is_its_article_altered(
    store: Store,
    rule: RuleSwitch,
    script: str,
    statute: str,
    number: str,
    cited: str,
    clause: str,
) -> None:
    off(rule)
    words = without(store, statute, number, clause)
    page = SCRIPTS[script](f"评论文章指出，{cited}规定：“{words}。”此后各方多有讨论。\n")
    found = linked(Checker(store).check_text(page).quotes)
    wanted = (statute, number, "altered", "consistent")
    if rule.on:
        assert found == [wanted]
    else:
        assert wanted not in found, found


# Uncited: the words alone decide which article they are, and without the rule another article
# (the same law's, worded alike) matched them better.
UNCITED = [
    (BASIC_LAW, "145", "根据经济条件和社会需要，"),
    (BASIC_LAW, "100", "包括警察部门任职的公务人员均可留用，"),
]


@pytest.mark.parametrize("script", list(SCRIPTS))
@pytest.mark.parametrize(("statute", "number", "clause"), UNCITED)
def test_an_uncited_quotation_without_a_middle_clause_is_its_own_article(
    store: Store, rule: RuleSwitch, script: str, statute: str, number: str, clause: str
) -> None:
    off(rule)
    words = without(store, statute, number, clause)
    page = SCRIPTS[script](f"有评论文章写道：“{words}。”这一说法引发讨论。\n")
    found = linked(Checker(store).check_text(page).quotes)
    if rule.on:
        assert found == [(statute, number, "altered", "uncited")]
    else:
        assert all(article != number for _, article, _, _ in found), found


class _Alignment:
    """An alignment as the rule reads it: tokens left unmatched at its edges, its similarity."""

    def __init__(self, left_over: tuple[int, int], similarity: float = 50.0) -> None:
        self._left_over = left_over
        self.similarity = similarity

    def edge_unmatched(self) -> tuple[int, int]:
        return self._left_over


# (quotation tokens, tokens left unmatched before and after, the side widened): Chinese
# characters left over widen the window on their side; English words, or one stray token, do not.
CHINESE = list("网络安全工作坚持领导推进网络强国建设")
ENGLISH = [
    "the",
    "controller",
    "shall",
    "notify",
    "the",
    "breach",
    "to",
    "the",
    "supervisory",
    "authority",
]
WINDOWS = [
    (CHINESE, (0, 6), "after"),
    (CHINESE, (6, 0), "before"),
    (list(traditional("".join(CHINESE))), (0, 6), "after"),
    (CHINESE, (0, 1), None),
    (ENGLISH, (0, 4), None),
    (ENGLISH, (3, 0), None),
]


@pytest.mark.parametrize(("tokens", "left_over", "side"), WINDOWS)
def test_the_window_widens_only_where_chinese_is_left_over(
    tokens: list[str], left_over: tuple[int, int], side: str | None
) -> None:
    # Stored tokens [30, 40) of a text of 100; the quotation's previous piece ended at token 5.
    found = left_out_clause.wider_window(tokens, _Alignment(left_over), (30, 40), 5, 100)
    expected = {
        None: None,
        "after": (30, 40 + len(tokens)),  # widened by the quotation's length
        "before": (max(5, 30 - len(tokens)), 40),  # never back past the previous piece
    }[side]
    assert found == expected
