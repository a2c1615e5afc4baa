"""An unquoted reproduction that runs over a question of the writer's, set on a line of its own, is
reported as the law's words on each side of it (issue 14, linking recall on reproduced text:
pipeline/question_lines.py).

Explainer pages set a law's definitions and duties out under questions of their own ("什么是恐怖
活动？", "What must a processor do?"). The reuse scan chained the law's words across the question
and the whole was one `altered` quotation. The law's words here are read from the store; the
questions and pages are written for these tests.
"""

from __future__ import annotations

import pytest
from rule_pages import traditional
from rule_switch import RuleSwitch

from lawref.pipeline import checker as checker_module
from lawref.pipeline.checker import Checker
from lawref.store.load import load_store
from lawref.text.folds import simplified_text

CTL, DSL, GDPR = "cn-counter-terrorism-law", "cn-data-security-law", "eu-gdpr"


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(load_store())


def _paragraphs(statute: str, article: str) -> list[str]:
    """The stored article's paragraphs, a number before them ("1.   In the case …") left out."""
    stored = load_store().get(statute)
    assert stored is not None
    text = next(a.text for a in stored.articles if str(a.number) == article)
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return [line.split("\u00a0\u00a0\u00a0", 1)[-1] for line in lines]


def _page(title: str, pairs: list[tuple[str, str]]) -> str:
    return title + "\n" + "".join(f"{question}\n{words}\n" for question, words in pairs)


def _cases() -> list[tuple[str, list[str], str, str]]:
    """(the page, the law's words on it, statute, article)."""
    ctl = _paragraphs(CTL, "3")[:2]
    dsl = _paragraphs(DSL, "3")[:2]
    gdpr = _paragraphs(GDPR, "33")[:2]
    ctl_page = _page("反恐知识问答", [("什么是恐怖主义？", ctl[0]), ("什么是恐怖活动？", ctl[1])])
    return [
        (ctl_page, ctl, CTL, "3"),
        (traditional(ctl_page), [traditional(p) for p in ctl], CTL, "3"),
        (
            _page("数据安全法问答", [("什么是数据？", dsl[0]), ("什么是数据处理?", dsl[1])]),
            dsl,
            DSL,
            "3",
        ),
        (
            _page(
                "GDPR FAQ",
                [
                    ("When must a breach be notified?", gdpr[0]),
                    ("What must a processor do?", gdpr[1]),
                ],
            ),
            gdpr,
            GDPR,
            "33",
        ),
    ]


@pytest.mark.parametrize("index", range(4), ids=["zh-Hans", "zh-Hant", "zh-Hans-half-width", "en"])
def test_the_laws_words_on_each_side_are_reported(
    checker: Checker, rule: RuleSwitch, index: int
) -> None:
    rule.take_out(
        checker_module,
        "question_lines_split",
        lambda spans, results, groups, match: (spans, results, groups),
    )
    text, words, statute, article = _cases()[index]
    quotes = [q for q in checker.check_text(text).quotes if q.match is not None]
    if rule.on:
        assert [simplified_text(q.text) for q in quotes] == [simplified_text(w) for w in words]
        for quote in quotes:
            assert quote.verdict == "verbatim"
            assert quote.match is not None
            assert (quote.match.statute, quote.match.article) == (statute, article)
    else:
        assert [q.verdict for q in quotes] == ["altered"]
