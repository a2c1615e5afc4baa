"""A page's note on the version of the text it gives — "Updated on …, based on the text approved
by the Council on …", 本页根据2021年4月26日审议的版本整理 — dates the text below it as a date line
does: a version dated before the law was adopted is a draft's, and its changed words are the
draft's, not the law altered (issue 14, the class seen on the twenty-third held-out set: a reader
site's AI Act Art. 36 "based on the version … approved by the EU Parliament on March 13th 2024").

Each case runs with the rule on and off (pipeline/version_line.py ``version_notes``, read by
pipeline/dated_page.py). The pages' own lines are written for these tests; the law's words are
the shipped store's, one phrase changed (Traditional converted by hand)."""

from __future__ import annotations

import datetime as dt

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.pipeline import dated_page, version_line
from lawref.pipeline.checker import Checker
from lawref.pipeline.version_line import version_notes
from lawref.store.files import Store

GDPR = "eu-gdpr"
DSL = "cn-data-security-law"

GDPR32_CHANGED = (
    "Taking into account the state of the art and the costs of implementation, the controller and"
    " the processor shall implement appropriate technical measures to ensure a level of security"
    " appropriate to the risk."
)
DSL23_CHANGED = (
    "国家建立数据安全应急处置机制。发生数据安全事件，有关部门应当立即启动应急预案，采取相应的应急处置"
    "措施，防止危害扩大，消除安全隐患，并及时向社会发布与公众有关的警示信息。"
)
DSL23_CHANGED_TRAD = (
    "國家建立數據安全應急處置機制。發生數據安全事件，有關部門應當立即啓動應急預案，採取相應的應急處置"
    "措施，防止危害擴大，消除安全隱患，並及時向社會發布與公眾有關的警示信息。"
)

PAGES = [
    (
        "GDPR, article by article\nUpdated on 2 March 2016, based on the text approved by the"
        f" Council on 12 February 2016.\nArticle 32\n{GDPR32_CHANGED}\n",
        GDPR32_CHANGED,
    ),
    (
        f"数据安全法逐条读\n本页根据2021年4月26日审议的版本整理。\n第二十三条\n{DSL23_CHANGED}\n",
        DSL23_CHANGED,
    ),
    (
        f"數據安全法逐條讀\n本頁根據2021年4月26日審議的版本整理。\n第二十三條\n{DSL23_CHANGED_TRAD}\n",
        DSL23_CHANGED_TRAD,
    ),
]


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, DSL)


@pytest.mark.parametrize("case", range(len(PAGES)))
def test_changed_words_under_a_note_dating_the_text_before_the_law_are_not_linked(
    store: Store, rule: RuleSwitch, case: int
) -> None:
    page, words = PAGES[case]
    assert "有关主管部门应当依法启动应急预案" in stored_article(store, DSL, "23").text
    rule.take_out(version_line, "version_notes", lambda text: iter(()))
    dated_page._first_earlier.cache_clear()  # (read once a text: the other run's answer)
    quotes = [q for q in Checker(store).check_text(page).quotes if q.text[:12] in words]
    assert len(quotes) == 1
    (quote,) = quotes
    if rule.on:
        assert quote.verdict == "unmatched"
        assert any("a draft's text" in note for note in quote.notes)
    else:
        assert quote.verdict == "altered"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        (
            "Updated on April 10th 2024 based on the version approved on March 13th 2024.",
            (2024, 3, 13),
        ),
        ("Last updated: 10 April 2024", (2024, 4, 10)),
        ("更新于2020年6月1日", (2020, 6, 1)),
        ("本頁根據2020年6月28日審議的版本整理。", (2020, 6, 28)),
        ("The version approved by Parliament on 13 March 2024 differs from the final text.", None),
        ("Updated in March 2024", None),
    ],
)
def test_the_notes_read(line: str, day: tuple[int, int, int] | None) -> None:
    found = [d for _, _, d in version_notes(f"A page\n{line}\nArticle 1\n")]
    assert found == ([] if day is None else [dt.date(*day)])
