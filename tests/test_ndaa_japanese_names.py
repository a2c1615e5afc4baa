"""The FY2019 NDAA named in Japanese, its fiscal year written 年度 — 2019年度国防授権法,
2019年度NDAA (aliases in statutes/us/ndaa-fy2019.yaml) — with Section 889 cited after it
(issue 14; the class seen on the eighteenth held-out set: a Japanese trade agency's report on the
final rule under Section 889, each of whose citations was left unresolved). English names are
read as before. And 米国の or アメリカの before a US law's Japanese name is the US, the law's own
jurisdiction, not another state's (ja.yaml ``foreign_before``, group US_ja, read by
citations/foreign.py ``place_code``), as 美国 is before a Chinese name. The sentences are written
for these tests.

Each case runs with the names (or the place's code) and without them."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations import foreign
from lawref.citations.find import CitationFinder
from lawref.store.files import Store

NDAA = "us-ndaa-fy2019"
CDA230 = "us-47-usc-230"
TRADE301 = "us-19-usc-2411"
JAPANESE_NAMES = ("2019年度国防授権法", "2019年度NDAA")


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(NDAA, CDA230, TRADE301)


def without_japanese_names(store: Store) -> Store:
    bare = Store(roots=list(store.roots))
    for statute in store:
        if statute.id == NDAA:
            aliases = [a for a in statute.aliases if a not in JAPANESE_NAMES]
            statute = statute.model_copy(update={"aliases": aliases})
        bare.add(statute, store.files[statute.id])
    return bare


# (text, the citation's words, (statute, article) with the names, without them; None: no such
# citation)
CASES = [
    ("2019年度国防授権法の第889条は調達を禁じる。", "第889条", (NDAA, "889"), None),
    ("2019年度NDAAは2018年8月に成立した。", "2019年度NDAA", (NDAA, None), None),
    # English: unchanged
    (
        "Section 889 of the FY2019 NDAA bars procurement.",
        "Section 889 of the FY2019 NDAA",
        (NDAA, "889"),
        (NDAA, "889"),
    ),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_the_ndaa_named_in_japanese(store: Store, rule: RuleSwitch, case: int) -> None:
    text, words, on, off = CASES[case]
    finder = CitationFinder(store if rule.on else without_japanese_names(store))
    found = [(c.statute, c.article) for c in finder.find(text) if c.text == words]
    expected = on if rule.on else off
    assert found == ([expected] if expected else []), [
        (c.text, c.statute, c.article, c.note) for c in finder.find(text)
    ]


# (text, the citation's words, (statute, article) with the US code read, without it)
US_PLACE = [
    (
        "米国の2019年度国防授権法は中国企業を排除した。",
        "2019年度国防授権法",
        (NDAA, None),
        (None, None),
    ),
    ("アメリカの「2019年度NDAA」が成立した。", "「2019年度NDAA」", (NDAA, None), (None, None)),
    # Chinese: unchanged
    (
        "美国1974年贸易法第301条授权调查。",
        "1974年贸易法第301条",
        (TRADE301, "2411"),
        (TRADE301, "2411"),
    ),
    (
        "美國1974年貿易法第301條授權調查。",
        "1974年貿易法第301條",
        (TRADE301, "2411"),
        (TRADE301, "2411"),
    ),
]


@pytest.mark.parametrize("case", range(len(US_PLACE)))
def test_the_us_named_in_japanese_is_a_us_laws_own_place(
    finder: CitationFinder, rule: RuleSwitch, case: int
) -> None:
    text, words, on, off = US_PLACE[case]
    rule.take_out(
        foreign,
        "place_code",
        lambda found: next((code for code, w in found.groupdict().items() if w), None),
    )
    found = [(c.statute, c.article) for c in finder.find(text) if c.text == words]
    assert found == [on if rule.on else off], [
        (c.text, c.statute, c.article, c.note) for c in finder.find(text)
    ]
