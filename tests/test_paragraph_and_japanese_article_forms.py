"""Article forms the grammar data lacked (issue 14, the seventh held-out set's citation recall:
statutes/grammar/cn.yaml ``cn-same-article-paragraph``, ja.yaml ``ja-article-without-di``,
joins.yaml ``anaphor_before``).

- 同條第2款, 本条第1款, 本條第1、2款, and 第3款則規定: paragraphs of the article cited just before.
- (2条) and 4条1項: a Japanese article without 第, in brackets or with its paragraph after it
  (a count before 条 elsewhere is no article).
- 同法は、第十条で: the Japanese "the same law" before an article, the law named before.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from lawref.citations.find import CitationFinder
from lawref.store.load import load_store

FRL = "cn-foreign-relations-law"
PIPL = "cn-personal-information-protection-law"
CEL = "cn-counter-espionage-law"
NIL = "cn-national-intelligence-law"


@pytest.fixture(scope="module")
def finder() -> CitationFinder:
    return CitationFinder(load_store())


# (text, the citation's words, the statute and article it cites; None: no citation there)
CASES: list[tuple[str, str, tuple[str, str] | None]] = [
    # Traditional: the same article's second paragraph, then a third before 則規定.
    (
        "《對外關係法》第33條第1款規定了反制措施。同條第2款並規定國務院制定法規;"
        "第3款則規定有關決定為最終決定。",
        "第2款",
        (FRL, "33"),
    ),
    (
        "《對外關係法》第33條第1款規定了反制措施。同條第2款並規定國務院制定法規;"
        "第3款則規定有關決定為最終決定。",
        "第3款",
        (FRL, "33"),
    ),
    # Simplified: this article's paragraphs, one and two of them.
    ("《个人信息保护法》第四条给出了定义。本条第2款列举了处理行为。", "第2款", (PIPL, "4")),
    ("《个人信息保护法》第四条给出了定义。依据本条第1、2款处理。", "第1、2款", (PIPL, "4")),
    # Japanese: an article in brackets, and with its paragraph after it.
    ("改正反スパイ法は目的を改めた(2条)。", "2条", (CEL, "2")),
    ("改正反スパイ法の定義の拡大(4条1項)について述べる。", "4条", (CEL, "4")),
    # Japanese: 同法は、 before the article.
    ("中国国家情報法が施行された。同法は、第十条で活動を定める。", "第十条", (NIL, "10")),
    # A count before 条 is no article.
    ("《个人信息保护法》出台后，专家提出了3条建议。", "3条", None),
    ("改正反スパイ法について3条の提案がある。", "3条", None),
]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_article_forms(
    finder: CitationFinder, text: str, words: str, expected: tuple[str, str] | None
) -> None:
    found = [(c.statute, c.article) for c in finder.find(text) if c.text == words and c.statute]
    assert found == ([expected] if expected else [])
