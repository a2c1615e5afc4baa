"""A bare article reference read by the page's own naming of that very article elsewhere
(issue 14, the seventeenth held-out set's citation recall: citations/named_elsewhere.py).

A heading "Article 25" over a page that later explains "Article 25 of the GDPR", or a briefing
that opens with "Article 73 is …" and names "Article 73 of the AI Act" further down, cites that
law's article: the page says so itself. Never when the page cites that number of another law too
(or of a law the store lacks), nor when it names only other articles of the law. The sentences
are written for these tests.
"""

from __future__ import annotations

import pytest

from lawref.citations.find import CitationFinder
from lawref.store.load import load_store

GDPR = "eu-gdpr"
AI_ACT = "eu-ai-act"
CSL = "cn-cybersecurity-law"
DSL = "cn-data-security-law"
NIL = "cn-national-intelligence-law"

FILLER_EN = "\n\nThe debate went on for weeks.\n\nCritics were not convinced.\n\n"
FILLER_ZH = "\n\n讨论持续了几个星期。\n\n批评者并不信服。\n\n"
FILLER_HANT = "\n\n討論持續了幾個星期。\n\n批評者並不信服。\n\n"
FILLER_JA = "\n\n議論は数週間続いた。\n\n批判者は納得していない。\n\n"


@pytest.fixture(scope="module")
def finder() -> CitationFinder:
    return CitationFinder(load_store())


# (text, the reference's words, the statute the FIRST of them is read as; None: no stored one)
CASES: list[tuple[str, str, str | None]] = [
    # English: an article heading, its law named with the same article paragraphs below.
    (
        "Article 25\n\nBuilding privacy in from the start\n\nControllers must plan ahead."
        + FILLER_EN
        + "That is what Article 25 of the GDPR asks of every controller.",
        "Article 25",
        GDPR,
    ),
    # A page naming two laws: the article is named with one of them further down.
    (
        "Article 73 is the duty to report incidents to the authorities."
        + FILLER_EN
        + "Article 73 of the AI Act is not Article 33 of the GDPR.",
        "Article 73",
        AI_ACT,
    ),
    # Simplified Chinese: a bare heading, the law named with the same article below.
    (
        "第二十四条\n\n实名制的要求。" + FILLER_ZH + "《网络安全法》第二十四条规定了实名制。",
        "第二十四条",
        CSL,
    ),
    # Traditional Chinese.
    (
        "第二十一條\n\n分類分級的制度。" + FILLER_HANT + "《數據安全法》第二十一條規定了分類分級。",
        "第二十一條",
        DSL,
    ),
    # Japanese.
    (
        "第7条\n\n協力の義務について。" + FILLER_JA + "中国国家情報法第7条は協力を求める。",
        "第7条",
        NIL,
    ),
    # The page cites that number of two laws: the bare reference stays unresolved.
    (
        "Article 22\n\nDecisions made by machines."
        + FILLER_EN
        + "Article 22 of the GDPR is narrower than Article 22 of the AI Act.",
        "Article 22",
        None,
    ),
    (
        "第二十一条\n\n分类分级。"
        + FILLER_ZH
        + "《数据安全法》第二十一条和《网络安全法》第二十一条不同。",
        "第二十一条",
        None,
    ),
    # The law is named with another article only: not the bare reference's.
    (
        "Article 32\n\nKeeping data safe."
        + FILLER_EN
        + "Article 5 of the GDPR sets the principles.",
        "Article 32",
        None,
    ),
    # A line setting several laws' articles side by side surveys them: not the page's own law.
    (
        "第四条\n\n个人信息的含义。"
        + FILLER_ZH
        + "欧盟《一般数据保护条例》第4条、德国《联邦数据保护法》第46条和巴西《通用数据保护法》第5条都有界定。",
        "第四条",
        None,
    ),
    (
        "第四條\n\n個人資料的含義。"
        + FILLER_HANT
        + "歐盟《一般資料保護規則》第4條、德國《聯邦資料保護法》第46條和巴西《通用資料保護法》第5條都有界定。",
        "第四條",
        None,
    ),
    # A reproduced article's own cross-reference (a line that starts with 第N条) names another
    # law's article of that number: not the reproduction's own heading's law.
    (
        "第一條 為了維護國家安全，制定本法。\n第二條 基本法第一條和第十二條是根本性條款。",
        "第一條",
        None,
    ),
    (
        "第一条 为了维护国家安全，制定本规定。\n第二条 依照反外国制裁法第一条的规定实施。",
        "第一条",
        None,
    ),
    ("第七条\n\n配合的义务。" + FILLER_ZH + "《国家情报法》第十四条规定了要求。", "第七条", None),
]


@pytest.mark.parametrize(("text", "words", "statute"), CASES)
def test_a_bare_reference_is_the_law_its_article_is_named_with(
    finder: CitationFinder, text: str, words: str, statute: str | None
) -> None:
    first = text.index(words)
    found = [c for c in finder.find(text) if c.start == first and c.statute is not None]
    assert [c.statute for c in found] == ([statute] if statute else [])
    assert all(c.inferred for c in found)  # read from the page elsewhere: it never accuses
