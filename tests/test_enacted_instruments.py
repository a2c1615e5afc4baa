"""A page whose own text enacts another instrument holds that instrument's articles (issue 14,
item 3: an NPCSC decision quoted without a citation): "……，特作如下决定：" (the NPCSC's 2012
Decision on Strengthening Network Information Protection, whose items the Cybersecurity Law later
took up and changed), "The Board hereby decides as follows:". Uncited words there that are only a
near-copy of a stored article are not linked (pipeline/enacted.py); an exact copy keeps its link.

The decision's words (an instrument the store does not hold) are written for these tests, the
Traditional-script ones converted by hand; the GDPR's come from the shipped store.
"""

from __future__ import annotations

import dataclasses
import re

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article, windows_without

from lawref.pipeline.checker import Checker
from lawref.store.files import Store

GDPR = "eu-gdpr"
CSL = "cn-cybersecurity-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, CSL)


def _gdpr33(store: Store) -> str:
    first = stored_article(store, GDPR, "33").text.split("\n")[0]
    return " ".join(first.split("1.", 1)[1].split())


def _documents(store: Store) -> dict[str, tuple[str, str]]:
    """language -> (document, a piece of the near-copy)."""
    changed = _gdpr33(store).replace(
        "the supervisory authority competent in accordance with Article 55",
        "the European Data Protection Supervisor",
    )
    return {
        "en": (f"The Management Board hereby decides as follows:\n\n{changed}", "personal data"),
        "zh-Hans": (
            "为了保护网络信息安全，保障公民、法人和其他组织的合法权益，维护国家安全和社会公共利益，"
            "特作如下决定：\n一、国家保护能够识别公民个人身份和涉及公民个人隐私的电子信息。\n"
            "任何组织和个人不得窃取或者以其他非法方式获取公民个人电子信息，不得出售或者非法向他人"
            "提供公民个人电子信息。",
            "不得窃取",
        ),
        "zh-Hant": (
            "為了保護網絡信息安全，保障公民、法人和其他組織的合法權益，維護國家安全和社會公共利益，"
            "特作如下決定：\n一、國家保護能夠識別公民個人身份和涉及公民個人隱私的電子信息。\n"
            "任何組織和個人不得竊取或者以其他非法方式獲取公民個人電子信息，不得出售或者非法向他人"
            "提供公民個人電子信息。",
            "不得竊取",
        ),
    }


@pytest.mark.parametrize("language", ["en", "zh-Hans", "zh-Hant"])
def test_near_copy_on_a_page_enacting_a_decision_is_not_linked(
    store: Store, rule: RuleSwitch, language: str
) -> None:
    document, piece = _documents(store)[language]
    checker = Checker(store)
    # (the decision's own term, 公民个人电子信息, marks its words too: off as well)
    rule.take_out(checker.finder, "windows", windows_without(checker, "enacts", "sister_terms"))
    quotes = [q for q in checker.check_text(document).quotes if piece in q.text]
    assert quotes
    if rule.on:
        assert all(q.verdict == "unmatched" and q.match is None for q in quotes)
        assert any("enacts another instrument" in n for q in quotes for n in q.notes)
    else:
        assert any(q.verdict == "altered" and q.match is not None for q in quotes)


def test_exact_copy_on_such_a_page_keeps_its_link(store: Store) -> None:
    document = f"The Management Board hereby decides as follows:\n\n{_gdpr33(store)}"
    linked = [q for q in Checker(store).check_text(document).quotes if q.match is not None]
    assert linked and all(q.verdict != "unmatched" for q in linked)
    assert all(q.match is not None and q.match.article == "33" for q in linked)


class _CountingPattern:
    """A pattern that counts its searches of whole pages (``length`` characters or more)."""

    def __init__(self, pattern: re.Pattern[str], length: int) -> None:
        self.pattern, self.length, self.pages = pattern, length, 0

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        self.pages += len(text) >= self.length
        return self.pattern.search(text, *args)


@pytest.mark.parametrize("language", ["en", "zh-Hans", "zh-Hant"])
def test_a_page_is_searched_once_for_its_enacting_words_and_drafts_marks(
    store: Store, language: str
) -> None:
    """Each uncited near-copy asks whether its page enacts another instrument or is a draft; the
    page is read whole once a check for each, not once for each near-copy (quadratic in a long
    page), and every near-copy is still left unlinked."""
    document, piece = _documents(store)[language]
    head, words = document.split("\n", 1)
    page = "\n\n".join([head, words, words, words])
    checker = Checker(store)
    windows = checker.finder.windows
    enacts = _CountingPattern(windows.enacts, len(page))
    marks = _CountingPattern(windows.draft_marks, len(page))
    checker.finder.windows = dataclasses.replace(windows, enacts=enacts, draft_marks=marks)
    quotes = [q for q in checker.check_text(page).quotes if piece in q.text]
    assert len(quotes) >= 2
    assert all(q.verdict == "unmatched" and q.match is None for q in quotes)
    assert enacts.pages == 1
    assert marks.pages <= 1
    # a second check of the same page reads it again (what was found is kept for one check)
    checker.check_text(page)
    assert enacts.pages == 2
