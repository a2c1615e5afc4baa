"""A PRC law converted to Traditional script with Taiwan's words, and the opening word of a
reproduction under its article heading (issue 14, items 4 and 6).

- 資訊 for the law's 信息, written in Traditional script, is the region's word, not a change:
  ``minor`` (match/harmless_edits.py ``_is_regional_word``; text/regional.py ``REGIONAL_SYNONYMS``, words
  that also stand in some PRC laws and so are not folded everywhere). Written in Simplified
  script, 资讯 stays a changed word.
- An article heading that opens the line ("第三十九條  ", "Article 22  ") is no word of the
  writer's beside the reproduction's core, so a changed first word after it joins the
  reproduction (it is no longer cut off): pipeline/unquoted.py ``_LINE_HEADING``.

Each table runs with its rule on and off. Statute words come from the shipped store (with the
tests' own words put in); Traditional-script text is converted with OpenCC.
"""

from __future__ import annotations

import re

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.match import harmless_edits
from lawref.pipeline import unquoted
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

PIPL = "cn-personal-information-protection-law"
GDPR = "eu-gdpr"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(PIPL, GDPR)


def _traditional(text: str) -> str:
    opencc = pytest.importorskip("opencc")
    return str(opencc.OpenCC("s2t").convert(text))


def _pipl39(store: Store) -> str:
    text = stored_article(store, PIPL, "39").text
    assert "信息" in text
    return text


def _linked(checker: Checker, page: str):  # noqa: ANN202 - a report Quote
    found = [q for q in checker.check_text(page, "test").quotes if q.match is not None]
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def test_taiwans_word_in_traditional_script_is_minor(
    store: Store, checker: Checker, rule: RuleSwitch
) -> None:
    rule.take_out(harmless_edits, "_is_regional_word", lambda quote, target, op: False)
    words = _traditional(_pipl39(store)).replace("信息", "資訊")
    quote = _linked(checker, f"《個人資訊保護法》第三十九條規定：「{words}」")
    assert quote.match.article == "39"
    if rule.on:
        assert quote.verdict == "minor"
        assert not quote.differences
    else:
        assert quote.verdict == "altered"


@pytest.mark.parametrize("script", ["zh-Hans", "en"])
def test_the_same_word_changed_in_simplified_or_english_is_altered(
    store: Store, checker: Checker, script: str
) -> None:
    if script == "zh-Hans":
        words = _pipl39(store).replace("信息", "资讯")
        page = f"《个人信息保护法》第三十九条规定：“{words}”"
    else:
        text = stored_article(store, GDPR, "22").text
        start = text.index("The data subject shall have the right")
        words = text[start : text.index(".", start)].replace("information", "info")
        words = words.replace("processing", "data handling")
        page = f'Article 22 GDPR: "{words}"'
    quote = _linked(checker, page)
    assert quote.verdict == "altered"


def _pipl39_changed_first(store: Store) -> str:
    return "资讯" + _pipl39(store).split("信息", 1)[1]


def _gdpr22_changed_first(store: Store) -> str:
    text = stored_article(store, GDPR, "22").text
    start = text.index("The data subject shall have the right")
    return "A" + text[start + len("The") : text.index(".", start) + 1]


HEADED = [
    (
        "zh-Hans",
        lambda s: f"说明。\n\n第三十九条  个人{_pipl39_changed_first(s)}",
        "个人资讯",
        "altered",
    ),
    (
        "zh-Hant",
        lambda s: _traditional(f"说明。\n\n第三十九条  个人{_pipl39_changed_first(s)}"),
        "個人資訊",
        "minor",  # Taiwan's word in Traditional script
    ),
    (
        "en",
        lambda s: f"Commentary.\n\nArticle 22  {_gdpr22_changed_first(s)}",
        "A data subject",
        "altered",
    ),
]


@pytest.mark.parametrize(
    ("language", "build", "opening", "verdict"), HEADED, ids=[c[0] for c in HEADED]
)
def test_a_changed_first_word_after_an_article_heading_is_kept(
    store: Store,
    checker: Checker,
    rule: RuleSwitch,
    language: str,
    build,  # noqa: ANN001
    opening: str,
    verdict: str,
) -> None:
    rule.take_out(unquoted, "_LINE_HEADING", re.compile(r"(?!)"))
    quote = _linked(checker, build(store))
    assert quote.text.startswith(opening) == rule.on, language
    if rule.on:
        assert quote.verdict == verdict
