"""A speaker's tag after a quotation gives its words as the speaker's: "“…,” said the statement."
(issue 14; heldout15: a law firm's statement on the Counter-Terrorism Law, in quotation marks with
"said the statement" after it, linked cross-lingually to Art. 19 as a paraphrase). The words are
the firm's retelling; the law named sentences before settles only which statute a rendering would
be of. A cross-lingual link of a quotation whose tag names a speaker that is no law is withdrawn,
with a note (pipeline/speaker_said.py ``_tag_after``, beside the lead-in reading of the same
rule); "the law says", "Article 8 states" after it keep the link.

The class is English (cross-lingual links are English quotations of Chinese originals; a Chinese
quotation is judged by its words, whoever says them): English cases only. Each runs with the rule
on and off; the sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.pipeline import speaker_said
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

CEL = "cn-counter-espionage-law"
WORDS = (
    "“all organizations and citizens shall support and cooperate with counter-espionage work in "
    "accordance with the law,”"
)


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(CEL)


def _linked(checker: Checker, page: str) -> bool:
    return any(
        q.match is not None and q.verdict != "unmatched" and q.match.statute == CEL
        for q in checker.check_text(page).quotes
    )


# (the tag after the quotation, whether it gives the words as a speaker's)
TAGS = [
    (" said the statement.", True),
    (" the firm said.", True),
    (" a ministry spokesman added.", True),
    (" the law says.", False),
    (" Article 8 states.", False),
]


@pytest.mark.parametrize(("tag", "speaker"), TAGS)
def test_a_speakers_tag_after_the_words_keeps_them_from_a_cross_lingual_link(
    store: Store, rule: RuleSwitch, tag: str, speaker: bool
) -> None:
    rule.take_out(speaker_said, "_tag_after", lambda text, span, citations: None)
    page = "Beijing passed the Counter-espionage Law in 2023. " + WORDS + tag + "\n"
    assert _linked(Checker(store), page) is not (speaker and rule.on)
