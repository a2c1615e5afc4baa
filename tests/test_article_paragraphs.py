"""Unquoted reproductions of several paragraphs of one article, one of them copied word for word
and another changed, are reported paragraph by paragraph (issue 14, linking recall:
pipeline/article_paragraphs.py).

A page that copies an article's first paragraph exactly and rewords its second, with no quotation
marks, is read by the reuse scan as one reproduction: matched whole, it is `altered`, and the
paragraph that is the law's words word for word is not reported as such. Split where the writer's
text starts the article's next paragraph (after a line break, a sentence's end or markup), the
exact paragraph is reported `verbatim` and the changed one on its own. An abridged reproduction
that drops a paragraph between the two it gives stays one altered quotation, and so does a
quotation in quotation marks (the writer's one quotation). The changed paragraphs are written
for these tests; the exact ones are read from the store.
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch

from lawref.match.results import MatchResult
from lawref.pipeline import article_paragraphs
from lawref.pipeline.checker import Checker
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.load import load_store
from lawref.text.folds import simplified_text

PIPL, DSL, GDPR = "cn-personal-information-protection-law", "cn-data-security-law", "eu-gdpr"


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(load_store())


def _paragraphs(statute: str, article: str) -> list[str]:
    """The stored article's paragraphs, their numbers left out ("1.   In the case …")."""
    stored = load_store().get(statute)
    assert stored is not None
    text = next(a.text for a in stored.articles if str(a.number) == article)
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    return [p.split("\u00a0\u00a0\u00a0", 1)[-1] for p in paragraphs]


def _changed(statute: str, article: str, index: int, old: str, new: str) -> str:
    paragraph = _paragraphs(statute, article)[index]
    assert old in paragraph
    return paragraph.replace(old, new)


# PIPL Art. 52(2) with 公开 -> 公布 and the second 个人信息保护负责人 shortened to 负责人.
PIPL_52_2_CHANGED = (
    "个人信息处理者应当公布个人信息保护负责人的联系方式，并将负责人的姓名、联系方式等报送履行"
    "个人信息保护职责的部门。"
)
PIPL_52_1_HANT = (
    "處理個人信息達到國家網信部門規定數量的個人信息處理者應當指定個人信息保護負責人，負責對個人"
    "信息處理活動以及採取的保護措施等進行監督。"
)
PIPL_52_2_HANT_CHANGED = (
    "個人信息處理者應當公布個人信息保護負責人的聯繫方式，並將負責人的姓名、聯繫方式等報送履行個人"
    "信息保護職責的部門。"
)


def _cases() -> list[tuple[str, str, str, str, str]]:
    """(text, the exact paragraph's words, its statute, its article, what the text is)."""
    pipl_1 = _paragraphs(PIPL, "52")[0]
    gdpr_1 = _paragraphs(GDPR, "33")[0]
    gdpr_2 = _changed(GDPR, "33", 1, "shall notify", "must inform")
    return [
        (
            "该法还就个人信息保护负责人作出安排。\n\n" + pipl_1 + "\n" + PIPL_52_2_CHANGED,
            pipl_1,
            PIPL,
            "52",
            "zh-Hans, a line break between the paragraphs",
        ),
        (
            "该法还就个人信息保护负责人作出安排。" + pipl_1 + PIPL_52_2_CHANGED,
            pipl_1,
            PIPL,
            "52",
            "zh-Hans, only the full stop between the paragraphs",
        ),
        (
            "該法還就個人信息保護負責人作出安排。\n\n"
            + PIPL_52_1_HANT
            + "</p><p>"
            + PIPL_52_2_HANT_CHANGED,
            PIPL_52_1_HANT,
            PIPL,
            "52",
            "zh-Hant, markup between the paragraphs",
        ),
        (
            "Breach notification is strict.\n\n" + gdpr_1 + "\n" + gdpr_2,
            gdpr_1,
            GDPR,
            "33",
            "English, a line break between the paragraphs",
        ),
    ]


@pytest.mark.parametrize("index", range(4), ids=lambda i: f"case-{i}")
def test_the_exact_paragraph_is_reported_on_its_own(
    checker: Checker, rule: RuleSwitch, index: int
) -> None:
    rule.take_out(article_paragraphs, "_split", lambda *args: [])
    text, exact, statute, article, _ = _cases()[index]
    quotes = checker.check_text(text).quotes
    on_its_own = [
        q
        for q in quotes
        if simplified_text(q.text).rstrip("。.") == simplified_text(exact).rstrip("。.")
    ]
    if rule.on:
        assert len(on_its_own) == 1, [(q.text, q.verdict) for q in quotes]
        found = on_its_own[0]
        assert found.verdict in ("verbatim", "minor")
        assert found.match is not None
        assert (found.match.statute, found.match.article) == (statute, article)
        # The changed paragraph stays a quotation of the same article, no longer verbatim.
        rest = [q for q in quotes if q.start >= found.end and q.match is not None]
        assert rest and rest[0].verdict not in ("verbatim", "minor")
        assert (rest[0].match.statute, rest[0].match.article) == (statute, article)
    else:
        assert not on_its_own


def _by_article_paragraph(checker: Checker, words: str) -> list[tuple[str, str]]:
    """The rule applied to ``words`` reproduced unquoted and matched whole with the matcher:
    the pieces it reports, with their verdicts."""
    span = QuoteSpan(words, 0, len(words), "none")
    result = checker.matcher.match(words)

    def match(piece: QuoteSpan, citation: CitationSpan | None) -> MatchResult:
        return checker.matcher.match(piece.text)

    spans, results, _ = article_paragraphs.by_article_paragraph([span], [result], [[]], match)
    return [(s.text, r.verdict) for s, r in zip(spans, results, strict=True)]


def test_an_abridged_reproduction_stays_whole_and_altered(checker: Checker) -> None:
    # GDPR Art. 33(1), changed (shall -> must), and 33(3), 33(2) dropped between them: the words
    # dropped between them are an alteration of the whole, which no piece would show.
    first = _changed(GDPR, "33", 0, "shall", "must")
    second, third = _paragraphs(GDPR, "33")[1:3]
    abridged = first + "\n" + third
    assert checker.matcher.match(abridged).verdict == "altered"
    assert _by_article_paragraph(checker, abridged) == [(abridged, "altered")]
    # The first two paragraphs, nothing left out between them, are split.
    pieces = _by_article_paragraph(checker, first + "\n" + second)
    assert pieces == [(first, "altered"), (second, "verbatim")]


def test_a_quotation_in_quotation_marks_stays_whole(checker: Checker) -> None:
    pipl_1 = _paragraphs(PIPL, "52")[0]
    text = "《个人信息保护法》第五十二条规定：“" + pipl_1 + PIPL_52_2_CHANGED + "”"
    quotes = [q for q in checker.check_text(text).quotes if q.match is not None]
    assert len(quotes) == 1
    assert quotes[0].verdict == "altered"
