"""A short phrase quoted as a term of a law the store lacks is not linked to a stored article that
happens to hold the same words (issue 14, the eighteenth held-out set: a Taiwanese piece quoted
「關鍵基礎設施」 as a term of Taiwan's Cyber Security Management Act, and lawref linked it
`verbatim` to the one stored article holding those six characters). A long exact copy cited so
stays linked (pipeline/renderings.py), and so does a term cited as the stored law itself.

Each case runs with the rule on and off (pipeline/renderings.py calls pipeline/cited_term.py
``only_a_term``). The terms are the shipped store's words; the sentences around them are written
for these tests, the Traditional ones converted by OpenCC. The Civil Code is a law the store lacks.
"""

from __future__ import annotations

import pytest
from rule_pages import DSL, DSL_8, GDPR, checker_with, traditional
from rule_switch import RuleSwitch

from lawref.pipeline import renderings
from lawref.pipeline.checker import Checker

CLOUD_2713 = "us-18-usc-2713"

checker = checker_with(DSL, GDPR, CLOUD_2713)

CIVIL_TERM = "依照民法典第一千零三十四条的规定，国家建立“数据安全审查制度”，对有关活动进行审查。"
OWN_TERM = "依照数据安全法第二十四条的规定，国家建立“数据安全审查制度”，对有关活动进行审查。"
CIVIL_COPY = f"依照民法典第一千零三十四条，“{DSL_8}”"

# (page, statute, linked with the rule on, with it off)
CASES = [
    (CIVIL_TERM, DSL, False, True),
    (traditional(CIVIL_TERM), DSL, False, True),
    (
        "Under Article 1035 of the Civil Code, the data are handed over "
        "in a “structured, commonly used and machine-readable format” on request.",
        GDPR,
        False,
        True,
    ),
    # the term cited as the stored law: linked either way
    (OWN_TERM, DSL, True, True),
    (traditional(OWN_TERM), DSL, True, True),
    # a whole article word for word, cited as the law the store lacks: linked either way
    (CIVIL_COPY, DSL, True, True),
]


def _linked_to_statute(checker: Checker, page: str, statute: str) -> bool:
    return any(
        q.match is not None and q.verdict != "unmatched" and q.match.statute == statute
        for q in checker.check_text(page).quotes
    )


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_term_quoted_as_a_law_the_store_lacks_is_not_linked(
    checker: Checker, rule: RuleSwitch, case: int
) -> None:
    page, statute, on, off = CASES[case]
    rule.take_out(renderings, "only_a_term", lambda quote, result: False)
    assert _linked_to_statute(checker, page, statute) == (on if rule.on else off)


def test_the_note_names_the_article_holding_the_term(checker: Checker) -> None:
    quotes = [q for q in checker.check_text(CIVIL_TERM).quotes if "数据安全审查制度" in q.text]
    assert quotes and quotes[0].match is None
    assert any("its term is the cited law's" in note for note in quotes[0].notes)


# An act the store holds some sections of, named as a whole, is not a law the store lacks: its
# term is the stored section's (heldout15 quotes 18 U.S.C. 2713's words so under "the CLOUD Act").
# The grammar names such acts in English only (statutes/grammar/us.yaml, acts_held_in_part).
HELD_IN_PART = (
    "The CLOUD Act makes providers hand over data within their “possession, custody, or "
    "control”, wherever the servers stand."
)


def test_a_term_cited_as_an_act_the_store_holds_in_part_stays_linked(
    checker: Checker, rule: RuleSwitch
) -> None:
    rule.take_out(renderings, "held_in_part", lambda citation: False)
    assert _linked_to_statute(checker, HELD_IN_PART, CLOUD_2713) == rule.on
