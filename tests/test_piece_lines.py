"""The law's opening sentence reproduced without quotation marks above a line of the writer's own
(a caption between the article's opening and its points) is found and linked: the scan's piece
that holds both lines is read line by line when it is not the law's as a whole (issue 14,
heldout11: GDPR Art. 30(1)'s opening above a citation line and the article's points).

Each case runs with the rule on and off (reuse/piece_lines.py, as reuse/scan.py reads it); the
law's words are the stored ones (the Traditional form converted by hand), the captions and the
rest are written here."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article, stored_words

from lawref.pipeline.checker import Checker
from lawref.store.files import Store

PIPL = "cn-personal-information-protection-law"
GDPR = "eu-gdpr"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(PIPL, GDPR)


def _gdpr_30(store: Store) -> tuple[str, list[str]]:
    opening = stored_words(store, GDPR, "30", "Each controller", "following information:")
    points = [
        stored_words(store, GDPR, "30", "the name and contact", "protection officer;"),
        stored_words(store, GDPR, "30", "the purposes of", "processing;"),
    ]
    # (the paragraph's number before the opening, as the article has it)
    return opening, [f"({mark}) {point}" for mark, point in zip("ab", points, strict=True)]


def _pipl_13(store: Store) -> tuple[str, list[str]]:
    paragraphs = stored_article(store, PIPL, "13").text.split("\n\n")
    return paragraphs[0], paragraphs[1:3]


def _pipl_13_hant(store: Store) -> tuple[str, list[str]]:
    opening, points = _pipl_13(store)
    table = str.maketrans("个处订为劳规实施资门务动须签订", "個處訂為勞規實施資門務動須簽訂")
    return opening.translate(table), [p.translate(table) for p in points]


# (the opening and points' maker, the paragraph's number, the writer's caption line)
CASES = [
    (_gdpr_30, "1. ", "Article 30 (on the obligation to keep a record of processing activities)"),
    (_pipl_13, "", "这是处理个人信息的合法性基础的总括规定"),
    (_pipl_13_hant, "", "這是處理個人信息的合法性基礎的總括規定"),
]


@pytest.mark.parametrize(("article_of", "number", "caption"), CASES)
def test_the_opening_above_a_caption_line_is_found(
    store: Store, rule: RuleSwitch, article_of, number: str, caption: str
) -> None:
    # the rule is imported where it is used (issue 20): taken out where it is defined
    from lawref.reuse import piece_lines as piece_lines_rule

    rule.take_out(piece_lines_rule, "long_lines", lambda text, start, end: [])
    opening, points = article_of(store)
    document = "\n".join([number + opening, caption, *points]) + "\n"
    found = [
        (q.text, q.verdict)
        for q in Checker(store).check_text(document).quotes
        if q.match is not None and q.verdict != "unmatched"
    ]
    if not rule.on:
        assert (opening, "verbatim") not in found, found
        return
    assert (opening, "verbatim") in found, found
