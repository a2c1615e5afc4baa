"""A definition quoted after "defines X as" that ends the writer's sentence where the law's
definition goes on ("… defines pseudonymisation as “the processing of personal data … to a
specific data subject.”", the law going on "without the use of additional information, …") has
silently dropped words that narrow the term: ``altered``, the dropped words listed, not
``verbatim`` (issue 14, heldout11: GDPR Art. 4(12) without its last words).

Each case runs with the rule on and off (pipeline/definition_cut.py, as pipeline/checker.py calls
it); the law's words are the stored ones (the Traditional form converted by hand), the lead-ins
and the rest are written here."""

from __future__ import annotations

import pytest
from rule_pages import the_matched_quote
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_words

from lawref.match.results import MatchResult
from lawref.pipeline import checker as checker_module
from lawref.spans import QuoteSpan
from lawref.store.files import Store

PIPL = "cn-personal-information-protection-law"
GDPR = "eu-gdpr"

_HANT = str.maketrans("个护将义为经处识别这则", "個護將義為經處識別這則")


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(PIPL, GDPR)


def _pipl_73(store: Store) -> tuple[str, str]:
    words = stored_words(store, PIPL, "73", "个人信息经过处理无法识别", "特定自然人")
    return words, "且不能复原的过程"


def _zh_hans(store: Store) -> tuple[str, str, str]:
    words, dropped = _pipl_73(store)
    return f"说明\n《个人信息保护法》将匿名化定义为“{words}。”这是核心概念。\n", words, dropped


def _zh_hant(store: Store) -> tuple[str, str, str]:
    words, dropped = _pipl_73(store)
    words = words.translate(_HANT)
    text = f"說明\n《個人信息保護法》將匿名化定義為「{words}」。這是核心概念。\n"
    return text, words, dropped


def _en(store: Store) -> tuple[str, str, str]:
    words = stored_words(store, GDPR, "4", "the processing of personal data in such", "subject")
    text = f"Terms\nThe GDPR defines pseudonymisation as “{words}.” It is not anonymisation.\n"
    return text, words, "without the use of additional information"


CASES = [_zh_hans, _zh_hant, _en]


@pytest.mark.parametrize("written", CASES, ids=["zh-Hans", "zh-Hant", "en"])
def test_a_definition_quoted_without_its_end_is_altered(
    store: Store, rule: RuleSwitch, written
) -> None:
    def unchanged(text: str, span: QuoteSpan, result: MatchResult) -> MatchResult:
        return result

    rule.take_out(checker_module, "definition_cut_short", unchanged)
    text, words, dropped = written(store)
    quote = the_matched_quote(store, text, words[:10])
    if not rule.on:
        assert quote.verdict == "verbatim", quote.differences
        return
    assert quote.verdict == "altered"
    deleted = " ".join(d.statute for d in quote.differences if d.op == "delete")
    assert dropped in deleted, quote.differences


@pytest.mark.parametrize("written", CASES, ids=["zh-Hans", "zh-Hant", "en"])
def test_a_sentence_that_goes_on_is_left_alone(store: Store, written) -> None:
    """The writer's sentence goes on after the quotation: the rest may be the writer's to carry,
    and the words quoted are the law's."""
    text, words, _ = written(store)
    goes_on = text.replace("。”", "”，并列举了例外").replace("」。", "」，並列舉了例外")
    goes_on = goes_on.replace(".”", "” among other things,")
    assert goes_on != text
    assert the_matched_quote(store, goes_on, words[:10]).verdict == "verbatim"


def test_a_definition_cut_before_its_proviso_is_left_alone(store: Store) -> None:
    """Cut where the definition's clause ends (", provided that …", "，不包括…"): the definition
    proper, which a writer may quote alone."""
    words = stored_words(store, PIPL, "4", "以电子或者其他方式", "各种信息")
    text = f"说明\n《个人信息保护法》将个人信息定义为“{words}。”这是核心概念。\n"
    assert the_matched_quote(store, text, words[:10]).verdict == "verbatim"
    words = stored_words(store, GDPR, "4", "the processing of personal data in such", "information")
    text = f"Terms\nThe GDPR defines pseudonymisation as “{words}.” It is not anonymisation.\n"
    assert the_matched_quote(store, text, words[:10]).verdict == "verbatim"


def test_a_whole_definition_is_verbatim(store: Store) -> None:
    whole = stored_words(store, PIPL, "73", "个人信息经过处理无法识别", "的过程")
    text = f"说明\n《个人信息保护法》将匿名化定义为“{whole}。”这是核心概念。\n"
    assert the_matched_quote(store, text, whole[:10]).verdict == "verbatim"
