"""A page headed by a law's adoption note reproduces the law adopted that day: when no version of
the stored statute a near-copy matches has that date, the page holds another law (the repealed
1993 State Security Law, whose Art. 1 reads like today's National Security Law's), and its
near-copies are not linked (issue 14; the class seen on the sixth held-out set, named in the issue
as "a repealed law's articles linked as altered to today's successor"). A note with the stored
law's own date, or no note, changes nothing.

Each case runs with the rule on and off (pipeline/adoption_notes.py ``adopted_otherwise``)."""

from __future__ import annotations

import pytest
from nsl_1993_page import (
    ART1_1993,
    ART1_1993_EN,
    ART1_1993_TRAD,
    NOTE_1993,
    NOTE_1993_EN,
    NOTE_1993_TRAD,
    NOTE_2015,
    NSL,
)
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.pipeline import enacted
from lawref.pipeline.checker import Checker
from lawref.store.files import Store


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(NSL)


# The English note on a line of its own, without brackets (heldout8: a mirror of an official
# English text), followed by its promulgation.
NOTE_EN_LINE = (
    "Adopted at the 30th Meeting of the Standing Committee of the Seventh National People's "
    "Congress on February 22, 1993, and effective as of the same day"
)

# (document, the article's opening, linked with the rule on)
CASES = [
    (f"{NOTE_1993}\n第一章 总则\n第一条 {ART1_1993}\n", ART1_1993[:6], False),
    (f"{NOTE_1993_TRAD}\n第一章 總則\n第一條 {ART1_1993_TRAD}\n", ART1_1993_TRAD[:6], False),
    (f"State Security Law\n{NOTE_1993_EN}\nArticle 1 {ART1_1993_EN}\n", ART1_1993_EN[:20], False),
    (f"State Security Law\n{NOTE_EN_LINE}\n\nArticle 1 {ART1_1993_EN}\n", ART1_1993_EN[:20], False),
    # the stored law's own date: its text, altered
    (f"{NOTE_2015}\n第一章 总则\n第一条 {ART1_1993}\n", ART1_1993[:6], True),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_near_copy_under_another_laws_adoption_note_is_not_linked(
    checker: Checker, rule: RuleSwitch, case: int
) -> None:
    document, opening, linked = CASES[case]
    rule.take_out(enacted, "adopted_otherwise", lambda text, statute: None)
    quotes = [q for q in checker.check_text(document).quotes if opening in q.text]
    assert len(quotes) == 1, [(q.text, q.verdict) for q in checker.check_text(document).quotes]
    (quote,) = quotes
    if rule.on and not linked:
        assert quote.match is None and quote.verdict == "unmatched", quote.notes
        assert any("adopted on 1993-02-22" in note for note in quote.notes)
    else:
        assert quote.match is not None and quote.match.statute == NSL
        assert quote.verdict != "verbatim"


@pytest.mark.parametrize(
    ("head", "day"),
    [
        (NOTE_1993, "1993-02-22"),
        (NOTE_1993_TRAD, "1993-02-22"),
        (
            "State Security Law\n(Adopted at the 30th Meeting of the Standing Committee of the "
            "Seventh National People's Congress on February 22, 1993)\n",
            "1993-02-22",
        ),
        (NOTE_2015, None),
        ("第一章 总则\n", None),
    ],
)
def test_the_adoption_date_a_page_head_gives(store: Store, head: str, day: str | None) -> None:
    from lawref.pipeline.adoption_notes import adopted_otherwise

    statute = store.get(NSL)
    assert statute is not None
    assert adopted_otherwise(head + ART1_1993, statute) == day


# The same date in prose, before a law's name: "1993年2月22日第七届…第三十次会议通过的《…国家安全法》"
# names the law adopted that day, before the stored statute was (the window year_before of
# statutes/grammar/joins.yaml, with the session between the date and 通过).
NAMED_CASES = [
    (
        "1993年2月22日第七届全国人民代表大会常务委员会第三十次会议通过的《中华人民共和国国家安全法》同时废止。",
        None,
    ),
    (
        "1993年2月22日第七屆全國人民代表大會常務委員會第三十次會議通過的《中華人民共和國國家安全法》同時廢止。",
        None,
    ),
    (
        "2015年7月1日第十二届全国人民代表大会常务委员会第十五次会议通过的《中华人民共和国国家安全法》",
        NSL,
    ),
]


@pytest.mark.parametrize("case", range(len(NAMED_CASES)))
def test_a_law_named_with_the_session_that_passed_it_before_the_statute_is_another(
    checker: Checker, rule: RuleSwitch, case: int
) -> None:
    from stored import windows_without

    text, statute = NAMED_CASES[case]
    windows = windows_without(checker, "year_before")
    rule.take_out(checker.finder, "windows", windows)
    rule.take_out(checker.finder.naming, "windows", windows)
    found = [
        c for c in checker.finder.find(text) if "国家安全法" in c.text or "國家安全法" in c.text
    ]
    assert len(found) == 1
    assert found[0].statute == (statute if rule.on else NSL), found[0].note
