"""A pinyin reading scraped in twice after one character ("安(an)(an)", "用(yong)(yong)") is the
page's layout, like the single reading match/readings.py reads past: a copy of the law carrying
it is `minor`, linked to its article (issue 14, heldout13's pinyin-scraped Cybersecurity Law:
lawref/match/repeated_readings.py).

Each case runs with the rule on and off; the pages are the shipped store's Data Security Law
Art. 8 reproduced under its heading without quotation marks, readings inserted as such a
scraper inserts them, written for these tests, in Simplified and Traditional script. A bracket of letters that follows no reading is left alone.
"""

from __future__ import annotations

import pytest
from rule_pages import DSL, DSL_8, checker_with, traditional
from rule_switch import RuleSwitch

from lawref.match import align
from lawref.match.readings import without_readings
from lawref.pipeline.checker import Checker

checker = checker_with(DSL)


def _with_readings(text: str, marks: dict[str, str]) -> str:
    """``text`` with each character of ``marks`` followed by its bracketed readings."""
    return "".join(ch + marks.get(ch, "") for ch in text)


# Readings once, twice and four times after a character, as the scraped copies print them.
_MARKS = {
    "数": "(shu)(shu)",
    "據": "(ju)(ju)",
    "据": "(ju)(ju)",
    "安": "(an)(an)(an)(an)",
    "德": "(de)",
    "务": "(wu)",
    "務": "(wu)",
    "益": "(yi)(yi)",
}
_SCRAPED = _with_readings(DSL_8, _MARKS)
_SCRAPED_TRADITIONAL = _with_readings(traditional(DSL_8), _MARKS)

# (page, verdict with the rule on): the article reproduced without quotation marks under its
# heading, as the scraped copies of a whole law set it (the reuse scan finds it).
CASES = [
    ("《数据安全法》\n\n第八条 " + _SCRAPED + "\n", "minor"),
    ("《數據安全法》\n\n第八條 " + _SCRAPED_TRADITIONAL + "\n", "minor"),
]


@pytest.mark.parametrize(("page", "on"), CASES, ids=range(len(CASES)))
def test_a_reading_scraped_in_twice_is_layout(
    checker: Checker, rule: RuleSwitch, page: str, on: str
) -> None:
    # the rule is imported where it is used (issue 20): taken out where it is defined
    from lawref.match import repeated_readings as repeated_readings_rule

    rule.take_out(repeated_readings_rule, "repeated_after", lambda text, spans: [])
    # (the quotation forms the rule-on run kept are not this run's: match/align.py ``_FORMS``)
    rule.take_out(align, "_FORMS", {})
    quotes = checker.check_text(page).quotes
    linked = [
        q.verdict
        for q in quotes
        if q.match is not None and (q.match.statute, q.match.article) == (DSL, "8")
    ]
    if rule.on:
        assert linked == [on], [(q.text, q.verdict) for q in quotes]
    else:  # the second bracket read as the writer's word: a changed copy
        assert on not in linked


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("网(wang)络(luo)(luo)安(an)(an)(an)(an)全", "网络安全"),
        ("網(wang)絡(luo)(luo)安(an)(an)全", "網絡安全"),
        # A bracket that follows no reading, and a reading's bracket after a Latin word, stay.
        ("第三条(一)(二)项", "第三条(一)(二)项"),
        ("Article 3(1)(a) applies", "Article 3(1)(a) applies"),
    ],
)
def test_repeated_readings_are_read_past(text: str, read: str) -> None:
    assert without_readings(text) == read


def test_hostile_runs_of_brackets_stay_linear() -> None:
    """A long run of repeated readings is read once, bracket by bracket."""
    text = "网(wǎng)" + "(wǎng)" * 200_000 + "络"
    assert without_readings(text) == "网络"
