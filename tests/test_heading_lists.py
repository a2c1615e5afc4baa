"""A quoted list of a law's headings is not law text (issue 14, item 3): "该法围绕着“数据安全与
发展、数据安全制度、数据安全保护义务、政务数据安全与开放”来提出要求" quotes four chapter titles of the
Data Security Law run together, which the matcher took for a paraphrase of its Art. 39. Each piece
being one of the store's chapter, section or article headings, the quotation is `unmatched` with a
note (match/law_text.py ``_is_heading_list``). A list whose pieces are not all headings is left to
the other rules.

The headings come from the shipped store; the sentences around them are written for these tests,
the Traditional-script one converted by hand.
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_match

from lawref.match.law_text import LawTextScreen
from lawref.match.results import MatchResult
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

DSL = "cn-data-security-law"
GDPR = "eu-gdpr"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(DSL, GDPR)


def _chapters(store: Store, statute: str, separator: str, drop_number: bool) -> str:
    found = store.get(statute)
    assert found is not None
    titles: list[str] = []
    for article in found.articles:
        if article.chapter and article.chapter not in titles:
            titles.append(article.chapter)
    names = [t.split(" ", 1)[1] if drop_number else t for t in titles[1:5]]
    return separator.join(names)


def _gdpr_sections(store: Store) -> str:
    found = store.get(GDPR)
    assert found is not None
    sections: list[str] = []
    for article in found.articles:
        if article.section and article.section not in sections:
            sections.append(article.section)
    return "; ".join(s.split(" ", 2)[2] for s in sections[:4])  # "Section 1 Transparency …"


def _documents(store: Store) -> dict[str, str]:
    hans = _chapters(store, DSL, "、", drop_number=True)
    hant = "數據安全與發展、數據安全制度、數據安全保護義務、政務數據安全與開放"
    return {
        "zh-Hans": f"该法另外四个章节围绕着“{hans}”来提出要求。",
        "zh-Hant": f"該法另外四個章節圍繞著「{hant}」來提出要求。",
    }


@pytest.mark.parametrize("language", ["zh-Hans", "zh-Hant"])
def test_a_quoted_list_of_chapter_titles_is_not_linked(
    store: Store, rule: RuleSwitch, language: str
) -> None:
    document = _documents(store)[language]
    rule.take_out(LawTextScreen, "_is_heading_list", lambda self, bare: False)
    quotes = [q for q in Checker(store).check_text(document).quotes if "、" in q.text]
    assert quotes
    if rule.on:
        assert all(q.verdict == "unmatched" for q in quotes)
        assert any("a list of a law's headings" in n for q in quotes for n in q.notes)
    else:
        assert any(q.verdict != "unmatched" and q.match is not None for q in quotes)


def test_english_list_of_section_titles_is_screened(store: Store, rule: RuleSwitch) -> None:
    """English: a list of the GDPR's section titles, had the matcher linked it (it finds no
    article for it in the shipped store), is screened out as headings."""
    quote = _gdpr_sections(store)
    rule.take_out(LawTextScreen, "_is_heading_list", lambda self, bare: False)
    result = MatchResult("paraphrase", 70.0, stored_match(store, GDPR, "12"))
    screened, note = LawTextScreen(store).screen(quote, [], result)
    if rule.on:
        assert screened.verdict == "unmatched" and note and "headings" in note
    else:
        assert screened.verdict == "paraphrase"


@pytest.mark.parametrize(
    "quote",
    [
        "数据安全与发展、窃取国家秘密",  # one piece is no heading
        "Transparency and modalities; the controller shall act",
    ],
)
def test_a_list_with_words_that_are_no_heading_is_not_screened_as_one(
    store: Store, quote: str
) -> None:
    assert not LawTextScreen(store)._is_heading_list(quote)
