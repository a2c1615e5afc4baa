"""A name qualified by the place a context rule is about is that place's law: 香港国家安全法, 港版
《國家安全法》, 香港版国家安全法 are the 2020 law for Hong Kong, not the PRC's 2015 National Security Law,
and so are the articles cited under them and a later bare 国家安全法 in the same text (issue 14; the
class seen on the seventh held-out set, where a Japanese blogger's bilingual translation of the
Hong Kong law headed 香港 国家安全法 had its verbatim articles called misattributed). Without the
place word right before it, a bare 国家安全法 keeps the store's reading even in a Hong Kong story.

A context rule that reads a name as a law the store lacks (Taiwan's "National Security Act") gives
that name to no stored law outside its context: "the National Security Act" of another state is
not the PRC's National Security Law.

Each case runs with the rule on and off (citations/place_qualified.py ``place_right_before``;
citations/name_table.py for the second)."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations.find import CitationFinder
from lawref.store.files import Store

NSL = "cn-national-security-law"
HKNSL = "cn-hong-kong-national-security-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(NSL, HKNSL)


# (text, the citation's words, (statute, article) with the rule on, with it off)
CASES = [
    # Simplified
    # (香港 国家安全法 is also one of the Hong Kong law's stored aliases: found with the rule off too)
    (
        "香港 国家安全法 全文译注。第六十二条 本地法律与本法不一致的,适用本法。",
        "第六十二条",
        (HKNSL, "62"),
        (HKNSL, "62"),
    ),
    (
        "香港版国家安全法第二十条规定了分裂国家罪。",
        "国家安全法第二十条",
        (HKNSL, "20"),
        (NSL, "20"),
    ),
    ("香港特别行政区国家安全法第二十九条", "国家安全法第二十九条", (HKNSL, "29"), (NSL, "29")),
    # the Hong Kong law's title shortened, with its 维护 ("safeguarding") kept (heldout18)
    ("香港特区维护国家安全法第二十九条", "国家安全法第二十九条", (HKNSL, "29"), (NSL, "29")),
    ("依照香港特區維護國家安全法第二十九條", "國家安全法第二十九條", (HKNSL, "29"), (NSL, "29")),
    ("香港特区維護国家安全法第29条の罪", "国家安全法第29条", (HKNSL, "29"), (NSL, "29")),
    # Traditional
    (
        "港版《國家安全法》第二十九條規定勾結外國罪。",
        "《國家安全法》第二十九條",
        (HKNSL, "29"),
        (NSL, "29"),
    ),
    (
        "香港《國家安全法》實施一周年,其第一條寫明立法目的。",
        "《國家安全法》",
        (HKNSL, None),
        (NSL, None),
    ),
    # Japanese: a later bare mention follows the qualified one
    (
        "香港版国家安全法が成立した。国家安全法第21条は扇動を罰する。",
        "国家安全法第21条",
        (HKNSL, "21"),
        (NSL, "21"),
    ),
    # English (the place already names the Hong Kong law): unchanged
    ("Hong Kong's national security law, Article 29", "Article 29", (HKNSL, "29"), (HKNSL, "29")),
    # no place word right before the name: the store's reading, in a Hong Kong story too
    ("在香港实施国家安全法第二条的规定。", "国家安全法第二条", (NSL, "2"), (NSL, "2")),
    ("香港居民亦須遵守國家安全法第十一條。", "國家安全法第十一條", (NSL, "11"), (NSL, "11")),
    (
        "China's National Security Law, Article 2, defines national security.",
        "Article 2",
        (NSL, "2"),
        (NSL, "2"),
    ),
    # a qualifier before a later mention keeps the PRC reading
    (
        "香港版国家安全法通过后,内地国家安全法第十一条",
        "国家安全法第十一条",
        (NSL, "11"),
        (NSL, "11"),
    ),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_name_after_the_place_of_a_context_is_that_places_law(
    finder: CitationFinder, rule: RuleSwitch, case: int
) -> None:
    text, words, on, off = CASES[case]
    # the rule is imported where it is used (issue 20): taken out where it is defined
    from lawref.citations import place_qualified as place_qualified_rule

    rule.take_out(place_qualified_rule, "place_right_before", lambda *args: None)
    found = [c for c in finder.find(text) if words in c.text or c.text in words]
    assert found, [(c.text, c.statute) for c in finder.find(text)]
    assert (found[-1].statute, found[-1].article) == (on if rule.on else off), [
        (c.text, c.statute, c.article, c.note) for c in found
    ]


# Another state's "National Security Act", in English, and Taiwan's act in a Taiwan story.
NOT_THE_PRC_LAW = [
    "The full text of the National Security Act of the Free State of Renasia follows.",
    "Under the National Security Act 2023, the United Kingdom created new offences.",
    "立法院三讀通過國家安全法修正案,國安局表示歡迎。",
    "立法院三读通过国家安全法修正案,国安局表示欢迎。",
]


@pytest.mark.parametrize("text", NOT_THE_PRC_LAW)
def test_a_name_a_context_rule_reads_as_a_law_the_store_lacks_is_no_stored_laws(
    finder: CitationFinder, text: str
) -> None:
    assert all(c.statute is None for c in finder.find(text)), [
        (c.text, c.statute, c.note) for c in finder.find(text)
    ]


def test_the_prc_national_security_law_keeps_its_names(finder: CitationFinder) -> None:
    for text in ("China's National Security Law", "《国家安全法》第二条", "《國家安全法》第二條"):
        assert [c.statute for c in finder.find(text)][:1] == [NSL], text
