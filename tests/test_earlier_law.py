"""An earlier law of the same name, named so once, is meant by the name's later bare mentions too:
"the National Security Law implemented in 1993 … Compared with the National Security Law, …" and
原国家安全法 … “国家安全法”改为“反间谍法” are the 1993 law the Counter-espionage Law replaced, which
the store lacks, not the 2015 National Security Law it holds (issue 14; the class seen on the first
and fifth held-out sets). "The original National Security Law" and "the National Security Law,
the predecessor of the CEL" are that earlier law too. A mention that says it is the new law
(新国家安全法, "the new National Security Law") keeps the stored law.

Each case runs with the rule on and off (citations/earlier_law.py ``EarlierLaws.read``)."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations.earlier_law import EarlierLaws
from lawref.citations.find import CitationFinder
from lawref.store.files import Store

NSL = "cn-national-security-law"
CEL = "cn-counter-espionage-law"


@pytest.fixture(scope="module")
def finder() -> CitationFinder:
    store: Store = shipped_store_with(NSL, CEL)
    return CitationFinder(store)


# (text, the statutes of its National Security Law mentions with the rule on, with it off)
CASES = [
    # English
    (
        "The law replaces the National Security Law implemented in 1993. Compared with the "
        "National Security Law, it grants more powers. The National Security Law stated that "
        "agencies may inspect equipment.",
        [None, None, None],
        [None, NSL, NSL],
    ),
    ("It was revised on the basis of the original National Security Law.", [None], [NSL]),
    (
        "The National Security Law (NSL), the predecessor of the CEL, was enacted in 1993.",
        [None],
        [NSL],
    ),
    (
        "The 1993 National Security Law was renamed. The new National Security Law of 2015 "
        "replaced nothing.",
        [None, NSL],
        [None, NSL],
    ),
    ("China's National Security Law defines national security.", [NSL], [NSL]),
    # Simplified
    (
        "原国家安全法第一条规定了立法目的。本法的名称由“国家安全法”改为“反间谍法”。将来制定新国家安全法时再考虑。",
        [None, None, NSL],
        [None, NSL, NSL],
    ),
    ("国家安全法第七十七条规定了公民的义务。", [NSL], [NSL]),
    # Traditional
    (
        "1993年的國家安全法後來更名。與國家安全法相比,反間諜法擴大了職權。",
        [None, None],
        [None, NSL],
    ),
    ("國家安全法第十一條規定了維護國家統一的義務。", [NSL], [NSL]),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_an_earlier_law_named_once_is_meant_by_later_mentions(
    finder: CitationFinder, rule: RuleSwitch, case: int
) -> None:
    text, on, off = CASES[case]
    rule.take_out(
        EarlierLaws,
        "read",
        lambda self, named, text, table: named,
    )
    names = ("National Security Law", "国家安全法", "國家安全法")
    found = [c for c in finder.find(text) if any(name in c.text for name in names)]
    assert [c.statute for c in found] == (on if rule.on else off), [
        (c.text, c.statute, c.note) for c in found
    ]
