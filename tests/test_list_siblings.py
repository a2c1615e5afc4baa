"""An item of a list goes to the list's article when that article holds its words as well
(issue 14: heldout10's PIPL Art. 13 reproduced item by item, whose stock last item
"法律、行政法规规定的其他情形。" was linked to Art. 3, which holds it too; heldout11's bullets of
GDPR Art. 30's record, one of them linked to Art. 15, worded a little closer). The list's article
is the one its lead-in cites; an item linked elsewhere on fewer than ten word units that article
lacks goes to it when the matcher finds it at the same tier, else a retelling is not linked
(pipeline/list_siblings.py).

Each case runs with the rule on and off. Statute words come from the shipped store (the Chinese
items with a scraped page's ASCII punctuation); the sentences around them and the English bullet
are written for these tests, the Traditional ones converted by OpenCC.
"""

from __future__ import annotations

import pytest
from rule_pages import traditional
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.pipeline import checker as checker_stage
from lawref.pipeline import introducers, list_siblings
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

GDPR = "eu-gdpr"
PIPL = "cn-personal-information-protection-law"
STOCK_ITEM = "法律、行政法规规定的其他情形。"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, PIPL)


def _chinese_list(store: Store) -> str:
    """PIPL Art. 13's items as a scraped page gives them, one a line, after a lead-in citing it."""
    stored = stored_article(store, PIPL, "13").text
    items = stored[stored.index("（一）") : stored.index("（七）")].replace("\n\n", "\n")
    items += "（七）" + STOCK_ITEM
    for wide, narrow in (("（", "("), ("）", ")"), ("；", ";"), ("，", ",")):
        items = items.replace(wide, narrow)
    return (
        "单独同意\n《个人信息保护法》第十三条规定了个人信息处理者处理个人信息的几种条件,即:\n"
        + items
        + "\n"
    )


ENGLISH_LIST = (
    "Records\n\nEvery controller keeps a record under Article 30 GDPR. It holds:\n\n"
    "- the name and contact details of the controller and, where applicable, the joint "
    "controller, the controller's representative and the data protection officer;\n"
    "- a description of the categories of data subjects and of the categories of personal data;\n"
    "- the recipients or the categories of recipients to whom the data has been or will be "
    "disclosed;\n"
)


def _links(checker: Checker, page: str, words: str) -> set[str]:
    return {
        q.match.article
        for q in checker.check_text(page).quotes
        if words in q.text and q.match is not None and q.verdict != "unmatched"
    }


@pytest.mark.parametrize("script", ["english", "simplified", "traditional"])
def test_a_list_item_follows_its_lists_article(store: Store, rule: RuleSwitch, script: str) -> None:
    rule.take_out(list_siblings, "_list_article", lambda *args: None)
    # (two later rules reach the stock item too: list_lead_in.py gives it the list's lead-in
    # citation, and tied_articles.py then sends words tied across articles to the one the page
    # cites; both taken out as well, so that the rule-off run shows this rule)
    rule.take_out(introducers, "list_lead_in_citation", lambda *args: None)
    rule.take_out(checker_stage, "page_cited_tie", lambda spans, weighed, *args: weighed)
    checker = Checker(store)
    if script == "english":
        links = _links(checker, ENGLISH_LIST, "the recipients or the categories")
        # Worded a little closer to Art. 15's list, but not Art. 15's: not linked there.
        assert ("15" in links) is not rule.on
        assert links <= {"15", "30"}
        return
    page = _chinese_list(store)
    item = STOCK_ITEM[:6]
    if script == "traditional":
        page, item = traditional(page), traditional(item)
    links = _links(checker, page, item)
    assert links
    # The stock item stands in several articles; in Art. 13's list it is Art. 13's.
    assert (links == {"13"}) is rule.on
