"""An unquoted span made mostly of the text's citations (a law's title, an article number) is
the writer's naming of the law, not a reproduction (issue 14, heldout8: a page's heading line
and the name under it linked as `altered` to the Basic Law's Art. 104, which names the law too).
A reproduction that keeps a lead-in naming the law stays linked.

Each case runs with the rule on and off (pipeline/names_only.py); the pages are written here.
English names are capitalised and unlinked already as titles (match/law_text.py): the English
row shows them unlinked either way."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.pipeline import not_law_text
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

BASIC_LAW = "cn-hong-kong-basic-law"
CSL = "cn-cybersecurity-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(BASIC_LAW, CSL)


# (document, a piece of the quotation, (statute, article) linked with the rule on, or None)
CASES = [
    (
        "香港特別行政區基本法第二十三條\n《中華人民共和國香港特別行政區基本法》第二十三條是一條"
        "關於國家安全的條文。",
        "基本法第二十三條",
        None,
    ),
    (
        "香港特别行政区基本法第二十三条\n《中华人民共和国香港特别行政区基本法》第二十三条是一条"
        "关于国家安全的条文。",
        "基本法第二十三条",
        None,
    ),
    # A reproduction with its lead-in's name inside: the law's words, linked.
    (
        "根据《中华人民共和国网络安全法》第二十一条，国家实行网络安全等级保护制度。网络运营者应当"
        "按照网络安全等级保护制度的要求，履行安全保护义务。",
        "国家实行网络安全等级保护制度",
        (CSL, "21"),
    ),
]
ENGLISH = (
    "Hong Kong Basic Law Article 23\nArticle 23 of the Basic Law of the Hong Kong Special "
    "Administrative Region of the People's Republic of China is a provision on national security."
)


def _quotes(store: Store, document: str, piece: str):
    return [q for q in Checker(store).check_text(document).quotes if piece in q.text]


@pytest.mark.parametrize(("document", "piece", "linked"), CASES)
def test_a_span_of_citations_is_not_a_reproduction(
    store: Store,
    rule: RuleSwitch,
    document: str,
    piece: str,
    linked: tuple[str, str] | None,
) -> None:
    rule.take_out(not_law_text, "names_only", lambda span, w, citations: w)
    # A span of names alone shares nothing but names with its article: pipeline/names_shared.py
    # would unlink it too, so it is taken out as well, to show this rule's own part.
    rule.take_out(not_law_text, "names_shared", lambda span, w, citations: w)
    quotes = _quotes(store, document, piece)
    assert len(quotes) == 1, [(q.text, q.verdict) for q in quotes]
    (quote,) = quotes
    if linked is not None:
        assert quote.match is not None and (quote.match.statute, quote.match.article) == linked
    elif rule.on:
        assert quote.match is None and quote.verdict == "unmatched"
        assert any("names of laws and articles" in note for note in quote.notes)
    else:
        assert quote.match is not None and quote.match.statute == BASIC_LAW


def test_english_names_stay_unlinked_either_way(store: Store, rule: RuleSwitch) -> None:
    rule.take_out(not_law_text, "names_only", lambda span, w, citations: w)
    quotes = Checker(store).check_text(ENGLISH).quotes
    assert all(q.match is None for q in quotes)
