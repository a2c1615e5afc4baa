"""Citations read from the whole text (lawref/citations/inference.py) and the citation forms of
issue 14's real-world misses: labelled tables in English, Simplified and Traditional Chinese.

A bare reference with no law in reach is the one law the text names (near it, or anywhere for
"Article 7 of the law"), never a heading's and never a guess; in Hong Kong reporting a bare
"Article 23" is the Basic Law's. Such citations are marked inferred, and a quotation cited by one
is at most `unverified`, never `misattributed`.
"""

from __future__ import annotations

import pytest
from stored import shipped_store_with, stored_article, stored_match

from lawref.citations.find import CitationFinder
from lawref.pipeline.attribution import attribute
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store

NIL = "cn-national-intelligence-law"
CSL = "cn-cybersecurity-law"
GDPR = "eu-gdpr"
HKNSL = "cn-hong-kong-national-security-law"
BASIC = "cn-hong-kong-basic-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(NIL, CSL, GDPR, HKNSL, BASIC)


def cited(found: list[CitationSpan], words: str) -> list[tuple[str | None, str | None, bool]]:
    """(statute, article, inferred) of each citation whose text is ``words``."""
    return [(c.statute, c.article, c.inferred) for c in found if c.text == words]


# (text, the citation's words, what it resolves to: [(statute, article, inferred)]; [] when no
# citation may be made of those words, or one with no statute)
INFERRED: list[tuple[str, str, list[tuple[str | None, str | None, bool]]]] = [
    # The law named after the reference, in the same paragraph.
    (
        "Article 46(1) allows the transfer of personal data to a third country. Most third "
        "countries have no adequacy decision under Article 45 GDPR.",
        "Article 46(1)",
        [(GDPR, "46", True)],
    ),
    # ... in the next paragraph (Traditional).
    (
        "張曉明說,第29條規定的勾結外國或者境外勢力危害國家安全,一般正常的對外交流不存在問題。\n\n"
        "他強調,《香港國安法》對勾結行為有明確規定。",
        "第29條",
        [(HKNSL, "29", True)],
    ),
    # ... (Simplified).
    (
        "张晓明说,第29条规定的勾结外国或者境外势力危害国家安全,正常交流不存在问题。\n\n"
        "他强调,《香港国安法》对勾结行为有明确规定。",
        "第29条",
        [(HKNSL, "29", True)],
    ),
    # Words that point back to a law: the one the text names, however far.
    (
        'The Act has 6 chapters and 32 articles. Article 7 of the law "creates the obligation '
        'of Chinese citizens to support national intelligence work."\n\nReaction\n\nExperts '
        "say that numerous laws in China, including the National Intelligence Law, make "
        "intelligence work a duty.",
        "Article 7 of the law",
        [(NIL, "7", True)],
    ),
    # 该法 / 該法 ("the said law") before the law is named: the one law the text names.
    (
        "评论指出,该法第七条要求组织和公民支持国家情报工作。\n\n背景\n\n"
        "专家说,包括《国家情报法》在内的多部法律都规定了这一义务。",
        "第七条",
        [(NIL, "7", True)],
    ),
    (
        "評論指出,該法第七條要求組織和公民支持國家情報工作。\n\n背景\n\n"
        "專家說,包括《國家情報法》在內的多部法律都規定了這一義務。",
        "第七條",
        [(NIL, "7", True)],
    ),
    # ... but not when the text names two laws.
    (
        "评论指出,该法第七条要求组织和公民支持国家情报工作。\n\n背景\n\n"
        "专家说,《国家情报法》和《网络安全法》都规定了这一义务。",
        "第七条",
        [],
    ),
    # No law named anywhere: left unresolved, never guessed.
    (
        "Article 5(1)(f) establishes the security principle. Article 32 expands on it.",
        "Article 32",
        [],
    ),
    ("第二十一条规定,运营者应当履行安全保护义务。", "第二十一条", []),
    # Two laws named: which one is not said, so not guessed.
    (
        "Article 32 sets out the security of processing. The GDPR and the Cybersecurity Law "
        "both require it.",
        "Article 32",
        [],
    ),
    # A law the store lacks is named too: not guessed.
    (
        "Article 6.2 of it was clear. Directive 95/46/EC said so, and the GDPR keeps it.",
        "Article 6",
        [],
    ),
    # A heading of a reproduced text that only cites the law is not that law's article.
    (
        "Recital 8\n\nIn accordance with Regulation (EU) 2016/679, the principles of data "
        "protection should not apply to anonymous information.",
        "Recital 8",
        [],
    ),
    (
        "第六条 【目的限制原则】\n\n处理个人信息应当具有明确、合理的目的。欧盟GDPR第三十九条指出,"
        "个人数据应当充分。",
        "第六条",
        [],
    ),
    # A word in title marks ("law" in scare quotes) names no law (Traditional).
    (
        "中共可自己任意訂「法」,謂之「叛亂」。陸委會形容《香港國安法》是律令。\n"
        "美方持續關注香港。黎安友分析第38條看似行文粗疏。",
        "第38條",
        [(HKNSL, "38", True)],
    ),
    # The law named paragraphs away from a bare reference is out of reach.
    (
        "Article 10 makes the reach extraterritorial.\n\nThis is very clear.\n\nWe heard it.\n\n"
        "The 2017 National Intelligence Law requires cooperation.",
        "Article 10",
        [],
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), INFERRED)
def test_a_bare_reference_is_the_only_law_named(
    finder: CitationFinder, text: str, words: str, expected: list[tuple[str | None, str, bool]]
) -> None:
    found = [c for c in cited(finder.find(text), words) if c[0] is not None]
    assert found == expected


# (text, the citation's words, the statute it resolves to; None: no citation of a statute)
ARTICLE_23: list[tuple[str, str, str | None]] = [
    # Right after the national security law, in a text that names the Basic Law.
    (
        "Article 23 of the Basic Law requires local legislation. The national security law "
        "includes some crimes contained in Article 23, but Hong Kong must still legislate.",
        "Article 23",
        BASIC,
    ),
    # The Basic Law named after it.
    (
        "What Article 23 says:\n\nHong Kong shall enact laws on its own to prohibit any act of "
        "treason.\n\nNew legislation must conform to relevant Basic Law provisions.",
        "Article 23",
        BASIC,
    ),
    # "Article 23 legislation", 23条立法: the Basic Law's article without naming it.
    (
        "Hong Kong passed Article 23 legislation in the Legislative Council in March.",
        "Article 23",
        BASIC,
    ),
    ("香港政府表示,23条立法的原则之一是弥补《国安法》不足。", "23条", BASIC),
    ("香港政府表示,23條立法的原則之一是彌補《國安法》不足。", "23條", BASIC),
    ("港府推動二十三條立法,立法會三讀通過。", "二十三條", BASIC),
    # The popular name of the 2024 ordinance is no citation.
    (
        "Hong Kong passed new national security legislation – known as Article 23 – this year; "
        "Article 23 of the Basic Law required it.",
        "Article 23",
        None,
    ),
    (
        "Under the 2020 National Security Law, Hong Kong could rapidly enact Article 23 "
        "(officially the Safeguarding National Security Ordinance). The Basic Law required it.",
        "Article 23",
        None,
    ),
    # Another article, or the article joined to another law, keeps its reading.
    (
        "Hong Kong's national security law reaches non-residents: Article 38 says so, and the "
        "Basic Law is silent.",
        "Article 38",
        HKNSL,
    ),
    ("《香港國安法》第23條規定了煽動顛覆。", "《香港國安法》第23條", HKNSL),
    # Outside Hong Kong reporting the rule does not apply.
    ("Article 23 of the GDPR allows restrictions.", "Article 23 of the GDPR", GDPR),
]


@pytest.mark.parametrize(("text", "words", "statute"), ARTICLE_23)
def test_article_23_in_hong_kong_reporting(
    finder: CitationFinder, text: str, words: str, statute: str | None
) -> None:
    found = [c for c in finder.find(text) if c.text == words and c.statute is not None]
    if statute is None:
        assert found == []
        return
    assert [(c.statute, c.article) for c in found] == [(statute, words_article(words))]


def words_article(words: str) -> str:
    return "38" if "38" in words else "23"


# Citation forms of real pages (statutes/grammar/*.yaml): (text, citation words, statute, articles)
FORMS: list[tuple[str, str, str, list[str]]] = [
    (
        "Article 5 paragraph 1 sub b GDPR: purpose limitation.",
        "Article 5 paragraph 1 sub b GDPR",
        GDPR,
        ["5"],
    ),
    ("See Art. 5 para. 1 lit. b GDPR.", "Art. 5 para. 1 lit. b GDPR", GDPR, ["5"]),
    ("Consent (Articles 6 + 7 GDPR)", "Articles 6 + 7 GDPR", GDPR, ["6", "7"]),
    (
        "Article number 5 of the GDPR is the first principle.",
        "Article number 5 of the GDPR",
        GDPR,
        ["5"],
    ),
    (
        "The GDPR's Articles 40–45 deal with codes.",
        "GDPR's Articles 40–45",
        GDPR,
        ["40", "41", "42", "43", "44", "45"],
    ),
    ("GDPR Arts. 12-14 require notices.", "GDPR Arts. 12-14", GDPR, ["12", "13", "14"]),
    (
        "Recital ¶ 32 of the GDPR explains consent.",
        "Recital ¶ 32 of the GDPR",
        GDPR,
        ["recital-32"],
    ),
    (
        "According to the GDPR's recital no. 47 it may be.",
        "GDPR's recital no. 47",
        GDPR,
        ["recital-47"],
    ),
    (
        "Recitial 26 of the GDPR mentions anonymous data.",
        "Recitial 26 of the GDPR",
        GDPR,
        ["recital-26"],
    ),
    (
        "recitals 39 and 40 of the GDPR",
        "recitals 39 and 40 of the GDPR",
        GDPR,
        ["recital-39", "recital-40"],
    ),
    ("limited to what is necessary (O 39 GDPR).", "O 39 GDPR", GDPR, ["recital-39"]),
    ("See overweging 50 of the GDPR.", "overweging 50 of the GDPR", GDPR, ["recital-50"]),
    ("合法利益作为法律基础(GDPR第6(1)(f)条)。", "GDPR第6(1)(f)条", GDPR, ["6"]),
    ("合法利益作為法律基礎(GDPR第6(4)條)。", "GDPR第6(4)條", GDPR, ["6"]),
    ("依据GDPR第6条第1款(f)项处理。", "GDPR第6条第1款(f)项", GDPR, ["6"]),
    ("依據GDPR第6條第1款(f)項處理。", "GDPR第6條第1款(f)項", GDPR, ["6"]),
    (
        "《中华人民共和国网络安全法》设立专门条款(第四十条至四十五条)。",
        "第四十条至四十五条",
        CSL,
        ["40", "41", "42", "43", "44", "45"],
    ),
    (
        "《網絡安全法》第四十條至四十五條保護個人信息。",
        "《網絡安全法》第四十條至四十五條",
        CSL,
        ["40", "41", "42", "43", "44", "45"],
    ),
]


@pytest.mark.parametrize(("text", "words", "statute", "articles"), FORMS)
def test_citation_forms_of_real_pages(
    finder: CitationFinder, text: str, words: str, statute: str, articles: list[str]
) -> None:
    found = [c for c in finder.find(text) if c.text == words]
    assert [(c.statute, c.article) for c in found] == [(statute, a) for a in articles]
    assert not any(c.inferred for c in found)


# (document with {quote}, the inferred citation's statute, its article, the matched article,
# the attribution): an inferred law agrees when the words are its article's, and is never an
# accusation when they are another's.
ATTRIBUTIONS = [
    ("第七条规定:“{quote}”\n该文讨论了《国家情报法》。", NIL, "7", "7", "consistent"),
    ("第十四条规定:“{quote}”\n该文讨论了《国家情报法》。", NIL, "14", "7", "unverified"),
    ("第十四條規定:「{quote}」\n該文討論了《國家情報法》。", NIL, "14", "7", "unverified"),
]


@pytest.mark.parametrize(("template", "statute", "article", "matched", "attribution"), ATTRIBUTIONS)
def test_an_inferred_law_is_never_an_accusation(
    store: Store,
    finder: CitationFinder,
    template: str,
    statute: str,
    article: str,
    matched: str,
    attribution: str,
) -> None:
    words = stored_article(store, NIL, matched).text.splitlines()[0]  # its first paragraph
    document = template.format(quote=words)
    start = document.index(words)
    citations = finder.find(document)
    assert [(c.statute, c.article, c.inferred) for c in citations if c.article] == [
        (statute, article, True)
    ]
    quote = QuoteSpan(words, start, start + len(words))
    ((got, _),) = attribute(document, [quote], [stored_match(store, NIL, matched)], citations)
    assert got == attribution


# Pinyin scraped into the words (citations/annotations.py): (text, citation words as written,
# statute, article)
ANNOTATED = [
    (
        "中華人民共和國國家情報(bào)法\n目 錄\n第一章 總則\n第一條 為了加強(qiáng)國家情報工作,制定本法。",
        "中華人民共和國國家情報(bào)法",
        NIL,
        None,
    ),
    (
        "中華人民共和國國家情報(bào)法\n目 錄\n第一章 總則\n第一條 為了加強(qiáng)國家情報工作,制定本法。",
        "第一條",
        NIL,
        "1",
    ),
    (
        "中华人民(mín)共和国国家情报(bào)法第七条规定了义务。",
        "中华人民(mín)共和国国家情报(bào)法第七条",
        NIL,
        "7",
    ),
    ("According to the 国家情报(bào)法 companies must help.", "国家情报(bào)法", NIL, None),
    # a part cited by its letter is no annotation
    ("依据GDPR第6条第1款(f)项处理。", "GDPR第6条第1款(f)项", GDPR, "6"),
]


@pytest.mark.parametrize(("text", "words", "statute", "article"), ANNOTATED)
def test_pinyin_in_the_words_is_read_past(
    finder: CitationFinder, text: str, words: str, statute: str, article: str | None
) -> None:
    found = [(c.statute, c.article) for c in finder.find(text) if c.text == words]
    assert found == [(statute, article)]
    for c in finder.find(text):
        assert text[c.start : c.end] == c.text


def test_a_heading_is_not_of_a_law_its_articles_cite(finder: CitationFinder) -> None:
    """Line breaks lost in a reproduction: the second article's heading follows the first
    article's text, which cites the Basic Law; the heading is likely not the Basic Law's (the page
    does not say whose it is), so that reading is only inferred."""
    for text in (
        "第一條 為維護國家安全,根據中華人民共和國香港特別行政區基本法,制定本法。第二條 關於香港特別行政區"
        "法律地位的基本法第一條和第十二條規定是根本性條款。",
        "第一条 为维护国家安全,根据中华人民共和国香港特别行政区基本法,制定本法。第二条 关于香港特别行政区"
        "法律地位的基本法第一条和第十二条规定是根本性条款。",
    ):
        found = finder.find(text)
        heading = [c for c in found if c.text in ("第二條", "第二条")]
        # read as the walk reads it, but only as an inference: never an accusation
        assert heading and all(c.inferred for c in heading)
        # the article the reproduced text itself cites is still the Basic Law's
        assert ("cn-hong-kong-basic-law", "12") in [(c.statute, c.article) for c in found]


def test_a_reference_in_prose_after_a_sentence_is_not_a_heading(finder: CitationFinder) -> None:
    text = "《中华人民共和国香港特别行政区基本法》很重要。第二条规定了法律地位。"
    assert [(c.statute, c.article) for c in finder.find(text) if c.text == "第二条"] == [
        ("cn-hong-kong-basic-law", "2")
    ]


# Another instrument or a draft takes the bare articles after it: (text, words, statute or None)
OTHER_INSTRUMENTS = [
    ("A new list in article 8 of these Rules explains it.", "article 8 of these Rules", None),
    (
        "The rules implement the 2014 Counter-espionage Law. A list in article 8 of these Rules "
        "widens it. Article 21 revises the Law's rule on evidence.",
        "Article 21",
        None,
    ),
    (
        "The 2014 Counter-espionage Law is short. Article 21 sets out the duty to give evidence.",
        "Article 21",
        "cn-counter-espionage-law",
    ),
    ("Article 20 of GDPR proposal, COM(2012) 11 final.", "Article 20 of GDPR", None),
    # "Article 24, GDPR": joined by a comma; "Article 4, EUDPR": an acronym the store lacks.
    ("- Article 24, GDPR, which states that the controller shall", "Article 24, GDPR", GDPR),
    ("- Article 4, EUDPR (Regulation 2018/1725) which states", "Article 4, EUDPR", None),
    ("Article 20 of the GDPR applies.", "Article 20 of the GDPR", GDPR),
    ("《数据安全法》草案第二十条规定了义务。", "《数据安全法》草案第二十条", None),
    ("數據安全法草案規定了義務。", "數據安全法", None),
]


@pytest.mark.parametrize(("text", "words", "statute"), OTHER_INSTRUMENTS)
def test_another_instrument_takes_the_articles_after_it(
    finder: CitationFinder, text: str, words: str, statute: str | None
) -> None:
    found = [c for c in finder.find(text) if c.text == words]
    assert found, "the citation is found"
    assert {c.statute for c in found} == {statute}
