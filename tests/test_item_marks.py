"""A quotation that runs a list's lead-in on into an item, leaving out the item's bracketed mark
("… on account of any action …" for "… on account of— (A) any action …", "…的义务：遵守宪法…" for
"…的义务：（一）遵守宪法…"), or whose sentences carry a page's sentence numbers glued to their first
word ("1In order …", "2The …"), changed none of the law's words: ``minor``, not ``altered``
(issue 14, heldout8 and heldout9). A changed word beside them is still a change, and so is a
number glued inside a sentence. (Sentence numbers are a Latin-script case: before a Chinese
sentence a digit is a token of its own, not glued to a word.) Nor does a list whose items a news
report numbers 一是，二是， on lines of their own for the law's （一）（二） change a word (heldout9,
heldout18); 是 after another numeral than the item's, or run on inside a line, is a word added.

Each case runs with the rule on and off (match/item_marks.py, called by match/harmless_edits.py);
the law's words are the shipped store's (the Traditional form converted by hand)."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.match import harmless_edits
from lawref.match.matcher import Matcher
from lawref.store.files import Store

GDPR = "eu-gdpr"
NSL = "cn-national-security-law"
CDA = "us-47-usc-230"

NSL_77_HANS = "公民和组织应当履行下列维护国家安全的义务：遵守宪法、法律法规关于国家安全的有关规定；及时报告危害国家安全活动的线索；"
NSL_77_HANT = "公民和組織應當履行下列維護國家安全的義務：遵守憲法、法律法規關於國家安全的有關規定；及時報告危害國家安全活動的線索；"
CDA_C2A = (
    "No provider or user of an interactive computer service shall be held liable on account of "
    "any action voluntarily taken in good faith to restrict access to or availability of material"
)


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, NSL, CDA)


def _recital_29_numbered(store: Store, glue: str) -> str:
    """Recital 29's two sentences with "1" and "2" glued on as ``glue`` says: "start" (before
    each sentence's first word) or "inside" (before a word within the second sentence)."""
    text = stored_article(store, GDPR, "recital-29").text.strip()
    first, second = text.split(". ", 1)
    if glue == "start":
        return f"1{first}. 2{second}"
    words = second.split(" ")
    words[3] = "2" + words[3]
    return f"1{first}. {' '.join(words)}"


# (quotation, or a recital-29 form; the statute and article; verdict with the rule on; with it off)
CASES = [
    (CDA_C2A, CDA, "altered"),
    (NSL_77_HANS, NSL, "altered"),
    (NSL_77_HANT, NSL, "altered"),
    ("recital-29:start", GDPR, "altered"),
    # A word changed beside the left-out mark, a number glued inside a sentence: still changes.
    (CDA_C2A.replace("any action", "any act"), CDA, "altered"),
    (NSL_77_HANS.replace("遵守宪法", "遵从宪法"), NSL, "altered"),
    (NSL_77_HANT.replace("遵守憲法", "遵從憲法"), NSL, "altered"),
    ("recital-29:inside", GDPR, "altered"),
]
RULE_ON = ["minor", "minor", "minor", "minor", "altered", "altered", "altered", "altered"]


@pytest.mark.parametrize(("case", "expected_on"), list(zip(CASES, RULE_ON, strict=True)))
def test_marks_of_layout_are_no_change_of_the_law(
    store: Store,
    rule: RuleSwitch,
    case: tuple[str, str, str],
    expected_on: str,
) -> None:
    quotation, statute, expected_off = case
    rule.take_out(harmless_edits, "is_dropped_item_mark", lambda *a: False)
    rule.take_out(harmless_edits, "is_sentence_number", lambda *a: False)
    if quotation.startswith("recital-29:"):
        quotation = _recital_29_numbered(store, quotation.split(":")[1])
    result = Matcher(store).match(quotation)
    assert result.match is not None and result.match.statute == statute
    assert result.verdict == (expected_on if rule.on else expected_off), result.differences


# A news report's numbering of a list, 一是，二是， on lines of their own, for the law's （一）（二）:
# the law's lead-in and first two items (National Security Law Art. 77), renumbered for the test.
NSL_77_ORDINALS_HANS = (
    "公民和组织应当履行下列维护国家安全的义务：\n\n一是，遵守宪法、法律法规关于国家安全的有关规定；"
    "\n\n二是，及时报告危害国家安全活动的线索；"
)
NSL_77_ORDINALS_HANT = (
    "公民和組織應當履行下列維護國家安全的義務：\n\n一是，遵守憲法、法律法規關於國家安全的有關規定；"
    "\n\n二是，及時報告危害國家安全活動的線索；"
)
GDPR_32_ITEMS = (
    "the controller and the processor shall implement appropriate technical and organisational "
    "measures to ensure a level of security appropriate to the risk, including inter alia as "
    "appropriate:\n(a) is the pseudonymisation and encryption of personal data;\n(b) is the "
    "ability to ensure the ongoing confidentiality, integrity, availability and resilience of "
    "processing systems and services;"
)
# (quotation, statute, verdict with the rule on, with it off)
ORDINAL_CASES = [
    (NSL_77_ORDINALS_HANS, NSL, "minor", "altered"),
    (NSL_77_ORDINALS_HANT, NSL, "minor", "altered"),
    # 是 after another numeral than the law's item, or run on inside a line: a word added.
    (NSL_77_ORDINALS_HANS.replace("二是，", "三是，"), NSL, "altered", "altered"),
    (NSL_77_ORDINALS_HANT.replace("\n\n二是", "二是"), NSL, "altered", "altered"),
    # English items marked as the law marks them, with a word added after the mark: a change.
    (GDPR_32_ITEMS, GDPR, "altered", "altered"),
]


@pytest.mark.parametrize(("quotation", "statute", "expected_on", "expected_off"), ORDINAL_CASES)
def test_items_numbered_yi_shi_are_the_law_s_items(
    store: Store,
    rule: RuleSwitch,
    quotation: str,
    statute: str,
    expected_on: str,
    expected_off: str,
) -> None:
    rule.take_out(harmless_edits, "is_item_ordinal", lambda *a: False)
    result = Matcher(store).match(quotation)
    assert result.match is not None and result.match.statute == statute
    assert result.verdict == (expected_on if rule.on else expected_off), result.differences
