"""A sentence telling what a law was made for in its first article's words ("《网络安全法》是为
保障网络安全，……而制定的法律") is the writer's description, not a quotation of Art. 1 (issue 14,
heldout8, heldout5: linked as `altered` for the missing 制定本法). The law's own clause after a
lead-in keeps its link.

Each case runs with the rule on and off (pipeline/purpose_told.py); the sentences are written
here. The rule reads Chinese words (是为…制定): the English row shows English left as it is."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.pipeline import not_law_text
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

CSL = "cn-cybersecurity-law"

_PURPOSE = (
    "保障网络安全，维护网络空间主权和国家安全、社会公共利益，保护公民、法人和其他组织的合法权益，"
    "促进经济社会信息化健康发展"
)
_PURPOSE_HANT = (
    "保障網絡安全，維護網絡空間主權和國家安全、社會公共利益，保護公民、法人和其他組織的合法權益，"
    "促進經濟社會信息化健康發展"
)


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(CSL)


# (document, a piece of the quotation, linked with the rule on; None: unlinked either way)
CASES = [
    (f"简单介绍一下。《中华人民共和国网络安全法》是为{_PURPOSE}而制定的法律。", "网络空间", False),
    (
        f"簡單介紹一下。《中華人民共和國網絡安全法》是為{_PURPOSE_HANT}而制定的法律。",
        "網絡空間",
        False,
    ),
    # A lead-in presenting the article's words: the law's clause, linked.
    (f"第一条规定：为了{_PURPOSE}，制定法律。", "网络空间", True),
    (
        "The Cybersecurity Law was made to safeguard cyber security, to protect cyberspace "
        "sovereignty and national security, and to promote the healthy development of the "
        "informatization of the economy and society.",
        "cyberspace",
        None,
    ),
]


def _quote(store: Store, document: str, piece: str):
    found = [q for q in Checker(store).check_text(document).quotes if piece in q.text]
    return found[0] if found else None


@pytest.mark.parametrize(("document", "piece", "linked"), CASES)
def test_telling_what_a_law_was_made_for_is_not_quoting_it(
    store: Store,
    rule: RuleSwitch,
    document: str,
    piece: str,
    linked: bool | None,
) -> None:
    rule.take_out(not_law_text, "purpose_told", lambda text, span, w: w)
    quote = _quote(store, document, piece)
    if linked is None:  # English: the rule reads Chinese words; unlinked with it or without it
        assert quote is None or quote.match is None
        return
    assert quote is not None
    if linked or not rule.on:
        assert quote.match is not None and (quote.match.statute, quote.match.article) == (CSL, "1")
        assert quote.verdict == "altered"
    else:
        assert quote.match is None and quote.verdict == "unmatched"
        assert any("what the law was made for" in note for note in quote.notes)
