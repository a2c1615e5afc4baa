"""A quotation whose closing mark is printed as an opening one (“…“), as scraping and some
keyboards leave it (issue 14, recall): a “ after a word or punctuation and before no word closes
the open “ (lawref/quotes/find.py), so the quotation is found and linked instead of running on
unclosed and being dropped. A “ before a word still opens a quotation.

The sentences are the writer's own, made for the tests around the stored texts' words.
"""

from __future__ import annotations

import pytest

from lawref.pipeline.checker import Checker
from lawref.quotes.find import find_quotes
from lawref.store.load import load_store

# (language, sentence, the quotation, statute, article)
REVERSED = [
    (
        "en",
        "Art. 28 GDPR says processors must provide “sufficient guarantees to implement "
        "appropriate technical and organisational measures“. Art. 32 adds a list.",
        "sufficient guarantees to implement appropriate technical and organisational measures",
        "eu-gdpr",
        "28",
    ),
    (
        "zh-Hans",
        "《网络安全法》第十二条规定：“国家保护公民、法人和其他组织依法使用网络的权利“。",
        "国家保护公民、法人和其他组织依法使用网络的权利",
        "cn-cybersecurity-law",
        "12",
    ),
    (
        "zh-Hant",
        "《國家安全法》第十四條規定，“每年4月15日為全民國家安全教育日“，各地都有活動。",
        "每年4月15日為全民國家安全教育日",
        "cn-national-security-law",
        "14",
    ),
]


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(load_store())


@pytest.mark.parametrize(("language", "sentence", "quote", "statute", "article"), REVERSED)
def test_a_closing_mark_printed_as_an_opening_one_closes_the_quotation(
    checker: Checker, language: str, sentence: str, quote: str, statute: str, article: str
) -> None:
    assert [q.text for q in find_quotes(sentence)] == [quote], language
    found = [q for q in checker.check_text(sentence).quotes if q.text == quote]
    assert len(found) == 1
    assert found[0].match is not None and found[0].verdict != "unmatched"
    assert (found[0].match.statute, found[0].match.article) == (statute, article)


# A “ before a word opens a quotation, as before: quotations side by side, and a „German“ one.
STILL_OPENING = [
    ("en", "“Alpha“beta” and “gamma”", ["beta", "gamma"]),
    ("en", "„Anführungszeichen“ und mehr", ["Anführungszeichen"]),
    ("zh-Hans", "他说“第一“第二”。", ["第二"]),
]


@pytest.mark.parametrize(("language", "text", "quotes"), STILL_OPENING)
def test_an_opening_mark_before_a_word_still_opens(
    language: str, text: str, quotes: list[str]
) -> None:
    assert [q.text for q in find_quotes(text)] == quotes, language
