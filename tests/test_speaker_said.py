"""A speaker's words are not linked to a law's Chinese original by their rendered terms alone
(issue 14, the eighth held-out set: "the … Liaison office in the city declared that “no one must
underestimate the central government's determination to safeguard national security in Hong
Kong”" was linked cross-lingually to the Hong Kong National Security Law's Art. 55, the law
named sentences before). A lead-in sentence ending in a verb of saying whose subject is no law
gives the words as the speaker's: a cross-lingual link is withdrawn, with a note
(pipeline/speaker_said.py). The same words given by the law ("The law says that …") keep their
link, and words the store holds in English are judged by their words, whoever says them.

The class is English (cross-lingual links are English quotations of Chinese originals): English
cases only. Each runs with the rule on and off; the sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.pipeline import speaker_said
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

CEL = "cn-counter-espionage-law"
NIL = "cn-national-intelligence-law"
WORDS = (
    "“all organizations and citizens shall support and cooperate with counter-espionage work in "
    "accordance with the law”.\n"
)


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(CEL, NIL)


def _linked(checker: Checker, page: str, statute: str) -> bool:
    return any(
        q.match is not None and q.verdict != "unmatched" and q.match.statute == statute
        for q in checker.check_text(page).quotes
    )


# (a lead-in sentence, whether it gives the words as a speaker's)
LEAD_INS = [
    ("At a briefing, a ministry spokesman said that ", True),
    ("A senior official told reporters ", True),
    ("The five-year plan's outline also clarifies ", True),
    ("The party congress report pointed out that ", True),
    ("The law says that ", False),
    ("Its Article 8 states that ", False),
    ("Its Article 8 clarifies that ", False),
]


@pytest.mark.parametrize(("lead_in", "speaker"), LEAD_INS)
def test_a_speakers_words_are_not_linked_cross_lingually(
    store: Store, rule: RuleSwitch, lead_in: str, speaker: bool
) -> None:
    rule.take_out(speaker_said, "_SAID", speaker_said.constant(r"(?!)"))
    checker = Checker(store)
    page = "Beijing passed the Counter-espionage Law in 2023. " + lead_in + WORDS
    assert _linked(checker, page, CEL) is not (speaker and rule.on)


def test_words_the_store_holds_in_english_are_linked_whoever_says_them(store: Store) -> None:
    page = (
        "China passed the National Intelligence Law in 2017. A senior official told reporters "
        "that “all organizations and citizens shall support, assist and cooperate with national "
        "intelligence efforts”.\n"
    )
    assert _linked(Checker(store), page, NIL)
