"""A penalty retold without quotation marks under the article of the duty it enforces is
``unverified``, not ``misattributed`` (pipeline/penalty_retold.py, issue 14: 《数据安全法》第二十七条
规定，…不履行数据安全保护义务的，由有关主管部门责令改正… came out as Art. 45's words credited to
Art. 27). The same words in quotation marks, given as the duty's text, or run on as a sentence of their own
after the duty's words, are still accused.

Each case runs with the rule on and off; the sentences are written here."""

from __future__ import annotations

import pytest
from rule_pages import DSL, GDPR, checker_with, quote_linked_to, traditional
from rule_switch import RuleSwitch

from lawref.pipeline import attribution as attribution_module
from lawref.pipeline.checker import Checker

checker = checker_with(DSL, GDPR)

DSL_45 = (
    "开展数据处理活动的组织、个人不履行数据安全保护义务的，由有关主管部门责令改正，给予警告，"
    "可以并处五万元以上五十万元以下罚款"
)
GDPR_83_4 = (
    "infringements shall be subject to administrative fines up to 10 000 000 EUR, or in the case "
    "of an undertaking, up to 2 % of the total worldwide annual turnover of the preceding "
    "financial year, whichever is higher"
)

# (page, statute, the penalty article)
RETOLD = [
    (f"Article 25 of the GDPR provides that {GDPR_83_4}.", GDPR, "83"),
    (f"《数据安全法》第二十七条规定，{DSL_45}。", DSL, "45"),
    (traditional(f"《数据安全法》第二十七条规定，{DSL_45}。"), DSL, "45"),
]


@pytest.mark.parametrize(("page", "statute", "article"), RETOLD)
def test_a_retold_penalty_under_its_duty_is_unverified(
    checker: Checker, rule: RuleSwitch, page: str, statute: str, article: str
) -> None:
    rule.take_out(attribution_module, "retold_penalty_note", lambda *args: None)
    quote = quote_linked_to(checker, page, statute, article)
    assert quote.attribution == ("unverified" if rule.on else "misattributed")


RUN_ON = "《数据安全法》第二十七条规定，开展数据处理活动应当建立健全全流程数据安全管理制度。"
QUOTED = [
    (f"Article 25 of the GDPR provides: “{GDPR_83_4}.”", GDPR, "83"),
    (f"《数据安全法》第二十七条规定：“{DSL_45}。”", DSL, "45"),
    (traditional(f"《数据安全法》第二十七条规定：“{DSL_45}。”"), DSL, "45"),
    # The penalty run on as a sentence of its own after the duty's words: more of "its" text.
    (
        "Article 25 of the GDPR provides that the controller shall implement appropriate "
        f"technical and organisational measures. {GDPR_83_4[0].upper()}{GDPR_83_4[1:]}.",
        GDPR,
        "83",
    ),
    (f"{RUN_ON}{DSL_45}。", DSL, "45"),
    (traditional(f"{RUN_ON}{DSL_45}。"), DSL, "45"),
]


@pytest.mark.parametrize(("page", "statute", "article"), QUOTED)
def test_a_penalty_quoted_or_run_on_as_the_duty_is_still_accused(
    checker: Checker, page: str, statute: str, article: str
) -> None:
    quote = quote_linked_to(checker, page, statute, article)
    assert quote.attribution == "misattributed"
