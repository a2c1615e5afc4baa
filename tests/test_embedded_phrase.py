"""The law's words used as a phrase of the writer's own Chinese sentence are not a quotation
(issue 14, heldout8, heldout9: "修订版《反间谍法》将……其他关系国家安全和利益的文件、数据、资料、物品
纳入保护", "…实施网络攻击等行为明确为间谍行为"). Words the law itself goes on with, or a frame the
writer does not use, keep the link.

Each case runs with the rule on and off (pipeline/embedded_phrase.py); the sentences are written
here. The frames are Chinese words: the English row shows an English summary left alone."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.pipeline import not_law_text
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

CEL = "cn-counter-espionage-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(CEL)


# (document, the quotation's first characters, linked with the rule on)
CASES = [
    ("这次修法把其他关系国家安全和利益的文件、数据、资料、物品纳入了保护范围。", "其他关系", False),
    ("這次修法把其他關係國家安全和利益的文件、數據、資料、物品納入了保護範圍。", "其他關係", False),
    (
        "新法把针对国家机关、涉密单位或者关键信息基础设施等实施网络攻击等行为列为间谍行为。",
        "针对国家机关",
        False,
    ),
    (
        "新法把針對國家機關、涉密單位或者關鍵信息基礎設施等實施網絡攻擊等行為列為間諜行為。",
        "針對國家機關",
        False,
    ),
    # No frame after the words: the writer's sentence goes on otherwise.
    (
        "评论认为，修订后的条文涵盖了窃取、刺探、收买或者非法提供国家秘密、情报以及其他关系国家"
        "安全和利益的文件、数据、资料、物品，范围更广。",
        "窃取、刺探",
        True,
    ),
    (
        "The revision brings other documents, data, materials and items relating to national "
        "security and interests under protection.",
        None,
        False,
    ),
]


@pytest.mark.parametrize(("document", "opening", "linked"), CASES)
def test_the_laws_words_folded_into_the_writers_sentence_are_not_linked(
    store: Store,
    rule: RuleSwitch,
    document: str,
    opening: str | None,
    linked: bool,
) -> None:
    rule.take_out(not_law_text, "embedded_phrase", lambda text, span, weighed: weighed)
    quotes = Checker(store).check_text(document).quotes
    if opening is None:
        assert [q for q in quotes if q.match is not None and q.verdict != "unmatched"] == []
        return
    found = [q for q in quotes if q.text.startswith(opening)]
    assert len(found) == 1, [(q.text, q.verdict) for q in quotes]
    (quote,) = found
    if linked or not rule.on:
        assert quote.match is not None and quote.match.statute == CEL
        assert quote.match.article == "4" and quote.verdict != "unmatched"
    else:
        assert quote.match is None and quote.verdict == "unmatched"
        assert any("writer's own sentence" in note for note in quote.notes)
