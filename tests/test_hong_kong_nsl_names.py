"""The Hong Kong national security law by the names Chinese and Japanese writing give it with
Hong Kong before "national security law" (issue 14, the seventh held-out set's citation recall:
the aliases of statutes/cn/hong-kong-national-security-law.yaml).

香港国家安全法 (Simplified, Traditional, and as Japanese writes it) and the Japanese name
香港国家安全維持法 ("national security maintenance law", also without 香港) name the 2020 law for
Hong Kong, and the articles cited after them are its; 国家安全法 alone stays the 2015 law, but in
a Japanese text that names the Hong Kong law 国家安全維持法 (a name no Chinese text gives either
law), 国家安全法 alone is the Hong Kong law too. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from lawref.citations.find import CitationFinder
from lawref.store.load import load_store

HKNSL = "cn-hong-kong-national-security-law"
NSL = "cn-national-security-law"


@pytest.fixture(scope="module")
def finder() -> CitationFinder:
    return CitationFinder(load_store())


# (text, the citation's words, the statute, the article)
CASES: list[tuple[str, str, str, str | None]] = [
    # Simplified Chinese.
    ("香港国家安全法第二十九条规定了勾结罪。", "第二十九条", HKNSL, "29"),
    # Traditional Chinese.
    ("《香港國家安全法》第38條適用於境外。", "第38條", HKNSL, "38"),
    # Japanese: the law's Japanese name, with and without 香港, and an article after it.
    ("香港国家安全維持法の全文を読む。", "香港国家安全維持法", HKNSL, None),
    ("香港地区国家安全維持法第29条に違反した。", "第29条", HKNSL, "29"),
    ("国家安全維持法が施行された。", "国家安全維持法", HKNSL, None),
    # The place set apart from the name by a space (a blog's title line).
    ("香港 国家安全法 全文の和訳", "香港 国家安全法", HKNSL, None),
    # 国家安全法 alone is still the 2015 law (no Hong Kong before it) ...
    ("国家安全法第十五条规定了国家的责任。", "第十五条", NSL, "15"),
    ("香港国家安全法与国家安全法不同。", "与国家安全法", NSL, None),
    # ... but in a Japanese text that names the Hong Kong law 国家安全維持法 it is that law
    # (statutes/grammar/ja.yaml, contexts), unless the mainland is named right before it.
    ("香港国家安全維持法が施行された。国家安全法の第29条によれば違法だ。", "第29条", HKNSL, "29"),
    ("香港国家安全維持法が施行された。中国本土の国家安全法は別の法律だ。", "国家安全法", NSL, None),
]


@pytest.mark.parametrize(("text", "words", "statute", "article"), CASES)
def test_hong_kong_before_the_name_names_the_hong_kong_law(
    finder: CitationFinder, text: str, words: str, statute: str, article: str | None
) -> None:
    found = [(c.statute, c.article) for c in finder.find(text) if words.endswith(c.text)]
    found = found or [(c.statute, c.article) for c in finder.find(text) if c.text.endswith(words)]
    assert found == [(statute, article)]
