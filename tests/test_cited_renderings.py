"""Citation-guided cross-lingual links (issue 14): English words that a citation says render an
article of a stored Chinese statute are checked against that article's original with a lower bar
than open retrieval, and are reported as `paraphrase` (or `altered`), never verbatim.

- English under an article heading ("Article 21 The State …", "Article 38⏎⏎Where …",
  "第二十一條 The State …") is found without quotation marks (pipeline/headed.py);
- a quoted rendering whose citation names one of two articles that explain it equally well is
  linked to the cited one (the same words in two versions under two numbers: without the
  citation, linked as a quotation of the Chinese words is);
- a citation of an article that the words clearly do not render links nothing and accuses nobody;
- a text only `altered` against another article's stored rendering renders the article its
  heading names when that article's original carries it.

The English renderings are tests/data/xling_renderings.yaml's (written for the tests from the
Chinese texts), set out here as a page of a translated law would be; not the real-world passages.
"""

from __future__ import annotations

import pytest
from own_renderings import own_renderings, store_of_rendered_laws
from stored import stored_rendering

from lawref.pipeline.checker import Checker
from lawref.pipeline.headed import headed_renderings, headed_text
from lawref.report import Quote
from lawref.spans import CitationSpan
from lawref.store.files import Store
from lawref.text.numerals import int_to_cn
from lawref.xling.evidence import MISSING_NOTE, missing_dependencies
from lawref.xling.link import CrossLingualLinker

pytestmark = pytest.mark.skipif(bool(missing_dependencies()), reason=MISSING_NOTE)

NIL = "cn-national-intelligence-law"
CSL = "cn-cybersecurity-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return store_of_rendered_laws()


def rendering(statute: str, article: str) -> str:
    return next(
        e["text"] for e in own_renderings() if (e["statute"], e["article"]) == (statute, article)
    )


def linked(quote: Quote) -> tuple[str, str] | None:
    if quote.match is None or quote.verdict == "unmatched":
        return None
    return quote.match.statute, quote.match.article


# --- English under an article heading -----------------------------------------------------------

LAYOUTS = {
    "inline": "Article {n} {text}",
    "colon": "Article {n}: {text}",
    "heading line": "Article {n}\n\n{text}",
    "heading with caption": "ARTICLE {n}: GENERAL RULES\n\n{text}",
    "markdown heading": "### Article {n}\n{text}",
    "simplified heading": "第{cn}条 {text}",
    "traditional heading": "第{cn}條\n{text}",
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_rendering_under_its_article_heading_is_linked_to_that_article(
    store: Store, checker: Checker, layout: str
) -> None:
    misses = []
    for entry in own_renderings():
        title = store.statutes[entry["statute"]].title_en
        body = LAYOUTS[layout].format(
            n=entry["article"], cn=int_to_cn(int(entry["article"])), text=entry["text"]
        )
        found = checker.check_text(f"{title}\n\n{body}\n").quotes
        hit = [q for q in found if linked(q) == (entry["statute"], entry["article"])]
        if not hit or any(q.attribution != "consistent" for q in hit):
            misses.append((entry["statute"], entry["article"], [linked(q) for q in found]))
            continue
        # A rendering checked against the original is never called word for word.
        assert all(q.verdict in ("paraphrase", "altered") for q in hit)
        assert all(q.marks == "none" for q in hit)
    # Measured: every rendering of the file, in every layout (the heading settles ties).
    assert misses == []


NOT_RENDERINGS = [
    # the writer's sentence starting with the citation
    "Article 7 requires every organization and citizen to support national intelligence work.",
    "Article 7 was cited by several governments when they excluded Huawei from their networks.",
    # a heading, then commentary
    "Article 7\n\nThis is the provision critics quote most often, although officials in Beijing "
    "say it creates no duty to spy on anyone abroad.",
    "第七条\nCritics call it a blank cheque, but the ministry says it has never been used abroad.",
    # a heading, then a spokesperson's statement built of the law's vocabulary
    "ARTICLE 7: DUTIES\n\nThe spokesperson said that the government protects the lawful rights "
    "and interests of individuals and organizations and acts in accordance with law.",
    # the citation not at the start of its line
    "As Article 7 puts it, All organizations and citizens shall support intelligence work.",
]


@pytest.mark.parametrize("body", NOT_RENDERINGS)
def test_text_under_a_heading_that_renders_nothing_is_not_reported(
    store: Store, checker: Checker, body: str
) -> None:
    title = store.statutes[NIL].title_en
    found = checker.check_text(f"{title}\n\n{body}\n").quotes
    assert [q for q in found if q.marks == "none"] == []


@pytest.mark.parametrize("heading", ["Article {n} ", "Article {n}\n\n", "第{cn}条 "])
def test_a_heading_naming_another_article_is_not_linked_to_it_and_accuses_nobody(
    store: Store, checker: Checker, heading: str
) -> None:
    # The Cybersecurity Law's Art. 21 set under the heading of Art. 24 (tiered protection is no
    # part of real-name registration).
    title = store.statutes[CSL].title_en
    text = heading.format(n=24, cn=int_to_cn(24)) + rendering(CSL, "21")
    found = checker.check_text(f"{title}\n\n{text}\n").quotes
    assert all(linked(q) != (CSL, "24") for q in found)
    assert all(q.attribution != "misattributed" for q in found)


# Where a heading's text lies (pipeline/headed.py), by layout: the words expected, or None.
HEADED = [
    ("Article 1 This Law is enacted to protect.", "Article 1", "This Law is enacted to protect."),
    ("Article 1: This Law is enacted.", "Article 1", "This Law is enacted."),
    ("Article 1 — This Law is enacted.", "Article 1", "This Law is enacted."),
    ("ARTICLE 21: SECESSION\n\nA person who incites.", "ARTICLE 21", "A person who incites."),
    (
        "Article 38\n\nWhere a processor needs.\n\n(I) where …",
        "Article 38",
        "Where a processor needs.",
    ),
    ("**Article 9** To safeguard security.", "Article 9", "To safeguard security."),
    ("第二十一条 The State implements.", "第二十一条", "The State implements."),
    ("Article 7 requires all organizations.", "Article 7", None),
    ("As Article 7 says, All organizations.", "Article 7", None),
    ("Article 5\n\nArticle 6 The State.", "Article 5", None),
    ("Article 5", "Article 5", None),
]


@pytest.mark.parametrize(("text", "cited", "expected"), HEADED)
def test_where_the_text_a_heading_heads_lies(text: str, cited: str, expected: str | None) -> None:
    citations = []
    for words in dict.fromkeys([cited, "Article 6"]):
        at = text.find(words)
        if at >= 0:
            citations.append(CitationSpan(words, at, at + len(words), NIL, words.split()[-1]))
    place = headed_text(text, citations[0], {c.start for c in citations})
    assert (text[place[0] : place[1]] if place else None) == expected


# --- quoted renderings with a citation of the article ---------------------------------------------

# The Cybersecurity Law's guarantee of the right to use networks is Art. 12 of the 2016 text and
# Art. 13 of the 2025 text: the words explain both articles equally well.
NETWORK_RIGHT = (
    "the right of citizens, legal persons and other organizations to use the network in "
    "accordance with law"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (f"The Cybersecurity Law's Article 12 guarantees “{NETWORK_RIGHT}”.", (CSL, "12")),
        (
            f"Under Article 13 of the Cybersecurity Law, the State guarantees “{NETWORK_RIGHT}”.",
            (CSL, "13"),
        ),
        (f"《网络安全法》第十二条保障“{NETWORK_RIGHT}”。", (CSL, "12")),
        (f"《網絡安全法》第十三條保障“{NETWORK_RIGHT}”。", (CSL, "13")),
        # Without an article, the two numbers are one text's in two versions, no rival for each
        # other: linked as a quotation of the Chinese words is, to the 2016 number
        # (tests/test_bare_heading_renderings.py).
        (f"The Cybersecurity Law guarantees “{NETWORK_RIGHT}”.", (CSL, "12")),
    ],
)
def test_a_citation_picks_one_of_two_articles_the_words_render(
    checker: Checker, sentence: str, expected: tuple[str, str] | None
) -> None:
    found = [q for q in checker.check_text(sentence).quotes if q.text.startswith("the right")]
    assert len(found) == 1
    assert linked(found[0]) == expected
    if expected is not None:
        assert found[0].verdict == "paraphrase"
        assert found[0].attribution == "consistent"


@pytest.mark.parametrize(
    ("article", "cited"),
    [("10", "14"), ("12", "14"), ("16", "14"), ("19", "7")],
)
def test_a_citation_the_words_clearly_do_not_render_links_nothing_and_accuses_nobody(
    checker: Checker, article: str, cited: str
) -> None:
    # The cited article shares some vocabulary with the words (it scores as a plausible source)
    # but another article explains them far better: no link to the cited article, and no
    # accusation resting on a cross-lingual score alone.
    words = rendering(NIL, article)
    for sentence in (
        f"Article {cited} of the National Intelligence Law reads: “{words}”",
        f"《国家情报法》第{int_to_cn(int(cited))}条写道：“{words}”",
    ):
        found = checker.check_text(sentence).quotes
        assert found, sentence
        assert all(linked(q) != (NIL, cited) for q in found)
        assert all(q.attribution != "misattributed" for q in found)
    # Cited rightly, the same words are linked.
    right = checker.check_text(
        f"Article {article} of the National Intelligence Law reads: “{words}”"
    )
    assert [linked(q) for q in right.quotes] == [(NIL, article)]
    assert right.quotes[0].attribution == "consistent"


# --- an altered match to another article's rendering --------------------------------------------


@pytest.mark.parametrize(
    "layout", ["Article 15\n\n{text}", "Article 15 {text}", "第十五条 {text}", "第十五條\n{text}"]
)
def test_a_phrase_shared_with_another_articles_rendering_yields_to_the_cited_article(
    store: Store, checker: Checker, layout: str
) -> None:
    # Art. 15's rendering shares "in accordance with relevant state provisions, national
    # intelligence work institutions may" with a stored rendering of Art. 18: the reproduction
    # scan finds that phrase, altered against Art. 18; under Art. 15's heading, Art. 15's
    # original carries the whole sentence.
    words = rendering(NIL, "15")
    title = store.statutes[NIL].title_en
    found = checker.check_text(f"{title}\n\n{layout.format(text=words)}\n").quotes
    assert [linked(q) for q in found] == [(NIL, "15")]
    assert found[0].text == words
    assert found[0].verdict == "paraphrase"
    assert found[0].attribution == "consistent"
    assert any("cross-lingually" in note for note in found[0].notes)


# --- quotations inside a quoted sentence ---------------------------------------------------------


@pytest.mark.parametrize(
    "layout",
    [
        # a YAML value in double quotes holding the law's words in single ones
        "summary: \"China's National Intelligence Law is broad: Article 7 says citizens '{words}' "
        "while critics call it 'a blank cheque'.\"",
        # curly marks, the outer sentence a speaker's
        "“Under the National Intelligence Law, Article 7 obliges everyone to ‘{words}’, and that "
        "worries investors,” the analyst said.",
        "分析人士说：“《国家情报法》第七条要求‘{words}’，这令投资者担忧。”",
    ],
)
def test_the_law_quoted_inside_a_quoted_sentence_is_the_inner_quotation(
    store: Store, checker: Checker, layout: str
) -> None:
    # The first clause of a published rendering of NIL Art. 7 (the store's, not retyped).
    full = stored_rendering(store, NIL, "7", "NIL7-CLT")
    words = full[full.index("support") : full.index(" in accordance")]
    found = checker.check_text(layout.format(words=words)).quotes
    inner = [q for q in found if q.text == words]
    assert len(inner) == 1
    assert linked(inner[0]) == (NIL, "7")
    assert inner[0].attribution == "consistent"
    assert all(linked(q) is None for q in found if q.text != words)


def test_an_apostrophe_opens_no_inner_quotation(checker: Checker) -> None:
    text = (
        "note: \"China's law isn't what its critics' summaries say, the ministry's spokesman "
        'insisted at length in Beijing."'
    )
    found = checker.check_text(text).quotes
    assert all(q.text.startswith("China") for q in found)


# --- Japanese renderings -------------------------------------------------------------------------

# Japanese renderings of NIL Arts. 7 and 8, written for these tests from the Chinese text.
JA7 = (
    "いかなる組織及び公民も、法に基づき国家の情報活動を支持し、協力し、"
    "知り得た国家情報活動の秘密を守らなければならない"
)
JA8 = "国家の情報活動は法に基づいて行い、人権を尊重し保障し、個人と組織の合法的権益を守らなければならない"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"国家情報法の第7条は『{JA7}』と定めている。", [(JA7, "7")]),
        (f"国家情報法の第8条は『{JA8}』と定めている。", [(JA8, "8")]),
        # a spokesperson's sentence holding both, each after its own citation
        (
            f"報道官は「国家情報法第7条は『{JA7}』と規定しているが、第8条は『{JA8}』と定めている」と述べた。",
            [(JA7, "7"), (JA8, "8")],
        ),
        # the wrong article cited: no link to it, and no accusation from shared kanji
        (f"国家情報法の第8条は『{JA7}』と定めている。", [(JA7, None)]),
        # no article cited: a Japanese quotation is never linked by open retrieval
        (f"ある法律は『{JA7}』と定めている。", [(JA7, None)]),
        # the speaker's own words next to the citation
        (
            "報道官は国家情報法第7条について「この法律を全面的かつ正確に理解してほしい、"
            "他国を非難する根拠にはならない」と述べた。",
            [("この法律を全面的かつ正確に理解してほしい、他国を非難する根拠にはならない", None)],
        ),
    ],
)
def test_a_japanese_rendering_is_checked_against_the_cited_article(
    checker: Checker, text: str, expected: list[tuple[str, str | None]]
) -> None:
    found = checker.check_text(text).quotes
    got = [(q.text, linked(q)[1] if linked(q) else None) for q in found]
    assert got == expected
    for quote in found:
        assert quote.attribution != "misattributed"
        if linked(quote):
            assert quote.verdict == "paraphrase"
            assert any("Japanese rendering" in note for note in quote.notes)


# --- bounded work on hostile text ------------------------------------------------------------------


class CountingLinker:
    """Stands in for the cross-lingual linker: counts the checks and links nothing."""

    def __init__(self) -> None:
        self.calls = 0

    def cited(self, quote: str, citation: CitationSpan | None, *, unquoted: bool = False) -> None:
        self.calls += 1


def test_headings_checked_in_one_document_are_bounded() -> None:
    lines, citations, at = [], [], 0
    for n in range(3000):
        line = f"Article {n} This Law is enacted to protect the rights of everyone everywhere."
        citations.append(CitationSpan(f"Article {n}", at, at + len(f"Article {n}"), NIL, str(n)))
        lines.append(line)
        at += len(line) + 1
    text = "\n".join(lines)
    linker = CountingLinker()
    assert headed_renderings(text, [], citations, linker, {}) == []  # type: ignore[arg-type]
    assert 0 < linker.calls <= 400


def test_a_heading_before_an_endless_line_heads_nothing() -> None:
    text = "Article 7 " + "This Law is enacted. " * 50_000
    citation = CitationSpan("Article 7", 0, 9, NIL, "7")
    assert headed_text(text, citation, {0}) is None
    # nor does a citation far into a line with no line start near it
    text = "word " * 50_000 + "Article 7 This Law is enacted to protect everyone."
    at = text.index("Article 7")
    citation = CitationSpan("Article 7", at, at + 9, NIL, "7")
    assert headed_text(text, citation, {at}) is None


def test_a_heading_of_a_statute_that_is_not_chinese_reads_no_cross_lingual_index(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    if store.get("eu-gdpr") is None:
        pytest.skip("the shipped store lacks the GDPR")
    linker = CrossLingualLinker(store)

    def unexpected() -> None:
        raise AssertionError("the cross-lingual index was read for an English statute")

    monkeypatch.setattr(linker, "_get_index", unexpected)
    words = "Personal data shall be processed fairly and in a transparent manner by everyone."
    citation = CitationSpan("Article 5", 0, 9, "eu-gdpr", "5")
    assert linker.cited(words, citation, unquoted=True) is None
