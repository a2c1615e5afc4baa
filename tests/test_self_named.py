"""A sentence that calls its own instrument by a kind the matched law never calls itself —
本条例, 本規定, 本办法 where the stored law says 本法 — is that instrument's text, not the law's:
its words are not linked, with a note, also when the stretch found is the law's word for word
and the self-name stands beside it in the sentence (issue 14: heldout14 linked the 2023 Commercial
Cryptography Regulations' Arts. 1 and 2(2), which copy the Cryptography Law's, as the law's).

Each case runs with the rule on and off (pipeline/self_named.py, called by pipeline/checker.py).
Pages are written for these tests around the shipped store's Data Security Law Art. 8, in
Simplified and Traditional script (OpenCC). No English case: the class is the Chinese self-name
of a regulation, measures or provisions; in English the store's EU acts call themselves "this
Regulation" and its Chinese laws' renderings "this Law", so an English self-name tells nothing
the citation does not."""

from __future__ import annotations

import pytest
from rule_pages import DSL, DSL_8, checker_with, traditional
from rule_switch import RuleSwitch

from lawref.pipeline import checker as checker_module
from lawref.pipeline.checker import Checker

checker = checker_with(DSL)

CORE = "应当遵守法律、法规"  # words of Art. 8 that every case's quotation holds

# The regulation's article: the law's Art. 8 with the regulation named as itself inside it.
OWN_INSIDE = DSL_8.replace("开展数据处理活动", "在本条例适用范围内开展数据处理活动")
# The law's Art. 8 word for word, the self-name in the same sentence before it.
OWN_BESIDE = "依照本办法，" + DSL_8
# The law's own self-name (本法): the law's words, linked.
LAW_INSIDE = DSL_8.replace("开展数据处理活动", "在本法适用范围内开展数据处理活动")

# (page, linked with the rule on). No title line names the instrument: a title of an instrument
# the store lacks makes the headings under it that instrument's already (citations/headings.py).
CASES = [
    (f"第八条 {OWN_INSIDE}", False),
    (traditional(f"第八条 {OWN_INSIDE}"), False),
    (f"第一章 总则\n{OWN_BESIDE}", False),
    (traditional(f"第一章 总则\n{OWN_BESIDE}"), False),
    (f"该条例写道：“{OWN_INSIDE}”", False),
    (f"第八条 {LAW_INSIDE}", True),
    (traditional(f"第八条 {LAW_INSIDE}"), True),
    (f"第一章 总则\n{DSL_8}", True),
]


@pytest.mark.parametrize(("page", "linked"), CASES)
def test_a_sentence_naming_another_instrument_as_itself_is_not_the_laws(
    checker: Checker, rule: RuleSwitch, page: str, linked: bool
) -> None:
    rule.take_out(checker_module, "self_named", lambda text, span, w, reader, windows: w)
    core = traditional(CORE) if traditional(CORE) in page else CORE
    quotes = [q for q in checker.check_text(page).quotes if core in q.text]
    assert len(quotes) == 1
    (quote,) = quotes
    if linked or not rule.on:
        assert quote.match is not None
        assert (quote.match.statute, quote.match.article) == (DSL, "8")
    else:
        assert quote.match is None
        assert quote.verdict == "unmatched"
        assert any("calls its own instrument" in note for note in quote.notes)
