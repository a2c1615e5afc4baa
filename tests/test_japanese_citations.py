"""Chinese laws cited and rendered in Japanese (issue 14, the sixth held-out set's recall).

- A Chinese law's name in Japanese words (statutes/grammar/ja.yaml: ネットワークセキュリティ法,
  データセキュリティ法, 反スパイ法, 中国個人情報保護法) names it; a rendering that Japanese also
  gives another country's law (個人情報保護法: Japan's own act, Taiwan's) only after the state's
  name.
- An article without 第 right after a law's name or title (反スパイ法38条, 同法11条,
  《个人信息保护法》13-27条), and 及び between two articles (第3条及び第5条).
- Words with kana among them are never the Chinese text reproduced (reuse/scan.py), however
  many kanji they share with an article.
- A Japanese rendering under a heading that cites a Chinese article (第一条 …) is checked
  against that article by its kanji.

The Japanese sentences are written for these tests; none is a stored text.
"""

from __future__ import annotations

import pytest

from lawref.citations.find import CitationFinder
from lawref.pipeline.checker import Checker
from lawref.reuse.scan import find_reuse
from lawref.store.load import load_store

CSL = "cn-cybersecurity-law"
DSL = "cn-data-security-law"
PIPL = "cn-personal-information-protection-law"
CEL = "cn-counter-espionage-law"
CTL = "cn-counter-terrorism-law"
NIL = "cn-national-intelligence-law"
NSL = "cn-national-security-law"
CII = "cn-critical-information-infrastructure-regulations"
NDSM = "cn-network-data-security-management-regulations"


@pytest.fixture(scope="module")
def finder() -> CitationFinder:
    return CitationFinder(load_store())


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(load_store())


def cited(finder: CitationFinder, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.text, c.statute, c.article) for c in finder.find(text)]


# --- names in Japanese words ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("「中華人民共和国ネットワークセキュリティ法」に基づく。", [CSL]),
        ("中国サイバーセキュリティ法の施行", [CSL]),
        ("中華人民共和国データセキュリティ法", [DSL]),
        ("中華人民共和国個人情報保護法", [PIPL]),
        ("中国個人情報保護法", [PIPL]),
        ("反スパイ法に違反した疑い", [CEL]),
        ("『反スパイ法』は改正された", [CEL]),
        ("反テロリズム法と反テロ法", [CTL, CTL]),
        ("国家情報法の規定", [NIL]),
        ("ネットワークデータセキュリティ管理条例", [NDSM]),
        ("重要情報インフラセキュリティ保護条例", [CII]),
    ],
)
def test_a_chinese_law_named_in_japanese_words(
    finder: CitationFinder, text: str, expected: list[str]
) -> None:
    assert [statute for _, statute, _ in cited(finder, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # Japan's own Act on the Protection of Personal Information, or Taiwan's act in Japanese
        "個人情報保護法の改正について",
        "個人情報保護法第3条",
        # Vietnam's or Singapore's cybersecurity law
        "サイバーセキュリティ法が施行された",
    ],
)
def test_a_japanese_name_another_country_gives_its_own_law_needs_the_state_name(
    finder: CitationFinder, text: str
) -> None:
    assert all(statute is None for _, statute, _ in cited(finder, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Chinese names, Simplified and Traditional, still read as before
        ("《中华人民共和国网络安全法》第三条", [(CSL, "3")]),
        ("《個人資訊保護法》第十三條", [(PIPL, "13")]),
        ("《资料安全法》", [(DSL, None)]),
        # English names are untouched by the Japanese words
        ("Article 3 of the Cybersecurity Law", [(CSL, "3")]),
        ("the Counter-espionage Law", [(CEL, None)]),
    ],
)
def test_chinese_and_english_names_are_unchanged(
    finder: CitationFinder, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(s, a) for _, s, a in cited(finder, text)] == expected


# --- articles without 第, runs of them, 及び ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Japanese
        ("改正前の反スパイ法38条", [(CEL, "38")]),
        ("『中華人民共和国反スパイ法』第38条が定める", [(CEL, "38")]),  # a title in 『』
        (
            "国家情報法は重要である。実際に同法11条において明記されている。",
            [(NIL, None), (NIL, "11")],
        ),
        # Simplified Chinese
        ("《个人信息保护法》13-27条", [(PIPL, str(n)) for n in range(13, 28)]),
        ("根据国家安全法38条规定", [(NSL, "38")]),
        ("国家情报法很重要。该法11条规定。", [(NIL, None), (NIL, "11")]),
        # Traditional Chinese
        ("《個人資訊保護法》13至15條", [(PIPL, "13"), (PIPL, "14"), (PIPL, "15")]),
        ("國家安全法38條", [(NSL, "38")]),
    ],
)
def test_an_article_without_di_after_a_name(
    finder: CitationFinder, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(s, a) for _, s, a in cited(finder, text)] == expected


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("中華人民共和国国家情報法第3条及び第5条", "中華人民共和国国家情報法第3条及び第5条"),
        ("国家情報法の第3条並びに第5条", "第3条並びに第5条"),
    ],
)
def test_two_articles_joined_by_japanese_and(
    finder: CitationFinder, text: str, joined: str
) -> None:
    found = finder.find(text)
    assert [(c.text, c.statute, c.article) for c in found if c.article] == [
        (joined, NIL, "3"),
        (joined, NIL, "5"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "他提出了3条建议",  # three suggestions
        "委员会提出3條意見",
        "不同法系的比较",  # no 同法 here
        "The report makes 3 recommendations under the Law.",
    ],
)
def test_a_number_and_tiao_after_no_name_is_no_article(finder: CitationFinder, text: str) -> None:
    assert all(article is None for _, _, article in cited(finder, text))


# --- Japanese is never the Chinese text reproduced -------------------------------------------------

# PIPL Art. 3(2)'s opening words as the law has them, in both scripts, and Japanese sentences
# holding their kanji (written for these tests).
PIPL_3_2 = (
    "在中华人民共和国境外处理中华人民共和国境内自然人个人信息的活动，有下列情形之一的，也适用本法"
)
PIPL_3_2_TRADITIONAL = (
    "在中華人民共和國境外處理中華人民共和國境內自然人個人信息的活動，有下列情形之一的，也適用本法"
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (f"前言。{PIPL_3_2}。后记。", True),  # Simplified: reproduced
        (f"前言。{PIPL_3_2_TRADITIONAL}。後記。", True),  # Traditional: reproduced
        # Japanese with the article's kanji: a rendering, not the law reproduced
        (
            "中華人民共和国国外で中華人民共和国内の自然人個人情報を処理する活動にも、同法が適用される。",
            False,
        ),
        (
            "個人情報処理者は、中華人民共和国国外で中華人民共和国内の自然人個人情報を処理する。",
            False,
        ),
    ],
)
def test_words_with_kana_are_no_reproduction(checker: Checker, text: str, found: bool) -> None:
    spans = find_reuse(text, checker.matcher)
    assert bool(spans) is found


# --- a Japanese rendering under an article heading ---------------------------------------------------

# Japanese renderings of NIL Arts. 7 and 8, written for these tests from the Chinese text.
JA7 = (
    "いかなる組織及び公民も、法に基づき国家の情報活動を支持し、協力し、"
    "知り得た国家情報活動の秘密を守らなければならない。"
)
JA8 = "国家の情報活動は法に基づいて行い、人権を尊重し保障し、個人と組織の合法的権益を守らなければならない。"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"中華人民共和国国家情報法\n\n第七条 {JA7}\n\n第八条 {JA8}", [(JA7, "7"), (JA8, "8")]),
        (f"國家情報法\n\n第七條 {JA7}", [(JA7, "7")]),  # a heading in Traditional script
        (f"国家情报法\n\n第7条 {JA7}", [(JA7, "7")]),
        # a heading that names another article: no link, and no accusation
        (f"中華人民共和国国家情報法\n\n第八条 {JA7}", []),
    ],
)
def test_a_japanese_rendering_under_an_article_heading(
    checker: Checker, text: str, expected: list[tuple[str, str]]
) -> None:
    quotes = checker.check_text(text).quotes
    linked = [
        (q.text, q.match.article)
        for q in quotes
        if q.match is not None and q.verdict != "unmatched"
    ]
    assert linked == [(words, article) for words, article in expected]
    for quote in quotes:
        assert quote.attribution != "misattributed"
        if quote.match is not None and quote.verdict != "unmatched":
            assert quote.verdict == "paraphrase"
            assert quote.match.statute == NIL


# --- "the same article" with a part ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "中国個人情報保護法第38条第1款は、「…」が挙げられています(同(3)項)。",
            [(PIPL, "38"), (PIPL, "38")],
        ),
        ("国家情報法第7条は…と定める。同条第2項は…", [(NIL, "7"), (NIL, "7")]),
        ("國家情報法第7條規定…。同條第2項規定…", [(NIL, "7"), (NIL, "7")]),  # Traditional
        ("同(3)項", []),  # no article cited before it
    ],
)
def test_the_same_article_with_a_part(
    finder: CitationFinder, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(s, a) for _, s, a in cited(finder, text)] == expected
