"""A list item reproduced on its own line without the stored item's first words ("- core
activities of the controller …" for "(b) the core activities …", "- 订立、履行…" for "（二）为订立、
履行…") has silently dropped them: ``altered``, the dropped words listed, not ``verbatim`` (issue
14, heldout11: GDPR Art. 37(1)(b) with its opening "the" dropped).

Each case runs with the rule on and off (pipeline/item_head.py, as pipeline/checker.py calls it);
the law's words are the stored ones (the Traditional form converted by hand), the list's lead-in
and the rest are written here."""

from __future__ import annotations

import pytest
from rule_pages import the_matched_quote
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_words

from lawref.match.results import MatchResult
from lawref.pipeline import checker as checker_module
from lawref.pipeline.checker import Checker
from lawref.spans import QuoteSpan
from lawref.store.files import Store

PIPL = "cn-personal-information-protection-law"
GDPR = "eu-gdpr"

_HANT = str.maketrans("订行个为动规劳条签织资实须计", "訂行個為動規勞條簽織資實須計")


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(PIPL, GDPR)


def _zh_hans(store: Store) -> tuple[str, str, str]:
    item = stored_words(store, PIPL, "13", "订立、履行个人", "人力资源管理所必需；")
    text = f"要点\n《个人信息保护法》第十三条列出的情形包括：\n- {item}\n以上为摘录。\n"
    return text, item, "为"


def _zh_hant(store: Store) -> tuple[str, str, str]:
    text, item, dropped = _zh_hans(store)
    text = text.replace("要点", "要點").replace("个人信息保护法", "個人信息保護法")
    text = text.replace("第十三条列出的情形包括", "第十三條列出的情形包括").replace("摘录", "摘錄")
    return text.replace(item, item.translate(_HANT)), item.translate(_HANT), dropped


def _en(store: Store) -> tuple[str, str, str]:
    item = stored_words(store, GDPR, "6", "data subject has given consent", "specific purposes;")
    text = f"Notes\nUnder Article 6(1) of the GDPR, processing is lawful where:\n- {item}\nEnd.\n"
    return text, item, "the"


CASES = [_zh_hans, _zh_hant, _en]


@pytest.mark.parametrize("written", CASES, ids=["zh-Hans", "zh-Hant", "en"])
def test_an_item_without_its_first_words_is_altered(
    store: Store, rule: RuleSwitch, written
) -> None:
    def unchanged(text: str, span: QuoteSpan, result: MatchResult) -> MatchResult:
        return result

    rule.take_out(checker_module, "item_head_dropped", unchanged)
    text, item, dropped = written(store)
    quote = the_matched_quote(store, text, item[:8])
    if not rule.on:
        assert quote.verdict in ("verbatim", "minor"), quote.differences
        return
    assert quote.verdict == "altered"
    assert [d.statute for d in quote.differences if d.op == "delete"] == [dropped]


@pytest.mark.parametrize("written", CASES, ids=["zh-Hans", "zh-Hant", "en"])
def test_a_whole_item_is_left_alone(store: Store, written) -> None:
    text, item, dropped = written(store)
    whole = dropped + ("" if "\u4e00" <= dropped[0] <= "\u9fff" else " ") + item
    assert the_matched_quote(store, text.replace(item, whole), item[:8]).verdict == "verbatim"


@pytest.mark.parametrize("written", CASES, ids=["zh-Hans", "zh-Hant", "en"])
def test_words_inside_a_writers_sentence_are_no_item(store: Store, written) -> None:
    """The same words inside a sentence of the writer's, not a line of a list: what the writer
    left before them is the writer's business."""
    text, item, dropped = written(store)
    inside = text.replace(f"：\n- {item}", f"：例如{item}").replace(
        f":\n- {item}", f": for instance {item}"
    )
    assert inside != text
    quotes = Checker(store).check_text(inside).quotes
    assert all([d.statute for d in q.differences if d.op == "delete"] != [dropped] for q in quotes)
