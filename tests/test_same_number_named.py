"""Exact words of another law's article of the cited number, that law named on the page, accuse
no one when the citation's own words do not name its law (pipeline/same_number_named.py): a bare
number's law is read from the title, the law named last or the one law named, and when the words
under it are exactly the same number of another law the page names, which law the writer meant
cannot be told (heldout24: the Basic Law's Art. 27 under a heading 第二十七條 read as the title's
National Security Law). `misattributed` becomes `unverified`; without the rule it stays.

Table-driven in English, Simplified and Traditional Chinese and a Japanese page quoting Chinese
text. citations/heading_under_citation.py would read the headings below as the Basic Law's on its
own ground: it is taken out here, to show this rule's part. The sentences are written for these
tests."""

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
GDPR = "eu-gdpr"
AI_ACT = "eu-ai-act"
ART_27_S = "香港居民享有言论、新闻、出版的自由，结社、集会、游行、示威的自由，组织和参加工会、罢工的权利和自由。"
ART_27_T = "香港居民享有言論、新聞、出版的自由，結社、集會、遊行、示威的自由，組織和參加工會、罷工的權利和自由。"
GDPR_6 = "Processing shall be lawful only if and to the extent that at least one of the following applies"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(BASIC_LAW, NSL, GDPR, AI_ACT)


# (page, the statute whose words are quoted, the attribution with the rule on)
CASES = [
    (
        f"The GDPR has long governed personal data.\n\nThe AI Act now adds its own rules. "
        f"Article 6 says: “{GDPR_6}”.",
        GDPR,
        "unverified",
    ),
    (
        f"香港国安法实施以来\n\n香港基本法第三章第二十七条保障香港居民的集会自由。\n\n第二十七条\n{ART_27_S}",
        BASIC_LAW,
        "unverified",
    ),
    (
        f"香港國安法下的自由\n\n《基本法》第三章第二十七條保障了言論自由。\n\n第二十七條\n{ART_27_T}",
        BASIC_LAW,
        "unverified",
    ),
    (
        f"香港国家安全法と言論の自由\n\n香港特別行政区基本法第3章第27条は言論の自由を定めている。\n\n第二十七条\n{ART_27_S}",
        BASIC_LAW,
        "unverified",
    ),
    # the citation names its law in its own words: it still accuses
    (
        f"The GDPR has long governed personal data.\n\nThe AI Act now adds its own rules. "
        f"Article 6 of the AI Act says: “{GDPR_6}”.",
        GDPR,
        "misattributed",
    ),
    (
        f"香港国安法实施以来，基本法仍在。\n\n香港国安法第二十七条规定：“{ART_27_S}”",
        BASIC_LAW,
        "misattributed",
    ),
]


@pytest.mark.parametrize(("page", "statute", "attribution"), CASES)
def test_a_bare_numbers_law_guessed_accuses_no_one(
    rule: RuleSwitch,
    monkeypatch: pytest.MonkeyPatch,
    store: Store,
    page: str,
    statute: str,
    attribution: str,
) -> None:
    monkeypatch.setattr(headings, "cited_just_above", lambda *args: None)
    rule.take_out(accusations, "same_number_named", lambda results, links, cited: links)
    (quote,) = [q for q in Checker(store).check_text(page).quotes if q.match is not None]
    assert quote.match is not None and quote.match.statute == statute
    assert quote.verdict == "verbatim"
    assert quote.attribution == (attribution if rule.on else "misattributed")
