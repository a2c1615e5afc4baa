"""A fine's ceiling (an amount and a share of turnover) that one stored article alone sets, retold
in the writer's words and credited in its paragraph to another law or article of the store, is a
``paraphrase`` of that article, ``misattributed`` (issue 14, heldout8 and heldout9: the PIPL's
五千万元/百分之五 told as the Data Security Law's, the AI Act's penalty tiers told as Art. 70's).
A ceiling credited rightly, to the duty the article punishes, to nobody, to a law the store lacks,
or set by several articles, or a draft's, accuses nobody and is not reported.

Each case runs with the rule on and off (pipeline/fine_ceilings.py); the sentences are written
here, the figures are the shipped store's (PIPL Art. 66, GDPR Art. 83, AI Act Arts. 99 and 101)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.pipeline import checker as checker_module
from lawref.pipeline.checker import Checker
from lawref.pipeline.fine_ceilings import ceilings_in, setting_articles
from lawref.store.files import Store

PIPL = "cn-personal-information-protection-law"
GDPR = "eu-gdpr"
AI_ACT = "eu-ai-act"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(PIPL, GDPR, AI_ACT, "cn-data-security-law")


# (document, the article the retold ceiling is linked to when the rule flags it; None: nothing
# reported over the figures)
CASES = [
    # Credited to another law of the store (its fines stop lower).
    (
        "《数据安全法》要求企业建立数据安全管理制度，违者面临高额罚款(最高可达5000万元或上一年度营业额5%)。",
        (PIPL, "66"),
    ),
    (
        "《數據安全法》要求企業建立數據安全管理制度，違者最高可被罰五千萬元或上一年度營業額百分之五。",
        (PIPL, "66"),
    ),
    (
        "Under China's Data Security Law, companies that mishandle data face fines of up to RMB 50 million or 5% of annual turnover.",
        (PIPL, "66"),
    ),
    # Credited to another article of the law that sets it.
    (
        "Article 70 of the AI Act sets the penalties: up to EUR 35 million or 7% of worldwide annual turnover for the gravest breaches.",
        (AI_ACT, "99"),
    ),
    ("Article 79 GDPR sets fines of up to €20 million or 4% of global turnover.", (GDPR, "83")),
    # Credited rightly: the article, or the law, that sets it.
    ("Article 83 GDPR sets fines of up to €20 million or 4% of global turnover.", None),
    ("《个人信息保护法》规定，情节严重的最高可处5000万元或上一年度营业额5%的罚款。", None),
    ("《個人資訊保護法》規定，情節嚴重的最高可處五千萬元或上一年度營業額百分之五的罰款。", None),
    # Credited to the duty whose breach the article punishes (Art. 99(3) names Article 5).
    (
        "Article 5 of the AI Act bans these practices, and breaching it can cost up to EUR 35 million or 7% of worldwide turnover.",
        None,
    ),
    # An article named once, in an earlier sentence: the fine is not credited to it.
    (
        "Article 84 GDPR lets Member States lay down other penalties. Fines can reach €20 million or 4% of global turnover.",
        None,
    ),
    # …but a page about that article credits it: it names the article more than once before.
    (
        "Article 84 GDPR: the penalties. Under Article 84 GDPR, the rules are strict. Fines can reach €20 million or 4% of global turnover.",
        (GDPR, "83"),
    ),
    # Credited to nobody in its paragraph.
    ("Fines under the new rules can reach €20 million or 4% of annual turnover.", None),
    (
        "Article 70 of the AI Act concerns national authorities.\n\nFines reach EUR 35 million or 7% of turnover.",
        None,
    ),
    ("最高可达5000万元或上一年度营业额5%的罚款让企业不敢懈怠。", None),
    # Set by two articles (AI Act Arts. 99(4) and 101): no certainty which.
    ("Article 70 of the AI Act: fines of up to EUR 15 million or 3% of turnover.", None),
    # A draft's figures, or a law the store lacks.
    ("《数据安全法》修正草案拟将罚款提高到5000万元或上一年度营业额5%。", None),
    ("《公司法》規定，違者最高可處五千萬元或上一年度營業額百分之五的罰款。", None),
]


def _ceiling_quotes(checker: Checker, document: str) -> list[tuple[str, str, str]]:
    return [
        (q.match.statute, q.match.article, q.attribution)
        for q in checker.check_text(document).quotes
        if q.match is not None and q.attribution == "misattributed"
    ]


@pytest.mark.parametrize(("document", "linked"), CASES)
def test_a_retold_ceiling_accuses_only_a_citation_the_figures_show_wrong(
    store: Store,
    rule: RuleSwitch,
    document: str,
    linked: tuple[str, str] | None,
) -> None:
    rule.take_out(checker_module, "told_ceilings", lambda *args: [])
    found = _ceiling_quotes(Checker(store), document)
    if rule.on and linked is not None:
        assert found == [(*linked, "misattributed")]
    else:
        assert found == []


@pytest.mark.parametrize(
    ("text", "amount", "percent"),
    [
        (
            "up to EUR 35 000 000 or, if the offender is an undertaking, up to 7 % of its total worldwide annual turnover",
            "35000000",
            "7",
        ),
        ("fines of €20M or 4% of global turnover", "20000000", "4"),
        ("4 per cent of annual revenue or 20 million euros", "20000000", "4"),
        ("处五千万元以下或者上一年度营业额百分之五以下罚款", "50000000", "5"),
        ("最高可达5000万元或上一年度营业额5%", "50000000", "5"),
        ("處五千萬元以下或者上一年度營業額百分之五以下罰款", "50000000", "5"),
    ],
)
def test_ceilings_are_read_in_every_script(text: str, amount: str, percent: str) -> None:
    (ceiling,) = ceilings_in(text)
    assert (ceiling.amount, ceiling.percent) == (Decimal(amount), Decimal(percent))


@pytest.mark.parametrize(
    "text",
    [
        "fines of €20M for 4% of the cases",  # no turnover
        "处五千万元以下罚款。上一年度营业额百分之五",  # a sentence between them
        "EUR 35 million was 7% higher than last year's",
    ],
)
def test_figures_that_are_no_ceiling_are_not_read_as_one(text: str) -> None:
    assert ceilings_in(text) == []


def test_each_stored_ceiling_is_indexed_with_the_articles_that_set_it(store: Store) -> None:
    index = setting_articles(store)
    holders = {
        key: sorted((s.stored.statute, s.stored.article) for s in setters)
        for key, setters in index.items()
    }
    assert holders[(Decimal("5E+7"), Decimal("5"))] == [(PIPL, "66")]
    assert holders[(Decimal("2E+7"), Decimal("4"))] == [(GDPR, "83")]
    assert holders[(Decimal("1.5E+7"), Decimal("3"))] == [(AI_ACT, "101"), (AI_ACT, "99")]
