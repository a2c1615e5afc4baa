"""A quotation in quotation marks made of the law's own words in the law's order, many left out
("中央国安领导机构负责数据安全工作决策和协调，…" for "中央国家安全领导机构负责国家数据安全工作的
决策和议事协调，…"), is the law shortened: ``altered``, the left-out words listed, not a
``paraphrase`` in the writer's own words (issue 14, heldout11: the Hong Kong law's Art. 49(1)
shortened inside 「」).

Each case runs with the rule on and off (pipeline/shortened.py, as pipeline/checker.py calls it);
the shortened quotations are written here from the stored articles."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.match.results import MatchResult
from lawref.pipeline import checker as checker_module
from lawref.pipeline import shortened
from lawref.pipeline.checker import Checker
from lawref.spans import QuoteSpan
from lawref.store.files import Store

DSL = "cn-data-security-law"
GDPR = "eu-gdpr"

# (the text, the article, words the writer left out that the differences must name)
CASES = [
    (
        "数据安全法第五条规定：“中央国安领导机构负责数据安全工作决策和协调，研究制定、实施数据"
        "安全战略和重大政策，统筹数据安全重大事项和工作，建立数据安全协调机制”。",
        "5",
        "议事",
    ),
    (
        "數據安全法第五條規定：「中央國安領導機構負責數據安全工作決策和協調，研究制定、實施數據"
        "安全戰略和重大政策，統籌數據安全重大事項和工作，建立數據安全協調機制」。",
        "5",
        "议事",
    ),
    (
        "Article 5 GDPR requires that personal data be “collected for specified purposes and not "
        "further processed in a manner that is incompatible with those purposes; further "
        "processing for archiving purposes in the public interest, research purposes or "
        "statistical purposes shall not be considered to be incompatible with the initial "
        "purposes”.",
        "5",
        "explicit and legitimate",
    ),
]


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(DSL, GDPR)


@pytest.mark.parametrize(("text", "article", "left_out"), CASES, ids=["zh-Hans", "zh-Hant", "en"])
def test_the_law_shortened_in_quotation_marks_is_altered(
    store: Store, rule: RuleSwitch, text: str, article: str, left_out: str
) -> None:
    def unchanged(text: str, span: QuoteSpan, result: MatchResult) -> MatchResult:
        return result

    rule.take_out(checker_module, "shortened_quotation", unchanged)
    quotes = [q for q in Checker(store).check_text(text).quotes if q.match is not None]
    assert [q.match.article for q in quotes if q.match] == [article]
    if not rule.on:
        assert quotes[0].verdict == "paraphrase"
        return
    assert quotes[0].verdict == "altered"
    assert left_out in [d.statute for d in quotes[0].differences if d.op == "delete"]


@pytest.mark.parametrize(("text", "article", "left_out"), CASES, ids=["zh-Hans", "zh-Hant", "en"])
def test_a_word_of_the_writers_own_is_no_shortened_copy(
    store: Store, monkeypatch: pytest.MonkeyPatch, text: str, article: str, left_out: str
) -> None:
    """One word the law's passage does not have (领导 → 指挥, "specified" → "stated"): the
    writer retells, and the rule leaves the verdict as the alignment gave it."""
    retold = text.replace("领导机构", "指挥机构").replace("領導機構", "指揮機構")
    retold = retold.replace("for specified purposes", "for stated purposes")
    assert retold != text
    checker = Checker(store)
    with_rule = [(q.verdict, q.differences) for q in checker.check_text(retold).quotes]
    monkeypatch.setattr(checker_module, "shortened_quotation", lambda text, span, r: r)
    without = [(q.verdict, q.differences) for q in checker.check_text(retold).quotes]
    assert with_rule == without


# The same shortened quotations, announced by their lead-in as a summary: the writer says the
# words are not the law's own, so they stay a paraphrase (and keep their link).
SUMMARISED = [
    (CASES[0][0], "规定", "被概括为"),
    (CASES[1][0], "規定", "被概括為"),
    (CASES[2][0], "requires that personal data be", "can be summed up as"),
]


@pytest.mark.parametrize(("text", "lead", "summary"), SUMMARISED, ids=["zh-Hans", "zh-Hant", "en"])
def test_a_quotation_announced_as_a_summary_stays_a_paraphrase(
    store: Store, text: str, lead: str, summary: str
) -> None:
    assert lead in text
    summarised = text.replace(lead, summary, 1)
    shortened = [q for q in Checker(store).check_text(text).quotes if q.match is not None]
    quotes = [q for q in Checker(store).check_text(summarised).quotes if q.match is not None]
    assert [q.verdict for q in shortened] == ["altered"]
    assert [(q.verdict, q.match.article if q.match else None) for q in quotes] == [
        ("paraphrase", shortened[0].match.article if shortened[0].match else None)
    ]


# The shortened quotations with one grammar word of the writer's added where the law has none —
# a modal (应/應) or an article ("the") that rejoins the kept words — are still the law shortened:
# the added word is listed as an insertion (heldout17: the Data Security Law's Art. 6(3) quoted
# with 应 put where its clause was cut).
GLUED = [
    (CASES[0][0].replace("负责数据", "应负责数据"), "应"),
    (CASES[1][0].replace("負責數據", "應負責數據"), "应"),
    (CASES[2][0].replace("for specified purposes", "for the specified purposes"), "the"),
]


@pytest.mark.parametrize(("text", "added"), GLUED, ids=["zh-Hans", "zh-Hant", "en"])
def test_one_grammar_word_added_is_still_the_law_shortened(
    store: Store, rule: RuleSwitch, text: str, added: str
) -> None:
    assert text not in (case[0] for case in CASES)
    rule.take_out(shortened, "_in_order_one_added", lambda mine, theirs: (None, []))
    quotes = [q for q in Checker(store).check_text(text).quotes if q.match is not None]
    assert [q.match.article for q in quotes if q.match] == ["5"]
    if not rule.on:
        assert quotes[0].verdict == "paraphrase"
        return
    assert quotes[0].verdict == "altered"
    assert [d.quote for d in quotes[0].differences if d.op == "insert"] == [added]


# A second added word, or a content word added, is the writer's own wording: a retelling.
RETOLD_MORE = [
    GLUED[0][0].replace("建立数据", "须建立数据"),
    GLUED[1][0].replace("建立數據", "須建立數據"),
    GLUED[2][0].replace("for the specified", "only for the specified"),
]


@pytest.mark.parametrize("text", RETOLD_MORE, ids=["zh-Hans", "zh-Hant", "en"])
def test_two_words_added_stay_a_paraphrase(store: Store, text: str) -> None:
    quotes = [q for q in Checker(store).check_text(text).quotes if q.match is not None]
    assert [(q.verdict, q.match.article if q.match else None) for q in quotes] == [
        ("paraphrase", "5")
    ]
