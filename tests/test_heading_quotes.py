"""A quotation that is one of the matched law's headings, give or take a word, is the law's name for
a thing (an offence, a chapter), not an article's text: it is not linked, cited or not, and so it
accuses nobody (issue 14, the fifth held-out set: "香港国安法第29条「勾結外國或境外勢力危害國家
安全罪」", the section heading with 或者 shortened to 或, was linked to Art. 1, which lists the
offences, and called a misattribution of Art. 29).

Each case runs with the rule on and off (pipeline/captions.py). The headings are the shipped
store's; the sentences around them are written for these tests, the Traditional-script ones
converted by hand.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_match

from lawref.match.results import MatchResult
from lawref.pipeline import checker as checker_module
from lawref.pipeline.captions import HeadingQuotes
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

HKNSL = "cn-hong-kong-national-security-law"
GDPR = "eu-gdpr"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(HKNSL, GDPR)


# (document, the quotation, whether it is a heading give or take a word)
CASES = [
    # the section heading with 或者 shortened to 或, cited by its own article
    (
        "法院裁定被告犯香港国安法第29条“勾结外国或境外势力危害国家安全罪”罪名成立。",
        "勾结外国或境外势力危害国家安全罪",
        True,
    ),
    (
        "法院裁定被告犯香港國安法第29條「勾結外國或境外勢力危害國家安全罪」罪名成立。",
        "勾結外國或境外勢力危害國家安全罪",
        True,
    ),
    # uncited, in Traditional script
    (
        "他被控「勾結外國或境外勢力危害國家安全罪」,案件押後再訊。",
        "勾結外國或境外勢力危害國家安全罪",
        True,
    ),
    # an article heading with "a" for "the", cited and uncited
    (
        'Under Article 33 of the GDPR, a "notification of the personal data breach to the '
        'supervisory authority" is due within 72 hours.',
        "notification of the personal data breach to the supervisory authority",
        True,
    ),
    (
        'The company failed to make a "notification of the personal data breach to the '
        'supervisory authority" in time.',
        "notification of the personal data breach to the supervisory authority",
        True,
    ),
    # An article's own sentence is no heading: linked as before.
    (
        "香港国安法第29条规定：“为外国或者境外机构、组织、人员窃取、刺探、收买、非法提供涉及"
        "国家安全的国家秘密或者情报的，属于犯罪。”",
        "为外国或者境外机构、组织、人员窃取、刺探、收买、非法提供涉及国家安全的国家秘密或者情报的，属于犯罪。",
        False,
    ),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_heading_quoted_give_or_take_a_word_is_not_linked(
    store: Store, rule: RuleSwitch, case: int
) -> None:
    document, quoted, heading = CASES[case]
    rule.take_out(HeadingQuotes, "heading_quoted", lambda self, q, r: None)
    # (a heading's words cited as another article are weighed by cited_alike.py too, which
    # unlinks them where the two articles share them: taken out, so this run shows this rule alone)
    rule.take_out(
        checker_module, "cited_alike", lambda spans, weighed, groups, store, again: weighed
    )
    (quote,) = [q for q in Checker(store).check_text(document).quotes if q.text == quoted]
    if heading and rule.on:
        assert quote.verdict == "unmatched" and quote.match is None
        assert quote.attribution != "misattributed"
        assert any("a heading of the law" in note for note in quote.notes)
    else:
        assert quote.match is not None, (quote.verdict, quote.notes)


@pytest.mark.parametrize("number", ["第二十一章", "第廿一章", "第贰拾壹章", "第２１章", "第21章"])
def test_a_heading_is_compared_without_its_number_in_any_of_the_grammars_numerals(
    store: Store, number: str
) -> None:
    # A law's chapter numbered in any numerals the citation grammar reads (text/numerals.py): the
    # offence's name quoted alone is that heading, whatever the number's digits.
    words = "勾结外国或者境外势力危害国家安全罪"
    chapter = SimpleNamespace(chapter=f"{number} {words}", section=None, heading=None)
    statutes = {HKNSL: SimpleNamespace(articles=[chapter])}
    headings = HeadingQuotes(cast(Store, SimpleNamespace(get=statutes.get)))
    result = MatchResult("altered", 0.9, stored_match(store, HKNSL, "29"))
    assert headings.heading_quoted("勾结外国或境外势力危害国家安全罪", result) == chapter.chapter
