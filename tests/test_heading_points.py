"""A line right under a bare heading citing an article, in the writer's own words but mostly the
article's, is that article's `paraphrase` (issue 14, round seventeen: unquoted retellings;
pipeline/heading_points.py).

Compliance pages set an article out paragraph by paragraph: "Art. 15(1)" on a line of its own,
and under it one line of the writer's summing up the paragraph, often with no full stop; or set
the citation before a dash and the point after it ("→ Art. 17(1) — Erase …"). When most
of the line's content words stand in the cited article's wordings and clearly fewer in any other
article of the law, the line is reported, linked to that article and attributed to the heading.
A heading with words of its own, a line citing an article itself and a line in the writer's own
words are not linked. The writer's words are written for these tests; the stored articles are
the shipped store's.
"""

from __future__ import annotations

import pytest
from rule_pages import DSL, GDPR, assert_told_paraphrase, checker_with, traditional
from rule_switch import RuleSwitch

from lawref.pipeline import found_spans
from lawref.pipeline import heading_points as heading_points_module
from lawref.pipeline.checker import Checker
from lawref.pipeline.heading_points import heading_points
from lawref.pipeline.retold_items import point_retold
from lawref.report import Quote
from lawref.spans import CitationSpan

checker = checker_with(GDPR, DSL)

_GDPR_17 = (
    "GDPR checklist\n\nArt. 17(1)\n\n"
    "Erase personal data without undue delay once it is no longer necessary for the purposes "
    "of collection\n\nOur team handles this.\n"
)
# Recital 68 holds these words as well as Art. 20: the recital is no rival of the article.
_GDPR_20 = (
    "GDPR portability\n\nArt. 20(1)\n\n"
    "Receive your personal data in a structured, commonly used and machine-readable format\n"
)
_DSL_21 = (
    "《数据安全法》要点\n\n第二十一条\n\n"
    "国家按照数据的重要程度建立数据分类分级保护制度，制定重要数据目录\n\n我们的做法见下文。\n"
)

_DSL_21_DASH = (
    "《数据安全法》要点\n\n• 分级保护 → 第二十一条——"
    "国家按照数据的重要程度建立数据分类分级保护制度，制定重要数据目录\n"
)

# (page, the line's opening, the article it retells)
RETOLD = [
    pytest.param(_GDPR_17, "Erase personal data without undue delay", (GDPR, "17"), id="english"),
    pytest.param(
        _GDPR_17.replace("Art. 17(1)", "## **Art. 17(1)**"),
        "Erase personal data without undue delay",
        (GDPR, "17"),
        id="english-markdown-heading",
    ),
    pytest.param(
        _GDPR_20, "Receive your personal data", (GDPR, "20"), id="english-a-recital-holds-too"
    ),
    pytest.param(
        "GDPR decision list\n\n• Data no longer needed → Art. 17(1) — Erase personal data "
        "without undue delay once it is no longer necessary for the purposes of collection\n",
        "Erase personal data without undue delay",
        (GDPR, "17"),
        id="english-after-a-dash",
    ),
    pytest.param(_DSL_21, "国家按照数据的重要程度", (DSL, "21"), id="simplified"),
    pytest.param(_DSL_21_DASH, "国家按照数据的重要程度", (DSL, "21"), id="simplified-after-a-dash"),
    pytest.param(
        traditional(_DSL_21), traditional("国家按照数据的重要程度"), (DSL, "21"), id="traditional"
    ),
    pytest.param(
        traditional(_DSL_21_DASH),
        traditional("国家按照数据的重要程度"),
        (DSL, "21"),
        id="traditional-after-a-dash",
    ),
]


def _linked(checker: Checker, page: str, opening: str) -> Quote | None:
    """The linked quotation of ``page`` that starts with ``opening``, if any."""
    for quote in checker.check_text(page).quotes:
        linked = quote.match is not None and quote.verdict != "unmatched"
        if linked and quote.text.startswith(opening):
            return quote
    return None


@pytest.mark.parametrize(("page", "opening", "expected"), RETOLD)
def test_a_line_under_a_bare_heading_in_mostly_its_articles_words_is_its_paraphrase(
    checker: Checker,
    rule: RuleSwitch,
    page: str,
    opening: str,
    expected: tuple[str, str],
) -> None:
    rule.take_out(found_spans, "heading_points", lambda *args, **kwargs: [])
    quote = _linked(checker, page, opening)
    if not rule.on:
        assert quote is None  # (no other rule links the line: the test shows this one)
        return
    assert_told_paraphrase(quote, page, opening, expected)


# (page, a line that stays unlinked)
NOT_RETOLD = [
    pytest.param(  # the writer's own words under the heading
        "GDPR checklist\n\nArt. 17(1)\n\nOur support team answers every request within a week\n",
        "Our support team",
        id="english-own-words",
    ),
    pytest.param(  # the line cites an article of its own
        "GDPR checklist\n\nArt. 17(1)\n\n"
        "Erase personal data without undue delay, and see Article 21 for objections\n",
        "Erase personal data",
        id="english-line-cites-an-article",
    ),
    pytest.param(  # the heading's line holds words of the writer's: no bare heading
        "GDPR checklist\n\nWhat we do about Art. 17(1) at our firm\n\n"
        "Erase personal data without undue delay once it is no longer necessary for the "
        "purposes of collection\n",
        "Erase personal data",
        id="english-heading-with-words",
    ),
    pytest.param(  # the dash heads words of another article's (Art. 83's fines)
        "GDPR\n\nThe fines for the practices listed in Article 9 — up to 20 million euros or "
        "4% of worldwide annual turnover for the undertaking\n",
        "up to 20 million",
        id="english-dash-before-another-articles-words",
    ),
    pytest.param(  # the words of two articles (Art. 36's and Art. 48's): no margin
        "《数据安全法》要点\n\n第三十六条\n\n外国司法或者执法机构提出的请求\n",
        "外国司法或者执法机构",
        id="simplified-words-of-two-articles",
    ),
    pytest.param(  # four characters: a caption as often as a retelling
        traditional("《数据安全法》要点\n\n第二十一条\n\n数据目录\n"),
        traditional("数据目录"),
        id="traditional-few-words",
    ),
]


@pytest.mark.parametrize(("page", "opening"), NOT_RETOLD)
def test_a_line_whose_words_or_heading_do_not_point_to_the_article_is_not_linked(
    checker: Checker, page: str, opening: str
) -> None:
    assert _linked(checker, page, opening) is None


def test_a_recital_holding_the_words_too_is_a_rival_only_for_list_items(
    checker: Checker, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With recitals weighed as rivals (as for a list item), the line under "Art. 20(1)" that
    recital 68 holds too is not linked: the rule's setting them aside is what links it."""
    assert _linked(checker, _GDPR_20, "Receive your personal data") is not None

    def with_recitals(*args: object, **kwargs: object) -> object:
        return point_retold(*args[:4])  # type: ignore[arg-type]

    monkeypatch.setattr(heading_points_module, "point_retold", with_recitals)
    assert _linked(checker, _GDPR_20, "Receive your personal data") is None


def test_hostile_headings_are_read_within_bounds(checker: Checker) -> None:
    """A megabyte-long line under a heading is not scored, nor headings past the rule's bound;
    the same line alone is."""
    line = "Erase personal data without undue delay once no longer necessary for the purposes\n"
    citation = CitationSpan("Art. 17(1)", 0, 10, GDPR, "17")
    long_page = "Art. 17(1)\n" + "personal data erased without delay " * 30_000 + "\n"
    assert heading_points(long_page, [], [citation], checker.store) == []
    crowded = "x\n" * 300 + "Art. 17(1)\n" + line
    at = crowded.index("Art.")
    far = CitationSpan("Art. 17(1)", at, at + 10, GDPR, "17")
    many = [CitationSpan("Art. 17(1)", 0, 1, GDPR, "17")] * 300
    assert heading_points(crowded, [], [*many, far], checker.store) == []
    alone = "Art. 17(1)\n" + line
    found = heading_points(alone, [], [citation], checker.store)
    assert len(found) == 1 and found[0].result.verdict == "paraphrase"
