"""Chinese law text with spaces scraped in between its characters (a portal's word segmentation,
"为了 加强 和 保障 国家 情报 工作"; a PDF's line breaks, "国家情报工 作") is ``minor``, not
``verbatim``; text spaced out character by character (typography) stays ``verbatim`` (issue 14,
heldout11: the Counter-Terrorism Law's Art. 1 word-segmented on a Portuguese portal).

Each case runs with the rule on and off (pipeline/spaced_cjk.py, as pipeline/checker.py calls
it); the law's words are the stored ones (the Traditional form converted by hand), the spaces and
the rest are written here."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_words

from lawref.match.results import MatchResult
from lawref.pipeline import checker as checker_module
from lawref.pipeline.checker import Checker
from lawref.spans import QuoteSpan
from lawref.store.files import Store

DSL = "cn-data-security-law"
GDPR = "eu-gdpr"

_HANT = str.maketrans("规范数据处动进发护权国这条规则", "規範數據處動進發護權國這條規則")


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(DSL, GDPR)


def _dsl_1(store: Store) -> str:
    return stored_words(store, DSL, "1", "为了规范数据处理活动", "制定本法。")


def _segmented(words: str) -> str:
    # spaces after every third character, as a segmenter or a PDF's line breaks leave them
    return "".join(
        ch + (" " if i % 3 == 2 and "\u4e00" <= ch <= "\u9fff" else "")
        for i, ch in enumerate(words)
    ).strip()


def _zh_hans(store: Store) -> str:
    return f"条文\n《数据安全法》第一条：“{_segmented(_dsl_1(store))}”\n"


def _zh_hant(store: Store) -> str:
    return f"條文\n《數據安全法》第一條：「{_segmented(_dsl_1(store).translate(_HANT))}」\n"


def _mixed(store: Store) -> str:
    """A bilingual page: the English article beside the Chinese one, spaces in the Chinese."""
    return f"Bilingual page 双语\nData Security Law, Article 1: “{_segmented(_dsl_1(store))}”\n"


CASES = [_zh_hans, _zh_hant, _mixed]


def _the_quote(store: Store, text: str):
    quotes = [q for q in Checker(store).check_text(text).quotes if q.match is not None]
    assert len(quotes) == 1, [(q.text, q.verdict) for q in quotes]
    return quotes[0]


@pytest.mark.parametrize("written", CASES, ids=["zh-Hans", "zh-Hant", "mixed"])
def test_spaces_scraped_into_chinese_make_it_minor(store: Store, rule: RuleSwitch, written) -> None:
    def unchanged(span: QuoteSpan, result: MatchResult) -> MatchResult:
        return result

    rule.take_out(checker_module, "spaced_chinese", unchanged)
    quote = _the_quote(store, written(store))
    assert quote.match is not None and quote.match.article == "1"
    assert quote.verdict == ("minor" if rule.on else "verbatim")


@pytest.mark.parametrize("written", CASES, ids=["zh-Hans", "zh-Hant", "mixed"])
def test_text_spaced_character_by_character_stays_verbatim(store: Store, written) -> None:
    text = written(store)
    start = text.index("为") if "为" in text else text.index("為")
    end = text.index("本法。") + 3
    body = text[start:end].replace(" ", "")
    letter_spaced = text[:start] + " ".join(body) + text[end:]
    assert _the_quote(store, letter_spaced).verdict == "verbatim"


def test_english_spaces_are_no_damage(store: Store) -> None:
    """An English quotation's spaces are its words' own: the rule never looks at them."""
    words = stored_words(store, GDPR, "5", "Personal data shall be", "data subject")
    quote = _the_quote(store, f"Principles\nArticle 5 GDPR: “{words}”\n")
    assert quote.verdict == "verbatim"
