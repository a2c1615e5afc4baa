"""A law's name after an indefinite word is the law itself when the words around it say the law
was made: "China has passed a new foreign relations law", "a new foreign relations law has been
passed", "a national security law imposed on the city", 国家于2010年便通过了一条《国家秘密法》 (issue
14, the twenty-fourth round: news introduces the law so, then goes on about "the law"). A law yet
to be made stays a common noun ("has yet to pass a domestic national security law", 拟通过一条…,
重新寫成一條…). And "the first draft of the law" is a draft, not the law named before.

Each case runs with the rule on and off (citations/generic.py's ``_MADE_*`` patterns,
citations/law_anaphors.py's ``_DRAFT_OF_BEFORE`` made patterns that find nothing)."""

from __future__ import annotations

import re

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations import generic, law_anaphors
from lawref.citations.find import CitationFinder
from lawref.store.files import Store

FRL = "cn-foreign-relations-law"
SSL = "cn-state-secrets-law"
CEL = "cn-counter-espionage-law"
ECL = "cn-export-control-law"
NEVER = re.compile(r"(?!)")


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(FRL, SSL, CEL, ECL)


def _made_rule_off(rule: RuleSwitch) -> None:
    for name in ("_MADE_BEFORE", "_MADE_AFTER", "_MADE_CLASSIFIER"):
        rule.take_out(generic, name, NEVER)


# (text, the words cited, the statute they cite with the rule on; off, nothing)
MADE = [
    ("Last week China passed a new foreign relations law on its diplomacy.", "relations law", FRL),
    (
        "Beijing has adopted a sweeping export control law covering chips.",
        "export control law",
        ECL,
    ),
    ("On Tuesday a new foreign relations law was approved by lawmakers.", "relations law", FRL),
    ("This week a new export control law has been passed by the NPC.", "export control law", ECL),
    ("国家早在2010年便通过了一条《国家秘密法》，规定了密级。", "国家秘密法", SSL),
    ("國家早在2010年便通過了一條《國家秘密法》，規定了密級。", "國家秘密法", SSL),
    ("全国人大常委会去年颁布了一部新的《反间谍法》。", "反间谍法", CEL),
]


@pytest.mark.parametrize("case", range(len(MADE)))
def test_a_law_said_to_be_made_is_the_law(
    finder: CitationFinder, rule: RuleSwitch, case: int
) -> None:
    text, words, statute = MADE[case]
    _made_rule_off(rule)
    cited = {c.statute for c in finder.find(text) if words in c.text}
    assert (statute in cited) == rule.on, cited


# A law yet to be made: a common noun whether the rule is on or off
YET_TO_BE_MADE = [
    ("Officials hope to pass a new foreign relations law next year.", "relations law"),
    ("The city has yet to pass a domestic export control law.", "export control law"),
    ("政府拟通过一条《国家秘密法》。", "国家秘密法"),
    ("政府擬通過一條《國家秘密法》。", "國家秘密法"),
    ("有關條文會重新寫成一條《反間諜法》。", "反間諜法"),
]


@pytest.mark.parametrize("case", range(len(YET_TO_BE_MADE)))
def test_a_law_yet_to_be_made_is_no_citation(finder: CitationFinder, case: int) -> None:
    text, words = YET_TO_BE_MADE[case]
    assert not [c for c in finder.find(text) if words in c.text and c.statute is not None]


def test_the_law_then_cites_the_law_made(finder: CitationFinder, rule: RuleSwitch) -> None:
    text = (
        "China has passed a new foreign relations law. The law takes effect on 1 July and "
        "sets out countermeasures."
    )
    _made_rule_off(rule)
    cited = {c.statute for c in finder.find(text) if c.text == "The law"}
    assert (FRL in cited) == rule.on


@pytest.mark.parametrize(
    "words",
    ["The first draft of the law", "Earlier drafts of the law"],
)
def test_a_draft_of_the_law_is_not_the_law(
    finder: CitationFinder, rule: RuleSwitch, words: str
) -> None:
    text = f"China passed the Foreign Relations Law in June. {words} came out in 2022."
    rule.take_out(law_anaphors, "_DRAFT_OF_BEFORE", NEVER)
    anaphor = words.split()[-2:]
    cited = [c for c in finder.find(text) if c.text == " ".join(anaphor) and c.statute == FRL]
    assert bool(cited) != rule.on
