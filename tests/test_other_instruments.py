"""Texts of other instruments that read like stored laws are not linked to them (issue 14, item
3): a quotation cited as another act (an EU act by its number, a proposal or draft of a stored
law) or set under another article's heading, whose words are only a near-copy of a stored
article, is ``unmatched`` with a note naming both — never linked, never ``misattributed``.
English, Simplified and Traditional Chinese.

Statute words come from the shipped store (never retyped); the sentences around them, and the
changed forms, are written for these tests. The rules were chosen on the labelled real-world
passages (tests/realworld: Regulation (EU) 2018/1725's Art. 34, the AI Act proposal's Art. 52,
Directive 95/46/EC's Art. 7(f)), not on these sentences.
"""

from __future__ import annotations

import pytest
from stored import shipped_store_with, stored_article, windows_off

from lawref.citations.find import CitationFinder
from lawref.pipeline.checker import Checker
from lawref.pipeline.drafts_words import draft_lead_in
from lawref.pipeline.instruments import article_heading_above
from lawref.report import Quote
from lawref.store.files import Store

GDPR = "eu-gdpr"
NIL = "cn-national-intelligence-law"
DSL = "cn-data-security-law"
CSL = "cn-cybersecurity-law"
AI = "eu-ai-act"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, NIL, DSL, CSL, AI)


def where(quote: Quote) -> tuple[str, str] | None:
    if quote.match is None or quote.verdict == "unmatched":
        return None
    return quote.match.statute, str(quote.match.article)


def gdpr33_changed(store: Store) -> str:
    """GDPR Art. 33(1) as Regulation (EU) 2018/1725's Art. 34(1) has it: the same words, but
    the European Data Protection Supervisor for the supervisory authority."""
    first = stored_article(store, GDPR, "33").text.split("\n")[0]
    words = " ".join(first.split("1.", 1)[1].split())
    changed = words.replace(
        "the supervisory authority competent in accordance with Article 55",
        "the European Data Protection Supervisor",
    ).replace("to the supervisory authority", "to the European Data Protection Supervisor")
    assert changed != words
    return changed


def nil7_changed(store: Store, script: str) -> str:
    """NIL Art. 7's first paragraph with 协助 left out (as an earlier text might have it)."""
    first = stored_article(store, NIL, "7").text.split("\n")[0]
    changed = first.replace("依法支持、协助和配合", "依法支持和配合")
    assert changed != first
    if script == "traditional":
        changed = changed.translate(str.maketrans("组织应当国报", "組織應當國報"))
    return changed


# --- the citation grammar: other instruments are named, not resolved to a stored law -------------


@pytest.mark.parametrize(
    ("text", "statute", "article"),
    [
        # English: an EU act by number and year in words, number first; a proposal of a stored law.
        ("the former directive (no. 46 of 1995, in Article 7/f, said", None, "7"),
        ("Articles 12a and 15 of the 95/46/EC Data Protection Directive apply", None, "15"),
        ("Article 20 of GDPR proposal, COM(2012) 11 final", None, "20"),
        ("Article 52 of the Commission's proposal for the AI Act reads", None, "52"),
        ("Article 34 of Regulation (EU) 2018/1725 says", None, "34"),
        # Simplified and Traditional Chinese.
        ("根据第95/46/EC号指令第7条，", None, "7"),
        ("歐盟第2018/1725號條例第34條規定：", None, "34"),
        ("《数据安全法（征求意见稿）》第五条规定", None, "5"),
        ("數據安全法（徵求意見稿）第五條", None, "5"),
        # The stored laws themselves still resolve.
        ("Article 20 of the GDPR says", GDPR, "20"),
        ("Article 6 of Regulation (EU) 2016/679 says", GDPR, "6"),
        ("数据安全法第五条规定", DSL, "5"),
        ("數據安全法第五條", DSL, "5"),
    ],
)
def test_another_instrument_is_named_and_not_resolved_to_a_stored_law(
    finder: CitationFinder, text: str, statute: str | None, article: str
) -> None:
    found = [c for c in finder.find(text) if c.article is not None]
    assert found, text
    cited = found[-1]
    assert (cited.statute, cited.article) == (statute, article), (cited.text, cited.note)
    assert not cited.ambiguous


# --- a near-copy cited as another instrument ---------------------------------------------------


@pytest.mark.parametrize(
    ("script", "cited", "stored"),
    [
        (
            "english",
            "Article 34 of Regulation (EU) 2018/1725 provides: “{en}”",
            "Article 33 of the GDPR provides: “{en}”",
        ),
        (
            "english",
            "The Commission's proposal for a General Data Protection Regulation, in its "
            "Article 31, said that “{en}”",
            "The General Data Protection Regulation, in its Article 33, says that “{en}”",
        ),
        (
            "simplified",
            "《国家情报法（草案）》第十条规定：“{zh}”",
            "《国家情报法》第七条规定：“{zh}”",
        ),
        (
            "traditional",
            "《國家情報法（徵求意見稿）》第十條規定：「{zh}」",
            "《國家情報法》第七條規定：「{zh}」",
        ),
    ],
)
def test_a_near_copy_cited_as_another_instrument_is_not_linked(
    store: Store, checker: Checker, script: str, cited: str, stored: str
) -> None:
    """Cited as another act or a draft of the stored law: the words are that instrument's, only
    close to the stored article. Not linked, never an accusation; the note names the citation and
    the stored article. Cited as the stored law, the same words are linked (altered)."""
    en = gdpr33_changed(store)
    zh = nil7_changed(store, script)
    quotes = checker.check_text(cited.format(en=en, zh=zh)).quotes
    assert len(quotes) == 1
    quote = quotes[0]
    assert where(quote) is None and quote.verdict == "unmatched"
    assert quote.attribution == "unverified"
    number = "33" if script == "english" else "7"
    assert any(n.startswith("not linked: cited as") and f"Art. {number}" in n for n in quote.notes)
    linked = checker.check_text(stored.format(en=en, zh=zh)).quotes
    statute = GDPR if script == "english" else NIL
    assert [(where(q), q.verdict, q.attribution) for q in linked] == [
        ((statute, number), "altered", "consistent")
    ]


def test_a_bare_article_of_another_act_is_named_with_that_act(
    store: Store, checker: Checker
) -> None:
    """ "in Article 7/f": a bare article read as the act named just before it; the note says so."""
    text = (
        "The concept already appeared in the former directive (no. 46 of 1995, which also set - "
        f"in Article 7/f - that “{gdpr33_changed(store)}”)."
    )
    (quote,) = checker.check_text(text).quotes
    assert where(quote) is None
    assert any("“Article 7” of “directive (no. 46 of 1995”" in n for n in quote.notes), quote.notes


# --- a near-copy set under another article's heading -------------------------------------------

HEADINGS = [
    (
        "english",
        "Article 34 Notification of a personal data breach to the European Data Protection "
        "Supervisor\n\n1. {en}",
        "Article 33 Notification of a personal data breach\n\n1. {en}",
    ),
    ("english", "Article 34\n\nNotification of a breach\n\n{en}", "Article 33\n\n{en}"),
    ("simplified", "第十条\n{zh}", "第七条\n{zh}"),
    (
        "simplified",
        "中华人民共和国国家情报法\n\n第十条　{zh}",
        "中华人民共和国国家情报法\n\n第七条　{zh}",
    ),
    ("traditional", "第十條 {zh}", "第七條 {zh}"),
]


@pytest.mark.parametrize(("script", "under_other", "under_own"), HEADINGS)
def test_a_near_copy_under_another_article_s_heading_is_not_linked(
    store: Store,
    checker: Checker,
    monkeypatch: pytest.MonkeyPatch,
    script: str,
    under_other: str,
    under_own: str,
) -> None:
    """A reproduction sets its text under "Article 34": when the words are only close to the
    stored law's Art. 33, the page reproduces another instrument's Art. 34 (the stored Art. 34 is
    another provision). Under the matched article's own number, the same words are linked (with
    the rule on a sister instrument's term off: the English words carry 2018/1725's "European
    Data Protection Supervisor", which alone keeps them unlinked, tests/test_draft_pages.py)."""
    windows_off(checker, monkeypatch, "sister_terms")
    en = gdpr33_changed(store)
    zh = nil7_changed(store, script)
    quotes = checker.check_text(under_other.format(en=en, zh=zh)).quotes
    assert quotes and all(where(q) is None for q in quotes), [(q.text, q.verdict) for q in quotes]
    assert all(q.attribution != "misattributed" for q in quotes)
    number = "33" if script == "english" else "7"
    assert any(
        "not linked: set under" in n and f"Art. {number} of" in n for q in quotes for n in q.notes
    )
    linked = checker.check_text(under_own.format(en=en, zh=zh)).quotes
    statute = GDPR if script == "english" else NIL
    assert [(where(q), q.verdict) for q in linked] == [((statute, number), "altered")]


@pytest.mark.parametrize(
    ("script", "layout"),
    [
        ("english", "Article 34\n\n{en}"),
        ("simplified", "第十条\n{zh}"),
        ("traditional", "第十條\n{zh}"),
    ],
)
def test_an_exact_copy_under_another_heading_keeps_its_link(
    store: Store, checker: Checker, script: str, layout: str
) -> None:
    """The same words as a stored article, under another number: the words are the stored
    article's, whichever instrument they stand in — the link stands."""
    en = " ".join(stored_article(store, GDPR, "33").text.split("\n")[0].split("1.", 1)[1].split())
    zh = stored_article(store, NIL, "7").text.split("\n")[0]
    if script == "traditional":
        zh = nil7_changed(store, "traditional").replace("支持和配合", "支持、協助和配合")
    quotes = checker.check_text(layout.format(en=en, zh=zh)).quotes
    statute, number = (GDPR, "33") if script == "english" else (NIL, "7")
    assert [where(q) for q in quotes] == [(statute, number)]


def test_a_renumbered_article_under_its_new_number_keeps_its_link(
    store: Store, checker: Checker
) -> None:
    """A revision renumbered the stored law (the store records how): the heading's number in the
    other version's numbering is the same article, not another instrument's."""
    statute = store.get(CSL)
    assert statute is not None
    pairs = [
        (new, old)
        for v in statute.versions
        if v.renumbering
        for new, olds in v.renumbering.continues.items()
        for old in olds
        if new != old
    ]
    assert pairs
    new, old = pairs[0]
    article = stored_article(store, CSL, old, statute.versions[0].id)
    first = article.text.split("\n")[0]
    changed = first[:-1] + "等等" + first[-1]  # two characters added: altered, not exact
    from lawref.text.numerals import int_to_cn

    text = f"第{int_to_cn(int(new))}条 {changed}"
    quotes = checker.check_text(text).quotes
    assert quotes and all(not any("set under" in n for n in q.notes) for q in quotes)


@pytest.mark.parametrize(
    ("text", "at", "number"),
    [
        ("Article 34 Notification of a breach\n\n1. In the case", "In the case", "34"),
        ("ARTICLE 52:\nTransparency obligations\n\n(a) Providers shall", "Providers", "52"),
        ("第五十二条　国家实行", "国家实行", "52"),
        ("第二十條\n公民和組織應當", "公民和組織", "20"),
        # Not under a heading: the writer's words before it, or a sentence about an article.
        ("Article 34 requires that\n\nIn the case", "In the case", None),
        ("The page says: In the case", "In the case", None),
        ("第五十二条规定，国家实行", "国家实行", None),
        (
            "Article 34\n\nA long paragraph of the writer's own. It ends.\n\nIn the case",
            "In the",
            None,
        ),
    ],
)
def test_the_heading_a_quotation_stands_under(text: str, at: str, number: str | None) -> None:
    found = article_heading_above(text, text.index(at))
    assert (found.number if found else None) == number


# --- another text of a stored law under its title and numbering ----------------------------------

NSL = "cn-national-security-law"
# Written for these tests: an article no stored law holds.
UNSTORED = {
    "simplified": "国家安全机关是本法规定的国家安全工作的主管机关，负责本法的实施。",
    "traditional": "國家安全機關是本法規定的國家安全工作的主管機關，負責本法的實施。",
    "english": "The Data Protection Board established by this Regulation shall meet twice a year.",
}


def _another_text(store: Store, script: str, second_stored: bool) -> str:
    """A page that reproduces three articles under a stored law's title: Art. 1 a near-copy of
    the stored Art. 1, Art. 2 either words no stored law holds or the stored Art. 2, Art. 3 the
    exact words of another stored article (NIL Art. 7, or GDPR Art. 31)."""
    if script == "english":
        first = stored_article(store, GDPR, "33").text.split("\n")[0]
        near = " ".join(first.split("1.", 1)[1].split())
        near = near.replace(", where feasible,", "")
        second = " ".join(
            stored_article(store, GDPR, "34").text.split("\n")[0].split("1.", 1)[1].split()
        )
        exact = " ".join(stored_article(store, GDPR, "31").text.split())
        two = second if second_stored else UNSTORED["english"]
        return (
            "General Data Protection Regulation\n\n"
            f"Article 33\n\n{near}\n\nArticle 34\n\n{two}\n\nArticle 35\n\n{exact}\n"
        )
    stored_one = stored_article(store, NSL, "1").text
    one = stored_one.replace("人民民主专政的政权和中国特色", "中华人民共和国人民民主专政的政权和")
    assert one != stored_one
    two = stored_article(store, NSL, "2").text if second_stored else UNSTORED[script]
    three = stored_article(store, NIL, "7").text.split("\n")[0]
    page = f"中华人民共和国国家安全法\n\n第一条　{one}\n\n第二条　{two}\n\n第三条　{three}\n"
    if script == "traditional":
        page = page.translate(
            str.maketrans(
                "华国条织应当报实维护为卫设进务机关负责规",
                "華國條織應當報實維護為衛設進務機關負責規",
            )
        )
    return page


@pytest.mark.parametrize("script", ["simplified", "traditional", "english"])
def test_a_page_with_another_text_of_a_stored_law_is_not_linked_to_it(
    store: Store, checker: Checker, script: str
) -> None:
    """Under a stored law's title, none of the page's headings heads the stored article of its
    number and one heads another stored article's exact words: the page holds another text of
    the law (the repealed 1993 National Security Law under the 2015 law's title). Its near-copy
    is not linked; the other article's words keep their link, but their heading is no
    accusation (``unverified``)."""
    quotes = checker.check_text(_another_text(store, script, second_stored=False)).quotes
    near_number, exact_at = ("33", (GDPR, "31")) if script == "english" else ("1", (NIL, "7"))
    near = [q for q in quotes if q.cited_as and q.cited_as.article == near_number]
    assert near and all(where(q) is None for q in near), [(q.text, q.verdict) for q in quotes]
    assert any("another text of the law" in n for q in near for n in q.notes)
    exact = [q for q in quotes if where(q) == exact_at]
    assert exact and all(q.attribution == "unverified" for q in exact)
    assert all(q.attribution != "misattributed" for q in quotes)


@pytest.mark.parametrize("script", ["simplified", "traditional", "english"])
def test_a_page_whose_other_article_is_the_stored_one_keeps_its_links(
    store: Store, checker: Checker, script: str
) -> None:
    """The same page, but its second heading heads the stored article of that number word for
    word: the page's text is the stored law's, so the near-copy is linked (altered) and the
    other article's words under a third heading are a misnumbering."""
    quotes = checker.check_text(_another_text(store, script, second_stored=True)).quotes
    statute, number = (GDPR, "33") if script == "english" else (NSL, "1")
    near = [q for q in quotes if where(q) == (statute, number)]
    assert [q.verdict for q in near] == ["altered"], [(q.text, q.verdict) for q in quotes]
    assert not any("another text" in n for q in quotes for n in q.notes)


@pytest.mark.parametrize(
    ("script", "cited"),
    [
        ("english", "Article 33 of the Commission's proposal for the GDPR read: “{en}”"),
        ("english", "Article 33 of the draft GDPR read: “{en}”"),
        ("simplified", "国家情报法草案于2017年5月公布。草案第七条规定：“{zh}”"),
        ("traditional", "《國家情報法（草案）》第七條規定：「{zh}」"),
    ],
)
def test_a_draft_with_the_stored_law_s_name_and_number_does_not_agree_with_it(
    store: Store, checker: Checker, script: str, cited: str
) -> None:
    """A draft or proposal of a stored law, cited by the same article number: its name is the
    stored law's, but it is not the law in force. A near-copy is not linked, and even the stored
    words exactly are only ``unverified`` against it, never ``consistent``."""
    en, zh = gdpr33_changed(store), nil7_changed(store, script)
    (near,) = checker.check_text(cited.format(en=en, zh=zh)).quotes
    assert where(near) is None and near.attribution == "unverified", near.notes
    assert any(n.startswith("not linked: cited as") for n in near.notes), near.notes
    exact_en = " ".join(
        stored_article(store, GDPR, "33").text.split("\n")[0].split("1.", 1)[1].split()
    )
    exact_zh = stored_article(store, NIL, "7").text.split("\n")[0]
    (exact,) = checker.check_text(cited.format(en=exact_en, zh=exact_zh)).quotes
    assert where(exact) == ((GDPR, "33") if script == "english" else (NIL, "7"))
    assert exact.attribution == "unverified"


# --- a lead-in whose subject is a draft -------------------------------------------------------


@pytest.mark.parametrize(
    ("lead_in", "draft"),
    [
        ("The Commission proposed the AI Act in 2021. The proposal says: ", "The proposal"),
        (
            "The AI Act was adopted in 2024. Article 52 of the 2021 proposal reads that ",
            "the 2021 proposal",
        ),
        ("The Commission's text, however, states: ", "Commission's text"),
        # the Commission proposal (no possessive), and a commentary's abbreviation of it
        (
            "The term was not defined before. The Commission proposal defined it as ",
            "The Commission proposal",
        ),
        ("The term was not defined by the DPD. The Comm-P defined the term as any ", "Comm-P"),
        ("国家情报法于2017年通过。此前公布的草案第七条规定：", "草案"),
        ("國家情報法於2017年通過。此前公布的徵求意見稿寫道：", "徵求意見稿"),
        # The law itself is the subject, a draft only mentioned beside it.
        ("The AI Act, which replaced the 2021 proposal, says: ", None),
        ("The AI Act was adopted in 2024. It says: ", None),
        ("国家情报法于2017年通过，取代了草案。该法第七条规定：", None),
        ("國家情報法於2017年通過。該法第七條規定：", None),
    ],
)
def test_the_draft_a_lead_in_speaks_of(lead_in: str, draft: str | None) -> None:
    assert draft_lead_in(lead_in + "“…”", len(lead_in) + 1) == draft


@pytest.mark.parametrize(
    ("script", "page"),
    [
        ("english", "The GDPR was proposed in 2012. The proposal said: “{en}”"),
        ("simplified", "国家情报法于2017年通过。此前公布的草案第七条规定：“{zh}”"),
        ("traditional", "國家情報法於2017年通過。此前公布的草案第七條規定：「{zh}」"),
    ],
)
def test_a_quotation_a_draft_says_is_the_draft_s(
    store: Store, checker: Checker, script: str, page: str
) -> None:
    """The law is named before; the lead-in's subject is its draft ("The proposal said:",
    草案第七条规定：). The quotation is the draft's: a near-copy is not linked, never
    ``consistent`` with the law in force."""
    en, zh = gdpr33_changed(store), nil7_changed(store, script)
    (quote,) = checker.check_text(page.format(en=en, zh=zh)).quotes
    assert where(quote) is None and quote.attribution == "unverified", quote.notes
    assert any("a draft of" in n for n in quote.notes)
    # The law itself saying it: linked.
    said = page.replace("The proposal said", "It says").replace("此前公布的草案", "")
    (linked,) = checker.check_text(said.format(en=en, zh=zh)).quotes
    assert where(linked) is not None and linked.verdict == "altered"


@pytest.mark.parametrize(
    ("script", "page", "heading"),
    [
        ("english", "Article 33\n\n1. {en}", "Article 33"),
        ("simplified", "第七条\n{zh}", "第七条"),
        ("traditional", "第七條　{zh}", "第七條"),
    ],
)
def test_text_under_a_bare_heading_is_cited_by_it_but_cannot_be_checked(
    store: Store, checker: Checker, script: str, page: str, heading: str
) -> None:
    """A reproduction under an article heading whose law the page never names: cited by the
    number, but the citation cannot be checked — ``unverified``, not ``uncited``; the link is
    the words'. The same words in the writer's prose, under no heading, are ``uncited``."""
    en = " ".join(stored_article(store, GDPR, "33").text.split("\n")[0].split("1.", 1)[1].split())
    zh = stored_article(store, NIL, "7").text.split("\n")[0]
    if script == "traditional":
        zh = zh.translate(str.maketrans("组织应当国报协", "組織應當國報協"))
    (quote,) = checker.check_text(page.format(en=en, zh=zh)).quotes
    assert where(quote) == ((GDPR, "33") if script == "english" else (NIL, "7"))
    assert quote.attribution == "unverified"
    assert quote.cited_as is not None and quote.cited_as.text == heading
    assert any("whose law the page does not name" in n for n in quote.notes), quote.notes
    prose = "Some background first.\n\n" + (en if script == "english" else zh)
    (uncited,) = checker.check_text(prose).quotes
    assert uncited.attribution == "uncited"
