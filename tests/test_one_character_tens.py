"""Chinese numerals with a multiple of ten in one character: 廿 (20), 卅 (30), 卌 (40), as Hong
Kong writing still has them — 廿三條 is Article 23 of the Basic Law (issue 14, the seventh held-out
set's citation recall: text/numerals.py, statutes/grammar/cn.yaml ``cn_numeral``).

Before, 廿三條立法 was read as "Article 3 legislation" (the 三條 after 廿) and 香港基本法廿三條 as
no article at all. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from lawref.citations.find import CitationFinder
from lawref.store.load import load_store
from lawref.text.numerals import cn_to_int

BASIC_LAW = "cn-hong-kong-basic-law"
NSL = "cn-national-security-law"


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("廿", 20), ("廿三", 23), ("卅", 30), ("卅一", 31), ("卌五", 45), ("二十三", 23)],
)
def test_one_character_tens(numeral: str, value: int) -> None:
    assert cn_to_int(numeral) == value


@pytest.fixture(scope="module")
def finder() -> CitationFinder:
    return CitationFinder(load_store())


# (text, the citation's words, the statute and article)
CASES: list[tuple[str, str, tuple[str, str]]] = [
    # Traditional: after the law's name, and before 立法 ("Article 23 legislation").
    ("香港基本法廿三條的本地立法備受關注。", "香港基本法廿三條", (BASIC_LAW, "23")),
    ("香港行政長官表示，廿三條立法的目標沒有改變。", "廿三條", (BASIC_LAW, "23")),
    # Simplified.
    ("特区政府有宪制责任尽早就廿三条立法。", "廿三条", (BASIC_LAW, "23")),
    # 卅 after another law's name.
    ("《国家安全法》卅一条规定了国家的责任。", "卅一条", (NSL, "31")),
]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_an_article_numbered_with_one_character_tens(
    finder: CitationFinder, text: str, words: str, expected: tuple[str, str]
) -> None:
    found = [(c.statute, c.article) for c in finder.find(text) if c.text.endswith(words)]
    assert found == [expected]
