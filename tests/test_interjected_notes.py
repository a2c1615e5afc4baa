"""A definition set into an article's words as a note — the term, the defining article's citation
and a colon, the definition, then the article's sentence going on — credits the note to its
citation, and the article's words around it to the article (issue 14, the class seen on the
twenty-third held-out set: a commentary page's tooltips).

Two rules, each run on and off:

- pipeline/interjected_notes.py: the citation that opens the note does not introduce the words
  resuming the article's sentence after it (off: they read as misattributed to the defining
  article);
- pipeline/carried.py ``_LEAD_IN``: a citation followed by a colon before the words presents them,
  and is no cross-reference the law's own sentence carries (off: the definition lost its citation
  and read as misattributed to the heading above). In the Chinese pages here the words before the
  note are too few to read as the law's sentence running on, so only the English page shows it.

The pages' own lines are written for these tests; the law's words are the shipped store's
(Traditional converted by hand from the Simplified)."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article, stored_paragraphs

from lawref.pipeline import carried
from lawref.pipeline import checker as checker_module
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

GDPR = "eu-gdpr"
DSL = "cn-data-security-law"

DSL3_PROCESSING = "数据处理，包括数据的收集、存储、使用、加工、传输、提供、公开等。"
DSL27_REST = (
    "活动应当依照法律、法规的规定，建立健全全流程数据安全管理制度，组织开展数据安全教育培训，"
    "采取相应的技术措施和其他必要措施，保障数据安全。"
)
DSL3_PROCESSING_TRAD = "數據處理，包括數據的收集、存儲、使用、加工、傳輸、提供、公開等。"
DSL27_REST_TRAD = (
    "活動應當依照法律、法規的規定，建立健全全流程數據安全管理制度，組織開展數據安全教育培訓，"
    "採取相應的技術措施和其他必要措施，保障數據安全。"
)


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, DSL)


def _english(store: Store) -> tuple[str, str, str]:
    """(page, the definition's opening, the resumed words' opening): GDPR Art. 28(1) with Art.
    4(7)'s definition of a controller set in after "on behalf of a controller"."""
    definitions = stored_article(store, GDPR, "4").text
    start = definitions.index("‘controller’ means")
    definition = definitions[start : definitions.index("\n", start)].rstrip(";") + "."
    host = stored_paragraphs(store, GDPR, "28")[0]
    cut = host.index(", the controller shall")
    page = (
        "GDPR commentary\n\nArticle 28\n\n"
        f"1. {host[:cut]} Article 4(7) GDPR: {definition} {host[cut:]}\n"
    )
    return page, "means the natural or legal person", "the controller shall use only"


def _chinese(store: Store) -> list[tuple[str, str, str]]:
    """(page, the definition's opening, the resumed words' opening): the Data Security Law's Art.
    27 with Art. 3's definition of 数据处理 set in after its term."""
    assert DSL3_PROCESSING in stored_article(store, DSL, "3").text
    assert "开展数据处理" + DSL27_REST in stored_article(store, DSL, "27").text
    return [
        (
            f"条文释义\n\n《数据安全法》第二十七条\n\n开展数据处理《数据安全法》第三条：{DSL3_PROCESSING}"
            f"{DSL27_REST}\n",
            DSL3_PROCESSING[:8],
            DSL27_REST[:8],
        ),
        (
            f"條文釋義\n\n《數據安全法》第二十七條\n\n開展數據處理《數據安全法》第三條：{DSL3_PROCESSING_TRAD}"
            f"{DSL27_REST_TRAD}\n",
            DSL3_PROCESSING_TRAD[:8],
            DSL27_REST_TRAD[:8],
        ),
    ]


def _quote(store: Store, page: str, opening: str):  # type: ignore[no-untyped-def]
    quotes = [q for q in Checker(store).check_text(page).quotes if q.text.startswith(opening)]
    assert len(quotes) == 1, [
        (q.text, q.attribution) for q in Checker(store).check_text(page).quotes
    ]
    return quotes[0]


@pytest.mark.parametrize("case", range(3))
def test_the_words_resuming_after_a_note_are_not_credited_to_the_notes_citation(
    store: Store, rule: RuleSwitch, case: int
) -> None:
    page, _, resumed = [_english(store), *_chinese(store)][case]
    rule.take_out(
        checker_module,
        "drop_interjected",
        lambda text, spans, results, groups, citations, store: list(groups),
    )
    quote = _quote(store, page, resumed)
    host = "28" if case == 0 else "27"
    assert quote.match is not None and quote.match.article == host
    if rule.on:
        assert quote.attribution == "consistent"
        assert quote.cited_as is not None and quote.cited_as.article == host
    else:  # the note's citation, nearest before them
        assert quote.attribution == "misattributed"
        assert quote.cited_as is not None and quote.cited_as.article in ("4", "3")


def test_a_citation_before_a_colon_presents_the_definition_after_it(
    store: Store, rule: RuleSwitch
) -> None:
    page, definition, _ = _english(store)
    rule.take_out(carried, "_LEAD_IN", ("\x00",))
    quote = _quote(store, page, definition)
    assert quote.match is not None and quote.match.article == "4"
    if rule.on:
        assert quote.attribution == "consistent"
        assert quote.cited_as is not None and quote.cited_as.text == "Article 4(7) GDPR"
    else:  # the citation read as the law's own cross-reference, the heading above taking over
        assert quote.attribution == "misattributed"


@pytest.mark.parametrize("case", range(2))
def test_a_chinese_definition_note_keeps_its_citation(store: Store, case: int) -> None:
    page, definition, _ = _chinese(store)[case]
    quote = _quote(store, page, definition)
    assert quote.match is not None and quote.match.article == "3"
    assert quote.attribution == "consistent"
