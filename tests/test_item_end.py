"""A list item reproduced on a line of its own that closes with a full stop where the law's item
ends with a semicolon ("- the data subject has given consent … purposes." for "(a) … purposes;")
differs from the law in its punctuation: ``minor``, the mark listed, not ``verbatim`` (issue 14,
heldout11: GDPR Art. 37(1)(a) with a full stop for its semicolon).

Each case runs with the rule on and off (pipeline/item_end.py, as pipeline/checker.py calls it);
the law's words are the stored ones (the Traditional form converted by hand), the list's lead-in
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

_HANT = str.maketrans("订为个动规劳条签织资实须计", "訂為個動規勞條簽織資實須計")


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(PIPL, GDPR)


def _pipl_item(store: Store) -> str:
    return stored_words(store, PIPL, "13", "为订立、履行个人", "人力资源管理所必需")


def _zh_hans(store: Store) -> tuple[str, str, str]:
    item = _pipl_item(store)
    text = f"要点\n《个人信息保护法》第十三条列出的情形包括：\n- {item}。\n以上为摘录。\n"
    return text, item, "。"


def _zh_hant(store: Store) -> tuple[str, str, str]:
    item = _pipl_item(store).translate(_HANT)
    text = f"要點\n《個人信息保護法》第十三條列出的情形包括：\n- {item}。\n以上為摘錄。\n"
    return text, item, "。"


def _en(store: Store) -> tuple[str, str, str]:
    item = stored_words(store, GDPR, "6", "the data subject has given consent", "specific purposes")
    text = f"Notes\nUnder Article 6(1) of the GDPR, processing is lawful where:\n- {item}.\nEnd.\n"
    return text, item, "."


CASES = [_zh_hans, _zh_hant, _en]


@pytest.mark.parametrize("written", CASES, ids=["zh-Hans", "zh-Hant", "en"])
def test_a_full_stop_for_the_items_semicolon_is_minor(
    store: Store, rule: RuleSwitch, written
) -> None:
    def unchanged(text: str, span: QuoteSpan, result: MatchResult) -> MatchResult:
        return result

    rule.take_out(checker_module, "item_end_mark", unchanged)
    text, item, mark = written(store)
    quote = the_matched_quote(store, text, item[:8])
    if not rule.on:
        assert quote.verdict == "verbatim"
        return
    assert quote.verdict == "minor"
    assert [(d.quote, d.statute) for d in quote.differences] == [
        (mark, "；" if mark == "。" else ";")
    ]


@pytest.mark.parametrize("written", CASES, ids=["zh-Hans", "zh-Hant", "en"])
def test_the_items_own_semicolon_is_verbatim(store: Store, written) -> None:
    text, item, mark = written(store)
    kept = text.replace(f"{item}{mark}", f"{item}{'；' if mark == '。' else ';'}")
    assert kept != text
    assert the_matched_quote(store, kept, item[:8]).verdict == "verbatim"
