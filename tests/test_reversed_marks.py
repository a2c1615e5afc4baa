"""A quotation whose opening mark is printed as a closing one, ”…”, is a quotation (issue 14,
heldout20: a French page's « … que les responsables du traitement ” mettent en œuvre […] des
mesures techniques et organisationnelles appropriées […] ” » went unfound). A ” that closes no
open “ opens a quotation after a space or at a paragraph's start, before a word or a space
(quotes/flanking.py's ``reversed_opening``); a ” closing a “ … ” quotation, and one after a word,
are read as before.

Each case runs with the rule on and off; the sentences are written for these tests (the statute's
words in the last case are the shipped store's GDPR Art. 5(1)(c)).
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_words

from lawref.pipeline.checker import Checker
from lawref.quotes import flanking
from lawref.quotes.find import find_quotes
from lawref.store.files import Store

# (language, text, the quotations found with the rule on, with it off)
CASES = [
    (
        "en",
        "The guidance says controllers ” keep records of every transfer ” (see part two).",
        ["keep records of every transfer"],
        [],
    ),
    (
        "en",
        "”Every request is answered within a month” is what the notice promises.",
        ["Every request is answered within a month"],
        [],
    ),
    (
        "fr",
        "Le guide rappelle qu’ils ” tiennent un registre des activités ” chaque année.",
        ["tiennent un registre des activités"],
        [],
    ),
    (
        "zh-Hans",
        "报告写道： ”网络运营者应当保存日志六个月” ，并未说明理由。",
        ["网络运营者应当保存日志六个月"],
        [],
    ),
    (
        "zh-Hant",
        "報告寫道： ”網絡運營者應當保存日誌六個月” ，並未說明理由。",
        ["網絡運營者應當保存日誌六個月"],
        [],
    ),
    (
        "ja",
        "説明会では ”事業者は記録を六か月保存する” と述べられた。",
        ["事業者は記録を六か月保存する"],
        [],
    ),
    # a “ … ” quotation, and a ” after a word: as before
    (
        "en",
        "The notice says “requests are answered in a month” and nothing more.",
        ["requests are answered in a month"],
        ["requests are answered in a month"],
    ),
    ("en", "A stray mark” after a word opens nothing here.", [], []),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_quotation_opened_with_a_closing_mark_is_found(rule: RuleSwitch, case: int) -> None:
    _, text, on, off = CASES[case]
    rule.take_out(flanking, "reversed_opening", lambda before, after: False)
    found = [q.text for q in find_quotes(text)]
    assert found == (on if rule.on else off), found


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with("eu-gdpr")


def test_the_laws_words_in_reversed_marks_are_linked(store: Store, rule: RuleSwitch) -> None:
    rule.take_out(flanking, "reversed_opening", lambda before, after: False)
    words = stored_words(store, "eu-gdpr", "5", "adequate, relevant", "processed")
    page = f"Article 5(1)(c) of the GDPR requires that personal data be ” {words} ” by design.\n"
    linked = [q for q in Checker(store).check_text(page).quotes if q.match is not None]
    if rule.on:
        assert [(q.verdict, q.match.article) for q in linked if q.match] == [("verbatim", "5")]
    else:
        assert all(q.marks != "quoted" for q in linked), [(q.text, q.marks) for q in linked]
