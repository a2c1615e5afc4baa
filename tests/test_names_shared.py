"""A retelling that shares nothing but names with the matched article is not linked to it
(issue 14, the eleventh held-out set: the Basic Law's Art. 104 oath quoted in English, "to uphold
the Basic Law of the Hong Kong Special Administrative Region of the People's Republic of China",
was linked to the Hong Kong National Security Law's Art. 1, whose enacting clause names the
Basic Law and the region in full). With the names set aside — the text's citations, runs of
capitalised words — fewer than three word units stand in the matched text: not linked, with a
note (pipeline/names_shared.py). A retelling that shares the law's own words keeps its link.

Each case runs with the rule on and off. The sentences are written for these tests; the
Traditional ones are converted by OpenCC.
"""

from __future__ import annotations

import pytest
from rule_pages import traditional
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.pipeline import names_shared
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

HKNSL = "cn-hong-kong-national-security-law"
BASIC_LAW = "cn-hong-kong-basic-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(HKNSL, BASIC_LAW)


# Quotations whose words outside names are not the matched article's: a pledge of the writer's
# naming the Basic Law, the region and the Constitution.
NAMES_ONLY = {
    "english": (
        "The new councillors were told they must “pledge loyalty to the Basic Law of the Hong Kong "
        "Special Administrative Region of the People's Republic of China and bear allegiance to "
        "the Hong Kong Special Administrative Region”, the newspaper wrote.\n"
    ),
    "simplified": (
        "报道说，议员们表示将“坚定维护《中华人民共和国宪法》和《中华人民共和国香港特别行政区基本法》"
        "的权威”，并接受监督。\n"
    ),
}
NAMES_ONLY["traditional"] = traditional(NAMES_ONLY["simplified"])
# A retelling of the Basic Law's Art. 104 oath in its own words (and names): linked either way.
OATH = "报道说，新任议员必须“忠于中华人民共和国香港特别行政区基本法，并效忠中华人民共和国香港特别行政区”，否则不能就任。\n"


def _linked(checker: Checker, page: str) -> set[tuple[str, str]]:
    return {
        (q.match.statute, q.match.article)
        for q in checker.check_text(page).quotes
        if q.match is not None and q.verdict != "unmatched"
    }


@pytest.mark.parametrize("script", ["english", "simplified", "traditional"])
def test_a_retelling_sharing_only_names_with_an_article_is_not_linked(
    store: Store, rule: RuleSwitch, script: str
) -> None:
    rule.take_out(names_shared, "_SHARED_MIN", 0.0)
    checker = Checker(store)
    links = _linked(checker, NAMES_ONLY[script])
    assert bool({link for link in links if link[0] == HKNSL}) is not rule.on
    # The oath in the law's own words keeps its link to the Basic Law's Art. 104.
    oath = OATH if script != "traditional" else traditional(OATH)
    assert (BASIC_LAW, "104") in _linked(checker, oath)
