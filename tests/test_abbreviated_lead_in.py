"""A sentence whose subject is an article cited in abbreviated form — "Art. 26(1) requires
deployers to …", "Art. 82 GDPR entitles anyone who …", "Pursuant to Art. 82 GDPR, anyone who …" —
retells that article after its lead-in, as "Article 26(1) requires …" does (issue 14, heldout16's
English retellings: pipeline/told_lead_in.py ``_LEAD_CHAR``).

The lead-in stopped at any full stop, so the stop of "Art." (or of "26.1") left the sentence with
no subject and its retelling unlinked. A full stop before a digit (a space at most between) is now
read as a citation's, not as a sentence's end. The English rows fail with that reading taken out.
A Chinese lead-in never stopped at a full stop (it stops at 。, ，, ：), so the Simplified and
Traditional rows, the same sentences' Chinese counterparts, are linked either way: they guard
that the change leaves Chinese lead-ins as they were. The writer's words are written for these
tests; the stored articles are the shipped store's.
"""

from __future__ import annotations

import pytest
from rule_pages import (
    DSL,
    GDPR,
    assert_told_paraphrase,
    checker_with,
    linked_retelling,
    traditional,
)
from rule_switch import RuleSwitch

from lawref.pipeline import told_lead_in
from lawref.pipeline.checker import Checker
from lawref.text.regex_code import constant

AI_ACT = "eu-ai-act"

checker = checker_with(GDPR, DSL, AI_ACT)

# The lead-in as it was: no full stop anywhere in the subject.
_STOPPED_AT_ANY_FULL_STOP = constant(
    r"(?i)(?:(?:[^,.;:\n]{1,30}:[ \t]+)?[^,.;:\n]{0,100}?\b(?:"
    + told_lead_in._ENGLISH_VERBS
    + r")\s+"
    r"|(?:pursuant to|in accordance with|as per|in line with) [^,.;\n]{1,80},\s*"
    r"|[^，,。；;：:\n]{0,40}?(?:" + told_lead_in._CHINESE_VERBS + r")(?=[^，,：:\s]))"
)

# (page, the retold words' opening, the article they are linked to, whether the abbreviation's
# full stop is what the rule reads; None: nothing linked there)
CASES: list[tuple[str, str, tuple[str, str] | None, bool]] = [
    # English: "Art." and a dotted paragraph number before the verb.
    (
        "EU AI Act, Art. 26: what deployers owe\n\nArt. 26.1 requires deployers to use high-risk "
        "AI systems strictly in accordance with the instructions for use that the provider "
        "supplies with them.",
        "deployers to use",
        (AI_ACT, "26"),
        True,
    ),
    # English: "Art." with the law's short name after the number.
    (
        "Art. 82 GDPR entitles anyone who suffered material or non-material damage because of an "
        "infringement of the GDPR to compensation from the controller or the processor for that "
        "damage.",
        "anyone who suffered",
        (GDPR, "82"),
        True,
    ),
    # English: a prepositional lead-in naming "Art." and its number.
    (
        "Pursuant to Art. 82 GDPR, anyone who suffered material or non-material damage because of "
        "an infringement of the GDPR may get compensation from the controller or the processor "
        "for that damage.",
        "anyone who suffered",
        (GDPR, "82"),
        True,
    ),
    # English: a full stop before a word is no citation's ("etc."): the lead-in stops there, and
    # nothing is retold after the verb.
    (
        "Art. 82 GDPR etc. entitles anyone who suffered material or non-material damage because "
        "of an infringement of the GDPR to compensation from the controller or the processor for "
        "that damage.",
        "anyone who suffered",
        None,
        False,
    ),
    # Simplified: the article is the subject of 要求 (linked either way).
    (
        "《数据安全法》第21条要求国家对数据实行分类分级保护，并由协调机制统筹制定重要数据目录，"
        "加强对重要数据的保护。",
        "国家对数据实行分类分级保护",
        (DSL, "21"),
        False,
    ),
    # Traditional: the same.
    (
        traditional(
            "《数据安全法》第21条要求国家对数据实行分类分级保护，并由协调机制统筹制定重要数据目录，"
            "加强对重要数据的保护。"
        ),
        traditional("国家对数据实行分类分级保护"),
        (DSL, "21"),
        False,
    ),
]


@pytest.mark.parametrize(("page", "opening", "expected", "read"), CASES, ids=range(len(CASES)))
def test_an_abbreviated_article_as_subject_retells_it(
    checker: Checker,
    rule: RuleSwitch,
    page: str,
    opening: str,
    expected: tuple[str, str] | None,
    read: bool,
) -> None:
    rule.take_out(told_lead_in, "_LEAD", _STOPPED_AT_ANY_FULL_STOP)
    quote = linked_retelling(checker, page, opening)
    if expected is None:
        assert quote is None or not quote.text.startswith(opening), quote
        return
    if read and not rule.on:  # taken out: nothing linked, or the citation's words counted in
        assert quote is None or not quote.text.startswith(opening), quote
        return
    assert_told_paraphrase(quote, page, opening, expected)
