"""Splitting whole law texts into articles: Chinese numerals, 之一, structure, English headings."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from corpus import CORPUS
from corpus import needs_corpus as corpus_needed
from hypothesis import given, settings
from hypothesis import strategies as st

from lawref.errors import InputError
from lawref.ingest.splitter import SplitResult, split_text
from lawref.text.numerals import int_to_cn

REPO = Path(__file__).resolve().parents[1]

# Article-style prose for synthetic laws (sentences of the kind statutes are made of).
SENTENCES = [
    "国家对支持、协助和配合国家情报工作的个人和组织给予保护。",
    "任何组织和个人不得窃取、泄露国家秘密。",
    "有关部门应当依法履行职责，加强监督管理。",
    "违反本法规定的，由有关主管部门责令改正，给予警告。",
]


def assert_slices(result: SplitResult, text: str) -> None:
    for article in result.articles:
        assert text[article.start : article.end] == article.text
        assert article.text == article.text.strip()


def chinese_law(count: int) -> tuple[str, dict[str, str]]:
    """A law of ``count`` articles, a chapter every 50 and a section inside chapter 2."""
    parts = [
        "中华人民共和国测试法",
        "",
        "2017年6月27日 第十二届全国人民代表大会常务委员会第二十八次会议通过",
        "",
    ]
    chapters: dict[str, str] = {}
    for number in range(1, count + 1):
        if number % 50 == 1:
            chapter = f"第{int_to_cn(number // 50 + 1)}章 总 则" if number == 1 else ""
            chapter = chapter or f"第{int_to_cn(number // 50 + 1)}章 第{number}条以下"
            parts += [chapter, ""]
        chapters[str(number)] = chapter
        body = SENTENCES[number % len(SENTENCES)]
        if number % 3 == 0:  # a second paragraph (款)
            body += "\n\n" + SENTENCES[(number + 1) % len(SENTENCES)]
        parts += [f"第{int_to_cn(number)}条 {body}", ""]
    return "\n".join(parts).rstrip("\n") + "\n", chapters


def test_chinese_numerals_up_to_199_with_paragraphs_and_chapters() -> None:
    text, chapters = chinese_law(199)
    result = split_text(text, "test.txt")
    assert result.style == "zh" and result.language == "zh"
    assert result.numbers() == [str(n) for n in range(1, 200)]
    assert result.warnings == ()
    assert_slices(result, text)
    by_number = {a.number: a for a in result.articles}
    assert by_number["101"].label == "第一百零一条"
    assert by_number["110"].label == "第一百一十条"
    assert by_number["199"].label == "第一百九十九条"
    # Paragraphs keep their blank line; the next heading is never part of the text.
    assert by_number["3"].text == SENTENCES[3] + "\n\n" + SENTENCES[0]
    assert all("第" not in a.text.split("\n")[-1][:2] for a in result.articles)
    # The chapter heading is kept as written, spaces included, and is not article text.
    assert by_number["1"].chapter == "第一章 总 则"
    assert {a.number: a.chapter for a in result.articles} == chapters
    assert all("章" not in a.text for a in result.articles)
    assert result.title == "中华人民共和国测试法"


def test_zhi_yi_articles_sections_and_arabic_numbers() -> None:
    text = (
        "测试条例\n\n第一章 总则\n\n第一节 一般规定\n\n第1条 第一条的文字。\n\n"
        "第二条 第二条的文字。\n\n第二条之一 插入的条文。\n\n第二条之二 再插入一条。\n\n"
        "第二节 机构\n\n第三条 第三条的文字。\n\n第二章 附则\n\n第4条 本条例自公布之日起施行。\n"
    )
    result = split_text(text)
    assert result.numbers() == ["1", "2", "2-1", "2-2", "3", "4"]
    assert result.warnings == ()
    sections = {a.number: (a.chapter, a.section) for a in result.articles}
    assert sections["1"] == ("第一章 总则", "第一节 一般规定")
    assert sections["3"] == ("第一章 总则", "第二节 机构")
    assert sections["4"] == ("第二章 附则", None)  # a new chapter closes the section
    assert result.articles[2].label == "第二条之一"
    assert result.articles[2].text == "插入的条文。"


def test_an_article_that_mentions_a_section_is_not_a_heading() -> None:
    # 港区国安法 第二十八条 begins "本节规定…": a loose pattern would take it for a section heading.
    text = "第二十七条 第一句。\n\n第二十八条 本节规定不影响依据法律追究刑事责任。\n\n第二十九条 第三句。"
    result = split_text(text)
    assert [a.number for a in result.articles] == ["27", "28", "29"]
    assert result.articles[1].text == "本节规定不影响依据法律追究刑事责任。"
    assert result.articles[1].section is None


def test_table_rows_are_not_headings() -> None:
    text = "第一条 下列罪名：\n\n第236条\t强奸罪\n第397条\t滥用职权罪\n\n第二条 本规定自公布之日起施行。"
    result = split_text(text)
    assert result.numbers() == ["1", "2"]
    assert "第236条\t强奸罪" in result.articles[0].text


def test_numbering_gaps_and_duplicates_are_warnings() -> None:
    text = "第一条 甲。\n\n第二条 乙。\n\n第五条 丙。\n\n第五条 丁。\n\n第六条 戊。"
    result = split_text(text)
    assert result.numbers() == ["1", "2", "5", "5", "6"]
    assert any(re.search(r"gap: 3-4 missing", w) for w in result.warnings)
    assert any(w.startswith("duplicate article 5 (lines 5 and 7)") for w in result.warnings)


def test_header_dates_adoption_amendment_revision_and_effective() -> None:
    text = (
        "中华人民共和国测试法\n\n"
        "(2014年11月1日第十二届全国人民代表大会常务委员会第十一次会议通过)\n\n"
        "2018年4月27日 第十三届全国人民代表大会常务委员会第二次会议《关于修改<测试法>的决定》修正\n\n"
        "2023年4月26日 第十四届全国人民代表大会常务委员会第二次会议修订）\n\n"
        "第一条 为了测试，制定本法。\n\n第二条 本法自2023年7月1日起施行。"
    )
    result = split_text(text)
    kinds = [(e.kind, e.date) for e in result.dates]
    assert kinds == [
        ("adopted", dt.date(2014, 11, 1)),
        ("amended", dt.date(2018, 4, 27)),
        ("revised", dt.date(2023, 4, 26)),
        ("effective", dt.date(2023, 7, 1)),
    ]
    assert result.first_date("adopted") == dt.date(2014, 11, 1)
    assert result.title == "中华人民共和国测试法"


def test_crlf_text_is_sliced_exactly() -> None:
    text = "测试法\r\n\r\n第一条 第一款。\r\n\r\n第二款。\r\n\r\n第二条 完。\r\n"
    result = split_text(text)
    assert result.articles[0].text == "第一款。\r\n\r\n第二款。"
    assert_slices(result, text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "中华人民共和国测试法\n\n本法没有条文编号。\n",
        "The Congress finds the following: Article 5 of the Convention applies.\n",
        "Section 301 of the Trade Act of 1974 is cited here, at a line start.\n",
    ],
)
def test_a_text_without_article_headings_is_a_clear_error(text: str) -> None:
    with pytest.raises(InputError, match=r"^law\.txt: no article headings found"):
        split_text(text, "law.txt")


def test_headings_without_any_text_are_an_error() -> None:
    with pytest.raises(InputError, match="none has any text"):
        split_text("第一条\n\n第二条\n")


# --- English ---------------------------------------------------------------------------------

GDPR_LIKE = """\
REGULATION (EU) 2016/679 (General Data Protection Regulation)
(OJ L 119, 4.5.2016, p. 1) [excerpt]

CHAPTER II
Principles

Article 5
Principles relating to processing of personal data
1.   Personal data shall be:
(a)   processed lawfully, fairly and in a transparent manner in relation to the data subject;
(b)   collected for specified, explicit and legitimate purposes.
2.   The controller shall be responsible for, and be able to demonstrate compliance with, paragraph 1.

CHAPTER III
Rights of the data subject

Section 3
Rectification and erasure

Article 17
Right to erasure (‘right to be forgotten’)
1.   The data subject shall have the right to obtain from the controller the erasure of personal data.

Art. 18 – Right to restriction of processing
The data subject shall have the right to obtain from the controller restriction of processing.
"""


def test_english_articles_with_captions_chapters_and_sections() -> None:
    result = split_text(GDPR_LIKE)
    assert result.style == "article" and result.language == "en"
    assert result.numbers() == ["5", "17", "18"]
    assert_slices(result, GDPR_LIKE)
    art5, art17, art18 = result.articles
    assert art5.heading == "Principles relating to processing of personal data"
    assert art5.text.startswith("1.   Personal data shall be:\n(a)")
    assert art5.text.endswith("paragraph 1.")
    assert art5.chapter == "CHAPTER II Principles" and art5.section is None
    assert art17.heading == "Right to erasure (‘right to be forgotten’)"
    assert art17.section == "Section 3 Rectification and erasure"  # structure, since Articles exist
    assert art18.label == "Art. 18" and art18.heading == "Right to restriction of processing"
    assert result.title.startswith("REGULATION (EU) 2016/679")
    assert result.preamble == "(OJ L 119, 4.5.2016, p. 1) [excerpt]"
    assert "numbering gap: 6-16 missing before Article 17" in result.warnings


US_CODE_LIKE = """\
Title 47— TELECOMMUNICATIONS
CHAPTER 5— WIRE OR RADIO COMMUNICATION
§ 230. Protection for private blocking and screening of offensive material

(a) Findings

The Congress finds the following:

(1) The rapidly developing array of Internet and other interactive computer services.

(c) Protection for "Good Samaritan" blocking and screening of offensive material

(1) Treatment of publisher or speaker

No provider or user of an interactive computer service shall be treated as the publisher.

§ 231. Restriction of access by minors to materials commercially distributed

(a) Requirement to restrict access
"""


def test_us_code_sections_keep_their_subsections() -> None:
    result = split_text(US_CODE_LIKE)
    assert result.style == "section"
    assert result.numbers() == ["230", "231"]
    section = result.articles[0]
    assert section.heading == "Protection for private blocking and screening of offensive material"
    assert section.text.startswith("(a) Findings\n\nThe Congress finds")
    assert '(c) Protection for "Good Samaritan"' in section.text
    assert section.text.endswith("treated as the publisher.")
    assert section.part == "Title 47— TELECOMMUNICATIONS"
    assert section.chapter == "CHAPTER 5— WIRE OR RADIO COMMUNICATION"
    assert result.warnings == ()
    assert_slices(result, US_CODE_LIKE)


def test_public_law_section_with_wrapped_caption_and_collector_note() -> None:
    text = (
        "An Act, Pub. L. 115-232 [excerpt]\n\n"
        "SEC. 889. PROHIBITION ON CERTAIN TELECOMMUNICATIONS AND VIDEO\n"
        "SURVEILLANCE SERVICES OR EQUIPMENT.\n"
        "(a) Prohibition On Use Or Procurement.— (1) The head of an\n"
        "executive agency may not—\n"
        "(A) procure or obtain any equipment\n"
        "[the copy at that address ends here]\n"
    )
    result = split_text(text)
    (section,) = result.articles
    assert section.number == "889"
    assert section.heading == (
        "PROHIBITION ON CERTAIN TELECOMMUNICATIONS AND VIDEO SURVEILLANCE SERVICES OR EQUIPMENT."
    )
    assert section.text.startswith("(a) Prohibition On Use Or Procurement.")
    assert section.text.endswith("(A) procure or obtain any equipment")
    assert any("editorial note" in w and "line 8" in w for w in result.warnings)
    assert result.title == "An Act, Pub. L. 115-232 [excerpt]"


def test_section_headings_and_inline_text() -> None:
    text = (
        "Section 301\n\nThe Trade Representative shall act.\n\n"
        "Sec. 302. The Trade Representative may initiate an investigation under this chapter.\n"
    )
    result = split_text(text)
    assert result.numbers() == ["301", "302"]
    assert result.articles[0].text == "The Trade Representative shall act."
    # A whole sentence after the number is text, not a caption.
    assert result.articles[1].heading is None
    assert result.articles[1].text.startswith("The Trade Representative may initiate")


# --- property: whatever the text, articles are exact, ordered, non-overlapping slices -----------

_LINE = st.one_of(
    st.sampled_from(SENTENCES + ["", "第一章 总则", "第二节 机构", "（一）列举的事项；"]),
    st.builds(
        lambda n, s: f"第{int_to_cn(n)}条 {s}", st.integers(1, 199), st.sampled_from(SENTENCES)
    ),
    st.text(alphabet="第一二条章节 \u3000。\r\t之ab", max_size=12),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_LINE, min_size=1, max_size=40), st.sampled_from(["\n", "\r\n"]))
def test_articles_are_exact_slices_of_any_input(lines: list[str], newline: str) -> None:
    text = newline.join(lines)
    try:
        result = split_text(text)
    except InputError:
        return
    assert_slices(result, text)
    ends = [0]
    for article in result.articles:
        assert article.start >= ends[-1] and article.text
        ends.append(article.end)


# --- the real corpus ---------------------------------------------------------------------------

needs_corpus = corpus_needed("cn")


def provenance_counts() -> dict[str, int]:
    """Article counts of the cn/ files as PROVENANCE.md's table gives them."""
    counts = {}
    for line in (CORPUS / "PROVENANCE.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if cells and cells[0].startswith("cn/") and cells[-1].isdigit():
            counts[cells[0]] = int(cells[-1])
    return counts


@needs_corpus
def test_national_security_law_has_84_articles() -> None:
    path = CORPUS / "cn" / "zh_national-security-law_2015-07-01.txt"
    text = path.read_text(encoding="utf-8")
    result = split_text(text, path.name)
    assert result.numbers() == [str(n) for n in range(1, 85)]
    assert result.first_date("adopted") == dt.date(2015, 7, 1)
    assert_slices(result, text)


@needs_corpus
def test_every_chinese_corpus_text_splits_into_its_official_article_count() -> None:
    counts = provenance_counts()
    assert len(counts) == len(list((CORPUS / "cn").glob("*.txt")))
    for name, expected in counts.items():
        text = (CORPUS / name).read_text(encoding="utf-8")
        result = split_text(text, name)
        assert result.numbers() == [str(n) for n in range(1, expected + 1)], name
        assert result.warnings == (), name
        assert_slices(result, text)
