"""A name the page's place read as one law accuses nobody of quoting the other law it also means
(issue 14, the thirteenth held-out set: a 2015 report on the mainland National Security Law, which
speaks of Hong Kong, gave its Art. 11 as 国安法第11条; the Hong Kong context read 国安法 as the 2020
law for Hong Kong and called the citation wrong). The quotation is `unverified`, with a note
(pipeline/context_read.py). A context-read citation whose words are from another article of the
law the context chose, and a citation naming the Hong Kong law in full, still accuse.

Each case runs with the rule on and off. Statute words come from the shipped store (the English
ones from its rendering of the 2015 law's Art. 77); the sentences around them are written for these
tests, the Traditional ones converted by OpenCC.
"""

from __future__ import annotations

import pytest
from rule_pages import quote_linked_to, traditional
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_words

from lawref.pipeline import context_read
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

NSL = "cn-national-security-law"
HKNSL = "cn-hong-kong-national-security-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(NSL, HKNSL)


def _duty(store: Store) -> str:
    """The 2015 law's Art. 11(2), whole."""
    return stored_words(store, NSL, "11", "维护国家主权", "共同义务")


def _page(store: Store, script: str) -> tuple[str, str]:
    """A page with Hong Kong cues quoting the 2015 law under 国安法, and the article quoted."""
    if script == "english":
        return (
            "Hong Kong lawmakers discussed the duties the national security law puts on "
            "citizens. Article 20 of the national security law says citizens must “comply with "
            "the relevant provisions of the Constitution, laws and regulations on national "
            "security”.\n",
            "77",
        )
    page = (
        # (a page that names the 2015 law itself, 全国人大常委会通过《国家安全法》, reads 国安法 as
        # that law before any context does: citations/own_naming, tests/test_own_naming.py)
        f"香港特区政府今天就国家安全发表声明。国安法第十二条规定，“{_duty(store)}”。\n"
    )
    return (traditional(page) if script == "traditional" else page), "11"


@pytest.mark.parametrize("script", ["english", "simplified", "traditional"])
def test_a_context_read_name_of_the_law_the_words_are_from_does_not_accuse(
    store: Store, rule: RuleSwitch, script: str
) -> None:
    rule.take_out(context_read, "_spared", lambda match, link, rules: None)
    page, article = _page(store, script)
    quote = quote_linked_to(Checker(store), page, NSL, article)
    assert quote.attribution == ("unverified" if rule.on else "misattributed")
    if rule.on:
        assert any("Hong Kong" in note and "also means" in note for note in quote.notes)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_the_hong_kong_law_named_in_full_still_accuses(store: Store, script: str) -> None:
    page = (
        f"香港特区政府发表声明。《香港特别行政区维护国家安全法》第十二条规定，“{_duty(store)}”。\n"
    )
    page = traditional(page) if script == "traditional" else page
    quote = quote_linked_to(Checker(store), page, NSL, "11")
    assert quote.attribution == "misattributed"
