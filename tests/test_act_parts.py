"""Where the store holds one section of an act (FISA's section 702 as 50 U.S.C. 1881a, the Defense
Production Act's section 721 as 50 U.S.C. 4565), another section of that act ("Sections 703 and
704", a bill's "Section 25") or a larger part of it ("Title VII of the Foreign Intelligence
Surveillance Act") is not the stored section: the citation names a part of the act the store does
not hold (issue 14; the class seen on the sixth held-out set). The section itself, by either
number, stays resolved; a statute of many articles keeps a citation of an article it lacks.

Each case runs with the rule on and off (citations/act_parts.py ``another_section`` and
``larger_part``)."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations import find as find_module
from lawref.citations import walk
from lawref.citations.find import CitationFinder
from lawref.store.files import Store

FISA702 = "us-50-usc-1881a"
CFIUS = "us-50-usc-4565"
CDA230 = "us-47-usc-230"
GDPR = "eu-gdpr"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(FISA702, CFIUS, CDA230, GDPR)


# (text, words of the citation, statute with the rule on, with it off)
CASES = [
    (
        "Title VII of the Foreign Intelligence Surveillance Act (FISA) addresses",
        "Foreign",
        None,
        FISA702,
    ),
    ("Chapter 36 of the Foreign Intelligence Surveillance Act", "Foreign", None, FISA702),
    (
        "FISA authorizes surveillance of U.S. persons (Sections 703 and 704) too.",
        "703",
        None,
        FISA702,
    ),
    ("Section 704 of FISA covers U.S. persons abroad.", "704", None, FISA702),
    (
        # (the Act named whole names no stored statute since round sixteen's decision, so the
        # section before is named: "Section 25" would be read as a part of it)
        "The Foreign Investment Risk Review Modernization Act amends Section 721 of the Defense "
        "Production Act. Section 25 would establish a new process.",
        "Section 25",
        None,
        CFIUS,
    ),
    # the stored section, by its number in the act or in the Code
    ("Section 702 of FISA allows targeting of non-U.S. persons.", "702", FISA702, FISA702),
    ("50 U.S.C. 1881a(b) limits the targeting", "1881a", FISA702, FISA702),
    ("Section 230(c)(1) of the Communications Decency Act", "230", CDA230, CDA230),
    # a statute of many articles keeps an article it lacks
    ("Article 99 of the GDPR", "99", GDPR, GDPR),
    ("Chapter V of the GDPR", "GDPR", GDPR, GDPR),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_another_part_of_an_act_the_store_holds_one_section_of(
    finder: CitationFinder, rule: RuleSwitch, case: int
) -> None:
    text, words, on, off = CASES[case]
    rule.take_out(walk, "another_section", lambda *args: False)
    rule.take_out(find_module, "another_section", lambda *args: False)
    rule.take_out(find_module, "larger_part", lambda *args: None)
    found = [c for c in finder.find(text) if words in c.text]
    assert found, [(c.text, c.statute) for c in finder.find(text)]
    assert {c.statute for c in found} == {on if rule.on else off}, [
        (c.text, c.statute, c.article, c.note) for c in found
    ]


def test_the_acronym_of_a_larger_part_names_that_part(
    finder: CitationFinder, rule: RuleSwitch
) -> None:
    text = (
        "Title VII of the Foreign Intelligence Surveillance Act of 1978 (FISA) addresses targets."
    )
    rule.take_out(find_module, "bracketed_acronym", lambda *args: None)
    found = finder.find(text)
    resolved = [c for c in found if c.statute is not None]
    if rule.on:
        assert not resolved, [(c.text, c.statute) for c in found]
        assert any(c.text.endswith("(FISA)") for c in found)
    else:  # the acronym is read on its own, as the stored section's name
        assert [c.text for c in resolved] == ["FISA"]
