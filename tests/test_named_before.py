"""A quotation no citation introduces agrees with the law the writer named last before it
(issue 14, item 1; pipeline/named_before.py).

A writer names a law, then quotes or reproduces its words paragraphs later without citing it
again: the quotation is ``consistent`` with that naming, not ``uncited``. A bare article heading
whose number is the matched article's, on a page that named the matched law last before it, is
``consistent`` too, not ``unverified``. Only agreement is read this way: when the law named last is
another stored law, or a law the store lacks, the quotation stays ``uncited`` — never
``misattributed``. Each case runs with the rule on and off. Statute words come from the shipped
store; the Traditional-script sentence is converted by hand (a test holds it to the stored words).
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with
from uncited_texts import AI_ACT, DSL, DSL24_HANT, GDPR, ai4, dsl24, linked_quote

from lawref.pipeline import accusations
from lawref.pipeline.checker import Checker
from lawref.store.files import Store


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(DSL, AI_ACT, GDPR)


# (case, document builder, the statute, the words the citation it rests on starts with)
AGREE = [
    (
        "zh-Hans: the law named two paragraphs before",
        lambda s: (
            "《数据安全法》于2021年9月1日起施行，是数据领域的基础性法律。\n\n"
            "它对数据处理者提出了不少要求，企业需要认真对待。\n\n"
            f"{dsl24(s)}"
        ),
        DSL,
        "《数据安全法》",
    ),
    (
        "zh-Hant: the law named two paragraphs before",
        lambda s: (
            "《數據安全法》於2021年9月1日起施行，是數據領域的基礎性法律。\n\n"
            "它對數據處理者提出了不少要求，企業需要認真對待。\n\n"
            f"{DSL24_HANT}"
        ),
        DSL,
        "《數據安全法》",
    ),
    (
        "en: an article named, its words quoted two paragraphs on",
        lambda s: (
            "Article 4 of the EU AI Act took effect in February 2025. Few firms were ready.\n\n"
            "Its text is short, and most of it fits in one breath.\n\n"
            f"“{ai4(s)}”\n\nTraining budgets are rising."
        ),
        AI_ACT,
        "Article 4 of the EU AI Act",
    ),
    (
        "en: the law named last of two",
        lambda s: (
            "The GDPR was adopted in 2016. Then the EU AI Act followed in 2024.\n\n"
            "Its text is short, and most of it fits in one breath.\n\n"
            f"“{ai4(s)}”"
        ),
        AI_ACT,
        "EU AI Act",
    ),
    (
        "zh-Hans: a bare heading under the law named before",
        lambda s: (
            "我们今天讨论《数据安全法》的审查制度，先看条文。\n\n"
            "这一制度在实践中争议不小。\n\n"
            f"第二十四条 {dsl24(s)}\n\n"
            "本条与《网络安全法》的审查制度相衔接。"
        ),
        DSL,
        "第二十四条",
    ),
    (
        "zh-Hant: a bare heading under the law named before",
        lambda s: (
            "我們今天討論《數據安全法》的審查制度，先看條文。\n\n"
            "這一制度在實踐中爭議不小。\n\n"
            f"第二十四條 {DSL24_HANT}\n\n"
            "本條與《網絡安全法》的審查制度相銜接。"
        ),
        DSL,
        "第二十四條",
    ),
]


@pytest.mark.parametrize(("case", "build", "statute", "cited"), AGREE, ids=[c[0] for c in AGREE])
def test_the_law_named_last_before_agrees(
    store: Store,
    checker: Checker,
    rule: RuleSwitch,
    case: str,
    build,  # noqa: ANN001
    statute: str,
    cited: str,
) -> None:
    rule.take_out(accusations, "named_before", lambda q, m, links, c: list(links))
    quote = linked_quote(checker, build(store))
    assert quote.match is not None and quote.match.statute == statute
    if rule.on:
        assert quote.attribution == "consistent", case
        assert quote.cited_as is not None and quote.cited_as.text.startswith(cited)
        assert quote.cited_as.statute == statute
        assert any("named last before it" in note for note in quote.notes)
    else:
        assert quote.attribution in ("uncited", "unverified"), case


# Another law named last: the quotation stays uncited, never misattributed.
OTHERS = [
    (
        "en: another stored law named last",
        lambda s: (
            "The EU AI Act followed in 2024. The GDPR was adopted in 2016.\n\n"
            "Its text is short, and most of it fits in one breath.\n\n"
            f"“{ai4(s)}”"
        ),
    ),
    (
        "zh-Hans: a law the store lacks named last",
        lambda s: (
            "《数据安全法》于2021年9月1日起施行。后来《民法典》也有相关内容。\n\n"
            "这部法律对数据处理者提出了不少要求，企业需要认真对待。\n\n"
            f"{dsl24(s)}"
        ),
    ),
    (
        "zh-Hant: another stored law named last",
        lambda s: (
            "《數據安全法》於2021年9月1日起施行。此前已有《網絡安全法》。\n\n"
            "這部法律對數據處理者提出了不少要求，企業需要認真對待。\n\n"
            f"{DSL24_HANT}"
        ),
    ),
]


@pytest.mark.parametrize(("case", "build"), OTHERS, ids=[c[0] for c in OTHERS])
def test_another_law_named_last_accuses_nobody(
    store: Store,
    checker: Checker,
    case: str,
    build,  # noqa: ANN001
) -> None:
    quote = linked_quote(checker, build(store))
    assert quote.attribution == "uncited", case


def test_another_article_named_last_leaves_the_quotation_uncited(
    store: Store, checker: Checker
) -> None:
    """The law named last is the matched one, but the naming cites another of its articles: the
    writer's topic is that article, so words of this one stay uncited (and accuse nobody)."""
    document = (
        "Article 5 of the EU AI Act bans a few practices outright. Fines come later.\n\n"
        "Its literacy duty is short, and most of it fits in one breath.\n\n"
        f"“{ai4(store)}”"
    )
    quote = linked_quote(checker, document)
    assert quote.attribution == "uncited"
