"""Attribution that reads like a person, and no accusation a careful reader would not make:
credits under a quotation, unquoted echoes beside a law's name, article headings under a law
named at the top or foot of a reproduction, and instruments named after a stored law.

Documents are sentences written for these tests around article texts taken from the shipped
store; matches are built directly (the article each text comes from), so only the reading of
citations and their attribution is under test."""

from __future__ import annotations

import pytest
from stored import shipped_store_with, stored_article, stored_match

from lawref.citations.find import CitationFinder
from lawref.pipeline.attribution import link_quotes
from lawref.spans import QuoteSpan
from lawref.store.files import Store

GDPR = "eu-gdpr"
DSL = "cn-data-security-law"
CEL = "cn-counter-espionage-law"
CSL = "cn-cybersecurity-law"
NIL = "cn-national-intelligence-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, DSL, CEL, CSL, NIL)


def text_of(store: Store, statute: str, number: str, version: str | None = None) -> str:
    return stored_article(store, statute, number, version).text


def english_of(store: Store, statute: str, number: str) -> str:
    article = stored_article(store, statute, number)
    assert article.translations
    return article.translations[0].text


def attributions(
    store: Store,
    finder: CitationFinder,
    document: str,
    pieces: list[tuple[str, str, str]],
    marks: str = "block",
) -> list[str]:
    """The attribution of each piece (words, statute, article) of ``document``."""
    quotes, matches = [], []
    for words, statute, number in pieces:
        start = document.index(words)
        quotes.append(QuoteSpan(words, start, start + len(words), marks=marks))  # type: ignore[arg-type]
        matches.append(stored_match(store, statute, number, words))
    links = link_quotes(
        document, quotes, matches, finder.find(document), store, verdicts=["verbatim"] * len(quotes)
    )
    return [link.attribution for link in links]


# --- a credit under a quotation belongs to the quotation above it -------------------------------

CREDITS = [
    # (label, layout of the document with {a} and {b} for two article texts, credit lines inside)
    (
        "English Source lines",
        "Glossary\n\n{a}\n\nSource: GDPR Article 5\n\n{b}\n\nSource: GDPR Article 6",
    ),
    ("English dash credits", "Two rules\n\n{a}\n— GDPR Article 5\n\n{b}\n— GDPR Article 6"),
]


@pytest.mark.parametrize(("label", "layout"), CREDITS, ids=[c[0] for c in CREDITS])
def test_a_source_line_under_a_block_belongs_to_that_block_english(
    store: Store, finder: CitationFinder, label: str, layout: str
) -> None:
    first = text_of(store, GDPR, "5")[:150]
    second = text_of(store, GDPR, "6")[:150]
    document = layout.format(a=first, b=second)
    pieces = [(first, GDPR, "5"), (second, GDPR, "6")]
    assert attributions(store, finder, document, pieces) == ["consistent", "consistent"]


CHINESE_CREDITS = [
    (
        "Simplified 来源 lines",
        "词条\n\n{a}\n\n来源：《反间谍法》第一条\n\n{b}\n\n来源：《反间谍法》第二条",
    ),
    (
        "Traditional 來源 lines",
        "詞條\n\n{a}\n\n來源：《反間諜法》第一條\n\n{b}\n\n來源：《反間諜法》第二條",
    ),
    (
        "Simplified 摘自 after the text",
        "参考资料：\n{a}——摘自《反间谍法》第一条\n{b}——摘自《反间谍法》第二条",
    ),
]


@pytest.mark.parametrize(("label", "layout"), CHINESE_CREDITS, ids=[c[0] for c in CHINESE_CREDITS])
def test_a_source_line_under_a_block_belongs_to_that_block_chinese(
    store: Store, finder: CitationFinder, label: str, layout: str
) -> None:
    first = text_of(store, CEL, "1", "2014")
    second = text_of(store, CEL, "2", "2014")
    document = layout.format(a=first, b=second)
    pieces = [(first, CEL, "1"), (second, CEL, "2")]
    assert attributions(store, finder, document, pieces) == ["consistent", "consistent"]


def test_a_source_line_still_shows_a_wrong_number_wrong(
    store: Store, finder: CitationFinder
) -> None:
    """The credit is the block's citation: when it names another article, that is a real
    misattribution (and the block below is not accused with it)."""
    first = text_of(store, GDPR, "5")[:150]
    second = text_of(store, GDPR, "6")[:150]
    document = f"Notes\n\n{first}\n\nSource: GDPR Article 9\n\n{second}\n\nSource: GDPR Article 6"
    pieces = [(first, GDPR, "5"), (second, GDPR, "6")]
    assert attributions(store, finder, document, pieces) == ["misattributed", "consistent"]


# --- an unquoted echo beside a law's name accuses nobody ----------------------------------------

ECHOES = [
    # (label, document with {w} for words of DSL Art. 21, marks, article named?, expected)
    (
        "Simplified, law named alone",
        "评论认为，{w}，《个人信息保护法》对此加以规定。",
        "none",
        "unverified",
    ),
    (
        "Traditional, law named alone",
        "評論認為，{w}，《個人信息保護法》對此加以規定。",
        "none",
        "unverified",
    ),
    (
        "Simplified, article named",
        "评论认为，{w}，见《个人信息保护法》第二十一条。",
        "none",
        "misattributed",
    ),
    ("Simplified, in quotation marks", "《个人信息保护法》规定：“{w}”", "quoted", "misattributed"),
]


@pytest.mark.parametrize(
    ("label", "layout", "marks", "expected"), ECHOES, ids=[e[0] for e in ECHOES]
)
def test_an_unquoted_echo_beside_another_laws_name_is_unverified(
    store: Store, finder: CitationFinder, label: str, layout: str, marks: str, expected: str
) -> None:
    words = text_of(store, DSL, "21")[:60]
    document = layout.format(w=words)
    assert attributions(store, finder, document, [(words, DSL, "21")], marks) == [expected]


def test_an_unquoted_english_echo_beside_another_laws_name_is_unverified(
    store: Store, finder: CitationFinder
) -> None:
    words = english_of(store, NIL, "7")[:90]
    named_alone = f"Critics of the Data Security Law point out that {words} in practice."
    with_article = f"Critics cite Article 14 of the National Intelligence Law: {words} in practice."
    pieces = [(words, NIL, "7")]
    assert attributions(store, finder, named_alone, pieces, "none") == ["unverified"]
    assert attributions(store, finder, with_article, pieces, "none") == ["misattributed"]


# --- article headings belong to the instrument the reproduction is of ---------------------------

CSL_BODY = "为了保障网络安全，根据《中华人民共和国网络安全法》，制定本办法。"
CSL_BODY_HANT = "為了保障網絡安全，根據《中華人民共和國網絡安全法》，制定本辦法。"

HEADINGS = [
    # (label, document, the law each heading 第一条/第二条 is read as: statute, or None)
    (
        "Simplified title at the top, adoption note between",
        "中华人民共和国反间谍法\n\n（2014年11月1日通过）\n\n第一章 总则\n\n"
        "第一条 {a}\n\n第二条 {b}",
        CEL,
    ),
    (
        "Traditional title at the top",
        "中華人民共和國反間諜法\n第一章 總則\n第一條 {a}\n第二條 {b}",
        CEL,
    ),
    (
        "Simplified credit at the foot",
        "参考资料：\n第一条 {a}\n第二条 {b}——摘自反间谍法",
        CEL,
    ),
    (
        "Simplified article text opening with the country's name",
        "参考资料：\n第一条 中华人民共和国公民有维护国家安全的义务。\n第二条 {b}——摘自反间谍法",
        CEL,
    ),
    (
        "English source reference at the foot of Simplified headings",
        "说明\n\n第一条 {a}\n\n第二条 {b}\n\nSource reference: Counter-espionage Law Article 2.",
        CEL,
    ),
    (
        "Traditional 來源 at the foot",
        "說明\n第一條 {a}\n第二條 {b}\n來源：《反間諜法》",
        CEL,
    ),
    (
        "Traditional heading that names the law above",
        "摘錄如下\n《反間諜法》第三條：本條文字從略\n第一條 {a}\n第二條 {b}",
        CEL,
    ),
]


def headings_read(finder: CitationFinder, document: str) -> list[tuple[str | None, str | None]]:
    return [
        (c.statute, c.article)
        for c in finder.find(document)
        if c.text.startswith("第") and c.text[-1] in "条條"
    ]


@pytest.mark.parametrize(("label", "layout", "statute"), HEADINGS, ids=[h[0] for h in HEADINGS])
def test_article_headings_take_the_law_of_the_title_or_credit(
    store: Store, finder: CitationFinder, label: str, layout: str, statute: str
) -> None:
    document = layout.format(a=text_of(store, CEL, "1", "2014"), b=text_of(store, CEL, "2", "2014"))
    assert headings_read(finder, document)[-2:] == [(statute, "1"), (statute, "2")]


OTHER_INSTRUMENTS = [
    (
        "Simplified measures with a draft marker",
        "数据出境评估办法\n（征求意见稿）\n第一条 {body}\n第二条 {w}",
    ),
    ("Traditional measures", "數據出境評估辦法\n第一條 {body}\n第二條 {w}"),
    ("Simplified draft of a law", "中华人民共和国数据安全法（草案）\n第一条 {body}\n第二条 {w}"),
]


@pytest.mark.parametrize(
    ("label", "layout"), OTHER_INSTRUMENTS, ids=[o[0] for o in OTHER_INSTRUMENTS]
)
def test_headings_of_another_instrument_are_unverified_never_misattributed(
    store: Store, finder: CitationFinder, label: str, layout: str
) -> None:
    """Measures whose Art. 1 names the Cybersecurity Law, and whose Art. 2 copies its Art. 37:
    the heading 第二条 is the measures' own, which the store lacks."""
    body = CSL_BODY_HANT if "辦法" in layout else CSL_BODY
    words = text_of(store, CSL, "37", "2016")[:50]
    document = layout.format(body=body, w=words)
    second = [c for c in finder.find(document) if c.text in ("第二条", "第二條")]
    assert [(c.statute, c.article) for c in second] == [(None, "2")]
    assert any(word in (second[0].name or "") for word in ("办法", "辦法", "草案"))
    pieces = [(words, CSL, "37")]
    assert attributions(store, finder, document, pieces, "none") == ["unverified"]


def test_a_law_named_inside_an_article_does_not_own_the_next_heading(
    store: Store, finder: CitationFinder
) -> None:
    document = f"中华人民共和国数据安全法\n第一条 {CSL_BODY}\n第二条 {text_of(store, DSL, '2')}"
    assert headings_read(finder, document) == [(DSL, "1"), (DSL, "2")]


def test_a_narrative_naming_two_laws_decides_no_heading(
    store: Store, finder: CitationFinder
) -> None:
    """Prose naming two laws above the headings does not say which one is reproduced: the
    headings stay as a reference in prose reads them (nothing far from a name)."""
    document = (
        "《反间谍法》通过后，《国家安全法》也有了配套规定，评论员对此进行了长篇的分析和讨论。\n\n"
        "第一章 总则\n\n第一条 " + text_of(store, CEL, "1", "2014")
    )
    assert headings_read(finder, document) == []


# --- instruments named after a stored law are not that law --------------------------------------

INSTRUMENTS = [
    ("Article 8 of the Implementation Rules for the Counter-espionage Law lists them.", CEL),
    ("The Detailed Rules for the Implementation of the Counter-espionage Law apply.", CEL),
    ("Article 17 and Recital 65 of the Applied GDPR give the right.", GDPR),
    ("《反间谍法实施细则》第八条列举了这些行为。", CEL),
    ("《反間諜法實施細則》第八條列舉了這些行為。", CEL),
]


@pytest.mark.parametrize(("document", "statute"), INSTRUMENTS, ids=[i[0][:24] for i in INSTRUMENTS])
def test_an_instrument_named_after_a_stored_law_is_not_resolved_to_it(
    finder: CitationFinder, document: str, statute: str
) -> None:
    found = finder.find(document)
    assert found, "the instrument is still reported as a citation"
    assert all(c.statute != statute for c in found)
    if document.isascii():  # a Chinese title with 实施细则 is one unknown name already
        assert any(c.note and "another instrument" in c.note for c in found)


def test_the_stored_law_itself_is_still_resolved(finder: CitationFinder) -> None:
    for document, statute in [
        ("Article 8 of the Counter-espionage Law lists them.", CEL),
        ("Article 17 of the GDPR gives the right; the rules applied GDPR Article 6.", GDPR),
        ("《反间谍法》第八条列举了这些行为。", CEL),
    ]:
        assert {c.statute for c in finder.find(document)} == {statute}


NSL = "cn-national-security-law"

EARLIER_LAWS = [
    # a year before the stored law existed makes the name another (earlier) law
    "The National Security Law implemented in 1993 dealt with espionage.",
    "The National Security Law enacted in 1993 dealt with espionage.",
    "1993年通过的《国家安全法》规定了间谍行为。",
    "1993年通過的《國家安全法》規定了間諜行為。",
]


@pytest.mark.parametrize("document", EARLIER_LAWS, ids=[d[:28] for d in EARLIER_LAWS])
def test_a_law_of_that_name_from_before_the_stored_one_is_not_it(
    finder: CitationFinder, document: str
) -> None:
    found = finder.find(document)
    assert [c.statute for c in found] == [None]
    assert found[0].note and "another law" in found[0].note


def test_a_year_the_stored_law_has_reads_as_its_version(finder: CitationFinder) -> None:
    (found,) = finder.find("The National Intelligence Law passed in 2017 is short.")
    assert (found.statute, found.version) == (NIL, "2017")


@pytest.mark.parametrize(
    "document", ["The N.I.L. is broad.", "Critics of the N.I.L. say so."], ids=["The", "the"]
)
def test_the_dotted_initials_of_the_intelligence_law(finder: CitationFinder, document: str) -> None:
    assert [c.statute for c in finder.find(document)] == [NIL]


def test_a_list_item_under_a_quotation_is_no_credit(store: Store, finder: CitationFinder) -> None:
    """ "- Article 9 …" on the next line starts a list item about another text, not a credit."""
    words = text_of(store, GDPR, "5")[:120]
    document = f"Two duties:\n- GDPR Article 5 says “{words}”\n- GDPR Article 9 adds more."
    assert attributions(store, finder, document, [(words, GDPR, "5")], "quoted") == ["consistent"]


def test_a_credit_under_the_line_a_quotation_ends_in_belongs_to_it(
    store: Store, finder: CitationFinder
) -> None:
    """A reproduced item ending in a term quoted in brackets: the credit under the line is its."""
    words = text_of(store, GDPR, "5")[:80]
    for credit in ("Source: GDPR Article 5", "来源：GDPR第五条", "來源：GDPR第五條"):
        document = f"Principles\n\n{words} (‘a term’);\n\n{credit}\n\nMore notes follow."
        pieces = [(words, GDPR, "5")]
        assert attributions(store, finder, document, pieces, "none") == ["consistent"], credit
