"""After a semicolon, a citation that its clause goes on from ("…；第四十条第三款订明香港特别行政区
应当…", "…; Article 40 requires the region to …") opens that clause: it is not the credit of the
words before the semicolon, which keep the citation that introduced them
(pipeline/citation_after_quote.py ``_runs_on``; issue 14: the National Security Law's Art. 11(2)
retold after 規定 was credited to the Art. 40(3) cited after it, and accused).

Each case runs with the rule on and off; the sentences are written here."""

from __future__ import annotations

import pytest
from rule_pages import checker_with, quote_linked_to, traditional
from rule_switch import RuleSwitch

from lawref.pipeline.checker import Checker
from lawref.pipeline.citation_after_quote import FollowingCitation

NSL = "cn-national-security-law"
GDPR = "eu-gdpr"
checker = checker_with(NSL, GDPR)

NSL_11 = "维护国家主权、统一和领土完整是包括港澳同胞和台湾同胞在内的全中国人民的共同义务"
GDPR_6_4 = (
    "processing for a purpose other than that for which the personal data have been collected"
)

# (page, statute, the article cited before the words)
PAGES = [
    (
        f"国家安全法第十一条第二款规定{NSL_11}；国家安全法第四十条第三款订明香港特别行政区"
        "应当履行维护国家安全的责任。",
        NSL,
        "11",
    ),
    (
        traditional(
            f"国家安全法第十一条第二款规定{NSL_11}；国家安全法第四十条第三款订明香港特别行政区"
            "应当履行维护国家安全的责任。"
        ),
        NSL,
        "11",
    ),
    (
        f"Article 6(4) of the GDPR speaks of “{GDPR_6_4}”; Article 5 forbids it outright.",
        GDPR,
        "6",
    ),
]


@pytest.mark.parametrize(("page", "statute", "article"), PAGES)
def test_a_citation_opening_the_next_clause_is_not_the_credit(
    checker: Checker, rule: RuleSwitch, page: str, statute: str, article: str
) -> None:
    rule.take_out(FollowingCitation, "_runs_on", lambda self, citation: False)
    quote = quote_linked_to(checker, page, statute, article)
    assert quote.attribution == ("consistent" if rule.on else "misattributed")
    assert quote.cited_as is not None
    assert (quote.cited_as.article == article) == rule.on
