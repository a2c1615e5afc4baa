"""A fine's ceiling retold beside a citation of the law or the article that sets it is that
article's `paraphrase`, consistent with the citation (issue 14, round twenty: unquoted retellings;
pipeline/ceiling_retold.py, read by pipeline/cited_restatements.py).

An amount paired with a share of turnover is set by one stored article (GDPR Art. 83, PIPL Art.
66, AI Act Art. 99) or a few: credited rightly, the writer's sentence holding it retells that
article, though it shares few words with it ("EUR 10,000,000" for "10 000 000 EUR"). Each case
runs with the rule on and off; the sentences are written for the tests, the stored articles are
the shipped store's. A pair several articles set, a draft's figures, a fine credited to another
article or law (pipeline/fine_ceilings.py's case) and one credited to nothing are not linked.
"""

from __future__ import annotations

import pytest
from rule_pages import GDPR, checker_with, traditional
from rule_switch import RuleSwitch

from lawref.pipeline import cited_restatements
from lawref.pipeline.checker import Checker

PIPL = "cn-personal-information-protection-law"
AI_ACT = "eu-ai-act"

checker = checker_with(GDPR, PIPL, AI_ACT)

_PIPL_TOLD = "《个人信息保护法》对企业提出了严格要求。情节严重的，企业最高可被处以五千万元或者上一年度营业额百分之五的罚款。"

# (page, the figures' opening, the article the sentence is linked to; None: nothing linked there)
CASES: list[tuple[str, str, tuple[str, str] | None]] = [
    # English: the article cited in the sentence, or the law named before it.
    (
        "A company that ignores its records duty runs a real risk: it may face fines of up to "
        "EUR 10,000,000 or 2% of its worldwide annual turnover (Art. 83(4) GDPR).",
        "EUR 10,000,000",
        (GDPR, "83"),
    ),
    (
        "The GDPR changed how companies treat data.\n\nSerious breaches can cost a company up to "
        "EUR 20 million or 4% of its global annual turnover, whichever is greater.",
        "EUR 20 million",
        (GDPR, "83"),
    ),
    (
        "The EU AI Act is now in force.\n\nUsing a banned practice can cost a provider as much as "
        "EUR 35 million or 7% of its worldwide yearly turnover.",
        "EUR 35 million",
        (AI_ACT, "99"),
    ),
    # Simplified and Traditional: the law named in the sentence before.
    (_PIPL_TOLD, "五千万元", (PIPL, "66")),
    (traditional(_PIPL_TOLD), traditional("五千万元"), (PIPL, "66")),
    # A pair two articles set (AI Act Arts. 99(4) and 101): no one article.
    (
        "The EU AI Act is now in force.\n\nOther breaches can cost a company as much as "
        "EUR 15 million or 3% of its worldwide yearly turnover.",
        "EUR 15 million",
        None,
    ),
    # A draft's figures.
    (
        "The GDPR is under review.\n\nThe draft would raise the fines a company faces to "
        "EUR 20 million or 4% of its global annual turnover.",
        "EUR 20 million",
        None,
    ),
    # Credited to the duty whose breach the article punishes, not to the article or its law.
    (
        "Article 33 GDPR sets the breach deadline.\n\nMissing it can cost a company up to "
        "EUR 10 million or 2% of its global annual turnover in fines.",
        "EUR 10 million",
        None,
    ),
    # Credited to nobody.
    (
        "Serious breaches can cost a company up to EUR 20 million or 4% of its global annual "
        "turnover, whichever is greater.",
        "EUR 20 million",
        None,
    ),
    ("情节严重的，企业最高可被处以五千万元或者上一年度营业额百分之五的罚款。", "五千万元", None),
    (
        traditional("情节严重的，企业最高可被处以五千万元或者上一年度营业额百分之五的罚款。"),
        traditional("五千万元"),
        None,
    ),
]


@pytest.mark.parametrize(("page", "figures", "expected"), CASES, ids=range(len(CASES)))
def test_a_fine_ceiling_credited_to_its_law_is_its_article_paraphrase(
    checker: Checker,
    rule: RuleSwitch,
    page: str,
    figures: str,
    expected: tuple[str, str] | None,
) -> None:
    rule.take_out(cited_restatements, "ceiling_retold", lambda *args: None)
    quotes = [
        q
        for q in checker.check_text(page).quotes
        if q.match is not None and q.verdict != "unmatched" and figures in q.text
    ]
    if expected is None or not rule.on:
        assert quotes == [], quotes
        return
    assert len(quotes) == 1, quotes
    (quote,) = quotes
    assert quote.match is not None
    assert (quote.match.statute, quote.match.article) == expected
    assert (quote.verdict, quote.marks, quote.attribution) == ("paraphrase", "none", "consistent")
