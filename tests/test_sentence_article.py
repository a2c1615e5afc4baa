"""A sentence about an article that names its law again in passing is about that article (issue
14: a summary whose subject is "GDPR Article 33" and which names Regulation (EU) 2016/679 in a
parenthesis reused Art. 33's words, worded a little closer in Recital 85, and was linked to the
recital). When the citation introducing a quotation names the statute only and the same sentence
names an article of it before, that article is preferred among near-equal candidates
(pipeline/sentence_article.py); the citation the quotation is judged against is unchanged.

Each case runs with the rule on and off. Statute words come from the shipped store; the sentences
around them are written for these tests, the Traditional one converted by OpenCC.
"""

from __future__ import annotations

import pytest
from rule_pages import traditional
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_words

from lawref.pipeline import checker
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

GDPR = "eu-gdpr"
HKNSL = "cn-hong-kong-national-security-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, HKNSL)


def _page(store: Store, script: str, *, broken: bool = False) -> tuple[str, str, str, str]:
    """A sentence naming an article, then its law in passing, then words two texts of the law
    hold (the cited article's and another's): the page, the statute, the article and the other
    text. ``broken``: a full stop between the article and the law's name."""
    stop = "。" if broken else ""
    if script == "english":
        words = stored_words(store, GDPR, "33", "without undue delay", "aware of it")
        tail = "unless the breach is unlikely to result in a risk to the rights and freedoms of natural persons"
        stop = ". It is" if broken else " —"
        page = (
            f"Article 33 of the GDPR{stop} in force across the EU as Regulation (EU) 2016/679 — "
            f"obliges a controller to tell the supervisory authority of a breach {words}, {tail}.\n"
        )
        return page, GDPR, "33", "recital-85"
    words = stored_words(store, HKNSL, "16", "在就职时应当宣誓", "保守秘密。")
    page = (
        f"香港国安法第十八条{stop}（即《中华人民共和国香港特别行政区维护国家安全法》）要求，"
        f"律政司检控部门负责人“{words}”\n"
    )
    if script == "traditional":
        page = traditional(page)
    return page, HKNSL, "18", "16"


CASES = ["english", "simplified", "traditional"]


def _links(store: Store, page: str) -> list[tuple[str, str, str]]:
    return [
        (q.match.statute, q.match.article, q.attribution)
        for q in Checker(store).check_text(page).quotes
        if q.match is not None and q.verdict != "unmatched"
    ]


@pytest.mark.parametrize("script", CASES)
def test_words_two_texts_hold_go_to_the_article_their_sentence_names(
    store: Store, rule: RuleSwitch, script: str
) -> None:
    rule.take_out(checker, "article_of_sentence", lambda *args: None)
    page, statute, article, other = _page(store, script)
    links = _links(store, page)
    assert len(links) == 1, links
    found_statute, found_article, attribution = links[0]
    assert found_statute == statute
    assert found_article == (article if rule.on else other)
    assert attribution == "consistent"


@pytest.mark.parametrize("script", CASES)
def test_an_article_named_in_another_sentence_is_left_to_the_matcher(
    store: Store, script: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rule reads one sentence: with a full stop between the article and the law's name,
    the link is the one the matcher makes without the rule."""
    page, _, _, _ = _page(store, script, broken=True)
    with_rule = _links(store, page)
    monkeypatch.setattr(checker, "article_of_sentence", lambda *args: None)
    assert with_rule == _links(store, page)
