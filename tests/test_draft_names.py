"""A draft named with its stage after the law's name — "Artificial Intelligence Act (Proposal
25.11.2022)", 国家安全法(草案二次审议稿) — or a lead-in whose subject is a reading draft (审议稿的
第十一条提到，“…”) gives the draft's words, not the law's: a near-copy of the enacted article is
not linked (issue 14, labelling policy C: heldout14 linked a site's copy of the Council's 2022
text of the AI Act's Art. 16 and a news agency's quotation of the 2015 National Security Law's
second-reading draft, both as ``altered``).

The stage in brackets after the name is read by the grammar's ``draft_after`` window
(statutes/grammar/instruments.yaml) over the first ``_DRAFT_AFTER`` characters after the name
(citations/naming.py: 8 before, which stopped inside " (Proposal"); the reading draft in the
lead-in by pipeline/drafts_words.py (``_DRAFT_SUBJECT``). Each case runs with the rule on and off. Pages are
sentences written for these tests around the shipped store's Data Security Law Art. 8 and GDPR
Art. 82(1), each changed in a word (Traditional by OpenCC)."""

from __future__ import annotations

import re

import pytest
from rule_pages import DSL, DSL_8, GDPR, GDPR_82, checker_with, traditional
from rule_switch import RuleSwitch

from lawref.citations import naming as naming_module
from lawref.pipeline import drafts_words as drafts_module
from lawref.pipeline.checker import Checker

checker = checker_with(DSL, GDPR)

DSL_8_CHANGED = DSL_8.replace("诚实守信，", "")
GDPR_82_CHANGED = GDPR_82.replace("Any person", "Every person")

# The stage after the name, in brackets: (page, the quotation's opening words, linked with it on).
# (A Chinese stage, 数据安全法(草案二次审议稿)第八条, was read as a draft before: 草案 in the lead-in.)
STAGE_CASES = [
    (
        f"Article 82 of the General Data Protection Regulation (Proposal 25.01.2012) reads: "
        f"“{GDPR_82_CHANGED}”",
        GDPR_82_CHANGED[:30],
        False,
    ),
    # The enacted law named, or a stage that is no draft's: linked.
    (
        f"Article 82 of the General Data Protection Regulation (as in force) reads: "
        f"“{GDPR_82_CHANGED}”",
        GDPR_82_CHANGED[:30],
        True,
    ),
]

# A reading draft as the lead-in's subject, no law named: (page, opening, linked with it on)
LEAD_IN_CASES = [
    (f"审议稿的第八条提到，“{DSL_8_CHANGED}”", DSL_8_CHANGED[:12], False),
    (
        traditional(f"审议稿的第八条提到，“{DSL_8_CHANGED}”"),
        traditional(DSL_8_CHANGED[:12]),
        False,
    ),
    (f"数据安全法的第八条提到，“{DSL_8_CHANGED}”", DSL_8_CHANGED[:12], True),
]


def _linked(checker: Checker, page: str, opening: str) -> bool:
    quotes = [q for q in checker.check_text(page).quotes if q.text.startswith(opening)]
    assert len(quotes) == 1
    if quotes[0].match is None:
        assert quotes[0].verdict == "unmatched"
        assert any("draft" in note for note in quotes[0].notes)
        return False
    assert quotes[0].verdict in ("altered", "paraphrase")
    return True


@pytest.mark.parametrize(("page", "opening", "linked"), STAGE_CASES)
def test_a_drafts_stage_after_the_name_makes_it_the_drafts(
    checker: Checker, rule: RuleSwitch, page: str, opening: str, linked: bool
) -> None:
    rule.take_out(naming_module, "_DRAFT_AFTER", 8)
    assert _linked(checker, page, opening) is (linked or not rule.on)


@pytest.mark.parametrize(("page", "opening", "linked"), LEAD_IN_CASES)
def test_a_reading_draft_as_the_lead_ins_subject_gives_its_words(
    checker: Checker, rule: RuleSwitch, page: str, opening: str, linked: bool
) -> None:
    # the lead-in's draft subjects as they were, without the reading draft
    before = drafts_module._DRAFT_SUBJECT.pattern.replace("|审议稿|審議稿", "")
    rule.take_out(drafts_module, "_DRAFT_SUBJECT", re.compile(before, re.IGNORECASE))
    assert _linked(checker, page, opening) is (linked or not rule.on)


# An agency's rule as the lead-in's subject (English only: the class is a US agency's interim or
# final rule implementing a statute): (page, opening, linked with it on)
RULE_CASES = [
    (
        f"The agencies issued an interim rule on Monday. Specifically, the rule requires that "
        f"“{GDPR_82_CHANGED}”",
        GDPR_82_CHANGED[:30],
        False,
    ),
    (
        f"The final rule takes effect in May. The rule says: “{GDPR_82_CHANGED}”",
        GDPR_82_CHANGED[:30],
        False,
    ),
    # No rule named on the page: "the rule" is the writer's word for the law's rule.
    (
        f"The court applied it strictly. Specifically, the rule requires that “{GDPR_82_CHANGED}”",
        GDPR_82_CHANGED[:30],
        True,
    ),
]


@pytest.mark.parametrize(("page", "opening", "linked"), RULE_CASES)
def test_an_agency_rule_as_the_lead_ins_subject_gives_its_words(
    checker: Checker, rule: RuleSwitch, page: str, opening: str, linked: bool
) -> None:
    rule.take_out(drafts_module, "_agency_rule", lambda text, start, clause: None)
    assert _linked(checker, page, opening) is (linked or not rule.on)
