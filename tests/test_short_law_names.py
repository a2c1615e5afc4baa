"""A law's short name of three characters quoted alone — “密码法”, 「密碼法」, 中国語では「密码法」 —
is the law's name, not the words of the one article that happens to hold it ("推进国家密码法治建设"):
not linked, with the note that it is a law's title (issue 14, item 3: a quoted law title is not law
text; heldout20, a Japanese page naming the Cryptography Law in Chinese).

Each case runs with the rule on and off (match/law_text.py keeps the store's names of three
characters among the titles; off, only those of four and more, as before). The pages are written
here; the Traditional one converted with OpenCC.
"""

from __future__ import annotations

import pytest
from rule_pages import traditional
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.match import law_text
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

CRYPTOGRAPHY = "cn-cryptography-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(CRYPTOGRAPHY)


_ZH_HANS = "2019年，全国人大常委会通过《中华人民共和国密码法》，业界简称“密码法”，明年施行。\n"
NAMED = [
    ("zh-Hans", _ZH_HANS, "密码法"),
    ("zh-Hant", traditional(_ZH_HANS), "密碼法"),
    ("ja", "2019年、中国で暗号法(中国語では「密码法」)が成立し、翌年に施行された。\n", "密码法"),
]


def _four_and_more(original):  # noqa: ANN001, ANN202 - the rule taken out
    def names(store: Store) -> tuple[frozenset[str], frozenset[str]]:
        titles, headings = original(store)
        return frozenset(n for n in titles if len(n) >= 4), headings

    return names


@pytest.mark.parametrize(("language", "page", "name"), NAMED, ids=[c[0] for c in NAMED])
def test_a_quoted_short_name_is_not_linked(
    store: Store, rule: RuleSwitch, language: str, page: str, name: str
) -> None:
    rule.take_out(law_text, "cached_names", _four_and_more(law_text.cached_names))
    quotes = [q for q in Checker(store).check_text(page).quotes if q.text == name]
    assert len(quotes) == 1, language
    quote = quotes[0]
    if not rule.on:
        assert quote.match is not None and quote.match.article == "4", language
        return
    assert quote.match is None and quote.verdict == "unmatched", language
    assert any("title of a law" in note for note in quote.notes), quote.notes


def test_the_articles_own_words_around_the_name_stay_linked(store: Store) -> None:
    """The article's sentence that holds the name, quoted, is the law's text as before."""
    page = (
        "《密码法》第四条规定：“中央密码工作领导机构对全国密码工作实行统一领导，制定国家密码工作"
        "重大方针政策，统筹协调国家密码重大事项和重要工作，推进国家密码法治建设。”\n"
    )
    quotes = [q for q in Checker(store).check_text(page).quotes if q.match is not None]
    assert [q.match.article for q in quotes if q.match is not None] == ["4"]


def test_an_english_acronym_quoted_alone_stays_unlinked(store: Store) -> None:
    page = "China's Cryptography Law (the “CSL” is another law) took effect in 2020.\n"
    assert all(q.match is None for q in Checker(store).check_text(page).quotes)
