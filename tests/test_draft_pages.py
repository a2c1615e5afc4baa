"""A page that is a draft of a law holds the draft's articles (issue 14, item 3: the Commission's
and the Council's drafts of the GDPR and of the AI Act quoted with no citation beside them). The
page says so in its title line ("… (Proposal 25.11.2022)", "the version endorsed by the
Coreper", 《……（征求意见稿）》), by a Commission
proposal's document number ("COM(2021) 206 final"), or by the Council's struck paragraphs ("2.
(…)"). Its uncited words that are only a near-copy of a stored article are not linked
(pipeline/enacted.py); an exact copy keeps its link, and a page that only mentions a proposal in
its prose keeps its near-copies linked.

The drafts' words (texts the store does not hold) are written for these tests by changing stored
articles, the Traditional-script ones converted by hand; the GDPR's come from the shipped store.
"""

from __future__ import annotations

import pytest
from rule_pages import traditional
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article, windows_without

from lawref.pipeline import enacted as enacted_module
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

GDPR = "eu-gdpr"
CSL = "cn-cybersecurity-law"

_HANS = (
    "任何组织和个人不得窃取或者以其他非法方式获取他人个人信息，不得出售或者非法向他人提供个人信息。"
)
_HANT = (
    "任何組織和個人不得竊取或者以其他非法方式獲取他人個人信息，不得出售或者非法向他人提供個人信息。"
)


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, CSL)


def _gdpr33(store: Store) -> str:
    first = stored_article(store, GDPR, "33").text.split("\n")[0]
    return " ".join(first.split("1.", 1)[1].split())


def _changed(store: Store) -> str:
    return _gdpr33(store).replace(
        "the supervisory authority competent in accordance with Article 55",
        "the competent authority",
    )


def _pages(store: Store) -> dict[str, tuple[str, str]]:
    """case -> (a draft's page, a piece of its near-copy)."""
    changed = _changed(store)
    return {
        "en-title": (
            f"Notification of a breach, Data Protection Regulation (Proposal 25.01.2012)\n\n{changed}",
            "personal data",
        ),
        # the Council's text: the version its committee of ambassadors endorsed (a page tracking
        # the AI Act's drafts, recital by recital)
        "en-council-version": (
            "Notification of a breach\n\nUpdated on Feb 6th based on the version endorsed by "
            f"the Coreper I on Feb 2nd\n\n{changed}",
            "personal data",
        ),
        "en-document-number": (
            f"{changed}\n\nhistory/commission-2012/art/31 · 2012-01-25 (COM(2012) 11 final)",
            "personal data",
        ),
        "en-struck-paragraphs": (
            f"1. {changed}\n2. (…)\n3. (…) 4. (…)\n",
            "personal data",
        ),
        "zh-Hans": (f"网络信息保护条例（征求意见稿）\n\n{_HANS}", "不得窃取"),
        "zh-Hans-bill": (f"网络信息保护法（草案）\n\n{_HANS}", "不得窃取"),
        "zh-Hant": (f"網絡信息保護條例（徵求意見稿）\n\n{_HANT}", "不得竊取"),
    }


@pytest.mark.parametrize(
    "case",
    [
        "en-title",
        "en-council-version",
        "en-document-number",
        "en-struck-paragraphs",
        "zh-Hans",
        "zh-Hans-bill",
        "zh-Hant",
    ],
)
def test_near_copy_on_a_draft_page_is_not_linked(store: Store, rule: RuleSwitch, case: str) -> None:
    page, piece = _pages(store)[case]
    checker = Checker(store)
    rule.take_out(checker.finder, "windows", windows_without(checker, "draft_title", "draft_marks"))
    quotes = [q for q in checker.check_text(page).quotes if piece in q.text]
    assert quotes
    if rule.on:
        assert all(q.verdict == "unmatched" and q.match is None for q in quotes)
        assert any("the page is a draft" in n for q in quotes for n in q.notes)
    else:
        assert any(q.verdict == "altered" and q.match is not None for q in quotes)


def test_exact_copy_on_a_draft_page_keeps_its_link(store: Store) -> None:
    page = f"Data Protection Regulation (Proposal 25.01.2012)\n\n{_gdpr33(store)}"
    linked = [q for q in Checker(store).check_text(page).quotes if q.match is not None]
    assert linked and all(q.verdict != "unmatched" for q in linked)
    assert all(q.match is not None and q.match.article == "33" for q in linked)


@pytest.mark.parametrize(
    "page",
    [
        # a proposal mentioned in the prose, not in the title line
        "Breach notification under the GDPR\n\nThe duty reads: “{changed}”\n\n"
        "The Commission's proposal for a Regulation set a 24-hour deadline.",
        # an elision inside a sentence, not a struck paragraph
        "Breach notification under the GDPR\n\n{changed} The controller (…) shall document it.",
        # Chinese: a draft mentioned in the prose after the title
        "网络安全法解读\n\n"
        + _HANS
        + "\n\n"
        + "该条文源自2012年的决定。" * 20
        + "此前的征求意见稿曾有不同表述。",
    ],
)
def test_a_page_that_only_mentions_a_draft_keeps_its_near_copies_linked(
    store: Store, page: str
) -> None:
    quotes = Checker(store).check_text(page.replace("{changed}", _changed(store))).quotes
    assert any(q.verdict == "altered" and q.match is not None for q in quotes)
    assert not any("the page is a draft" in n for q in quotes for n in q.notes)


# --- a sister instrument's term in a near-copy --------------------------------------------------


def _gdpr4_controller(store: Store) -> str:
    """The GDPR's definition of a controller, as stored (point 7 of Art. 4)."""
    text = stored_article(store, GDPR, "4").text
    start = text.index("‘controller’")
    return " ".join(text[start : text.index("\n", start)].split())


def _term_pages(store: Store) -> dict[str, tuple[str, str]]:
    """case -> (a page quoting a sister instrument's near-copy, a piece of it). Regulation (EU)
    2018/1725 puts "the Union institution or body" where the GDPR has "the natural or legal
    person, public authority, agency or other body"; the NPCSC's 2012 Decision says 公民个人电子
    信息 where the Cybersecurity Law says 个人信息."""
    controller = (
        _gdpr4_controller(store)
        .replace(
            "‘controller’ means the natural or legal person, public authority, agency or other body",
            "The Union institution or body or any other organisational entity",
        )
        .replace("by Union or Member State law, the", "by a specific Union act, the")
        .replace(
            "may be provided for by Union or Member State law;", "can be provided for by Union law."
        )
    )
    return {
        "en": (f"Controller\n\n{controller}", "purposes and means"),
        "zh-Hans": (
            "任何组织和个人不得窃取或者以其他非法方式获取公民个人电子信息，不得出售或者非法向他人"
            "提供公民个人电子信息。",
            "不得窃取",
        ),
        "zh-Hant": (
            "任何組織和個人不得竊取或者以其他非法方式獲取公民個人電子信息，不得出售或者非法向他人"
            "提供公民個人電子信息。",
            "不得竊取",
        ),
    }


@pytest.mark.parametrize("language", ["en", "zh-Hans", "zh-Hant"])
def test_near_copy_with_a_sister_instrument_s_term_is_not_linked(
    store: Store, rule: RuleSwitch, language: str
) -> None:
    page, piece = _term_pages(store)[language]
    checker = Checker(store)
    rule.take_out(checker.finder, "windows", windows_without(checker, "sister_terms"))
    quotes = [q for q in checker.check_text(page).quotes if piece in q.text]
    assert quotes
    if rule.on:
        assert all(q.verdict == "unmatched" and q.match is None for q in quotes)
        assert any("is a term of another instrument" in n for q in quotes for n in q.notes)
    else:
        assert any(q.verdict in ("altered", "paraphrase") and q.match for q in quotes)


# --- an exact stretch that is only part of a draft's sentence -----------------------------------


def _partial_pages(store: Store) -> dict[str, tuple[str, str]]:
    """case -> (a draft's page whose sentence opens in its own words, then goes on in a stored
    article's exact words; a piece of those words). The English draft is marked by its document
    number: a title naming the proposal would be its citation (renderings.py reads that)."""
    csl = stored_article(store, CSL, "44").text.strip().split("\n")[0]
    gdpr33 = _gdpr33(store)
    zh = f"网络信息保护条例（征求意见稿）\n\n为此目的，{csl}"
    return {
        "en": (
            f"To that end and without delay, {gdpr33[0].lower()}{gdpr33[1:]}\n\n"
            "history/commission-2012/art/31 · 2012-01-25 (COM(2012) 11 final)",
            "personal data",
        ),
        "zh-Hans": (zh, "不得泄露"),
        "zh-Hant": (traditional(zh), "不得泄露"),
    }


@pytest.mark.parametrize("case", ["en", "zh-Hans", "zh-Hant"])
def test_an_exact_stretch_of_a_drafts_sentence_is_not_linked(
    store: Store, rule: RuleSwitch, case: str
) -> None:
    # (heldout14: the AI Act proposal's Recital 48, exact but for its first words)
    page, piece = _partial_pages(store)[case]
    checker = Checker(store)
    rule.take_out(
        enacted_module, "part_of_sentence", lambda text, start, quote, citations=(): False
    )
    quotes = [q for q in checker.check_text(page).quotes if piece in q.text]
    assert quotes
    if rule.on:
        assert all(q.verdict == "unmatched" and q.match is None for q in quotes)
        assert any("not the rest of their sentence" in n for q in quotes for n in q.notes)
    else:
        assert any(q.verdict in ("verbatim", "minor") and q.match is not None for q in quotes)
