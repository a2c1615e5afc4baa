"""An unquoted span made mostly of the text's citations (a law's title, an article number) is
the writer's naming of the law, not a reproduction (issue 14, heldout8: a page's heading line
and the name under it linked as `altered` to the Basic Law's Art. 104, which names the law too).
A reproduction that keeps a lead-in naming the law stays linked. A quoted span is unlinked only
when it is a citation and a verb of saying alone — the lead-in ")第三十八条规定," that quotation
marks paired across two quotations set off (heldout16: linked verbatim to another law's article
that says 第三十八条规定) — while a quotation of the law's words that cites another of its
articles stays linked. (The class is Chinese pages with ASCII quotation marks: no English row.)

Each case runs with the rule on and off (pipeline/names_only.py); the pages are written here.
English names are capitalised and unlinked already as titles (match/law_text.py): the English
row shows them unlinked either way."""

from __future__ import annotations

import pytest
from rule_pages import traditional
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.pipeline import not_law_text
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

BASIC_LAW = "cn-hong-kong-basic-law"
CSL = "cn-cybersecurity-law"
PIPL = "cn-personal-information-protection-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(BASIC_LAW, CSL, PIPL)


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
# A page whose short name's closing mark pairs with the next quotation's opening one.
_LEAD_IN = (
    '《中华人民共和国个人信息保护法》(" 《个保法》")第三十八条规定," 个人信息处理者因业务等需要，'
    '确需向中华人民共和国境外提供个人信息的，应当具备下列条件之一。"'
)
# (document, the quoted span, linked with the rule on: (statute, article), or None)
QUOTED = [
    (_LEAD_IN, "第三十八条规定", None),
    (traditional(_LEAD_IN), "第三十八條規定", None),
    # The law's words citing another of its articles: a quotation, linked.
    (
        "《个人信息保护法》第三十八条第一款第一项要求“依照本法第四十条的规定通过国家网信部门组织"
        "的安全评估”。",
        "依照本法第四十条",
        (PIPL, "38"),
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


@pytest.mark.parametrize(("document", "piece", "linked"), QUOTED)
def test_a_quoted_lead_in_is_not_a_quotation(
    store: Store,
    rule: RuleSwitch,
    document: str,
    piece: str,
    linked: tuple[str, str] | None,
) -> None:
    rule.take_out(not_law_text, "names_only", lambda span, w, citations: w)
    quotes = _quotes(store, document, piece)
    assert len(quotes) == 1, [(q.text, q.verdict) for q in quotes]
    (quote,) = quotes
    if linked is not None:
        assert quote.match is not None and (quote.match.statute, quote.match.article) == linked
    elif rule.on:
        assert quote.match is None and quote.verdict == "unmatched"
        assert any("a citation and a verb of saying" in note for note in quote.notes)
    else:
        assert quote.match is not None and quote.verdict != "unmatched"
