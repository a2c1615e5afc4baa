"""A citation on its own line under an uncited quotation credits it — to agree (issue 14,
item 1; pipeline/credit_line.py).

"<the words>⏎《数据安全法》第二十四条", an epigraph over "Regulation (EU) 2024/1689, Article 4", a
reference site's "GDPR Recital EN⏎Recital 26": the line under the quotation holds only a citation
(give or take a label's words), so the quotation is ``consistent`` with it, not ``uncited``. A line
that names another article, or a sentence of the writer's that names the law, changes nothing —
and never makes the quotation ``misattributed``. Each case runs with the rule on and off. Statute
words come from the shipped store; the Traditional-script sentence is converted by hand (a test
holds it to the stored words).
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article
from uncited_texts import AI_ACT, DSL, DSL24_HANT, GDPR, ai4, dsl24, linked_quote

from lawref.pipeline import accusations
from lawref.pipeline.checker import Checker
from lawref.store.files import Store
from lawref.text.normalize import letters_form


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(DSL, AI_ACT, GDPR)


def _recital(store: Store, number: str) -> str:
    """A recital's last sentence (a reference page reproduces the end of it)."""
    text = stored_article(store, GDPR, f"recital-{number}").text.strip()
    return text[text.rstrip(".").rindex(". ") + 2 :]


def test_the_traditional_words_are_the_stored_ones(store: Store) -> None:
    assert letters_form(DSL24_HANT).text == letters_form(dsl24(store)).text


# (case, document builder, the credit's words)
CREDITED = [
    (
        "zh-Hans: the law and article on the next line",
        lambda s: f"{dsl24(s)}\n《数据安全法》第二十四条\n\n企业应当关注审查制度的进展。",
        "《数据安全法》第二十四条",
    ),
    (
        "zh-Hant: the law and article on the next line",
        lambda s: f"{DSL24_HANT}\n《數據安全法》第二十四條\n\n企業應當關注審查制度的進展。",
        "《數據安全法》第二十四條",
    ),
    (
        "en: an epigraph credited under a blank line",
        lambda s: (
            f"“{ai4(s)}”\n\nRegulation (EU) 2024/1689, Article 4\n\nTraining budgets are rising."
        ),
        "Regulation (EU) 2024/1689, Article 4",
    ),
    (
        "en: a reference site's label over the number",
        lambda s: f"{_recital(s, '26')}\nGDPR Recital EN\nRecital 26",
        "Recital 26",
    ),
]


@pytest.mark.parametrize(("case", "build", "credit"), CREDITED, ids=[c[0] for c in CREDITED])
def test_a_credit_line_under_the_quotation_agrees(
    store: Store,
    checker: Checker,
    rule: RuleSwitch,
    case: str,
    build,  # noqa: ANN001
    credit: str,
) -> None:
    rule.take_out(accusations, "credited_below", lambda text, q, m, links, c: list(links))
    rule.take_out(accusations, "named_before", lambda q, m, links, c: list(links))
    quote = linked_quote(checker, build(store))
    if rule.on:
        assert quote.attribution == "consistent", case
        assert quote.cited_as is not None and quote.cited_as.text == credit
    else:
        assert quote.attribution == "uncited", case


NOT_CREDITS = [
    (
        "zh-Hans: the next line names another article",
        lambda s: f"{dsl24(s)}\n《数据安全法》第二十五条\n\n企业应当关注审查制度的进展。",
    ),
    (
        "zh-Hant: the next line names another article",
        lambda s: f"{DSL24_HANT}\n《數據安全法》第二十五條\n\n企業應當關注審查制度的進展。",
    ),
    (
        "en: a sentence of the writer's names the law",
        lambda s: (
            f"“{ai4(s)}”\n\nMany readers first met this duty in the EU AI Act, which took "
            "effect last year."
        ),
    ),
]


@pytest.mark.parametrize(("case", "build"), NOT_CREDITS, ids=[c[0] for c in NOT_CREDITS])
def test_a_line_that_is_no_credit_of_these_words_changes_nothing(
    store: Store,
    checker: Checker,
    case: str,
    build,  # noqa: ANN001
) -> None:
    quote = linked_quote(checker, build(store))
    assert quote.attribution == "uncited", case
