"""Citation forms read since the sixth held-out set (issue 14): pinyin readings scraped in without
tone marks (反恐怖主義(yi) 法), "the said law" after a list of laws, a stored statute's common
names (the CHIPS Act), and an article's paragraph in brackets or after a full stop ("Article 3
(Paragraph 2)", "Article 3.2"). Each table holds the forms in English, Simplified and Traditional
Chinese, and Japanese where the form is Japanese; every case fails with its rule off.
"""

from __future__ import annotations

import pytest

from lawref.citations.annotations import without_annotations
from lawref.citations.find import CitationFinder
from lawref.store.load import load_store

CTL = "cn-counter-terrorism-law"
CSL = "cn-cybersecurity-law"
NIL = "cn-national-intelligence-law"
CHIPS = "us-chips-semiconductor-incentives"
PIPL = "cn-personal-information-protection-law"
GDPR = "eu-gdpr"


@pytest.fixture(scope="module")
def finder() -> CitationFinder:
    return CitationFinder(load_store())


def cited(finder: CitationFinder, text: str) -> list[tuple[str | None, str | None]]:
    return [(c.statute, c.article) for c in finder.find(text)]


# --- pinyin readings without tone marks ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Traditional: a title with a toneless reading and the space that set it apart
        (
            "中華人民共和國反恐怖主義(yi) 法\n第一章 總則\n第一條\n為(wei) 了防範",
            [(CTL, None), (CTL, "1")],
        ),
        # Simplified
        ("《中华人民共和国网络安全法(fa) 》第二十一条(tiao) 规定", [(CSL, "21")]),
        ("根据网络安(an) 全法第二十一条", [(CSL, "21")]),
    ],
)
def test_a_toneless_reading_is_read_past(
    finder: CitationFinder, text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert cited(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "stripped"),
    [
        ("關(guan) 於(yu) 修改", "關於修改"),
        ("会(hui) 议", "会议"),
        # a point cited by its letter, a Roman numeral, a reading without its space: kept
        ("第1款(f) 项", None),
        ("第1款(ii) 项", None),
        ("第二條(a) 規定", None),
        ("人大(wei)常委会", None),
    ],
)
def test_what_is_a_toneless_reading(text: str, stripped: str | None) -> None:
    found = without_annotations(text)
    assert (found.text if found else None) == stripped


# --- "the said law" after a list of laws ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Japanese: 同法 after three laws named in a list does not say which
        (
            "同法は国家安全法、反スパイ法、反テロリズム法等との整合性を確保する。実際に同法11条に明記。",
            [("cn-national-security-law", None), ("cn-counter-espionage-law", None), (CTL, None)],
        ),
        # Simplified
        (
            "根据网络安全法、数据安全法等法律制定。该法第十条规定",
            [(CSL, None), ("cn-data-security-law", None), (None, "10")],
        ),
        # Traditional
        (
            "根據網絡安全法、數據安全法等法律制定。該法第十條規定",
            [(CSL, None), ("cn-data-security-law", None), (None, "10")],
        ),
        # one law named: the said law is that one
        ("国家情报法很重要。该法第11条规定。", [(NIL, None), (NIL, "11")]),
        ("國家情報法很重要。該法第11條規定。", [(NIL, None), (NIL, "11")]),
        (
            "国家情報法は重要である。実際に同法11条において明記されている。",
            [(NIL, None), (NIL, "11")],
        ),
        # English is not read by the list rule
        ("The GDPR, and Article 7 of the law", [("eu-gdpr", None), ("eu-gdpr", "7")]),
    ],
)
def test_the_said_law_after_a_list_of_laws(
    finder: CitationFinder, text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert cited(finder, text) == expected


# --- a stored statute's common names --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Through the CHIPS Act, Congress approved over $50 billion.",
        "recipients who receive CHIPS and Science Act funding",
    ],
)
def test_the_chips_act_by_its_common_names(finder: CitationFinder, text: str) -> None:
    assert cited(finder, text) == [(CHIPS, None)]


# --- an article's paragraph in brackets, or after a full stop (English) ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Article 3 (Paragraph 2) of the PIPL states that", [(PIPL, "3")]),
        ("Article 3.2 of the GDPR", [(GDPR, "3")]),
        ("Art. 6.1(f) GDPR", [(GDPR, "6")]),
        # a section's own decimal number, or a third level: not read as an article's paragraph
        ("Section 1.1 of the GDPR", [(GDPR, None)]),
        ("Article 3.2.1 of the GDPR", [(GDPR, None)]),
    ],
)
def test_a_paragraph_in_brackets_or_after_a_full_stop(
    finder: CitationFinder, text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert cited(finder, text) == expected


# --- a division's caption is no other instrument's title -------------------------------------------

ECL = "cn-export-control-law"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Simplified: a table of contents whose section caption ends like a rule (一般规定)
        (
            "中华人民共和国出口管制法\n目录\n第一章 总则\n第一节 一般规定\n第一章 总则\n"
            "第一条 为了维护国家安全和利益，制定本法。",
            (ECL, "1"),
        ),
        # Traditional
        (
            "中華人民共和國出口管制法\n目錄\n第一章 總則\n第一節 一般規定\n第一章 總則\n"
            "第一條 為了維護國家安全和利益，制定本法。",
            (ECL, "1"),
        ),
        # a caption on the line after its chapter's number (a Chinese rendering of the GDPR)
        ("通用数据保护条例\n\n第一章\n\n一般规定\n\n第1条\n\n主题与目标", ("eu-gdpr", "1")),
        # another instrument's title line still makes the headings below it that instrument's
        (
            "中华人民共和国出口管制法\n两用物项出口管制条例\n第一条 为了规范两用物项出口管制，制定本条例。",
            (None, "1"),
        ),
    ],
)
def test_a_division_caption_is_no_other_instruments_title(
    finder: CitationFinder, text: str, expected: tuple[str | None, str]
) -> None:
    heading = [c for c in finder.find(text) if c.text in ("第一条", "第一條", "第1条")]
    assert [(c.statute, c.article) for c in heading] == [expected]


# --- an article heading that names its law by its caption ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wiki markup around a heading, on a page that never names the GDPR
        (
            "==Legal Text==\n'''Article 22 - Automated individual decision-making, including "
            "profiling'''\nThe data subject shall have the right …",
            [(GDPR, "22")],
        ),
        (
            "Article 17 Right to erasure ('right to be forgotten')\n1. The data subject …",
            [(GDPR, "17")],
        ),
        # a caption of too few words names no law ("Definitions" heads many instruments' articles)
        ("Article 4 Definitions\nFor the purposes of this Regulation …", []),
        # the caption of another article: no law read
        (
            "Article 21 - Automated individual decision-making, including profiling\n",
            [],
        ),
        # prose after the number, not a caption
        ("Article 22 applies to automated individual decision-making, including profiling.", []),
    ],
)
def test_an_article_heading_names_its_law_by_its_caption(
    finder: CitationFinder, text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert [(c.statute, c.article) for c in finder.find(text)] == expected


# --- a stored title without its state's name --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China passed the Law on Foreign Relations in 2023.",
            [("cn-foreign-relations-law", None)],
        ),
        (
            "Article 8 of the Basic Law of the Hong Kong Special Administrative Region",
            [("cn-hong-kong-basic-law", "8")],
        ),
        # a stripped form of fewer than three words is not read on its own ("2019 NDAA": NDAA)
        ("the NDAA for fiscal year 2024", []),
    ],
)
def test_a_title_without_its_states_name(
    finder: CitationFinder, text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert cited(finder, text) == expected


# --- a state's name between an article and its law ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Section 230 of the US Communications Decency Act (1996)", [("us-47-usc-230", "230")]),
        ("Section 230 of the U.S. Communications Decency Act", [("us-47-usc-230", "230")]),
        ("Article 7 of the Chinese National Intelligence Law", [(NIL, "7")]),
    ],
)
def test_a_states_name_between_an_article_and_its_law(
    finder: CitationFinder, text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert cited(finder, text) == expected


def test_another_countrys_instrument_keeps_its_note(finder: CitationFinder) -> None:
    (found,) = finder.find("Article 17 of the UK GDPR")
    assert (found.statute, found.article) == (GDPR, "17")
    assert "other instrument" in (found.note or "")
