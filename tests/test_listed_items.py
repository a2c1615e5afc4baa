"""An article's lead-in and items reproduced without quotation marks as a list of the page's own
(bullets, or numbers of its own) is one quotation: items silently left out or run together make
it ``altered``, with the left-out words listed, not a row of ``verbatim`` pieces (issue 14,
heldout8: GDPR Art. 17(1) with three of its six grounds behind "- ", the 2014 Counter-espionage
Law's definition in four numbered items for five). A list that keeps the law's own numbering
shows what it left out and is judged item by item; a faithful list is left as it was.

Each case runs with the rule on and off (pipeline/listed_items.py); the law's words are the
shipped store's (the Traditional form converted by hand), the lists around them are written here."""

from __future__ import annotations

import re

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.pipeline import checker as checker_module
from lawref.pipeline import listed_items as listed_items_module
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

GDPR = "eu-gdpr"
PIPL = "cn-personal-information-protection-law"

PIPL_13_HANT = [
    "符合下列情形之一的，個人信息處理者方可處理個人信息：",
    "取得個人的同意；",
    "為訂立、履行個人作為一方當事人的合同所必需，或者按照依法制定的勞動規章制度和依法簽訂的集體合同實施人力資源管理所必需；",
    "為履行法定職責或者法定義務所必需；",
    "為應對突發公共衛生事件，或者緊急情況下為保護自然人的生命健康和財產安全所必需；",
    "為公共利益實施新聞報道、輿論監督等行為，在合理的範圍內處理個人信息；",
]


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, PIPL)


def _gdpr_17(store: Store) -> list[str]:
    """Art. 17(1)'s lead-in and its six grounds, without their letters."""
    lines = stored_article(store, GDPR, "17").text.split("\n")[:7]
    return [lines[0].split("\xa0")[-1]] + [line.split("\t", 1)[1] for line in lines[1:]]


def _pipl_13(store: Store) -> list[str]:
    """Art. 13's lead-in and its first five items, without their numbers."""
    lines = [p for p in stored_article(store, PIPL, "13").text.split("\n\n")][:6]
    return [lines[0]] + [line.split("）", 1)[1] for line in lines[1:]]


def _hans_numbers(index: int) -> str:
    return f"（{'一二三四五六七'[index]}）"


# (language, the items kept (0 is the lead-in), how each item line is marked: "bullet", "number"
# (the page's own 1. 2. …) or "law" (the law's own (a) or （一）), what the rule makes of it:
# "altered" (one quotation) or "pieces" (left as it was))
CASES = [
    ("en", [0, 1, 4, 5], "bullet", "altered"),  # grounds (b) and (c) left out
    ("en", [0, 1, 2, 3, 4, 5, 6], "bullet", "pieces"),  # every ground: faithful
    ("en", [0, 1, 4, 5], "law", "pieces"),  # (a), (d): the letters show the gap
    ("zh-Hans", [0, 1, 2, 4, 5], "number", "altered"),  # item (三) left out
    ("zh-Hans", [0, 1, 2, 3, 4, 5], "number", "pieces"),
    ("zh-Hans", [0, 1, 2, 4, 5], "law", "pieces"),
    ("zh-Hant", [0, 1, 2, 4, 5], "number", "altered"),
    ("zh-Hant", [0, 1, 2, 3, 4, 5], "bullet", "pieces"),
    ("zh-Hant", [0, 1, 2, 4, 5], "law", "pieces"),
]


def _document(lines: list[str], kept: list[int], marking: str, language: str) -> str:
    out = ["Background\n\nSome words of the page's own come first.\n"]
    out.append(lines[0])
    for number, item in enumerate(kept[1:], start=1):
        if marking == "bullet":
            mark = "- "
        elif marking == "number":
            mark = f"{number}."
        elif language == "en":
            mark = f"({'abcdef'[item - 1]}) "
        else:
            mark = _hans_numbers(item - 1)
        out.append(mark + lines[item])
    return "\n".join(out) + "\n"


@pytest.mark.parametrize(("language", "kept", "marking", "expected"), CASES)
def test_a_list_that_leaves_items_out_silently_is_one_altered_quotation(
    store: Store,
    rule: RuleSwitch,
    language: str,
    kept: list[int],
    marking: str,
    expected: str,
) -> None:
    rule.take_out(
        checker_module,
        "listed_items",
        lambda text, spans, results, groups, match: (spans, results, groups),
    )
    if language == "en":
        lines = _gdpr_17(store)
    elif language == "zh-Hans":
        lines = _pipl_13(store)
    else:
        lines = PIPL_13_HANT
    document = _document(lines, kept, marking, language)
    linked = [q for q in Checker(store).check_text(document).quotes if q.match is not None]
    assert linked, document
    spanning = [q for q in linked if lines[0][:12] in q.text and lines[kept[-1]][:12] in q.text]
    if rule.on and expected == "altered":
        assert len(spanning) == 1, [(q.text, q.verdict) for q in linked]
        (quote,) = spanning
        assert quote.verdict == "altered"
        left_out = [i for i in range(1, kept[-1]) if i not in kept]
        deletes = " ".join(d.statute for d in quote.differences if d.op == "delete")
        for item in left_out:
            if language != "zh-Hant":  # (the deleted words are the stored, Simplified, ones)
                assert lines[item][:10] in deletes, (lines[item], deletes)
    else:  # (the reuse scan may report a faithful list whole: verbatim, then)
        assert all(q.verdict != "altered" for q in linked), [(q.text, q.verdict) for q in linked]


# A page that keeps the law's own paragraph numbers ("1. ", "2. ") and leaves nothing out keeps
# its numbering, though the EU's stored texts set each number with no-break spaces ("2.\xa0\xa0\xa0
# Where …"): the paragraphs stay quotations of their own, and an exact one is not joined to an
# altered one before it
# (heldout21: AI Act Art. 23(2) word for word was lost in one `altered` list with 23(1)). The
# stored texts of Chinese laws number their items （一） with no such spaces: those cases hold
# with the rule on and off (the law's own numbering was read there already).
NUMBERED_PARAGRAPHS = [
    ("eu-gdpr", "17"),
    ("eu-gdpr", "33"),
    ("eu-ai-act", "23"),
    ("eu-ai-act", "26"),
]
AI_ACT = "eu-ai-act"


@pytest.fixture(scope="module")
def eu_store() -> Store:
    return shipped_store_with(GDPR, AI_ACT, PIPL)


def _numbered_paragraphs(store: Store, statute: str, number: str) -> list[str]:
    """The article's paragraphs without their numbers, each its first line."""
    text = stored_article(store, statute, number).text
    paragraphs = re.split(r"\n(?=\d+\.\xa0)", text)
    return [re.sub(r"^\d+\.\xa0+", "", p).split("\n")[0].replace("\xa0", " ") for p in paragraphs]


@pytest.mark.parametrize(("statute", "number"), NUMBERED_PARAGRAPHS)
def test_a_paragraph_kept_under_the_laws_own_number_is_not_joined_to_the_one_before(
    eu_store: Store, rule: RuleSwitch, statute: str, number: str
) -> None:
    rule.take_out(
        listed_items_module,
        "_NUMBER_SPACED",
        listed_items_module._STORED_MARKER,
    )
    # (the page keeps the numbers here; pipeline/listed_paragraphs.py keeps an article's paragraphs
    # apart under any marks of the page's, and is taken out with the rule it overlaps)
    rule.take_out(listed_items_module, "each_a_paragraph", lambda results: False)
    first, second = _numbered_paragraphs(eu_store, statute, number)[:2]
    changed = first.replace("shall", "must", 1)  # the writer's word: the first one altered
    assert changed != first
    document = (
        "What the article says\n\nWe set the article out below, with a word of ours in it.\n\n"
        f"1. {changed}\n\n2. {second}\n"
    )
    quotes = Checker(eu_store).check_text(document).quotes
    exact = [q for q in quotes if q.text == second and q.verdict == "verbatim"]
    assert bool(exact) == rule.on, [(q.text[:40], q.verdict) for q in quotes]


# (language, the law's own items of PIPL Art. 13, the first one changed by the writer)
CHINESE_NUMBERED = [("zh-Hans", False), ("zh-Hant", True)]


@pytest.mark.parametrize(("language", "traditional"), CHINESE_NUMBERED)
def test_chinese_items_under_the_laws_own_numbers_stay_apart_either_way(
    eu_store: Store, rule: RuleSwitch, language: str, traditional: bool
) -> None:
    rule.take_out(
        listed_items_module,
        "_NUMBER_SPACED",
        listed_items_module._STORED_MARKER,
    )
    lines = PIPL_13_HANT if traditional else _pipl_13(eu_store)
    changed = lines[1].replace("同意", "书面同意" if not traditional else "書面同意")
    document = "\n".join(
        ["本文先说几句自己的话。", lines[0], _hans_numbers(0) + changed]
        + [_hans_numbers(i - 1) + lines[i] for i in (2, 3)]
    )
    quotes = Checker(eu_store).check_text(document + "\n").quotes
    assert not any(lines[0][:8] in q.text and lines[3][:8] in q.text for q in quotes), language
