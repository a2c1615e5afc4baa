"""A quotation that leaves out the cited law's naming parenthesis ("（以下简称保密）") is still the
cited law's words: when another law's article reads closer to the shortened sentence, the citation
is not called wrong (issue 14, heldout8: the 2024 State Secrets Law's Art. 3 quoted without its
parenthesis, matched to the National Security Law's Art. 4). Words the cited law does not hold,
parenthesis or not, are still accused.

Each case runs with the rule on and off (pipeline/defined_aside.py); the sentences around the
law's words are written here (the Traditional form converted by hand). match/window_reach.py
now aligns such a shortened Chinese sentence over its whole stretch, so that it links the cited
article itself (heldout8's case among them); it is kept out of both runs here, so that the cases
still show this rule where another law's article reads closer."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.match.matcher import Matcher
from lawref.pipeline import attribution as attribution_module
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

SECRETS = "cn-state-secrets-law"
NSL = "cn-national-security-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(SECRETS, NSL)


# (document, the quoted words, attribution with the rule on)
CASES = [
    (
        "新修订的保守国家秘密法在总则中写明“坚持中国共产党对保守国家秘密工作的领导”。",
        "坚持中国共产党对保守国家秘密工作的领导",
        "consistent",
    ),
    (
        "新修訂的保守國家秘密法在總則中寫明「堅持中國共產黨對保守國家秘密工作的領導」。",
        "堅持中國共產黨對保守國家秘密工作的領導",
        "consistent",
    ),
    # Words of the National Security Law's Art. 4 credited to the State Secrets Law: accused.
    (
        "新修订的保守国家秘密法在总则中写明“坚持中国共产党对国家安全工作的领导，建立集中统一、"
        "高效权威的国家安全领导体制”。",
        "坚持中国共产党对国家安全工作的领导",
        "misattributed",
    ),
]


@pytest.mark.parametrize(("document", "words", "attribution"), CASES)
def test_naming_parenthesis_left_out_accuses_nobody(
    store: Store,
    rule: RuleSwitch,
    monkeypatch: pytest.MonkeyPatch,
    document: str,
    words: str,
    attribution: str,
) -> None:
    monkeypatch.setattr(Matcher, "_reaching", lambda *args: None)
    rule.take_out(attribution_module, "held_without_definitions", lambda *args: None)
    quotes = [q for q in Checker(store).check_text(document).quotes if words in q.text]
    assert len(quotes) == 1, [(q.text, q.verdict, q.attribution) for q in quotes]
    (quote,) = quotes
    assert quote.match is not None and quote.match.statute == NSL
    assert quote.attribution == (attribution if rule.on else "misattributed")
