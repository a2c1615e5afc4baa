"""An article's own reference to an annex ("AI systems referred to in Annex III") is the
article's words, not a writer's credit (issue 14, the class seen on the twenty-third held-out
set). A page retells an article sentence by sentence; one sentence keeps the article's reference
to an annex, and the next reproduces more of the same article. The annex was then the last
citation before the reproduction, and the article's words read as misattributed to the annex:
pipeline/own_reference.py knew an article's references to other articles only.

English only: the stored Chinese laws have no annexes. The case runs with the rule on and off
(pipeline/cross_references.py ``_ANNEX_REFERENCE``). The page's own sentences are written for
this test; the law's words are the shipped store's."""

from __future__ import annotations

import re

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_paragraphs

from lawref.pipeline import cross_references
from lawref.pipeline.checker import Checker
from lawref.pipeline.cross_references import referenced_articles
from lawref.store.files import Store

AI_ACT = "eu-ai-act"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(AI_ACT)


def test_an_annex_the_article_names_credits_no_reproduction_of_it(
    store: Store, rule: RuleSwitch
) -> None:
    derogation = next(
        p for p in stored_paragraphs(store, AI_ACT, "6") if p.startswith("By derogation")
    ).replace("\xa0", " ")
    page = (
        "Article 6 of the AI Act sets out when a system counts as high-risk. AI systems referred"
        " to in the areas of Annex III are also to be considered high-risk, in addition to the"
        f" high-risk AI systems referred to in paragraph 1. {derogation}\n"
    )
    rule.take_out(cross_references, "_ANNEX_REFERENCE", re.compile(r"(?!)"))
    quotes = [q for q in Checker(store).check_text(page).quotes if "By derogation" in q.text]
    assert len(quotes) == 1
    (quote,) = quotes
    assert quote.match is not None and quote.match.article == "6"
    assert quote.cited_as is not None and quote.cited_as.article == "annex-III"
    if rule.on:  # the article's own reference: it credits nothing, accuses no one
        assert quote.attribution == "unverified"
    else:
        assert quote.attribution == "misattributed"


@pytest.mark.parametrize(
    ("words", "named"),
    [
        ("covered by Annex I, and four years for AI systems covered by Annex III", {"I", "III"}),
        ("the information listed in Annexes IV and VII", {"IV", "VII"}),
        ("as referred to in Annex\xa0XIII", {"XIII"}),
        ("annexed to this Regulation", set()),
    ],
)
def test_the_annexes_a_law_names(words: str, named: set[str]) -> None:
    found = {n.removeprefix("annex-") for n in referenced_articles(words) if n.startswith("annex-")}
    assert found == named
