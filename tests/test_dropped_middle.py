"""Two pieces of one reproduction with the law's words between them left out (issue 14, item 4:
no altered text called verbatim): "（4）对非法持有属于国家秘密的文件、资料和其他物品的。尚不构成犯罪
的，由国家安全机关予以警告或者处十五日以下行政拘留。" joins the opening and the end of the 2014
Counter-espionage Law's Art. 32 with a full stop; the second piece alone is word for word the
article's last clause, but the reproduction dropped everything between: `altered`, the dropped
words listed (pipeline/cut_short.py ``dropped_middle``). Two pieces whose stored words run on
without a gap, or that stand on different lines, are left alone.

Statute words come from the shipped store; the Traditional-script document is converted by hand.
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article, stored_match

from lawref.match.results import MatchResult
from lawref.pipeline import checker
from lawref.pipeline.checker import Checker
from lawref.pipeline.cut_short import dropped_middle
from lawref.spans import QuoteSpan
from lawref.store.files import Store

CEL = "cn-counter-espionage-law"
GDPR = "eu-gdpr"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(CEL, GDPR)


def _cel32(store: Store) -> tuple[str, str]:
    text = stored_article(store, CEL, "32", "2014").text
    return text[: text.index("物品的") + 3], text[text.index("尚不构成犯罪的") :]


def _documents(store: Store) -> dict[str, tuple[str, str]]:
    """script -> (document, the later piece's opening)."""
    first, last = _cel32(store)
    return {
        "zh-Hans": (f"（4）{first}。{last}", "尚不构成犯罪的"),
        "zh-Hant": (
            "（4）對非法持有屬於國家秘密的文件、資料和其他物品的。尚不構成犯罪的，由國家安全機關"
            "予以警告或者處十五日以下行政拘留。",
            "尚不構成犯罪的",
        ),
    }


@pytest.mark.parametrize("script", ["zh-Hans", "zh-Hant"])
def test_pieces_joined_over_a_dropped_middle_are_altered(
    store: Store, rule: RuleSwitch, script: str
) -> None:
    document, opening = _documents(store)[script]
    rule.take_out(checker, "dropped_middle", lambda text, spans, results: list(results))
    (later,) = [q for q in Checker(store).check_text(document).quotes if q.text.startswith(opening)]
    assert later.match is not None and later.match.article == "32"
    if rule.on:
        assert later.verdict == "altered"
        assert any(d.op == "delete" and "依法追究刑事责任" in d.statute for d in later.differences)
    else:
        assert later.verdict == "verbatim"


@pytest.mark.parametrize("gap", [True, False])
def test_english_pieces_over_a_gap_and_without_one(store: Store, gap: bool) -> None:
    """English, at the rule itself: GDPR Art. 33(1) cut before ", unless …" and its next sentence
    after a full stop — the "unless" clause dropped — against the same two sentences whole."""
    stored = stored_article(store, GDPR, "33").text
    cut = stored.index(", unless") if gap else stored.index(" Where the notification") - 1
    first_start = stored.index("In the case")
    second_start = stored.index("Where the notification")
    second_end = stored.index("reasons for the delay.") + len("reasons for the delay.")
    first_words = stored[first_start:cut]
    second_words = stored[second_start:second_end]
    document = f"{first_words}. {second_words}"
    spans = [
        QuoteSpan(first_words, 0, len(first_words), marks="none"),
        QuoteSpan(second_words, len(first_words) + 2, len(document), marks="none"),
    ]
    results = [
        MatchResult("altered", 95.0, stored_match(store, GDPR, "33", span=(first_start, cut))),
        MatchResult(
            "verbatim", 100.0, stored_match(store, GDPR, "33", span=(second_start, second_end))
        ),
    ]
    later = dropped_middle(document, spans, results)[1]
    if gap:
        assert later.verdict == "altered"
        assert later.differences[0].op == "delete" and "unless" in later.differences[0].statute
    else:
        assert later.verdict == "verbatim"


def test_pieces_on_different_lines_are_left_alone(store: Store) -> None:
    first, last = _cel32(store)
    document = f"（4）{first}。\n（5）{last}"
    (later,) = [q for q in Checker(store).check_text(document).quotes if "尚不构成" in q.text]
    assert later.verdict == "verbatim"
