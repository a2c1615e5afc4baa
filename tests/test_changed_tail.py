"""A reproduction whose sentence ends with the law's name where the law names itself ("…，适用本
《数据安全法》。" for "…，适用本法。", "… in accordance with the General Data Protection
Regulation." for "… with this Regulation.") is `altered`, with the swap as a difference, never
`verbatim` (pipeline/changed_tail.py). A copy that keeps the law's own words is left alone.

Each table runs with the rule on (the right answer) and off (the old `verbatim`). The law's words
are the shipped store's (the Data Security Law's Art. 2(1), GDPR Art. 24(1); the Traditional ones
converted by hand from the stored Simplified); the sentences around them are written for these
tests.
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.pipeline import checker as checker_module
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

DSL = "cn-data-security-law"
GDPR = "eu-gdpr"

_DSL2_HANT = "在中華人民共和國境內開展數據處理活動及其安全監管，適用本"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(DSL, GDPR)


def _cases(store: Store) -> list[tuple[str, str, str, str, str]]:
    """(language, statute, article, the law's words up to its naming of itself, the writer's
    document with the law's name there)."""
    dsl2 = stored_article(store, DSL, "2").text.split("\n")[0]
    dsl2_core = dsl2.removesuffix("法。")
    gdpr24 = stored_article(store, GDPR, "24").text.split("\n")[0]
    gdpr24_core = gdpr24.split("1.", 1)[1].split(" this Regulation.")[0].strip()
    return [
        (
            "en",
            GDPR,
            "24",
            gdpr24_core,
            "What the GDPR asks of controllers.\n\n"
            f"{gdpr24_core} the General Data Protection Regulation.",
        ),
        (
            "zh-Hans",
            DSL,
            "2",
            dsl2_core,
            f"《数据安全法》的适用范围如下。\n\n{dsl2_core}《数据安全法》。",
        ),
        (
            "zh-Hant",
            DSL,
            "2",
            _DSL2_HANT,
            f"《數據安全法》的適用範圍如下。\n\n{_DSL2_HANT}《數據安全法》。",
        ),
    ]


@pytest.mark.parametrize("language", ["en", "zh-Hans", "zh-Hant"])
def test_the_laws_name_for_its_naming_of_itself_is_altered(
    store: Store, checker: Checker, rule: RuleSwitch, language: str
) -> None:
    _, statute, article, core, document = next(c for c in _cases(store) if c[0] == language)
    rule.take_out(checker_module, "changed_tail", lambda text, span, result: result)
    quote = next(q for q in checker.check_text(document).quotes if q.text.startswith(core[:10]))
    assert quote.marks == "none"
    assert quote.match is not None and quote.match.statute == statute
    assert quote.match.article == article
    if rule.on:
        assert quote.verdict == "altered"
        assert any(d.op == "replace" and "本" not in d.quote for d in quote.differences)
    else:  # the old verdict: the stretch before the swap taken for the whole
        assert quote.verdict == "verbatim"


@pytest.mark.parametrize("language", ["zh-Hans", "en"])
def test_the_laws_own_words_stay_verbatim(store: Store, checker: Checker, language: str) -> None:
    """The law's sentence copied whole, then a sentence of the writer's naming the law."""
    if language == "zh-Hans":
        words = stored_article(store, DSL, "2").text.split("\n")[0]
        document = f"《数据安全法》的适用范围如下。\n\n{words}这是《数据安全法》的适用范围。"
    else:
        words = stored_article(store, GDPR, "24").text.split("\n")[0].split("1.", 1)[1].strip()
        document = f"What the GDPR asks of controllers.\n\n{words} That is the GDPR's rule."
    quote = next(q for q in checker.check_text(document).quotes if q.text.startswith(words[:10]))
    assert quote.verdict == "verbatim"
