"""A name that ends with the number its act gives a stored section names that section: "FISA 702"
is Section 702 of FISA, stored as 50 U.S.C. 1881a (issue 14, the ninth held-out set's article
recall: fourteen "FISA 702" citations were read without their article). The number is tied to
the section by the store's own citation form ("Section 702", an alias), not by code
(lawref/citations/name_table.py ``_names_by_act_section``). A name whose number is a year ("NDAA
2019") names no article. Each case runs with the rule on and off."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations import name_table
from lawref.citations.find import CitationFinder
from lawref.store.files import Store

FISA = "us-50-usc-1881a"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(FISA, "us-47-usc-230", "us-ndaa-fy2019")


CASES = [
    ("Providers served with a FISA 702 directive must comply.", "FISA 702", (FISA, "1881a")),
    ("Congress passed FISA 702 in 2008.", "FISA 702", (FISA, "1881a")),
    ("Section 702 lets the government target foreigners.", "Section 702", (FISA, "1881a")),
    # as before: a name ending in the article's own number, and one ending in a year
    ("CDA 230 shields platforms.", "CDA 230", ("us-47-usc-230", "230")),
    ("The NDAA 2019 bans some equipment.", "NDAA 2019", ("us-ndaa-fy2019", None)),
]


def _read(store: Store, text: str, words: str) -> tuple[str | None, str | None]:
    (found,) = [(c.statute, c.article) for c in CitationFinder(store).find(text) if c.text == words]
    return found


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_a_name_ending_in_its_acts_section_number(
    store: Store, text: str, words: str, expected: tuple[str, str | None]
) -> None:
    assert _read(store, text, words) == expected


def test_without_the_rule_fisa_702_names_no_article(store: Store, rule: RuleSwitch) -> None:
    rule.take_out(name_table.NameTable, "_names_by_act_section", lambda self: None)
    resolved = name_table.NameTable(store).by_name("FISA 702")
    assert resolved is not None
    assert (resolved.statute, resolved.article) == (FISA, "1881a" if rule.on else None)
