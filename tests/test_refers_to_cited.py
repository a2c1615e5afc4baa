"""Quoted words that name the cited article themselves as the duty they enforce accuse nobody
when the citation stands paragraphs above them (issue 14, heldout9: a page titled with the
Cybersecurity Law's Art. 27 giving Art. 63's penalty paragraph, "违反本法第二十七条规定，……", as its
"interpretation"). A citation right before the words still claims them, and words that name
another article are still a misattribution.

Each case runs with the rule on and off (pipeline/refers_to_cited.py); the pages are written
here, the law's words are the stored ones."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article, stored_words

from lawref.pipeline import accusations
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

CSL = "cn-cybersecurity-law"
GDPR = "eu-gdpr"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(CSL, GDPR)


def _csl_63(store: Store) -> str:
    """The third paragraph of the 2016 Art. 63 (Art. 66 since 2026), to its first 。."""
    text = stored_article(store, CSL, "63", "2016").text
    begin = text.index("违反本法第二十七条规定，受到")
    return text[begin : text.index("；", begin) + 1]


def _gdpr_83(store: Store) -> str:
    return stored_words(store, GDPR, "83", "Infringements of the following", "42 and 43;")


def _hant(words: str) -> str:
    table = str.maketrans("条规处罚员内从运营关键岗络构违乐", "條規處罰員內從運營關鍵崗絡構違樂")
    return words.translate(table)


def _page(title: str, words: str, first: str, second: str, filler: str) -> str:
    return f"{title}\n\n{first}\n\n{filler}\n\n{second}\n\n{words}\n"


# (page maker, the words' first characters, attribution with the rule on)
CASES = [
    # A page titled with the article, its consequences given in a section of their own.
    (
        lambda s: _page("网络安全法第二十七条", _csl_63(s), "一、条文", "二、后果", "（从略）"),
        "违反本法第二十七条",
        "unverified",
    ),
    (
        lambda s: _page(
            "網絡安全法第二十七條", _hant(_csl_63(s)), "一、條文", "二、後果", "（從略）"
        ),
        "違反本法第二十七條",
        "unverified",
    ),
    (
        lambda s: _page(
            "Article 25 of the GDPR", _gdpr_83(s), "1. Text", "2. Consequences", "(omitted)"
        ),
        "Infringements of the following",
        "unverified",
    ),
    # A citation that presents the words as its article's text keeps the claim.
    (
        lambda s: f"Article 25 of the GDPR reads: “{_gdpr_83(s)}”\n",
        "Infringements",
        "misattributed",
    ),
    # The words name another article than the cited one: still a misattribution.
    (
        lambda s: _page("网络安全法第二十一条", _csl_63(s), "一、条文", "二、后果", "（从略）"),
        "违反本法第二十七条",
        "misattributed",
    ),
]


@pytest.mark.parametrize(("page", "opening", "attribution"), CASES)
def test_words_naming_the_cited_article_as_their_duty_accuse_nobody(
    store: Store,
    rule: RuleSwitch,
    page,
    opening: str,
    attribution: str,
) -> None:
    rule.take_out(accusations, "refers_to_cited", lambda text, spans, matches, links: links)
    document = page(store)
    quotes = [q for q in Checker(store).check_text(document).quotes if q.text.startswith(opening)]
    assert len(quotes) == 1, [(q.text[:30], q.verdict, q.attribution) for q in quotes]
    (quote,) = quotes
    assert quote.match is not None and quote.verdict == "verbatim"
    expected = attribution if rule.on else "misattributed"
    assert quote.attribution == expected
    if expected == "unverified":
        assert any("names the cited article itself" in note for note in quote.notes)
