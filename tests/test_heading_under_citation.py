"""An article heading right under a line that cites the same article of a law is that law's
(lawref/citations/heading_under_citation.py): a page titled on Hong Kong's National Security Law
that cites the Basic Law's Art. 27 on one line ("…基本法第三章第二十七条保障…", the chapter between
the law's name and the article) and sets 第二十七条 and the article's text under it had the heading
read as the title's law, and the Basic Law's words, quoted exactly, `misattributed` (heldout24,
a Japanese page). Without the rule the heading is the title's law's.

Table-driven in Simplified and Traditional Chinese and in a Japanese page quoting the Chinese
text (headings.py reads Chinese headings only: an English "Article 27" line is read as prose).
pipeline/same_number_named.py would withhold the accusation on its own ground (unverified): it is
taken out here, to show this rule's part. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations import headings
from lawref.pipeline import accusations
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

BASIC_LAW = "cn-hong-kong-basic-law"
NSL = "cn-hong-kong-national-security-law"
ART_27_S = "香港居民享有言论、新闻、出版的自由，结社、集会、游行、示威的自由，组织和参加工会、罢工的权利和自由。"
ART_27_T = "香港居民享有言論、新聞、出版的自由，結社、集會、遊行、示威的自由，組織和參加工會、罷工的權利和自由。"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(BASIC_LAW, NSL)


# (page, the heading's statute and article with the rule, … and without it)
CASES = [
    (
        f"香港国安法实施以来\n\n香港基本法第三章第二十七条保障香港居民的集会自由。\n\n第二十七条\n{ART_27_S}",
        (BASIC_LAW, "27"),
        (NSL, "27"),
    ),
    (
        f"香港國安法下的自由\n\n《基本法》第三章第二十七條保障了言論自由。\n\n第二十七條\n{ART_27_T}",
        (BASIC_LAW, "27"),
        (NSL, "27"),
    ),
    (
        f"香港国家安全法と言論の自由\n\n香港特別行政区基本法第3章第27条は言論の自由を定めている。\n\n第二十七条\n{ART_27_S}",
        (BASIC_LAW, "27"),
        (NSL, "27"),
    ),
    # a heading of another number than the line above cites: the title's law, either way
    (
        "香港国安法实施以来\n\n香港基本法第三章第二十七条保障香港居民的集会自由。\n\n第二十八条\n香港居民的人身自由不受侵犯。",
        (NSL, "28"),
        (NSL, "28"),
    ),
    # the line above cites the number of two laws: it does not say which; the title's law
    (
        f"香港国安法实施以来\n\n基本法第二十七条与国安法第二十七条并不相同。\n\n第二十七条\n{ART_27_S}",
        (NSL, "27"),
        (NSL, "27"),
    ),
]


def _heading_citations(store: Store, page: str) -> set[tuple[str | None, str | None]]:
    document = Checker(store).check_text(page)
    heading = page.rindex("\n第", 0, page.rindex("\n")) + 1
    return {(c.statute, c.article) for c in document.citations if c.start == heading}


@pytest.mark.parametrize(("page", "on", "off"), CASES)
def test_a_heading_under_a_citation_of_its_number_is_that_laws(
    rule: RuleSwitch,
    store: Store,
    page: str,
    on: tuple[str, str],
    off: tuple[str, str],
) -> None:
    rule.take_out(headings, "cited_just_above", lambda *args: None)
    assert _heading_citations(store, page) == ({on} if rule.on else {off})


@pytest.mark.parametrize("page", [page for page, on, off in CASES if on != off])
def test_the_laws_words_under_it_are_not_misattributed(
    rule: RuleSwitch, monkeypatch: pytest.MonkeyPatch, store: Store, page: str
) -> None:
    monkeypatch.setattr(accusations, "same_number_named", lambda results, links, cited: links)
    rule.take_out(headings, "cited_just_above", lambda *args: None)
    (quote,) = [q for q in Checker(store).check_text(page).quotes if q.match is not None]
    assert quote.match is not None and quote.verdict == "verbatim"
    assert (quote.match.statute, quote.match.article) == (BASIC_LAW, "27")
    assert quote.attribution == ("consistent" if rule.on else "misattributed")
