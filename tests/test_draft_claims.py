"""A page that is a draft of a law, or is dated before the law was adopted, quotes a text the store
does not hold (issue 14, items 2 and 3; heldout22: the European Parliament's October 2013 text of
the GDPR, whose Art. 35 is the enacted Art. 37, a sentence of it reported `misattributed` to
recital 97; the Council's 2022 text of the AI Act, its Art. 44(2) linked as a paraphrase).

- Such a page accuses no one (pipeline/draft_claims.py): exact words of another stored article,
  cited by the draft's number, are `unverified`, with a note; a page dated after the adoption
  keeps the claim.
- Its near-copies cited on a line naming the draft, or dated before the law, are the draft's
  words, not linked (pipeline/enacted.py,
  ``cited_elsewhere``), as its uncited ones already were (tests/test_draft_pages.py).

The pages are written for these tests: dates and drafts' words made up, the laws' words taken
from the shipped store and changed here; the Traditional-script pages converted by
tests/rule_pages.py.
"""

from __future__ import annotations

import datetime as dt

import pytest
from rule_pages import traditional
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.pipeline import draft_claims as draft_claims_module
from lawref.pipeline import enacted as enacted_module
from lawref.pipeline.checker import Checker
from lawref.report import Quote
from lawref.spans import SourceText
from lawref.store.files import Store

GDPR = "eu-gdpr"
DSL = "cn-data-security-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, DSL)


def _gdpr_37_2(store: Store) -> str:
    """GDPR Art. 37(2), exact (a group of undertakings may appoint one officer)."""
    lines = stored_article(store, GDPR, "37").text.split("\n")
    return next(line for line in lines if line.startswith("2."))[2:].strip()


def _dsl_27(store: Store) -> str:
    """The Data Security Law's Art. 27, its first sentence, exact."""
    return stored_article(store, DSL, "27").text.split("。")[0] + "。"


def _exact_pages(store: Store, dated: str, dated_zh: str) -> dict[str, str]:
    """case -> a page citing another article's exact words under a date line."""
    gdpr, dsl = _gdpr_37_2(store), _dsl_27(store)
    zh = f"数据安全法\n{dated_zh}\n\n《数据安全法》第二十五条规定：“{dsl}”"
    return {
        "en": f"Designation of the officer\n{dated}\n\n"
        f"Article 35(2) of the General Data Protection Regulation reads: “{gdpr}”",
        "zh-Hans": zh,
        "zh-Hant": traditional(zh),
    }


def _quote(checker: Checker, page: str) -> Quote:
    quotes = [q for q in checker.check_text(page).quotes if q.match is not None]
    assert len(quotes) == 1
    return quotes[0]


@pytest.mark.parametrize("case", ["en", "zh-Hans", "zh-Hant"])
def test_a_page_dated_before_the_law_accuses_no_one(
    store: Store, rule: RuleSwitch, case: str
) -> None:
    page = _exact_pages(store, "October 2013", "2019年7月")[case]
    rule.take_out(draft_claims_module, "dated_before", lambda *args: None)
    quote = _quote(Checker(store), page)
    assert quote.verdict == "verbatim"
    if rule.on:
        assert quote.attribution == "unverified"
        assert any("not misattributed" in n and "before" in n for n in quote.notes)
    else:
        assert quote.attribution == "misattributed"


@pytest.mark.parametrize("case", ["en", "zh-Hans", "zh-Hant"])
def test_a_page_dated_after_the_law_keeps_its_claim(store: Store, case: str) -> None:
    # (a month is read as its last day: the adoption's own month is not before it)
    page = _exact_pages(store, "April 2016", "2021年6月")[case]
    assert _quote(Checker(store), page).attribution == "misattributed"


def _draft_pages(store: Store) -> dict[str, str]:
    """case -> a draft's page (its title line says so) citing another article's exact words."""
    gdpr, dsl = _gdpr_37_2(store), _dsl_27(store)
    zh = f"数据安全法（草案）\n\n《数据安全法》第二十五条规定：“{dsl}”"
    return {
        "en": "Data Protection Regulation (Proposal 25.01.2012)\n\n"
        f"Article 35(2) of the General Data Protection Regulation reads: “{gdpr}”",
        "zh-Hans": zh,
        "zh-Hant": traditional(zh),
    }


@pytest.mark.parametrize("case", ["en", "zh-Hans", "zh-Hant"])
def test_a_drafts_page_accuses_no_one(store: Store, rule: RuleSwitch, case: str) -> None:
    rule.take_out(draft_claims_module, "drafting", lambda text, windows: None)
    quote = _quote(Checker(store), _draft_pages(store)[case])
    if rule.on:
        assert quote.attribution == "unverified"
        assert any("the page is a draft" in n for n in quote.notes)
    else:
        assert quote.attribution == "misattributed"


def test_a_page_published_before_the_law_accuses_no_one(store: Store, rule: RuleSwitch) -> None:
    page = f"Article 35(2) of the General Data Protection Regulation reads: “{_gdpr_37_2(store)}”"
    rule.take_out(draft_claims_module, "dated_before", lambda *args: None)
    source = SourceText(source="page", text=page, date=dt.date(2014, 3, 1))
    (quote,) = Checker(store).check_source(source).quotes
    assert quote.attribution == ("unverified" if rule.on else "misattributed")


def _near_copies(store: Store, head: str, head_zh: str) -> dict[str, str]:
    """case -> a page citing its article for words changed from it, under ``head``."""
    gdpr = _gdpr_37_2(store).replace("easily accessible", "readily reachable")
    dsl = _dsl_27(store).replace("组织开展数据安全教育培训", "定期举办数据安全讲座")
    zh = f"{head_zh}\n\n《数据安全法》第二十七条规定：“{dsl}”"
    return {
        "en": f"{head}\n\nArticle 37(2) of the General Data Protection Regulation reads: “{gdpr}”",
        "zh-Hans": zh,
        "zh-Hant": traditional(zh),
    }


@pytest.mark.parametrize("case", ["en", "zh-Hans", "zh-Hant"])
def test_a_cited_near_copy_dated_before_the_law_is_not_linked(
    store: Store, rule: RuleSwitch, case: str
) -> None:
    page = _near_copies(store, "The officer\nOctober 2013", "数据安全法\n2019年7月")[case]
    rule.take_out(enacted_module, "dated_before", lambda *args: None)
    quotes = Checker(store).check_text(page).quotes
    assert len(quotes) == 1
    if rule.on:
        assert quotes[0].verdict == "unmatched" and quotes[0].match is None
        assert any("a draft's text" in n for n in quotes[0].notes)
    else:
        assert quotes[0].verdict == "altered" and quotes[0].match is not None


@pytest.mark.parametrize("case", ["en", "zh-Hans", "zh-Hant"])
def test_a_cited_near_copy_in_prose_under_a_drafts_title_stays_linked(
    store: Store, case: str
) -> None:
    # (a draft named in the page's title, the enacted law cited in the prose: heldout5, heldout10,
    # heldout16 — only a citation on a heading's or title's line naming a draft is the draft's)
    heads = ("Data Protection Regulation (Proposal 25.01.2012)", "数据安全法（草案）")
    quotes = Checker(store).check_text(_near_copies(store, *heads)[case]).quotes
    assert len(quotes) == 1 and quotes[0].verdict == "altered" and quotes[0].match is not None


@pytest.mark.parametrize("case", ["en", "zh-Hans", "zh-Hant"])
def test_a_cited_near_copy_dated_after_the_law_stays_linked(store: Store, case: str) -> None:
    page = _near_copies(store, "The officer\nMay 2017", "数据安全法\n2021年9月")[case]
    quotes = Checker(store).check_text(page).quotes
    assert len(quotes) == 1 and quotes[0].verdict == "altered" and quotes[0].match is not None
