"""A short paraphrase that no citation supports is not linked (issue 14, the fifth held-out set: a
draft's "colluding with foreign and external forces to endanger national security", reported
before the law was published, was linked to the Hong Kong national security law's Art. 1 as a
paraphrase). Beside a citation that names the matched statute, the same words keep their link
(pipeline/unsupported.py).

Each case runs with the rule on and off. The sentences are written for these tests, the
Traditional-script ones converted by hand.
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.pipeline import checker as checker_module
from lawref.pipeline import renderings
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

NIL = "cn-national-intelligence-law"
HKNSL = "cn-hong-kong-national-security-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(NIL, HKNSL)


# (document, the quotation, whether a citation beside it names the matched statute)
CASES = [
    (
        "报道称，“组织和公民应当支持配合国家情报工作”成为争议焦点。",
        "组织和公民应当支持配合国家情报工作",
        False,
    ),
    (
        "報道稱，「組織和公民應當支持配合國家情報工作」成為爭議焦點。",
        "組織和公民應當支持配合國家情報工作",
        False,
    ),
    (
        'Protesters marched against laws on "colluding with foreign and external forces to '
        'endanger national security" on Sunday.',
        "colluding with foreign and external forces to endanger national security",
        False,
    ),
    # Supported by a citation of the statute: linked as before.
    (
        "国家情报法第七条被概括为“组织和公民应当支持配合国家情报工作”。",
        "组织和公民应当支持配合国家情报工作",
        True,
    ),
    (
        "國家情報法第七條被概括為「組織和公民應當支持配合國家情報工作」。",
        "組織和公民應當支持配合國家情報工作",
        True,
    ),
    (
        "Hong Kong's national security law (Article 1) targets \"colluding with foreign and "
        'external forces to endanger national security" among other crimes.',
        "colluding with foreign and external forces to endanger national security",
        True,
    ),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_short_paraphrase_no_citation_supports_is_not_linked(
    store: Store, rule: RuleSwitch, case: int
) -> None:
    document, quoted, supported = CASES[case]
    rule.take_out(renderings, "unsupported_paraphrase", lambda q, r, c: None)
    # (the English offence's name is also one that Art. 1 lists, which offence_names.py unlinks
    # after this rule: taken out too, so that this run shows this rule alone)
    rule.take_out(checker_module, "offence_named", lambda s, w, c: w)
    # (and without this rule an unsupported Chinese quotation, the law's words in order with some
    # left out, would go on to be called a shortened copy, shortened.py: taken out too)
    rule.take_out(checker_module, "shortened_quotation", lambda text, s, r: r)
    (quote,) = [q for q in Checker(store).check_text(document).quotes if q.text == quoted]
    if rule.on and not supported:
        assert quote.verdict == "unmatched" and quote.match is None
        assert any("no citation beside it supports" in note for note in quote.notes)
    else:
        assert quote.verdict == "paraphrase" and quote.match is not None, quote.notes
