"""A short sentence of a law reproduced without quotation marks (issue 14, recall): a Chinese run
shorter than the reuse scan's MIN_CJK_CHARS is kept when it is a whole sentence of the stored
text, reproduced word for word as a whole sentence or clause of the document
(lawref/reuse/scan.py ``_whole_sentence``, SENTENCE_MIN_CJK_CHARS). A phrase the writer shares
with the law (a part of its sentence), a sentence shorter than the bound, and a short English
sentence (stock wording is common in English; MIN_LATIN_CHARS holds) are not reported.

The sentences are the writer's own, made for the tests around the stored texts' words.
"""

from __future__ import annotations

import pytest

from lawref.pipeline.checker import Checker
from lawref.report import Quote
from lawref.reuse.thresholds import MIN_CJK_CHARS, SENTENCE_MIN_CJK_CHARS
from lawref.store.files import Store
from lawref.store.load import load_store

NSL = "cn-national-security-law"
CRYPTO = "cn-cryptography-law"


@pytest.fixture(scope="module")
def store() -> Store:
    store = load_store()
    missing = [s for s in (NSL, CRYPTO, "eu-gdpr") if store.get(s) is None]
    if missing:
        pytest.skip(f"the shipped store lacks {missing}")
    return store


def unquoted(checker: Checker, text: str) -> list[Quote]:
    return [q for q in checker.check_text(text).quotes if q.marks == "none"]


# (language, document, the sentence reproduced, statute, article)
WHOLE_SENTENCES = [
    (
        "zh-Hans",
        "记者了解到，每年4月15日为全民国家安全教育日。",
        "每年4月15日为全民国家安全教育日。",
        NSL,
        "14",
    ),
    (
        "zh-Hant",
        "記者了解到，每年4月15日為全民國家安全教育日。",
        "每年4月15日為全民國家安全教育日。",
        NSL,
        "14",
    ),
    # the law's sentence as a clause of the writer's, before a comma
    (
        "zh-Hant",
        "每年4月15日為全民國家安全教育日，今年的主題是普法。",
        "每年4月15日為全民國家安全教育日",
        NSL,
        "14",
    ),
    (
        "zh-Hans",
        "专家介绍了相关制度。密码分为核心密码、普通密码和商用密码。这一分类有助于管理。",
        "密码分为核心密码、普通密码和商用密码。",
        CRYPTO,
        "6",
    ),
    (
        "zh-Hant",
        "專家指出：密碼分為核心密碼、普通密碼和商用密碼\n其他內容另行說明。",
        "密碼分為核心密碼、普通密碼和商用密碼",
        CRYPTO,
        "6",
    ),
]


@pytest.mark.parametrize(("language", "text", "sentence", "statute", "article"), WHOLE_SENTENCES)
def test_a_short_whole_sentence_of_a_law_is_reported(
    checker: Checker, language: str, text: str, sentence: str, statute: str, article: str
) -> None:
    letters = sum("\u4e00" <= c <= "\u9fff" or c.isdigit() for c in sentence)
    assert SENTENCE_MIN_CJK_CHARS <= letters < MIN_CJK_CHARS  # below the scan's usual bound
    found = unquoted(checker, text)
    assert [q.text for q in found] == [sentence], language
    assert found[0].match is not None
    assert (found[0].match.statute, found[0].match.article) == (statute, article)
    assert found[0].verdict in ("verbatim", "minor")


# Not whole sentences of a law, or too short, or English: nothing is reported.
NOT_REPORTED = [
    # part of the law's sentence (its opening 密码分为 left out), in a sentence of the writer's
    ("zh-Hans", "会上提到的是核心密码、普通密码和商用密码。"),
    # the same part as a clause of its own: the stored sentence does not start there
    ("zh-Hant", "會上指出，核心密碼、普通密碼和商用密碼。"),
    # the opening of the law's sentence as a clause: the stored sentence goes on (和商用密码)
    ("zh-Hans", "报告说，密码分为核心密码、普通密码，另有其他分类。"),
    # a whole sentence of the law, but shorter than SENTENCE_MIN_CJK_CHARS
    ("zh-Hans", "文件重申：国家对密码实行分类管理。"),
    # a whole sentence of a recital, in English: short English sentences stay below the bound
    (
        "en",
        "The report begins with a reminder. Natural persons should have control of their own "
        "personal data. It then turns to enforcement.",
    ),
]


@pytest.mark.parametrize(("language", "text"), NOT_REPORTED)
def test_a_phrase_a_short_sentence_or_english_is_not_reported(
    checker: Checker, language: str, text: str
) -> None:
    assert unquoted(checker, text) == [], language
