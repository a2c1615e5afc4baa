"""Pinyin readings scraped in without their tone marks ("為(wei) 了", "主義(yi) ") are no words of
the quotation when the text holds two or more whole syllables so bracketed after Chinese
characters (issue 14, item 6; match/readings.py ``reading_spans``): the law's words with them are
``minor``, not ``altered``. One alone may be a word of the writer's and is kept; Latin text in
brackets after Latin words is never read so. Each case runs with the rule on and off. Statute
words come from the shipped store, with readings put in by the tests; Traditional-script text is
converted with OpenCC.
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.match import align, readings
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

CTL = "cn-counter-terrorism-law"
READINGS = {
    "为": "wei",
    "為": "wei",
    "爲": "wei",
    "义": "yi",
    "義": "yi",
    "产": "chan",
    "產": "chan",
}


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(CTL)


def _with_readings(text: str, spaced: bool) -> str:
    after = " " if spaced else ""
    return "".join(f"{c}({READINGS[c]}){after}" if c in READINGS else c for c in text)


def _ctl1(store: Store, traditional: bool) -> str:
    text = stored_article(store, CTL, "1").text
    if not traditional:
        return text
    opencc = pytest.importorskip("opencc")
    return str(opencc.OpenCC("s2t").convert(text))


CASES = [("zh-Hans", False, False), ("zh-Hant", True, False), ("zh-Hant spaced", True, True)]


@pytest.mark.parametrize(("case", "traditional", "spaced"), CASES, ids=[c[0] for c in CASES])
def test_toneless_readings_are_no_words_of_the_quotation(
    store: Store,
    checker: Checker,
    monkeypatch: pytest.MonkeyPatch,
    rule: RuleSwitch,
    case: str,
    traditional: bool,
    spaced: bool,
) -> None:
    rule.take_out(readings, "_TONELESS_MIN", 10**6)
    monkeypatch.setattr(align, "_FORMS", {})  # forms made with the rule as it is now
    words = _with_readings(_ctl1(store, traditional), spaced)
    assert words.count("(") >= 2
    report = checker.check_text(f"反恐怖主义法第一条规定：“{words}”", "test")
    quote = next(q for q in report.quotes if q.match is not None)
    assert quote.match.article == "1"
    assert quote.verdict == ("minor" if rule.on else "altered"), case


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("为(wei)了防范和惩治恐怖活动，加强反恐怖主义(yi)工作", False),
        ("加强反恐怖主义(yi)工作", True),  # one alone: kept
        ("the data (an example) and (in) effect", True),  # Latin words in brackets
        ("第一条(a)项和(b)项", True),  # item letters: no syllable of two letters
        ("數據(data)與程序(app)", True),  # no pinyin syllables
    ],
)
def test_which_bracketed_words_are_readings(text: str, kept: bool) -> None:
    assert (readings.without_readings(text) == text) == kept
