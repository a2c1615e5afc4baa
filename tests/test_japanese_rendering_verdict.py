"""A Japanese rendering of a Chinese article is a retelling, never an altered copy
(match/word_verdict.py's ``_rendered``; issue 14, the nineteenth held-out set: a wiki mirror's
Japanese rendering of the Hong Kong Basic Law's Art. 1 under 第一条, sharing most of its kanji with
the article, was called ``altered`` with は for 是 and である as its "changes").

Each case runs with the rule on and off. The Japanese renderings, the Chinese quotations with a
word changed and the English one are written for these tests; the articles they render are the
shipped store's.
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.match import word_verdict
from lawref.pipeline.checker import Checker
from lawref.report import Quote
from lawref.store.files import Store

BASIC_LAW = "cn-hong-kong-basic-law"
GDPR = "eu-gdpr"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(BASIC_LAW, GDPR)


@pytest.fixture(scope="module")
def checker(store: Store) -> Checker:
    return Checker(store)


def _block(checker: Checker, document: str, words: str) -> Quote:
    found = [q for q in checker.check_text(document).quotes if words[:10] in q.text]
    assert len(found) == 1, [(q.text, q.verdict) for q in found]
    return found[0]


def _under_heading(title: str, heading: str, words: str) -> str:
    return f"{title}\n{heading}\n{words}\n"


# Japanese renderings of the Basic Law's Art. 1, set under the article's heading.
_RENDERINGS = [
    "香港特別行政区は中華人民共和国の不可分離な部分である。",
    "香港特別行政区は中華人民共和国の不可分離の一部分です。",
    "香港特別行政区は、中華人民共和国の不可分離の部分である。",
]


@pytest.mark.parametrize("words", _RENDERINGS)
def test_a_japanese_rendering_is_no_altered_copy(
    checker: Checker, rule: RuleSwitch, words: str
) -> None:
    rule.take_out(word_verdict, "_rendered", lambda *args: False)
    document = _under_heading("香港特別行政区基本法の概要", "第一条:", words)
    quote = _block(checker, document, words)
    assert quote.match is not None and (quote.match.statute, quote.match.article) == (
        BASIC_LAW,
        "1",
    )
    if rule.on:
        assert (quote.verdict, quote.differences) == ("paraphrase", [])
    else:
        assert quote.verdict == "altered"


# Quotations in the law's own script (Simplified, Traditional) or in English with a word changed:
# altered either way.
_CHANGED_COPIES = [
    (
        "香港基本法概要",
        "第一条：",
        "香港特别行政区是中华人民共和国不可分割的部分。",
        BASIC_LAW,
        "1",
    ),
    (
        "香港基本法概要",
        "第一條：",
        "香港特別行政區是中華人民共和國不可分割的部分。",
        BASIC_LAW,
        "1",
    ),
    (
        "GDPR, Article 5",
        "Principles relating to processing of personal data",
        "Personal data shall be processed lawfully, fairly and in a clear manner in relation to "
        "the data subject",
        GDPR,
        "5",
    ),
]


@pytest.mark.parametrize("case", range(len(_CHANGED_COPIES)))
def test_a_changed_copy_in_the_laws_script_stays_altered(
    checker: Checker, rule: RuleSwitch, case: int
) -> None:
    title, heading, words, statute, article = _CHANGED_COPIES[case]
    rule.take_out(word_verdict, "_rendered", lambda *args: False)
    quote = _block(checker, _under_heading(title, heading, words), words)
    assert quote.match is not None and (quote.match.statute, quote.match.article) == (
        statute,
        article,
    )
    assert quote.verdict == "altered"
