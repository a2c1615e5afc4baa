"""An article and its paragraph after a full stop in Chinese and Japanese writing on European law
— GDPR第33.1條, GDPR第6.1(f)条, GDPRの第33.1条 — cite the article (Art. 33(1)), its paragraph
kept as the article's part, as "Article 33.1" does in English (issue 14; the class seen on
heldout20: a Traditional Chinese page citing GDPR第33.1條 twice, read as the GDPR alone). The form
is the grammar's (statutes/grammar/cn.yaml: ``cn-article-decimal``, reading en.yaml's
``decimal_articles``); with it taken out, the same sentences cite no article. The sentences are
written for these tests."""

from __future__ import annotations

import pytest
from grammar_off import finder_without
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations.find import CitationFinder
from lawref.store.files import Store

GDPR = "eu-gdpr"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR)


def _finder(store: Store, on: bool) -> CitationFinder:
    if on:
        return CitationFinder(store)
    return finder_without(store, "cn-article-decimal")


# (text, the GDPR's (article, part) with the rule on, with it off)
CASES = [
    ("依GDPR第33.1條，控管者應於72小時內通報。", [("33", ".1")], [(None, None)]),
    ("依GDPR第33.1条，控制者应在72小时内通知。", [("33", ".1")], [(None, None)]),
    ("GDPR第6.1(f)条规定了正当利益。", [("6", ".1(f)")], [(None, None)]),
    ("GDPRの第33.1条は72時間以内の通知を求める。", [(None, None), ("33", ".1")], [(None, None)]),
    # an article without a paragraph, and English: read as before
    ("GDPR第33條規定了通報義務。", [("33", None)], [("33", None)]),
    ("Article 33.1 of the GDPR requires notice.", [("33", ".1")], [("33", ".1")]),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_decimal_article_in_chinese_writing(store: Store, rule: RuleSwitch, case: int) -> None:
    text, on, off = CASES[case]
    found = _finder(store, rule.on).find(text)
    cited = [(c.article, c.subdivision) for c in found if c.statute == GDPR]
    assert cited == (on if rule.on else off), [(c.text, c.statute, c.article) for c in found]
