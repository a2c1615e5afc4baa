"""A list of crimes' names in the writer's own form — 分裂國家罪、顛覆國家政權罪、恐怖活動罪及勾結外國或
境外勢力危害國家安全罪 — is a naming, not a quotation of the article whose clause lists the offences
(issue 14; heldout15: a news report's list of the Hong Kong National Security Law's four offences
linked to Art. 1 as ``altered``). Each name ends in 罪; the matcher aligns the list with Art. 1's
clause and its 等犯罪, so the reading of the stored list (pipeline/offence_names.py) passed it by.
The list is not linked, with a note; the article's clause quoted as such stays linked.

The class is Chinese (the 罪 ending names a crime; English names of offences are read from the
stored list's "offences of", tested in tests/test_offence_names.py): Simplified and Traditional
pages, and an English table row for the reading itself. Each page runs with the rule on and off;
the sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.pipeline import offence_names
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

HKNSL = "cn-hong-kong-national-security-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(HKNSL)


# (the page, the words' opening, whether they stay linked with the rule on)
PAGES = [
    (
        "香港国安法共六章，列明四类罪行，包括分裂国家罪、颠覆国家政权罪、恐怖活动罪及勾结外国或者境外势力"
        "危害国家安全罪。\n",
        "分裂国家罪",
        False,
    ),
    (
        "香港國安法共六章，列明四類罪行，包括分裂國家罪、顛覆國家政權罪、恐怖活動罪及勾結外國或境外勢力"
        "危害國家安全罪。\n",
        "分裂國家罪",
        False,
    ),
]


@pytest.mark.parametrize("case", range(len(PAGES)))
def test_a_list_of_crimes_names_is_not_linked(store: Store, rule: RuleSwitch, case: int) -> None:
    page, opening, linked = PAGES[case]
    rule.take_out(offence_names, "_crimes_named", lambda words: False)
    quotes = [q for q in Checker(store).check_text(page).quotes if opening in q.text]
    assert len(quotes) == 1, [(q.text, q.verdict) for q in quotes]
    (quote,) = quotes
    if rule.on and not linked:
        assert quote.match is None and quote.verdict == "unmatched", quote.notes
        assert any("crimes' names" in note for note in quote.notes), quote.notes
    else:
        assert quote.match is not None and quote.match.statute == HKNSL, quote.notes


@pytest.mark.parametrize(
    ("words", "names"),
    [
        ("分裂国家罪、颠覆国家政权罪、恐怖活动罪及勾结外国或者境外势力危害国家安全罪。", True),
        ("分裂國家罪、顛覆國家政權罪、恐怖活動罪及勾結外國或境外勢力危害國家安全罪。", True),
        ("分裂国家罪与颠覆国家政权罪", True),
        # one name alone, a clause, a list not of crimes
        ("分裂国家罪", False),
        ("组织、策划、实施或者参与分裂国家的，即属犯罪", False),
        ("分裂国家、颠覆国家政权、组织实施恐怖活动和勾结外国或者境外势力危害国家安全等犯罪", False),
        ("secession, subversion, terrorist activities and collusion", False),
    ],
)
def test_which_words_are_a_list_of_crimes_names(words: str, names: bool) -> None:
    assert offence_names._crimes_named(words) is names
