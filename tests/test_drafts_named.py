"""Words a draft is said to hold, on a line of their own under a lead-in line or cited as the
draft's article, are the draft's, not the law's (issue 14, the eighth held-out set: a wiki page
on the Basic Law's Art. 23 quoting its first and second drafts, "第一稿,稿內第二十二條…全文是:⏎
“…”" and "第二稿《第二十三條》中…:⏎“…”", had both linked to the enacted Art. 23). Two readings
of pipeline/drafts_words.py: a quotation opening its line takes the line above as its lead-in
when that line ends in a colon (``_line_above``), and a citation right after a draft's name —
第二稿《第二十三條》, "the draft Article 17" — is the draft's (``_draft_named_before``), besides
the drafting committee's 第一稿, 第二稿, 初稿 and 稿内 as names of a draft.

Each case runs with the rule on and off. The drafts' words are written for these tests (near
copies of stored articles); the Traditional ones are converted by OpenCC.
"""

from __future__ import annotations

import pytest
from rule_pages import linked_to, traditional
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.pipeline import drafts_words
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

GDPR = "eu-gdpr"
PIPL = "cn-personal-information-protection-law"

ENGLISH_DRAFT = (
    "“The data subject shall have the right to obtain from the controller the erasure of personal "
    "data concerning him or her without delay and the controller shall have the obligation to "
    "erase such data where one of the following grounds applies:”\n"
)
CHINESE_DRAFT = "“符合下列情形之一的,个人信息处理者方可处理个人的信息:”\n"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, PIPL)


# (script, a page quoting a draft on a line of its own under a lead-in line, a page citing the
# draft's article before a lead-in clause of its own, the statute, the enacted article)
CASES = [
    (
        "english",
        "Erasure\n\nThe GDPR's erasure rule changed on the way. The first draft of Article 17 "
        "read:\n" + ENGLISH_DRAFT,
        "Erasure\n\nUnder the draft Article 17 of the GDPR, adopted by the Parliament in 2014, "
        "controllers had this duty: " + ENGLISH_DRAFT,
        GDPR,
        "17",
    ),
    (
        "simplified",
        "处理条件\n\n起草组2019年公布的《个人信息保护法》第一稿的第十三条全文是:\n" + CHINESE_DRAFT,
        "处理条件\n\n常委会随后发表的《个人信息保护法》第二稿第十三条改为更宽的表述,以回应意见:\n"
        + CHINESE_DRAFT,
        PIPL,
        "13",
    ),
]
CASES.append(("traditional", traditional(CASES[1][1]), traditional(CASES[1][2]), PIPL, "13"))


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_a_drafts_words_under_a_lead_in_line_are_not_linked_to_the_law(
    store: Store, rule: RuleSwitch, case: tuple[str, str, str, str, str]
) -> None:
    _, above, _, statute, article = case
    rule.take_out(drafts_words, "_line_above", lambda before: before)
    assert linked_to(Checker(store), above, statute, article) is not rule.on


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_a_citation_right_after_a_drafts_name_is_the_drafts(
    store: Store, rule: RuleSwitch, case: tuple[str, str, str, str, str]
) -> None:
    _, _, named, statute, article = case
    rule.take_out(drafts_words, "_draft_named_before", lambda text, start: None)
    rule.take_out(drafts_words, "_line_above", lambda before: before)
    assert linked_to(Checker(store), named, statute, article) is not rule.on
