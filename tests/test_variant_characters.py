"""A character written in a variant form of the law's (异体字) that the Traditional-to-Simplified
fold leaves as it is — 谘 for 咨 in Simplified script (a converter's form of 諮), 衞 for 卫 in
Hong Kong's Traditional script — is the law's word written another way: ``minor``, not
``altered`` (match/harmless_edits.py ``VARIANT_CHARACTERS``; issue 14, heldout17: Basic Law Art. 35
quoted with 谘询). Any other changed character stays a change, and English is untouched.

Each case runs with the rule on and off; the sentences are written here around the shipped store's
Basic Law articles (Art. 97 holds 咨询, Art. 138 卫生)."""

from __future__ import annotations

import pytest
from corpus import CORPUS, needs_corpus
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.match import harmless_edits
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

BASIC_LAW = "cn-hong-kong-basic-law"
GDPR = "eu-gdpr"

# (the page, the article, the quoted variant) — each quotation is the article's words with one
# character in its variant form.
CASES = [
    (
        "有评论指出，基本法第九十七条规定，区域组织“接受香港特别行政区政府就有关地区管理和"
        "其他事务的谘询，或负责提供文化、康乐、环境卫生等服务”。",
        "97",
        "谘",
    ),
    (
        "議員引述《基本法》第一百三十八條：「香港特別行政區政府自行制定發展中西醫藥和促進"
        "醫療衞生服務的政策。」",
        "138",
        "衞",
    ),
]


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(BASIC_LAW, GDPR)


def _linked(store: Store, page: str):  # noqa: ANN202 - a report Quote
    found = [q for q in Checker(store).check_text(page, "test").quotes if q.match is not None]
    assert len(found) == 1, [q.text for q in found]
    return found[0]


@pytest.mark.parametrize(("page", "article", "variant"), CASES, ids=["zh-Hans", "zh-Hant"])
def test_a_variant_form_of_the_laws_character_is_minor(
    store: Store, rule: RuleSwitch, page: str, article: str, variant: str
) -> None:
    assert variant in page
    rule.take_out(harmless_edits, "_is_variant_character", lambda quote, target, op: False)
    quote = _linked(store, page)
    assert quote.match is not None and quote.match.article == article
    if rule.on:
        assert (quote.verdict, quote.differences) == ("minor", [])
    else:
        assert quote.verdict == "altered"
        assert [d.quote for d in quote.differences] == [variant]


# Another character in the variant's place (资 for 咨, 衛 kept but 生 changed to 星) is a change.
CHANGED = [
    (CASES[0][0].replace("谘询", "资询"), "97"),
    (CASES[1][0].replace("衞生", "衞星"), "138"),
    (
        "Article 5 GDPR says personal data shall be “processed lawfully, fairly and in a "
        "transparant manner in relation to the data subject”.",
        "5",
    ),
]


@pytest.mark.parametrize(("page", "article"), CHANGED, ids=["zh-Hans", "zh-Hant", "en"])
def test_another_changed_character_stays_altered(store: Store, page: str, article: str) -> None:
    quote = _linked(store, page)
    assert (quote.verdict, quote.match.article if quote.match else None) == ("altered", article)


def test_no_variant_form_stands_in_a_stored_chinese_text(store: Store) -> None:
    texts = [
        article.text
        for statute in store.statutes.values()
        if statute.language.startswith("zh")
        for article in statute.articles
    ]
    assert texts
    for variant in harmless_edits.VARIANT_CHARACTERS:
        assert not any(variant in text for text in texts), variant


@needs_corpus("cn-laws-all")
def test_no_variant_form_stands_in_the_prc_laws_of_the_corpus() -> None:
    files = sorted(CORPUS.joinpath("cn-laws-all").rglob("*.txt"))
    assert len(files) > 1000
    for path in files:
        text = path.read_text(encoding="utf-8")
        for variant in harmless_edits.VARIANT_CHARACTERS:
            assert variant not in text, (path.name, variant)
