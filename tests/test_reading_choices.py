"""Pinyin readings printed as a dictionary-style page prints them: a character's several
pronunciations joined by slashes ("和(hé / huò)") and a neutral-tone syllable without a tone mark
("的(de)") scraped into a reproduction are layout, not words: the reproduction is ``minor``, and
with a word changed beside them still ``altered`` (lawref/match/reading_choices.py; issue 14,
heldout12's Traditional reproduction of a law with such readings).

Each case runs with the rule on and off; the quotations are sentences written for these tests
around an article of the shipped store, with readings added by hand."""

from __future__ import annotations

import pytest
from rule_pages import traditional
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.match import align, readings
from lawref.match.index import Index
from lawref.match.matcher import Matcher
from lawref.store.files import Store

DSL = "cn-data-security-law"
GDPR = "eu-gdpr"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    store: Store = shipped_store_with(DSL, GDPR)
    return Matcher(index=Index.from_store(store))


_SLASHED = "开展数据处理活动，应当(dāng / dàng)遵守法律、法规，尊重社会公德和(hé / huò)伦理"
_NEUTRAL = (
    "尊重社会公德和(hé/huò)伦理，遵守商业道德和职业道德，诚实守信，履行数据安全保护义务，"
    "承担社会责任，不得危害国家安全、公共利益，不得损害个人、组织的(de)合法权益"
)
_CHANGED = "开展数据处理活动，必须遵守法律、法规，尊重社会公德和(hé / huò)伦理"

# (quotation, statute, article, verdict with the rule on, verdict with it off)
CASES = [
    # Simplified: two characters with their several readings.
    (_SLASHED, DSL, "8", "minor", "altered"),
    # Traditional, the same page converted.
    (traditional(_SLASHED), DSL, "8", "minor", "altered"),
    # Three readings in full-width brackets, spaced unevenly as pages print them.
    (
        "開展數據處理活動，應當遵守法律、法規，尊重社會公德和倫理，遵守商業道德和（hé / huò /hè）職業道德",
        DSL,
        "8",
        "minor",
        "altered",
    ),
    # A toneless neutral-tone syllable beside a slash-joined reading.
    (_NEUTRAL, DSL, "8", "minor", "altered"),
    (traditional(_NEUTRAL), DSL, "8", "minor", "altered"),
    # Readings beside a changed word (应当 -> 必须): altered either way.
    (_CHANGED, DSL, "8", "altered", "altered"),
    (traditional(_CHANGED), DSL, "8", "altered", "altered"),
    # English: a slash-joined bracket after an English word is no reading of a character.
    (
        "Personal data shall be processed lawfully (fǎ / fà), fairly and in a transparent manner "
        "in relation to the data subject",
        GDPR,
        "5",
        "altered",
        "altered",
    ),
    # English words joined by a slash are never readings ("(and/or)" after a character).
    (
        "开展数据处理活动，应当遵守法律(and/or)法规，尊重社会公德和伦理",
        DSL,
        "8",
        "altered",
        "altered",
    ),
]


@pytest.mark.parametrize(("quote", "statute", "article", "on", "off"), CASES)
def test_readings_of_several_pronunciations_are_minor(
    matcher: Matcher,
    rule: RuleSwitch,
    quote: str,
    statute: str,
    article: str,
    on: str,
    off: str,
) -> None:
    # the rule is imported where it is used (issue 20): taken out where it is defined
    from lawref.match import reading_choices as reading_choices_rule

    rule.take_out(reading_choices_rule, "choice_spans", lambda text, toned, toneless: [])
    rule.take_out(align, "_FORMS", {})  # (a quotation's forms are kept once read)
    result = matcher.match(quote)
    assert result.match is not None
    assert (result.match.statute, result.match.article) == (statute, article)
    assert result.verdict == (on if rule.on else off)
    if rule.on and on == "minor":
        # The differences name no reading.
        assert not result.differences


def test_hostile_brackets_are_read_in_one_pass() -> None:
    """A megabyte of brackets that open like readings and never close, or close after too many
    syllables, holds no reading, and the scan reads it whole (bounded syllables, one separator)."""
    unclosed = "和(hé / huò / hè / hú / huó" * 40_000
    assert readings.reading_spans(unclosed) == []
    too_many = "和(hé / huò / hè / hú / huó)" * 40_000
    assert readings.reading_spans(too_many) == []
    many = "和(hé / huò)" * 100_000
    assert len(readings.reading_spans(many)) == 100_000
