"""A list a scraper ran together on one line keeps its numbers after the items' closing marks
("…的活动,3.间谍组织…"): the unquoted-reuse scan reads such a number as a marker opening a line,
so that an item copied exactly is reported on its own, not lost inside a longer run that goes on
into a later item across a skipped one (issue 14, heldout10: the Counter-espionage Law's
definition of espionage, items 1 and 3 of a list run together).

Each case runs with the rule on and off (lawref/reuse/layout_noise.py ``_RUN_ON_MARKER``); the page is
written here, the items are the stored 2023 Art. 4's, their commas ASCII or not as scraped pages
have them."""

from __future__ import annotations

import re

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.pipeline.checker import Checker
from lawref.reuse import layout_noise
from lawref.store.files import Store

CEL = "cn-counter-espionage-law"

_HANT = str.maketrans(
    "间谍组织其代实资内构个与结华国",
    "間諜組織其代實資內構個與結華國",
)


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(CEL)


def _items(store: Store) -> list[str]:
    """The 2023 Art. 4's items without their numbers and closing marks."""
    text = stored_article(store, CEL, "4", "2023").text
    return [m.group(1) for m in re.finditer(r"（[一二三四五六]）([^；。\n]+)[；。]", text)]


def _page(store: Store, comma: str, script: dict[int, str] | None) -> tuple[str, str]:
    """A scraped digest: items 1 and 3 (its first clause) run together; and item 1 as written."""
    items = [item.replace("，", comma) for item in _items(store)]
    third = items[2][: items[2].index(comma)]
    page = f"举报须知,法律规定的间谍行为:1.{items[0]},3.{third},五、举报奖励"
    first = items[0]
    if script is not None:
        page, first = page.translate(script), first.translate(script)
    return page, first


CASES = [(",", None), ("，", None), (",", _HANT), ("，", _HANT)]


@pytest.mark.parametrize(("comma", "script"), CASES)
def test_an_item_of_a_run_together_list_is_found(
    store: Store, rule: RuleSwitch, comma: str, script: dict[int, str] | None
) -> None:
    rule.take_out(layout_noise, "_RUN_ON_MARKER", re.compile(r"(?!)"))
    page, first = _page(store, comma, script)
    found = [
        q
        for q in Checker(store).check_text(page).quotes
        if q.match is not None and q.text.startswith(first)
    ]
    if rule.on:
        assert len(found) == 1, [
            (q.text, q.verdict) for q in Checker(store).check_text(page).quotes
        ]
        (quote,) = found
        assert quote.verdict == "verbatim"
        assert quote.match is not None and quote.match.article in ("4", "38")
    else:
        assert not found
