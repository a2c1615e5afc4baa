"""A reproduction in a numbered list is introduced by the list's lead-in paragraph (rule 9 of
pipeline/introducers.py, pipeline/list_lead_in.py; issue 14, the eighteenth held-out set: a
bilingual page put the GDPR's Art. 6(1) bases under "GDPR 的第五条款规定…并列出了…六个合法依据",
each item a heading of the writer's followed by the Regulation's own words, and lawref called
them uncited).

The lead-in must end in a colon or say a list follows, the list must start with its first item,
and between the lead-in and the reproduction every paragraph is an item or one paragraph right
under an item. Each case runs with the rule on and off. The law's words come from the shipped
store; the lead-ins and the writer's item headings are written for these tests, the
Traditional-script items converted by hand.
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.pipeline import introducers
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

GDPR = "eu-gdpr"
PIPL = "cn-personal-information-protection-law"
# PIPL Art. 13's items (二) and (四), converted to Traditional script by hand.
PIPL13_2_TRAD = (
    "為訂立、履行個人作為一方當事人的合同所必需，或者按照依法制定的勞動規章制度和依法簽訂的"
    "集體合同實施人力資源管理所必需；"
)
PIPL13_4_TRAD = "為應對突發公共衛生事件，或者緊急情況下為保護自然人的生命健康和財產安全所必需；"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, PIPL)


def _gdpr_items(store: Store) -> tuple[str, str]:
    """GDPR Art. 6(1)(a) and (b) as a page sets them out: a capital, a full stop."""
    lines = stored_article(store, GDPR, "6").text.split("\n")
    a, b = (lines[i].split("\t", 1)[1].rstrip(";") for i in (1, 2))
    return a[0].upper() + a[1:] + ".", b[0].upper() + b[1:] + "."


def _pipl_items(store: Store) -> tuple[str, str]:
    paragraphs = stored_article(store, PIPL, "13").text.split("\n\n")
    return paragraphs[2].split("）", 1)[1], paragraphs[4].split("）", 1)[1]


def _list(lead_in: str, headings: tuple[str, str], items: tuple[str, str]) -> str:
    """A lead-in paragraph, then each item: the writer's numbered line, the law's words."""
    first, second = headings
    return f"{lead_in}\n\n1. {first}\n\n{items[0]}\n\n2. {second}\n\n{items[1]}\n"


def _accused(store: Store, document: str, words: str) -> tuple[str, str | None, str | None]:
    quotes = [q for q in Checker(store).check_text(document).quotes if words[:14] in q.text]
    assert len(quotes) == 1, [(q.text, q.verdict) for q in quotes]
    (quote,) = quotes
    assert quote.match is not None, quote.notes
    cited = quote.cited_as.article if quote.cited_as else None
    return quote.attribution, quote.match.article, cited


# The writer's own line for each item, by language.
_HEADINGS = {
    "en": (
        "Consent: the person agrees to the use of the data.",
        "Contract: the data are needed for a contract.",
    ),
    "zh-Hans": ("合同：为了合同而处理个人信息。", "紧急情况：在紧急情况下处理个人信息。"),
    "zh-Hant": ("合同：為了合同而處理個人信息。", "緊急情況：在緊急情況下處理個人信息。"),
}
# (language, a lead-in citing another article than the items')
_MISATTRIBUTED = [
    ("en", "In our reading, Article 5 of the GDPR sets out the lawful grounds for processing"),
    ("zh-Hans", "我们认为，《个人信息保护法》第十四条列出了处理个人信息的几种合法基础。"),
    ("zh-Hant", "我們認為，《個人信息保護法》第十四條列舉了處理個人信息的幾種合法基礎。"),
    ("en", "The lawful grounds are listed in Article 5 of the GDPR:"),
]


def _items(store: Store, language: str) -> tuple[str, str]:
    if language == "en":
        return _gdpr_items(store)
    if language == "zh-Hans":
        return _pipl_items(store)
    return PIPL13_2_TRAD, PIPL13_4_TRAD


@pytest.mark.parametrize("case", range(len(_MISATTRIBUTED)))
def test_items_under_a_lead_in_citing_another_article_are_misattributed(
    store: Store, rule: RuleSwitch, case: int
) -> None:
    language, lead_in = _MISATTRIBUTED[case]
    rule.take_out(introducers, "list_lead_in_citation", lambda *args: None)
    items = _items(store, language)
    document = _list(lead_in, _HEADINGS[language], items)
    found = [_accused(store, document, words) for words in items]
    assert all(article in ("6", "13") for _, article, _ in found)
    if rule.on:
        cited = "5" if language == "en" else "14"
        assert [(a, c) for a, _, c in found] == [("misattributed", cited)] * 2
    else:
        # (After a colon, the first item's law words are rule 8's: the paragraph after list items.)
        assert found[1][0] != "misattributed"


@pytest.mark.parametrize("language", ["en", "zh-Hans"])
def test_items_under_their_own_article_agree(store: Store, rule: RuleSwitch, language: str) -> None:
    rule.take_out(introducers, "list_lead_in_citation", lambda *args: None)
    lead_in = (
        "In our reading, Article 6 of the GDPR lists the lawful grounds for processing"
        if language == "en"
        else "我们认为，《个人信息保护法》第十三条列出了处理个人信息的几种合法基础。"
    )
    items = _items(store, language)
    for words in items:
        attribution, article, cited = _accused(
            store, _list(lead_in, _HEADINGS[language], items), words
        )
        assert attribution != "misattributed"
        if rule.on:
            assert (attribution, cited) == ("consistent", article)


# A lead-in that announces no list, and a list two paragraphs of the writer's have closed.
_NOT_INTRODUCED = [
    (
        "en",
        "In our reading, Article 5 of the GDPR is about fairness in processing.\n\n1. {1}\n\n{0}\n",
    ),
    ("zh-Hans", "我们认为，《个人信息保护法》第十四条关于同意的效力。\n\n1. {1}\n\n{0}\n"),
    (
        "en",
        "The lawful grounds are listed in Article 5 of the GDPR:\n\n1. {1}\n\nWe note this first."
        "\n\nWe add a second remark of ours.\n\n{0}\n",
    ),
    (
        "zh-Hant",
        "我們認為，《個人信息保護法》第十四條列舉了以下情形：\n\n1. {1}\n\n我們先說明這一點。\n\n"
        "我們再補充一點。\n\n{0}\n",
    ),
]


@pytest.mark.parametrize("case", range(len(_NOT_INTRODUCED)))
def test_no_list_lead_in_accuses_nobody(store: Store, rule: RuleSwitch, case: int) -> None:
    language, template = _NOT_INTRODUCED[case]
    rule.take_out(introducers, "list_lead_in_citation", lambda *args: None)
    words = _items(store, language)[0]
    document = template.format(words, _HEADINGS[language][0])
    attribution, _, _ = _accused(store, document, words)
    assert attribution != "misattributed"
