"""The law's definition reproduced without quotation marks after the writer's definition lead-in
("The AI Act defines a deepfake as …", "网络安全法将网络安全定义为…") is kept as a reproduction
and judged with the words after it that stand further on in the law's clause: a clause left out
makes it ``altered`` (issue 14, heldout9: Art. 3(60) of the AI Act without "to a person to be" was
lost, the writer's lead-in read as wording of the writer's around a shared phrase).

Each case runs with the rule on and off (pipeline/defined_as.py, as pipeline/unquoted.py reads
it); the law's words are the stored ones, a clause left out (the Traditional form converted by
hand), the rest is written here."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article, stored_words

from lawref.pipeline import unquoted
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

AI_ACT = "eu-ai-act"
CSL = "cn-cybersecurity-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(AI_ACT, CSL)


def _ai_act_deep_fake(store: Store) -> str:
    """Art. 3(60) without "to a person to be"."""
    words = stored_words(store, AI_ACT, "3", "AI-generated or manipulated", "authentic or truthful")
    return words.replace(" to a\xa0person to be", "").replace(" to a person to be", "")


def _csl_security(store: Store) -> str:
    """The 2016 Art. 76's definition of network security without its last clause."""
    text = stored_article(store, CSL, "76", "2016").text
    begin = text.index("通过采取必要措施")
    words = text[begin : text.index("可用性的能力", begin) + len("可用性的能力")]
    return words.replace("，以及保障网络数据的完整性、保密性、可用性", "")


def _csl_security_hant(store: Store) -> str:
    table = str.maketrans(
        "过须对击侵坏非况网络处稳靠运态范扰", "過須對擊侵壞非況網絡處穩靠運態範擾"
    )
    return _csl_security(store).translate(table).replace("采取", "採取")


# (page with {words}, their maker, the words' first characters)
CASES = [
    (
        "Deepfakes\nThe AI Act defines a deepfake as {words}. That is broad.\n",
        _ai_act_deep_fake,
        "AI-generated",
    ),
    ("一、定义\n网络安全法将网络安全定义为{words}。这很宽。\n", _csl_security, "通过采取"),
    ("一、定義\n網絡安全法將網絡安全定義為{words}。這很寬。\n", _csl_security_hant, "通過採取"),
]


@pytest.mark.parametrize(("page", "words", "opening"), CASES)
def test_a_definition_after_a_definition_lead_in_is_judged_whole(
    store: Store, rule: RuleSwitch, page: str, words, opening: str
) -> None:
    rule.take_out(unquoted, "definition_lead_in", lambda before: False)
    document = page.format(words=words(store))
    quotes = [
        q
        for q in Checker(store).check_text(document).quotes
        if q.match is not None and opening in q.text
    ]
    if not rule.on:
        # The stretch is lost, or called exact without the words after it.
        assert all(q.verdict in ("verbatim", "minor") for q in quotes), quotes
        return
    assert len(quotes) == 1, [(q.text, q.verdict) for q in quotes]
    (quote,) = quotes
    assert quote.verdict == "altered"
    assert quote.text.rstrip("。.").endswith(words(store)[-6:].rstrip("。.")), quote.text
    assert quote.differences, quote.text  # the clause left out is listed
