"""A sentence's number set before the sentence with a space ("… at any time. 2 The withdrawal
…", "…明确作出。2 法律、行政法规…"), scraped in from a page's superscript numbering, is no word of
the law's: the quotation is ``minor``, not ``altered`` (issue 14, heldout11: GDPR Art. 8(1) with
its sentences numbered).

Each case runs with the rule on and off (match/spaced_numbers.py, as match/harmless_edits.py
reads it); the law's words are the stored ones (the Traditional form converted by hand), the
numbers and the rest are written here."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_words

from lawref.match import harmless_edits
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

PIPL = "cn-personal-information-protection-law"
GDPR = "eu-gdpr"

_HANT = str.maketrans("个础处应该须愿确规单书从则", "個礎處應該須願確規單書從則")


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(PIPL, GDPR)


def _pipl_14(store: Store) -> tuple[str, str]:
    return (
        stored_words(store, PIPL, "14", "基于个人同意处理", "明确作出。"),
        stored_words(store, PIPL, "14", "法律、行政法规规定", "从其规定。"),
    )


def _zh_hans(store: Store) -> str:
    first, second = _pipl_14(store)
    return f"条文\n第十四条写道：“1 {first}2 {second}”\n"


def _zh_hant(store: Store) -> str:
    first, second = _pipl_14(store)
    return f"條文\n第十四條寫道：「1 {first}2 {second}」\n".translate(_HANT)


def _en(store: Store) -> str:
    first = stored_words(store, GDPR, "7", "The data subject shall have the right", "any time.")
    second = stored_words(store, GDPR, "7", "The withdrawal of consent", "its withdrawal.")
    return f"Consent\nArticle 7(3) of the GDPR reads: “{first} 2 {second}”\n"


CASES = [_zh_hans, _zh_hant, _en]


@pytest.mark.parametrize("written", CASES, ids=["zh-Hans", "zh-Hant", "en"])
def test_a_spaced_sentence_number_is_minor(store: Store, rule: RuleSwitch, written) -> None:
    rule.take_out(harmless_edits, "is_spaced_sentence_number", lambda quote, op: False)
    quotes = [q for q in Checker(store).check_text(written(store)).quotes if q.match]
    assert len(quotes) == 1, [(q.text, q.verdict) for q in quotes]
    if not rule.on:
        assert quotes[0].verdict == "altered"
        return
    assert quotes[0].verdict == "minor", quotes[0].differences


@pytest.mark.parametrize("written", CASES, ids=["zh-Hans", "zh-Hant", "en"])
def test_a_number_in_the_sentence_is_still_a_change(store: Store, written) -> None:
    """A number that stands inside a sentence, not before one, is a word the writer added."""
    text = written(store)
    moved = text.replace("2 法律", "法律2 ").replace("2 The withdrawal", "The 2 withdrawal")
    assert moved != text
    quotes = [q for q in Checker(store).check_text(moved).quotes if q.match]
    assert [q.verdict for q in quotes] == ["altered"], [(q.text, q.verdict) for q in quotes]
