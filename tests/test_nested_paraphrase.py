"""A quoted sentence that paraphrases an article because of the words it quotes is the speaker's
sentence, and the law's words are the inner quotation: "China will reciprocate against countries
that take 'discriminatory, prohibitive, or restrictive measures against China'" is a think tank's
sentence quoting a rendering of PIPL Art. 43 (issue 14; the class seen on the seventh held-out set,
where the outer sentence was linked to Art. 43 as a paraphrase and the inner words were not
reported). When the inner quotation alone is a rendering of the same article the outer sentence
paraphrases, the inner one is reported instead; a rendering of another article, or an inner
quotation that matches nothing, leaves the outer sentence as it was.

The matcher is a table here (each inner text -> its result), so the cases read in English,
Simplified and Traditional Chinese alike (pipeline/nested.py ``inner_quotations``)."""

from __future__ import annotations

import pytest

from lawref.match.results import MatchResult
from lawref.pipeline import nested
from lawref.report import Match
from lawref.spans import QuoteSpan
from lawref.xling.link import XlingResult

PIPL = "cn-personal-information-protection-law"


def _match(article: str) -> Match:
    return Match(
        statute=PIPL,
        title="PIPL",
        title_original="个人信息保护法",
        article=article,
        version=None,
        language="zh",
        translation=None,
        text="…",
        span=(0, 1),
    )


def _xling(article: str | None, verdict: str = "paraphrase") -> MatchResult:
    if article is None:
        return MatchResult("unmatched", 0.0, None)
    return XlingResult(verdict, 0.8, _match(article))  # type: ignore[arg-type]


# (outer quotation, its inner one, the outer's result, the inner's, whether the inner replaces it)
CASES = [
    (
        "China will also reciprocate against countries that take 'discriminatory, prohibitive, or restrictive measures against China'.",
        "discriminatory, prohibitive, or restrictive measures against China",
        _xling("43"),
        _xling("43"),
        True,
    ),
    (
        "报告称:中国将对采取‘discriminatory, prohibitive, or restrictive measures against China’的国家采取对等措施。",
        "discriminatory, prohibitive, or restrictive measures against China",
        _xling("43"),
        _xling("43"),
        True,
    ),
    (
        "報告稱:中國將對採取‘discriminatory, prohibitive, or restrictive measures against China’的國家採取對等措施。",
        "discriminatory, prohibitive, or restrictive measures against China",
        _xling("43"),
        _xling("43"),
        True,
    ),
    # the inner words render another article: the outer sentence stands
    (
        "The rules say firms must 'obtain separate consent from the individual concerned' and more.",
        "obtain separate consent from the individual concerned",
        _xling("43"),
        _xling("29"),
        False,
    ),
    # the inner words match nothing: the outer sentence stands
    (
        "The law, the authors wrote, has 'a distinct national security flavour in every chapter'.",
        "a distinct national security flavour in every chapter",
        _xling("43"),
        _xling(None),
        False,
    ),
]


@pytest.mark.parametrize(("outer", "inner", "outer_result", "inner_result", "replaced"), CASES)
def test_an_inner_rendering_of_the_article_the_outer_paraphrases_is_reported(
    outer: str,
    inner: str,
    outer_result: MatchResult,
    inner_result: MatchResult,
    replaced: bool,
) -> None:
    span = QuoteSpan(outer, 100, 100 + len(outer), "quoted")
    results = {inner: inner_result}

    def match(quote: QuoteSpan, citation: object) -> MatchResult:
        return results.get(quote.text, MatchResult("unmatched", 0.0, None))

    spans, found, _ = nested.inner_quotations([span], [outer_result], [[]], match)
    if replaced:
        assert [s.text for s in spans] == [inner]
        assert found[0] is inner_result
        assert outer[spans[0].start - 100 : spans[0].end - 100] == inner
    else:
        assert [s.text for s in spans] == [outer]
        assert found[0] is outer_result
