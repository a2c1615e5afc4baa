"""A reproduction followed by the writer's ellipsis, where the stored article goes on, is
``elided`` (issue 14, verdicts; pipeline/cut_short.py ``ellipsis_after``).

A page gives an article's first paragraph and then "……" for the rest, its closing quotation mark
misplaced or missing, so that the words are read without their marks: the ellipsis says that the
law's words go on and were left out, as it does inside quotation marks, so the reproduction is
``elided``, not ``verbatim``. Where the article ends with the words, the ellipsis leaves none of
its words out and the reproduction stays ``verbatim``. Each case runs with the rule on and off.
Statute words come from the shipped store; the sentences around them are written for these
tests, the Traditional ones converted by OpenCC.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rule_pages import traditional
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.pipeline import cut_short
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

BL = "cn-hong-kong-basic-law"
PIPL = "cn-personal-information-protection-law"
GDPR = "eu-gdpr"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(BL, PIPL, GDPR)


def _paragraph(store: Store, statute: str, article: str, index: int) -> str:
    return stored_article(store, statute, article).text.split("\n\n")[index]


def _simplified(store: Store) -> str:
    words = _paragraph(store, BL, "158", 1)
    return f"关于法院的解释权，基本法第一百五十八条第二款的原文如下：\n“{words}……\n这一安排沿用至今。\n"


def _english(store: Store) -> str:
    """Art. 17(2) (its number left off), after which the article goes on with paragraph 3."""
    line = next(
        ln for ln in stored_article(store, GDPR, "17").text.split("\n") if ln.startswith("2.")
    )
    words = line[2:].strip()
    return f'On erasure, Article 17 reads as follows:\n\n"{words}\n\n…"\n\nThe list follows.\n'


# (case, page builder, statute, article)
CASES: list[tuple[str, Callable[[Store], str], str, str]] = [
    ("zh-Hans", _simplified, BL, "158"),
    ("zh-Hant", lambda s: traditional(_simplified(s)), BL, "158"),
    ("en", _english, GDPR, "17"),
]


def _reproduction(store: Store, page: str, statute: str, article: str):  # noqa: ANN202 - a Quote
    quotes = [
        q
        for q in Checker(store).check_text(page).quotes
        if q.match is not None and (q.match.statute, q.match.article) == (statute, article)
    ]
    assert len(quotes) == 1, [q.text for q in quotes]
    return quotes[0]


@pytest.mark.parametrize(("case", "build", "statute", "article"), CASES, ids=[c[0] for c in CASES])
def test_an_ellipsis_after_the_words_where_the_article_goes_on_is_elided(
    store: Store,
    rule: RuleSwitch,
    case: str,
    build: Callable[[Store], str],
    statute: str,
    article: str,
) -> None:
    rule.take_out(cut_short, "ellipsis_after", lambda text, span, result: None)
    quote = _reproduction(store, build(store), statute, article)
    assert quote.verdict == ("elided" if rule.on else "verbatim"), case


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_an_ellipsis_after_an_article_that_ends_there_leaves_it_verbatim(
    store: Store, script: str
) -> None:
    words = stored_article(store, PIPL, "1").text
    page = f"立法目的写在开头：\n“{words}……\n其后各章规定了具体规则。\n"
    page = traditional(page) if script == "traditional" else page
    assert _reproduction(store, page, PIPL, "1").verdict == "verbatim"
