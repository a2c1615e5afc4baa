"""A quotation of a provision with its list, the marks only before its opening words and after
its last item, is one quotation, read under the citation before it (issue 14, heldout16: a
report quoting a section of a law the store lacks, its items set as paragraphs of their own; the
layout took the citation into a block, and the items were linked, uncited, to another law's
section they resemble).

Each case runs with the rule on and off (quotes/quoted_lists.runs_into_item; off: a quotation
still open at its paragraph's end is dropped there, as before). The quotations are the shipped
store's articles with their items, in pages written for these tests, in English, Simplified and
(converted) Traditional Chinese. Then the rule's limits, the same with the rule on
and off, and hostile pages of thousands of items, scanned in linear time.
"""

from __future__ import annotations

import pytest
from rule_pages import traditional
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_words

from lawref.pipeline.checker import Checker
from lawref.quotes import find
from lawref.quotes.find import find_quotes
from lawref.store.files import Store

GDPR = "eu-gdpr"
PIPL = "cn-personal-information-protection-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, PIPL)


def off(rule: RuleSwitch) -> None:
    # the rule is imported where it is used (issue 20): taken out where it is defined
    from lawref.quotes import quoted_lists as quoted_lists_rule

    rule.take_out(quoted_lists_rule, "runs_into_item", lambda *args: False)


def as_paragraphs(provision: str) -> str:
    """The provision's lines as paragraphs of their own, as a web page sets a list."""
    lines = (" ".join(line.split()) for line in provision.split("\n"))
    return "\n\n".join(line for line in lines if line)


def english_page(store: Store) -> tuple[str, str, str, str]:
    provision = stored_words(store, GDPR, "6", "Processing shall be lawful", "is a child.")
    page = (
        "The grounds a controller may rely on are set out as follows:\n\n"
        f'GDPR, Article 6(1): "{as_paragraphs(provision)}"\n\n'
        "Most companies rely on the first or the last of them.\n"
    )
    return page, GDPR, "6", "GDPR, Article 6(1)"


def chinese_page(store: Store) -> tuple[str, str, str, str]:
    provision = stored_words(store, PIPL, "13", "符合下列情形之一的", "规定的其他情形。")
    page = (
        "该法列举的合法性基础如下：\n\n"
        f"《个人信息保护法》第十三条：“{as_paragraphs(provision)}”\n\n"
        "企业最常援引的是第一项。\n"
    )
    return page, PIPL, "13", "第十三条"


PAGES = {
    "english": english_page,
    "simplified": chinese_page,
    "traditional": lambda store: (
        traditional(chinese_page(store)[0]),
        *chinese_page(store)[1:3],
        "第十三條",
    ),
}


@pytest.mark.parametrize("language", list(PAGES))
def test_a_provision_quoted_with_its_items_is_one_quotation(
    store: Store, rule: RuleSwitch, language: str
) -> None:
    off(rule)
    page, statute, article, citation = PAGES[language](store)
    quotes = Checker(store).check_text(page).quotes
    whole = [
        q
        for q in quotes
        if q.marks == "quoted"
        and q.match is not None
        and q.verdict != "unmatched"
        and (q.match.statute, q.match.article) == (statute, article)
        and q.text.count("\n\n") >= 3
    ]
    if rule.on:
        assert len(whole) == 1, [(q.text[:40], q.marks, q.verdict) for q in quotes]
        assert citation not in whole[0].text  # the writer's citation stays outside
        assert whole[0].attribution == "consistent"
    else:
        assert whole == []


# The limits: a paragraph that ends a sentence is not a provision's opening words, and a
# quotation that no mark closes is dropped as before.
LIMITS = [
    'He wrote "the list below is long.\n\n(a) one item;\n\n(b) another one."\n',
    'It reads "the first words\n\n(a) one;\n\n(b) two;\n\nThen the writer goes on.\n',
    "文章写道“下列事项：\n\n（一）第一项；\n\n（二）第二项；\n\n此后作者继续论述。\n",
]


@pytest.mark.parametrize("page", LIMITS)
def test_the_rule_keeps_its_limits(rule: RuleSwitch, page: str) -> None:
    off(rule)
    assert not any("\n" in q.text for q in find_quotes(page))


HOSTILE = [
    '"' + "words\n\n(a) item;\n\n" * 5000,  # a quotation never closed over thousands of items
    ('It reads "opening words\n\n(1) item;\n\n' * 2000) + 'end."\n',  # openers, one closer
    "“下列事项：\n\n（一）一项；\n\n" * 3000,
]


@pytest.mark.parametrize("text", HOSTILE)
def test_the_run_over_items_stays_linear(text: str) -> None:
    scan = find.scan_quotes(text)
    assert scan.steps <= find.STEPS_PER_CHAR * (len(text) + len(scan.quotes)) + 64
    assert all(q.text.count("\n\n") <= 2 * find.MAX_QUOTE_PARAGRAPHS for q in scan.quotes)
