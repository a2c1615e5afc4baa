"""An article set out in a table scraped as text — a row number, a reference, the paragraph and a
link in cells between vertical bars — is read cell by cell: each cell that holds the law's words
exactly is a verbatim reproduction of its own, not one altered run through the walls into the
next row's number and reference (issue 14, heldout11: GDPR Art. 37 in a data protection
authority's table).

Each case runs with the rule on and off (reuse/table_cells.py, as reuse/layout_noise.py and
pipeline/sentence.py read it); the law's words are the stored ones (the Traditional form converted by hand), the table
around them is written here."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article, stored_words

from lawref.pipeline import sentence
from lawref.pipeline.checker import Checker
from lawref.reuse import layout_noise
from lawref.reuse.table_cells import cell_walls, is_wall
from lawref.store.files import Store

PIPL = "cn-personal-information-protection-law"
GDPR = "eu-gdpr"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(PIPL, GDPR)


def _gdpr_37(store: Store) -> tuple[str, str]:
    opening = stored_words(store, GDPR, "37", "The controller and the processor", "any case where:")
    point = stored_words(store, GDPR, "37", "the processing is carried out", "judicial capacity;")
    return opening, point


def _pipl_52(store: Store) -> tuple[str, str]:
    first, second = stored_article(store, PIPL, "52").text.split("\n\n")
    return first, second


def _pipl_52_hant(store: Store) -> tuple[str, str]:
    table = str.maketrans(
        "个处达国门规数应负责责进监督并将联系报送护职们网务",
        "個處達國門規數應負責責進監督並將聯繫報送護職們網務",
    )
    first, second = _pipl_52(store)
    return first.translate(table).replace("采取", "採取"), second.translate(table)


# (the two cells' maker, the references beside them, the link cell)
CASES = [
    (_gdpr_37, ("37.1", "37.1(a)"), "GDPR 37"),
    (_pipl_52, ("第五十二条第一款", "第五十二条第二款"), "个保法 52"),
    (_pipl_52_hant, ("第五十二條第一款", "第五十二條第二款"), "個保法 52"),
]


@pytest.mark.parametrize(("cells_of", "references", "link"), CASES)
def test_each_cell_of_a_table_row_is_read_on_its_own(
    store: Store, rule: RuleSwitch, cells_of, references: tuple[str, str], link: str
) -> None:
    rule.take_out(layout_noise, "cell_walls", lambda text: [])
    rule.take_out(sentence, "is_wall", lambda text, at: False)
    first, second = cells_of(store)
    document = (
        "Item | Reference | Text | Link |\n---|---|---|---|\n"
        f"3 | {references[0]} | {first} | {link} |\n"
        f"4 | {references[1]} | {second} | {link} |\n"
    )
    quotes = [q for q in Checker(store).check_text(document).quotes if q.match is not None]
    if not rule.on:
        assert [q.verdict for q in quotes] != ["verbatim", "verbatim"], [
            (q.text, q.verdict) for q in quotes
        ]
        return
    assert [(q.text, q.verdict) for q in quotes] == [(first, "verbatim"), (second, "verbatim")]


@pytest.mark.parametrize(
    ("text", "walls"),
    [
        ("a | b | c\n", [(2, 3), (6, 7)]),
        ("| 个人 | 信息 |", [(0, 1), (5, 6), (10, 11)]),
        ("the controller | the processor", []),  # one bar: prose, no table
        ("第一條｜第二條\n", []),
    ],
)
def test_cell_walls_are_the_bars_of_a_row(text: str, walls: list[tuple[int, int]]) -> None:
    assert cell_walls(text) == walls


@pytest.mark.parametrize(
    ("text", "at", "wall"),
    [
        ("a | b | c", 2, True),
        ("第一条 | 个人信息 | 第二条", 4, True),
        ("a | b\nc | d", 2, False),  # one bar a line: prose on each
        ("the controller | the processor", 15, False),
        ("a | b | c", 0, False),  # (not a bar)
    ],
)
def test_a_bar_is_a_wall_where_its_line_holds_another(text: str, at: int, wall: bool) -> None:
    assert is_wall(text, at) is wall
