"""An article's paragraphs copied exactly one under another, without quotation marks, are reported
paragraph by paragraph, each linked to the article (issue 14, the sixteenth held-out set: AI Act
Art. 26(1)-(4), GDPR Art. 21 and the Foreign Relations Law's Art. 4 reproduced whole were one
quotation, so the later paragraphs went unreported; reuse/copied_paragraphs.py).

The copy's last line may stop at the end of a paragraph's first sentence (the page copies no
more of it: heldout18, AI Act Art. 50(1) and the first sentence of 50(2)); a last line that stops
inside a sentence keeps the copy whole.

Each case runs with the rule on and off. Statute words come from the shipped store; the pages
around them are written for these tests, the Traditional ones converted by OpenCC.
"""

from __future__ import annotations

import pytest
from rule_pages import traditional
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.pipeline import checker
from lawref.pipeline.checker import Checker
from lawref.report import Quote
from lawref.reuse import copied_paragraphs
from lawref.store.files import Store

GDPR = "eu-gdpr"
NIL = "cn-national-intelligence-law"
CSL = "cn-cybersecurity-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, NIL, CSL)


def _paragraphs(store: Store, statute: str, article: str, count: int) -> list[str]:
    stored = [p.strip() for p in stored_article(store, statute, article).text.split("\n")]
    paragraphs = [p for p in stored if p]
    assert len(paragraphs) >= count
    return paragraphs[:count]


def _page(store: Store, script: str) -> tuple[str, str, str]:
    """A page setting out two paragraphs of one article one under the other, unquoted."""
    if script == "english":
        first, second = _paragraphs(store, GDPR, "33", 2)
        page = (
            f"GDPR Article 33\n\n{first}\n{second}\n\n"
            "Our checklist below walks through each step.\n"
        )
        return page, GDPR, "33"
    first, second = _paragraphs(store, NIL, "7", 2)
    page = f"《中华人民共和国国家情报法》第七条\n\n{first}\n{second}\n\n以下是我们对该条的解读。\n"
    return (traditional(page) if script == "traditional" else page), NIL, "7"


def _linked(store: Store, page: str, statute: str, article: str) -> list[Quote]:
    return [
        q
        for q in Checker(store).check_text(page).quotes
        if q.match is not None
        and q.verdict != "unmatched"
        and (q.match.statute, q.match.article) == (statute, article)
    ]


def _rule_off(rule: RuleSwitch) -> None:
    rule.take_out(
        checker,
        "each_copied_paragraph",
        lambda spans, results, groups, match, *headed: (list(spans), list(results), list(groups)),
    )


@pytest.mark.parametrize("script", ["english", "simplified", "traditional"])
def test_paragraphs_copied_exactly_are_reported_one_by_one(
    store: Store, rule: RuleSwitch, script: str
) -> None:
    _rule_off(rule)
    page, statute, article = _page(store, script)
    quotes = _linked(store, page, statute, article)
    assert len(quotes) == (2 if rule.on else 1), [q.text for q in quotes]
    assert all(q.verdict in ("verbatim", "minor") for q in quotes)
    assert all(q.attribution == "consistent" for q in quotes)  # each piece keeps its citation
    if rule.on:
        assert "\n" not in quotes[0].text.strip() and "\n" not in quotes[1].text.strip()


def _cut_page(store: Store, script: str, stop: str) -> tuple[str, str, str]:
    """A page setting out an article's first paragraph and then its second up to the end of its
    first sentence (``stop`` "sentence") or to a comma inside it (``stop`` "clause")."""
    if script == "english":
        statute, article, heading, end = GDPR, "7", "GDPR Article 7", ". "
        follow = "Our checklist below walks through each step.\n"
    else:
        statute, article, end = CSL, "44", "。"
        heading, follow = "《中华人民共和国网络安全法》第四十四条", "以下是我们对该条的解读。\n"
    first, second = _paragraphs(store, statute, article, 2)
    cut = second.index(end) + 1
    if stop == "clause":
        cut = max(second.rfind(",", 0, cut), second.rfind("，", 0, cut)) + 1
    page = f"{heading}\n\n{first}\n{second[:cut].strip()}\n\n{follow}"
    return (traditional(page) if script == "traditional" else page), statute, article


# (script, where the last line stops, pieces reported with the rule on, with it off)
CUT_CASES = [
    ("english", "sentence", 2, 1),
    ("simplified", "sentence", 2, 1),
    ("traditional", "sentence", 2, 1),
    ("english", "clause", 1, 1),
    ("simplified", "clause", 1, 1),
    ("traditional", "clause", 1, 1),
]


@pytest.mark.parametrize(("script", "stop", "pieces_on", "pieces_off"), CUT_CASES)
def test_a_last_line_ending_a_paragraph_s_first_sentence_is_a_piece(
    store: Store, rule: RuleSwitch, script: str, stop: str, pieces_on: int, pieces_off: int
) -> None:
    rule.take_out(copied_paragraphs, "_paragraph_opening", lambda stored, span: False)
    # (reuse/run_on_paragraphs.py cuts such a copy too, under its article's citation: the two
    # overlap, and it is taken out with the rule this test shows)
    from lawref.reuse import run_on_paragraphs

    rule.take_out(run_on_paragraphs, "by_opening", lambda *args: [])
    page, statute, article = _cut_page(store, script, stop)
    quotes = _linked(store, page, statute, article)
    assert len(quotes) == (pieces_on if rule.on else pieces_off), [q.text for q in quotes]
    assert all(q.attribution == "consistent" for q in quotes)
