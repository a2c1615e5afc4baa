"""A reproduced sentence whose end the writer changed is altered, not its exact core verbatim
(issue 14, item 4; heldout22: a 2013 text of the GDPR's "… may designate a data protection
officer." reported verbatim against the enacted Art. 37(4), which says "may or, where required by
Union or Member State law shall, designate"; GDPR Art. 61(5) in a blog's bullets ending "as per
article 61(4)." for "pursuant to paragraph 4.", reported verbatim over its exact core).

pipeline/changed_end.py: the words after the core, to the end of the writer's sentence, join it
when they are the law's sentence with a run of its words left out, or when both sentences end in a
reference to a provision. The sentences are the shipped store's words, changed for these tests
(the Traditional-script page converted by tests/rule_pages.py). A Chinese reference rewritten
("第十七条第一款" for "前条第一款") shares half its characters with the law's and is joined by
the side test already (pipeline/unquoted.py): only the clause left out is a Chinese case here.
"""

from __future__ import annotations

import re

import pytest
from rule_pages import traditional
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.pipeline import changed_end as changed_end_module
from lawref.pipeline.checker import Checker
from lawref.report import Quote
from lawref.store.files import Store

GDPR = "eu-gdpr"
DSL = "cn-data-security-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, DSL)


def _paragraph(store: Store, article: str, number: str) -> str:
    lines = stored_article(store, GDPR, article).text.split("\n")
    return " ".join(next(line for line in lines if line.startswith(f"{number}."))[2:].split())


def _pages(store: Store) -> dict[str, tuple[str, str]]:
    """case -> (a page reproducing a changed sentence without quotation marks, the words the
    change stands in for in the stored text)."""
    left_out = " or, where required by Union or Member State law shall,"
    officer = _paragraph(store, "37", "4").split(". ")[0].replace(left_out, "") + "."
    assistance = re.sub(
        r"pursuant to paragraph 4\.$", "as in Article 61(4).", _paragraph(store, "61", "5")
    ).replace("shall inform", "must inform")
    dsl = stored_article(store, DSL, "27").text.split("。")[0] + "。"
    zh = dsl.replace("采取相应的技术措施和其他必要措施，", "")
    return {
        "en-clause-left-out": (f"Designating an officer\n\n{officer}\n", "where required"),
        "en-reference": (
            f"Mutual assistance is provided for in section 61 of GDPR:\n\n- {assistance}\n",
            "pursuant to paragraph",
        ),
        "zh-Hans": (f"数据安全\n\n{zh}\n", "采取相应的"),
        "zh-Hant": (traditional(f"数据安全\n\n{zh}\n"), "采取相应的"),
    }


def _the_quote(checker: Checker, page: str) -> Quote:
    """The linked quotation of the page's last sentence (the one whose end was changed)."""
    quotes = [q for q in checker.check_text(page).quotes if q.match is not None]
    assert quotes
    return max(quotes, key=lambda q: q.start)


@pytest.mark.parametrize("case", ["en-clause-left-out", "en-reference", "zh-Hans", "zh-Hant"])
def test_a_reproduced_sentence_with_its_end_changed_is_altered(
    store: Store, rule: RuleSwitch, case: str
) -> None:
    page, stored_words = _pages(store)[case]
    rule.take_out(changed_end_module, "changed_end", lambda *args: None)
    quote = _the_quote(Checker(store), page)
    sentence_end = page.rstrip()[-1]
    if rule.on:
        assert quote.verdict == "altered"
        assert quote.text.endswith(sentence_end)  # the whole sentence, its changed end too
        assert any(stored_words in d.statute for d in quote.differences)
    else:
        assert quote.verdict == "verbatim"


def test_a_writers_own_words_after_the_law_are_not_taken_in(store: Store) -> None:
    # (the writer's sentence goes on with words the law's sentence does not have further on)
    first = _paragraph(store, "37", "4").split(" may or,")[0]
    page = f"Designating an officer\n\n{first} may act as they see fit, lawyers say.\n"
    quotes = Checker(store).check_text(page).quotes
    assert all("lawyers say" not in q.text for q in quotes if q.match is not None)
