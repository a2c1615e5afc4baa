"""The whole tens in one character, 廿 or 卄 (20), 卅 (30) and 卌 (40), as Hong Kong, Macau and Taiwan
writing has them: 廿三條 is Article 23, not Article 3 (issue 14; the class seen on the seventh held-out set,
where a Macau paper's 香港基本法廿三條 and 廿三條立法 were read as Article 3 of the Basic Law). The
numerals are Chinese only; English writing has no such form, so the cases are in Traditional and
Simplified script (lawref/text/numerals.py ``cn_to_int``; the grammar's ``cn_numeral`` and the
article templates of statutes/grammar/cn.yaml)."""

from __future__ import annotations

import pytest
from stored import shipped_store_with

from lawref.citations.find import CitationFinder
from lawref.store.files import Store
from lawref.text.numerals import cn_to_int

BL = "cn-hong-kong-basic-law"
PIPL = "cn-personal-information-protection-law"
NSL = "cn-national-security-law"


@pytest.mark.parametrize(
    ("numeral", "number"),
    [
        ("廿三", 23),
        ("廿", 20),
        ("卄三", 23),
        ("卅一", 31),
        ("卅", 30),
        ("卌五", 45),
        ("一百廿三", 123),
        ("二十三", 23),
    ],
)
def test_whole_tens_read_as_numbers(numeral: str, number: int) -> None:
    assert cn_to_int(numeral) == number


@pytest.fixture(scope="module")
def finder() -> CitationFinder:
    store: Store = shipped_store_with(BL, PIPL, NSL)
    return CitationFinder(store)


# (text, the (statute, article) pairs found)
CASES = [
    ("特首表示,香港基本法廿三條立法目標不變。", [(BL, "23")]),
    ("特首表示,香港基本法廿三条立法目标不变。", [(BL, "23")]),
    ("根據《香港基本法》第廿三條,特區應自行立法。", [(BL, "23")]),
    ("《个人信息保护法》第廿八条规定了敏感个人信息。", [(PIPL, "28")]),
    ("《個人信息保護法》卅八條規定了跨境提供。", [(PIPL, "38")]),
    ("香港行政長官表示，廿三條立法的目標沒有改變。", [(BL, "23")]),
    ("特区政府有宪制责任尽早就廿三条立法。", [(BL, "23")]),
    ("《国家安全法》卅一条规定了国家的责任。", [(NSL, "31")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_an_article_numbered_with_whole_tens(
    finder: CitationFinder, text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(c.statute, c.article) for c in finder.find(text) if c.article]
    assert found == expected
