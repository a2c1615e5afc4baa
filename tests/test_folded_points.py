"""An article's paragraphs reproduced with the points under each lead-in folded away are reported
paragraph by paragraph, each verbatim (issue 14, linking recall on reproduced text:
pipeline/folded_points.py).

Law browsers set an article out paragraph by paragraph, keeping the paragraph numbers, and fold the
points of each list away behind its lead-in ("… with the following information:" followed by
"2. In addition to …"). Joined as one list, such a text was one `altered` quotation for the points
it leaves out, and none of its paragraphs was reported as the law's words. The paragraphs here are
read from the store; the pages around them are written for these tests. Abridged texts (a
sentence of the law left out between two paragraphs) stay one altered quotation.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from rule_pages import traditional
from rule_switch import RuleSwitch

from lawref.match.results import MatchResult
from lawref.pipeline import checker as checker_module
from lawref.pipeline import folded_points, listed_items
from lawref.pipeline.checker import Checker
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.load import load_store
from lawref.text.folds import simplified_text

GDPR, AI_ACT = "eu-gdpr", "eu-ai-act"
PIPL = "cn-personal-information-protection-law"


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(load_store())


def _stored_lines(statute: str, article: str) -> list[str]:
    stored = load_store().get(statute)
    assert stored is not None
    text = next(a.text for a in stored.articles if str(a.number) == article)
    return [line.strip() for line in text.split("\n") if line.strip()]


def _paragraphs(statute: str, article: str) -> list[str]:
    """The stored article's paragraphs without their points and numbers ("2.   In addition …")."""
    lines = [line for line in _stored_lines(statute, article) if not line.startswith("(")]
    return [line.split("\u00a0\u00a0\u00a0", 1)[-1] for line in lines]


def _numbered(paragraphs: list[str], style: str, gap: str) -> str:
    return gap.join(style.format(i + 1) + p for i, p in enumerate(paragraphs))


def _cases() -> list[tuple[str, list[str], str, str]]:
    """(the page, the paragraphs it gives, statute, article)."""
    gdpr_14 = _paragraphs(GDPR, "14")[:3]
    gdpr_17 = _paragraphs(GDPR, "17")[:3]
    ai_act_10 = _paragraphs(AI_ACT, "10")[:4]
    return [
        # blank lines between the paragraphs, "1. " numbers
        ("Article 14\n\n" + _numbered(gdpr_14, "{}. ", "\n\n"), gdpr_14, GDPR, "14"),
        # one line break between them, the first lead-in's points folded
        ("Article 17 - Right to erasure\n" + _numbered(gdpr_17, "{}. ", "\n"), gdpr_17, GDPR, "17"),
        # a service desk's layout: "(1) " numbers, paragraph 2's points folded
        (
            "Article 10: Data governance\n" + _numbered(ai_act_10, "({}) ", "\n"),
            ai_act_10,
            AI_ACT,
            "10",
        ),
    ]


@pytest.mark.parametrize("index", range(3), ids=lambda i: f"case-{i}")
def test_each_paragraph_is_reported_verbatim(
    checker: Checker, rule: RuleSwitch, index: int
) -> None:
    rule.take_out(
        checker_module,
        "by_folded_points",
        lambda spans, results, groups, match: (spans, results, groups),
    )
    # the list rule's reading of the EU's paragraph numbers splits such a page too: off with it
    rule.take_out(listed_items, "_NUMBER_SPACED", re.compile("(?!)"))
    text, paragraphs, statute, article = _cases()[index]
    quotes = [q for q in checker.check_text(text).quotes if q.match is not None]
    if rule.on:
        assert [q.text for q in quotes] == paragraphs
        for quote in quotes:
            assert quote.verdict == "verbatim"
            assert quote.match is not None
            assert (quote.match.statute, quote.match.article) == (statute, article)
    else:
        assert [q.verdict for q in quotes] == ["altered"]


def test_a_sentence_left_out_between_paragraphs_keeps_the_whole_altered(checker: Checker) -> None:
    # GDPR Art. 33(1) without its second sentence, then 33(2): a sentence of the law is left out
    # after a paragraph that is no lead-in, which no piece would show.
    first, second = _paragraphs(GDPR, "33")[:2]
    cut = first.split(" Where the notification")[0]
    text = "Article 33\n1. " + cut + "\n2. " + second
    quotes = [q for q in checker.check_text(text).quotes if q.match is not None]
    assert "altered" in {q.verdict for q in quotes}
    assert cut not in {q.text for q in quotes}


def test_a_lead_in_cut_before_its_colon_keeps_the_whole_altered(checker: Checker) -> None:
    # The lead-in's last words are left out with its points: no folded list, words of the law cut.
    first, second = _paragraphs(GDPR, "14")[:2]
    cut = first.split(" with the following information:")[0] + "."
    text = "Article 14\n1. " + cut + "\n2. " + second
    quotes = [q for q in checker.check_text(text).quotes if q.match is not None]
    assert "verbatim" not in {q.verdict for q in quotes if q.text == cut}


# Chinese articles carry no paragraph numbers, so a page that numbers PIPL Art. 13's lead-in and
# its last paragraph, the seven items folded away, was never joined as a list: each paragraph is
# reported verbatim with or without the rule. These cases hold that the rule keeps it so.
CHINESE = ["个人信息保护法第十三条\n", "個人信息保護法第十三條\n"]


@pytest.mark.parametrize("heading", CHINESE, ids=["zh-Hans", "zh-Hant"])
def test_a_chinese_page_with_folded_items_gives_each_paragraph(
    checker: Checker, heading: str
) -> None:
    lines = _stored_lines(PIPL, "13")
    paragraphs = [lines[0], lines[-1]]
    if heading != CHINESE[0]:
        paragraphs = [traditional(p) for p in paragraphs]
    text = heading + _numbered(paragraphs, "{}. ", "\n")
    quotes = [q for q in checker.check_text(text).quotes if q.match is not None]
    assert [simplified_text(q.text) for q in quotes] == [simplified_text(p) for p in paragraphs]
    for quote in quotes:
        assert quote.verdict in ("verbatim", "minor")
        assert quote.match is not None
        assert (quote.match.statute, quote.match.article) == (PIPL, "13")


def test_points_given_in_part_keep_the_whole_altered(checker: Checker) -> None:
    # AI Act Art. 10(2)'s lead-in, its last point (h) without (a) to (g), then paragraph 3:
    # the page gives some of the list and leaves the rest out, which is no list folded away. The
    # whole is altered as the list rule (pipeline/listed_items.py) calls such a list.
    lines = _stored_lines(AI_ACT, "10")
    lead_in, rest = _paragraphs(AI_ACT, "10")[1:3]
    points = [line.split("\t", 1)[-1] for line in lines[9:10]]
    assert lines[9].startswith("(h)")
    words = "\n".join([lead_in, *points, rest])
    span = QuoteSpan(words, 0, len(words), "none")
    whole = replace(checker.matcher.match(words), verdict="altered")
    assert whole.match is not None and whole.match.article == "10"

    def match(piece: QuoteSpan, citation: CitationSpan | None) -> MatchResult:
        return checker.matcher.match(piece.text)

    spans, results, _ = folded_points.by_folded_points([span], [whole], [[]], match)
    assert [(s.text, r.verdict) for s, r in zip(spans, results, strict=True)] == [
        (words, "altered")
    ]
