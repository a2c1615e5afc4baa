"""A reproduction of an article set out as a table ("3 | 37.1 | 1. The controller … | GDPR 37 |"),
each paragraph in a cell of its own beside the row's number, reference and link, is reported cell
by cell, each law cell ``verbatim``, not as one ``altered`` quotation whose neighbouring cells were
read as inserted words (issue 14, heldout11: GDPR Art. 37 in a table).

Each case runs with the rule on and off (reuse/table_cells.py, as pipeline/checker.py calls it);
the law's words are the stored ones (the Traditional form converted by hand), the table's other
cells are written here."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_words

from lawref.pipeline import checker as checker_module
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

PIPL = "cn-personal-information-protection-law"
GDPR = "eu-gdpr"

_HANT = str.maketrans("个处应义务护权规则关门", "個處應義務護權規則關門")


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(PIPL, GDPR)


def _table(cells: list[str], reference: str, link: str) -> str:
    rows = [f"{n} | {reference}.{n} | {cell} | {link} |" for n, cell in enumerate(cells, 1)]
    return "Item | Reference | Text | Link |\n---|---|---|---|\n" + "\n".join(rows) + "\n"


def _pipl_cells(store: Store) -> list[str]:
    return [
        stored_words(store, PIPL, "50", "个人信息处理者应当建立", "应当说明理由。"),
        stored_words(store, PIPL, "50", "个人信息处理者拒绝个人", "提起诉讼。"),
    ]


def _zh_hans(store: Store) -> tuple[str, list[str]]:
    cells = _pipl_cells(store)
    return _table(cells, "50", "个保法 50"), cells


def _zh_hant(store: Store) -> tuple[str, list[str]]:
    cells = [cell.translate(_HANT) for cell in _pipl_cells(store)]
    return _table(cells, "50", "個保法 50"), cells


def _en(store: Store) -> tuple[str, list[str]]:
    cells = [
        stored_words(store, GDPR, "38", "The controller and the processor shall ensure", "data."),
        stored_words(store, GDPR, "38", "The controller and processor shall support", "knowledge."),
    ]
    return _table(cells, "38", "GDPR 38"), cells


CASES = [_zh_hans, _zh_hant, _en]


@pytest.mark.parametrize("written", CASES, ids=["zh-Hans", "zh-Hant", "en"])
def test_a_table_is_reported_cell_by_cell(store: Store, rule: RuleSwitch, written) -> None:
    rule.take_out(
        checker_module,
        "by_table_cell",
        lambda spans, results, groups, match: (list(spans), list(results), list(groups)),
    )
    text, cells = written(store)
    quotes = [q for q in Checker(store).check_text(text).quotes if q.match is not None]
    found = [(q.text, q.verdict) for q in quotes]
    if not rule.on:
        assert found != [(cell, "verbatim") for cell in cells], found
        return
    assert found == [(cell, "verbatim") for cell in cells]


def test_a_table_of_the_writers_words_stays_whole(store: Store) -> None:
    """Cells that copy no law exactly: nothing is cut (the table is judged as it was)."""
    text, cells = _en(store)
    changed = text.replace("shall ensure", "must make sure").replace("shall support", "must help")
    quotes = [q for q in Checker(store).check_text(changed).quotes if q.match is not None]
    assert all(q.text not in cells for q in quotes)
