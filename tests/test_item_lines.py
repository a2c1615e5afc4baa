"""A citation in one item of a list does not introduce the words of another item
(pipeline/item_lines.py, read by rules 2 and 3 of pipeline/introducers.py; issue 14, the
nineteenth held-out set: a French page glossed point a) of GDPR Art. 32(1) with "[art.4]" and
Art. 4's definition, and points b) to d) and Art. 32(2) under it, the list running on as one
sentence over lines ending in ";", were reported ``misattributed`` to Article 4 — a false claim).

Each case runs with the rule on and off. The law's words come from the shipped store; the lead-ins
and the writer's item lines are written for these tests, the Traditional-script item converted by
hand.
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.pipeline import introducers
from lawref.pipeline.checker import Checker
from lawref.report import Quote
from lawref.store.files import Store

GDPR = "eu-gdpr"
PIPL = "cn-personal-information-protection-law"
# PIPL Art. 13's item (二), converted to Traditional script by hand.
PIPL13_2_TRAD = (
    "為訂立、履行個人作為一方當事人的合同所必需，或者按照依法制定的勞動規章制度和依法簽訂的"
    "集體合同實施人力資源管理所必需；"
)


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, PIPL)


@pytest.fixture(scope="module")
def checker(store: Store) -> Checker:
    return Checker(store)


def _gdpr_point_b(store: Store) -> str:
    line = stored_article(store, GDPR, "32").text.split("\n")[2]
    return line.split("\t", 1)[1]


def _pipl_item_2(store: Store) -> str:
    return stored_article(store, PIPL, "13").text.split("\n\n")[2].split("）", 1)[1]


def _item_words(store: Store, language: str) -> str:
    if language == "en":
        return _gdpr_point_b(store)
    if language == "zh-Hans":
        return _pipl_item_2(store)
    return PIPL13_2_TRAD


def _quote_of(checker: Checker, document: str, words: str) -> Quote:
    found = [q for q in checker.check_text(document).quotes if words[:14] in q.text]
    assert len(found) == 1, [(q.text, q.verdict) for q in found]
    (quote,) = found
    assert quote.match is not None, quote.notes
    return quote


# (language, a document: the list's lead-in citing the items' article, a first item whose own
# line cites another article, then {item}: the law's words as the second item)
_GLOSSED_FIRST_ITEM = [
    (
        "en",
        "Article 32 of the GDPR sets out the measures:\n(a) pseudonymisation and encryption "
        "(Article 4), keeping the data apart from the person they are about;\n(b) {item}\n",
        "32",
        "4",
    ),
    (
        "en",
        "The measures are listed in Article 32 of the GDPR:\n1) pseudonymisation, as Article 4 "
        "puts it, and encryption of the stored files,\n2) {item}\n",
        "32",
        "4",
    ),
    (
        "zh-Hans",
        "《个人信息保护法》第十三条列出了以下情形：\n（一）个人表示同意（详见第十四条）；\n（二）{item}\n",
        "13",
        "14",
    ),
    (
        "zh-Hant",
        "《個人信息保護法》第十三條列舉了以下情形：\n（一）個人表示同意（詳見第十四條）；\n（二）{item}\n",
        "13",
        "14",
    ),
]


@pytest.mark.parametrize("case", range(len(_GLOSSED_FIRST_ITEM)))
def test_a_citation_in_the_item_above_accuses_nobody(
    store: Store, checker: Checker, rule: RuleSwitch, case: int
) -> None:
    language, template, own, glossed = _GLOSSED_FIRST_ITEM[case]
    rule.take_out(introducers, "in_another_item", lambda *args: False)
    words = _item_words(store, language)
    quote = _quote_of(checker, template.format(item=words), words)
    assert quote.match is not None and quote.match.article == own
    cited = quote.cited_as.article if quote.cited_as else None
    if rule.on:
        assert (quote.attribution, cited) == ("consistent", own)
    else:
        assert (quote.attribution, cited) == ("misattributed", glossed)


# The citation stands in the quotation's own item line, or the lines are no list items: the
# rule leaves the nearest citation before it in its sentence as it was.
_SAME_ITEM = [
    (
        "en",
        "Article 32 of the GDPR sets out the measures:\n(a) pseudonymisation and encryption;\n"
        "(b) under Article 5, {item}\n",
        "5",
    ),
    (
        "en",
        "The GDPR is strict. Article 5 of the GDPR, we think, requires,\n{item}\n",
        "5",
    ),
    (
        "zh-Hans",
        "《个人信息保护法》第十三条列出了以下情形：\n（一）个人表示同意；\n（二）按照第十四条，{item}\n",
        "14",
    ),
    (
        "zh-Hant",
        "《個人信息保護法》第十三條列舉了以下情形：\n（一）個人表示同意；\n（二）按照第十四條，{item}\n",
        "14",
    ),
]


@pytest.mark.parametrize("case", range(len(_SAME_ITEM)))
def test_a_citation_in_the_same_item_or_no_list_still_introduces(
    store: Store, checker: Checker, rule: RuleSwitch, case: int
) -> None:
    language, template, cited_article = _SAME_ITEM[case]
    rule.take_out(introducers, "in_another_item", lambda *args: False)
    words = _item_words(store, language)
    quote = _quote_of(checker, template.format(item=words), words)
    cited = quote.cited_as.article if quote.cited_as else None
    assert cited == cited_article
