"""A citation form that ends with a section's number and, in Korean, Japanese or Chinese, the word
for an article after it — 해외정보감시법 702조, 通信品位法230条 — names that article, as "FISA 702"
and "CDA 230" do (issue 14; the class seen on the twenty-first held-out set: a Korean report on
FISA's section 702 cited the statute, never its article). The store's ``cited_as`` forms say which
article; the name table reads the number before 조 / 条 / 條 as it reads one at a name's end.

Each case runs with the rule on and off (citations/name_table.py ``_TRAILING_NUMBER``, the pattern
of a name's trailing number: off, the pattern before this rule)."""

from __future__ import annotations

import re

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations import name_table
from lawref.citations.name_table import NameTable, key
from lawref.store.files import Store

FISA_702 = "us-50-usc-1881a"
CDA_230 = "us-47-usc-230"
# The pattern before the rule: a number at the very end of a name, after a space.
_BEFORE = re.compile(r"(?<![\d.§])\s(\d{1,5})$")


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(FISA_702, CDA_230)


# (a name written for the test, its trailing number with the rule on, with it off)
NUMBERS = [
    ("Surveillance Act 702", "702", "702"),
    ("감시법 702조", "702", None),
    ("감시법 제702조", "702", None),
    ("通信法230条", "230", None),
    ("通信端正法230条", "230", None),
    ("通訊端正法230條", "230", None),
    # no number at the end, or one that is part of another number
    ("网络安全法", None, None),
    ("Regulation (EU) 2016/679", None, None),
    ("第三十条", None, None),
]


@pytest.mark.parametrize("case", range(len(NUMBERS)))
def test_a_names_trailing_number(rule: RuleSwitch, case: int) -> None:
    name, on, off = NUMBERS[case]
    rule.take_out(name_table, "_TRAILING_NUMBER", _BEFORE)
    found = name_table._TRAILING_NUMBER.search(name)
    assert (found.group(1) if found else None) == (on if rule.on else off)


# (a stored citation form, the statute and article it names with the rule on; off, no article)
FORMS = [
    ("해외정보감시법 702조", FISA_702, "1881a"),
    ("해외정보감시법 제702조", FISA_702, "1881a"),
    ("通信品位法230条", CDA_230, "230"),
    ("FISA 702", FISA_702, "1881a"),
]


@pytest.mark.parametrize("case", range(len(FORMS)))
def test_a_stored_form_with_the_article_word_names_the_article(
    store: Store, rule: RuleSwitch, case: int
) -> None:
    form, statute, article = FORMS[case]
    rule.take_out(name_table, "_TRAILING_NUMBER", _BEFORE)
    table = NameTable(store)
    named = table.name_articles.get(key(form))
    if rule.on or form.isascii():
        assert named == (statute, article)
    else:
        assert named is None
