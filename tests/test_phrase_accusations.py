"""A phrase too short to show its citation wrong accuses nobody: under ten word units the quoted
words may be the writer's own or common to many texts, so a citation of another article or law
makes the quotation `unverified` with a note, not `misattributed` (issue 14: on the real-world
passages every claim lawref made on a phrase of 4 to 8 units was false — “合法、正当的方式” cited
as the PIPL, "one country, two systems" as the Basic Law — and every true one was 14.7 units or
longer; pipeline/attribution.py ``ACCUSATION_MIN_UNITS``).

Each case runs with the rule on and off. The sentences are written for these tests (the quoted
words are the shipped store's), the Traditional-script ones converted by hand.
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.pipeline import attribution
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

NIL = "cn-national-intelligence-law"
GDPR = "eu-gdpr"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(NIL, GDPR)


# (document, the quotation, whether it is a phrase under the floor)
CASES = [
    (
        "国家情报法第一条要求公民“保守所知悉的国家情报工作秘密”。",
        "保守所知悉的国家情报工作秘密",
        True,
    ),
    (
        "國家情報法第一條要求公民「保守所知悉的國家情報工作秘密」。",
        "保守所知悉的國家情報工作秘密",
        True,
    ),
    (
        'Article 3 of the GDPR speaks of "the categories of personal data concerned".',
        "the categories of personal data concerned",
        True,
    ),
    # A whole sentence of another article still accuses its citation.
    (
        "国家情报法第一条规定：“任何组织和公民都应当依法支持、协助和配合国家情报工作，保守所知悉的"
        "国家情报工作秘密。”",
        "任何组织和公民都应当依法支持、协助和配合国家情报工作，保守所知悉的国家情报工作秘密。",
        False,
    ),
    (
        "國家情報法第一條規定：「任何組織和公民都應當依法支持、協助和配合國家情報工作，保守所知悉的"
        "國家情報工作秘密。」",
        "任何組織和公民都應當依法支持、協助和配合國家情報工作，保守所知悉的國家情報工作秘密。",
        False,
    ),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_phrase_too_short_to_show_its_citation_wrong_accuses_nobody(
    store: Store, rule: RuleSwitch, case: int
) -> None:
    document, quoted, phrase = CASES[case]
    rule.take_out(attribution, "ACCUSATION_MIN_UNITS", 0.0)
    (quote,) = [q for q in Checker(store).check_text(document).quotes if q.text == quoted]
    assert quote.match is not None
    if phrase and rule.on:
        assert quote.attribution == "unverified"
        assert any("too short to show the citation wrong" in note for note in quote.notes)
    else:
        assert quote.attribution == "misattributed"
