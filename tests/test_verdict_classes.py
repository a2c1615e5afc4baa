"""Verdicts on text that differs from the law's in ways a careful reader weighs differently:
pinyin readings scraped in after the characters of a Chinese text ("國(guó)家") add no word to
the law's (``minor``), while a changed word beside them is still ``altered`` (issue 14, the
held-out sets: Traditional and Simplified pages that show readings above the characters).

Each case runs with the rule on and off; the quotations are sentences written for these tests
around article texts of the shipped store (Traditional converted by hand)."""

from __future__ import annotations

import pytest
from stored import shipped_store_with

from lawref.match.index import Index
from lawref.match.matcher import Matcher
from lawref.store.files import Store

DSL = "cn-data-security-law"
GDPR = "eu-gdpr"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    store: Store = shipped_store_with(DSL, GDPR)
    return Matcher(index=Index.from_store(store))


# (quotation, statute, article, verdict with the rule on, verdict with it off)
ANNOTATED = [
    # Simplified, readings after two characters.
    (
        "开展数据处(chǔ)理活动，应当遵守法律、法(fǎ)规，尊重社会公德和伦理",
        DSL,
        "8",
        "minor",
        "altered",
    ),
    # Traditional, readings in full-width brackets.
    (
        "開展數據處理(lǐ)活動，應當遵守法律、法規（guī），尊重社會公德和倫理",
        DSL,
        "8",
        "minor",
        "altered",
    ),
    # Readings and a changed word (应当 -> 必须): still altered.
    (
        "开展数据处理(lǐ)活动，必须遵守法律、法(fǎ)规，尊重社会公德和伦理",
        DSL,
        "8",
        "altered",
        "altered",
    ),
    (
        "開展數據處理(lǐ)活動，必須遵守法律、法規（guī），尊重社會公德和倫理",
        DSL,
        "8",
        "altered",
        "altered",
    ),
    # A toned syllable after an English word is no reading of a character.
    (
        "Personal data shall be processed lawfully (fǎ), fairly and in a transparent manner in "
        "relation to the data subject",
        GDPR,
        "5",
        "altered",
        "altered",
    ),
]


@pytest.mark.parametrize("rule_on", [True, False])
@pytest.mark.parametrize(("quote", "statute", "article", "on", "off"), ANNOTATED)
def test_pinyin_readings_scraped_in_are_minor(
    matcher: Matcher,
    monkeypatch: pytest.MonkeyPatch,
    rule_on: bool,
    quote: str,
    statute: str,
    article: str,
    on: str,
    off: str,
) -> None:
    if not rule_on:
        monkeypatch.setattr("lawref.match.edits.annotation_spans", lambda text: [])
    result = matcher.match(quote)
    assert result.match is not None
    assert (result.match.statute, result.match.article) == (statute, article)
    assert result.verdict == (on if rule_on else off)
    if rule_on and statute == DSL:
        # The differences name the changed words, never a reading.
        assert not any(d.quote in ("lǐ", "fǎ", "guī", "chǔ") for d in result.differences)
        assert any("必" in d.quote for d in result.differences) == (on == "altered")
    if statute == GDPR:
        assert any(d.quote == "fǎ" for d in result.differences)
