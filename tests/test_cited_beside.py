"""A quotation cited as a law the store lacks in one list with a citation of the stored article
that holds its words — 依照数据安全法第八条和民法典第一百一十一条，“…” — is linked to that
article: the writer cites both laws, and the stored one can be checked (issue 14; the class seen
on the thirteenth held-out set, once the Civil Code's article there stopped being read as the
PIPL's). Without the stored article beside it, a quotation cited as another law stays unlinked,
as pipeline/renderings.py says.

Each case runs with the rule on and off (pipeline/renderings.py calls
pipeline/cited_beside.py ``also_cited_beside``)."""

from __future__ import annotations

import pytest
from rule_pages import DSL, DSL_8, GDPR, GDPR_82, checker_with, linked_to, traditional
from rule_switch import RuleSwitch

from lawref.pipeline.checker import Checker

checker = checker_with(DSL, GDPR)

# DSL Art. 8 and GDPR Art. 82(1) with one word changed: altered, not an exact copy.
DSL_8_ALTERED = DSL_8.replace("尊重社会公德", "尊重社会道德")
GDPR_82_ALTERED = GDPR_82.replace("to receive compensation", "to obtain compensation")

# (page, statute, article, linked with the rule on, with it off)
CASES = [
    (f"依照数据安全法第八条和民法典第一百一十一条，“{DSL_8_ALTERED}”", DSL, "8", True, False),
    (
        traditional(f"依照数据安全法第八条和民法典第一百一十一条，“{DSL_8_ALTERED}”"),
        DSL,
        "8",
        True,
        False,
    ),
    (
        f"Under Article 82 GDPR and Article 1240 of the Civil Code, “{GDPR_82_ALTERED}”",
        GDPR,
        "82",
        True,
        False,
    ),
    # the stored article not cited beside the other law: unlinked either way
    (f"依照民法典第一百一十一条，“{DSL_8_ALTERED}”", DSL, "8", False, False),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_quotation_cited_with_its_stored_article_beside_another_law_is_linked(
    checker: Checker, rule: RuleSwitch, case: int
) -> None:
    page, statute, article, on, off = CASES[case]
    # the rule is imported where it is used (issue 20): taken out where it is defined
    from lawref.pipeline import cited_beside as cited_beside_rule

    rule.take_out(cited_beside_rule, "also_cited_beside", lambda *args: False)
    assert linked_to(checker, page, statute, article) == (on if rule.on else off)
