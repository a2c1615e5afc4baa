"""A name that is the matched law's but for its kind word ("the Export Control Act" for China's
Export Control Law) accuses nobody (pipeline/kind_word.py): the quotation is `consistent` with a
note, not `misattributed` to the statute the name came nearest (the US Export Control Reform
Act). A name that is that other statute's own still accuses.

Each table runs with the rule on (the right answer) and off (the old, false accusation). The
quoted words are the shipped store's Art. 48 of the Export Control Law (the Traditional ones
converted by hand from it); the sentences around them are written for these tests.
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.pipeline.checker import Checker
from lawref.store.files import Store

ECL = "cn-export-control-law"
ECRA = "us-export-control-reform-act"

_ART48_HANT = (
    "任何國家或者地區濫用出口管制措施危害中華人民共和國國家安全和利益的，"
    "中華人民共和國可以根據實際情況對該國家或者地區對等採取措施。"
)


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(ECL, ECRA)


def _documents(store: Store) -> list[tuple[str, str, str]]:
    """(language, document, the quoted words): the law named "Export Control Act"."""
    art48 = stored_article(store, ECL, "48").text
    return [
        (
            "en",
            f"China's legislature passed the Export Control Act. Its last chapter reads: “{art48}”",
            art48,
        ),
        ("zh-Hans", f"美国媒体称 Export Control Act 规定：“{art48}”", art48),
        ("zh-Hant", f"美國媒體稱 Export Control Act 規定：「{_ART48_HANT}」", _ART48_HANT),
    ]


def _quote(checker: Checker, document: str, words: str):  # noqa: ANN202 - report.Quote
    quotes = checker.check_text(document).quotes
    return next(q for q in quotes if q.text.startswith(words[:12]))


@pytest.mark.parametrize("language", ["en", "zh-Hans", "zh-Hant"])
def test_the_law_named_act_is_no_accusation(
    store: Store, checker: Checker, rule: RuleSwitch, language: str
) -> None:
    _, document, words = next(c for c in _documents(store) if c[0] == language)
    # the rule is imported where it is used (issue 20): taken out where it is defined
    from lawref.pipeline import kind_word as kind_word_rule

    rule.take_out(kind_word_rule, "named_but_for_kind", lambda citation, match, store: None)
    quote = _quote(checker, document, words)
    assert quote.match is not None and quote.match.statute == ECL
    assert quote.match.article == "48"
    assert quote.cited_as is not None and quote.cited_as.text == "Export Control Act"
    if rule.on:
        assert quote.attribution == "consistent"
        assert any("Export Control Law" in note for note in quote.notes), quote.notes
    else:  # the old reading: the name taken for the US act, the reporter accused
        assert quote.attribution == "misattributed"


@pytest.mark.parametrize(
    ("language", "name"),
    [("en", "the Export Control Reform Act"), ("zh-Hans", "Export Control Reform Act")],
)
def test_the_other_statutes_own_name_still_accuses(
    store: Store, checker: Checker, language: str, name: str
) -> None:
    art48 = stored_article(store, ECL, "48").text
    lead = f"Under {name}, “" if language == "en" else f"美国媒体称 {name} 规定：“"
    quote = _quote(checker, f"{lead}{art48}”", art48)
    assert quote.match is not None and quote.match.article == "48"
    assert quote.attribution == "misattributed"
