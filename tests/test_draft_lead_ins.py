"""Words a lead-in gives as a draft's, with no citation ("草案二审稿规定，…", "The 2021 proposal
states: …"), are the draft's: a near-copy of the law (altered or a paraphrase) is not linked to
the adopted text, and a note names the draft and the nearest stored article (issue 14, the third
held-out set: a data-law draft and an AI Act proposal linked as ``altered``). Words with no such
lead-in stay linked.

Each case runs with the rule on and off (pipeline/drafts_words.py, called by pipeline/checker.py). Documents are
sentences written for these tests around article texts of the shipped store, each changed in a
word or two (Traditional converted by hand)."""

from __future__ import annotations

import pytest
from rule_pages import DSL, DSL_1_CHANGED, DSL_1_CHANGED_HANT, GDPR, GDPR_31_CHANGED
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.pipeline import checker as checker_module
from lawref.pipeline.checker import Checker
from lawref.store.files import Store


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, DSL)


# (document, words of the law, linked with the rule on)
CASES = [
    (f"The 2016 proposal states: “{GDPR_31_CHANGED}”", GDPR_31_CHANGED[:40], False),
    (f"草案二审稿规定：“{DSL_1_CHANGED}”", DSL_1_CHANGED[:12], False),
    (f"草案二審稿規定：「{DSL_1_CHANGED_HANT}」", DSL_1_CHANGED_HANT[:12], False),
    # No draft in the lead-in: the near-copy stays linked.
    (f"The rule states: “{GDPR_31_CHANGED}”", GDPR_31_CHANGED[:40], True),
    (f"条文规定：“{DSL_1_CHANGED}”", DSL_1_CHANGED[:12], True),
]


@pytest.mark.parametrize(("document", "opening", "linked"), CASES)
def test_a_drafts_words_are_not_linked_to_the_law(
    store: Store,
    rule: RuleSwitch,
    document: str,
    opening: str,
    linked: bool,
) -> None:
    rule.take_out(checker_module, "drafts_words", lambda text, span, w, group=None: w)
    quotes = [q for q in Checker(store).check_text(document).quotes if opening in q.text]
    assert len(quotes) == 1
    (quote,) = quotes
    if linked or not rule.on:
        assert quote.match is not None
        assert quote.verdict in ("altered", "paraphrase")
    else:
        assert quote.match is None
        assert quote.verdict == "unmatched"
        assert any("draft" in note for note in quote.notes)
