"""English renderings of a Chinese article under a bare heading (issue 14, recall): a page that
sets a translated law out article by article ("Article 28⏎⏎Sensitive personal information
refers to …") and never names the law. Without a stored English text and without a citation of
the statute, neither the quote finder, the reuse scan nor the citation-guided check sees these
(pipeline/headed.py); they are checked by open retrieval in which the heading's number stands in
for the lead over the next article (xling/link.py ``numbered``), and cited by the bare heading
(``unverified``: the page does not say which law).

Also here: a term the headed text itself quotes ('the term "data"') does not keep the rendering
from being checked; and the same words of a renumbered revision (the Cybersecurity Law's Art. 12
of 2016 is Art. 13 of 2025) are no rival for an open-retrieval link, so an English rendering of
them links as a Chinese quotation of them does.

The English renderings are tests/data/xling_renderings.yaml's (written for the tests from the
Chinese texts), set out as a page of a translated law would be; not the real-world passages.
"""

from __future__ import annotations

import pytest
from own_renderings import own_renderings, store_of_rendered_laws

from lawref.pipeline.checker import Checker
from lawref.report import Quote
from lawref.store.files import Store
from lawref.text.numerals import int_to_cn
from lawref.xling.evidence import MISSING_NOTE, missing_dependencies

pytestmark = pytest.mark.skipif(bool(missing_dependencies()), reason=MISSING_NOTE)

CSL = "cn-cybersecurity-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return store_of_rendered_laws()


def renderings() -> list[tuple[str, str, str]]:
    return [(e["statute"], e["article"], e["text"]) for e in own_renderings()]


def linked(quote: Quote) -> tuple[str, str] | None:
    if quote.match is None or quote.verdict == "unmatched":
        return None
    return quote.match.statute, quote.match.article


# The heading layouts of translated laws on the web, in English and in Simplified and
# Traditional Chinese; the page names no law.
LAYOUTS = {
    "inline": "Article {n} {text}",
    "colon": "Article {n}: {text}",
    "heading line": "Article {n}\n\n{text}",
    "markdown heading": "### Article {n}\n{text}",
    "simplified heading": "第{cn}条 {text}",
    "traditional heading": "第{cn}條\n{text}",
}


def page(layout: str, article: str, text: str) -> str:
    body = LAYOUTS[layout].format(n=article, cn=int_to_cn(int(article)), text=text)
    return f"Unofficial translation\n\n{body}\n"


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_rendering_under_a_bare_heading_is_linked_to_the_article_of_that_number(
    checker: Checker, layout: str
) -> None:
    misses = []
    for statute, article, text in renderings():
        found = checker.check_text(page(layout, article, text)).quotes
        if all(linked(q) != (statute, article) for q in found):
            misses.append((statute, article, [linked(q) for q in found]))
            continue
        # The text the heading heads (unless a stored English rendering of the same article
        # explains a part of it already: that reproduction keeps its place) is checked against
        # the original, so never word for word, and cited by a heading whose law the page does
        # not name, so the citation cannot be checked.
        for quote in found:
            if quote.text.startswith(text[:40]):
                assert linked(quote) == (statute, article)
                assert quote.verdict in ("paraphrase", "altered")
                assert quote.marks == "none"
                assert quote.attribution == "unverified"
    # Measured: every rendering of the file, in every layout.
    assert misses == []


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_rendering_under_a_bare_heading_of_another_number_is_not_linked(
    checker: Checker, layout: str
) -> None:
    # The Cybersecurity Law's Art. 21 (tiered protection) under the number of Art. 24, and the
    # Data Security Law's Art. 35 under 36: the number does not stand in for the lead, and
    # nothing else carries an open link of unquoted text.
    for statute, article, wrong in [(CSL, "21", "24"), ("cn-data-security-law", "35", "36")]:
        text = next(t for s, a, t in renderings() if (s, a) == (statute, article))
        found = checker.check_text(page(layout, wrong, text)).quotes
        assert [linked(q) for q in found if linked(q)] == []
        assert all(q.attribution != "misattributed" for q in found)


# Commentary under a bare heading, in the law's vocabulary: not a rendering of anything.
NOT_RENDERINGS = [
    "Article 7\n\nThis is the provision critics quote most often, although officials in Beijing "
    "say it creates no duty to spy on anyone abroad.",
    "第七条\nCritics call it a blank cheque, but the ministry says it has never been used abroad.",
    "第二十八條\nThe spokesperson said that the government protects the lawful rights and "
    "interests of individuals and organizations and acts in accordance with law.",
]


@pytest.mark.parametrize("body", NOT_RENDERINGS)
def test_commentary_under_a_bare_heading_is_not_reported(checker: Checker, body: str) -> None:
    found = checker.check_text(f"Notes\n\n{body}\n").quotes
    assert [q for q in found if q.marks == "none"] == []


# A rendering that quotes a term of its own: the quoted word is part of the article's text.
QUOTED_TERMS = [
    # (layout, statute, article, the word the rendering puts in quotation marks)
    ("inline", "cn-personal-information-protection-law", "13", "personal information"),
    ("heading line", "cn-data-security-law", "21", "data"),
    ("simplified heading", "cn-national-intelligence-law", "11", "intelligence"),
    ("traditional heading", CSL, "21", "tiered protection system"),
]


@pytest.mark.parametrize(("layout", "statute", "article", "term"), QUOTED_TERMS)
def test_a_term_the_rendering_quotes_does_not_keep_it_from_being_checked(
    store: Store, checker: Checker, layout: str, statute: str, article: str, term: str
) -> None:
    text = next(t for s, a, t in renderings() if (s, a) == (statute, article))
    assert term in text
    text = text.replace(term, f"“{term}”", 1)
    title = store.statutes[statute].title_en
    body = LAYOUTS[layout].format(n=article, cn=int_to_cn(int(article)), text=text)
    found = checker.check_text(f"{title}\n\n{body}\n").quotes
    hit = [q for q in found if linked(q) == (statute, article)]
    assert len(hit) == 1
    assert hit[0].marks == "none" and term in hit[0].text
    assert hit[0].attribution == "consistent"


# The guarantee of the right to use networks: Art. 12 of the Cybersecurity Law's 2016 text and,
# the same words, Art. 13 of the 2025 text. A quotation of them in either script links to the
# 2016 number (the matcher's choice between the versions); an English rendering now links as
# they do, where the two numbers used to count as two rival articles and nothing was linked.
RENUMBERED = [
    (
        "en",
        "The Cybersecurity Law guarantees “the right of citizens, legal persons and other "
        "organizations to use the network in accordance with law, promoting universal network "
        "access and raising the level of network services”.",
    ),
    (
        "zh-Hans",
        "网络安全法规定：“国家保护公民、法人和其他组织依法使用网络的权利，促进网络接入普及”。",
    ),
    (
        "zh-Hant",
        "網絡安全法規定：「國家保護公民、法人和其他組織依法使用網絡的權利，促進網絡接入普及」。",
    ),
]


@pytest.mark.parametrize(("language", "sentence"), RENUMBERED)
def test_the_same_words_in_a_renumbered_revision_are_no_rival(
    checker: Checker, language: str, sentence: str
) -> None:
    found = checker.check_text(sentence).quotes
    assert len(found) == 1, language
    assert linked(found[0]) == (CSL, "12")
    assert found[0].attribution == "consistent"


# --- a translation set beside its original ----------------------------------------------------------

# A bilingual page: the article's Chinese text, then its English, with or without a caption line.
BESIDE = {
    "captioned": "第{cn}条 {zh}\nEnglish Translation\n{en}\n",
    "blank lines": "Chinese Original\n\n{zh}\n\n{en}\n",
    "traditional caption": "第{cn}條 {zh}\n英文譯文\n{en}\n",  # the original in Traditional
}


def traditional(text: str) -> str:
    """The Simplified text in Traditional script (OpenCC), as a Taiwan or Hong Kong page sets it."""
    import opencc

    return str(opencc.OpenCC("s2t").convert(text))


def one_paragraph_renderings(store: Store) -> list[tuple[str, str, str, str]]:
    """(statute, article, Chinese text, English rendering) for the renderings of one-paragraph
    articles (the Cybersecurity Law's numbers are its 2016 text's)."""
    out = []
    for statute, article, english in renderings():
        stored = store.statutes[statute].article(article, "2016" if statute == CSL else None)
        if stored is not None and "\n" not in stored.text.strip():
            out.append((statute, article, stored.text.strip(), english))
    return out


@pytest.mark.parametrize("layout", list(BESIDE))
def test_a_translation_beside_its_original_is_linked_to_the_same_article(
    store: Store, checker: Checker, layout: str
) -> None:
    cases = one_paragraph_renderings(store)
    assert len(cases) >= 5
    misses = []
    for statute, article, chinese, english in cases:
        if layout.startswith("traditional"):
            chinese = traditional(chinese)
        page = BESIDE[layout].format(cn=int_to_cn(int(article)), zh=chinese, en=english)
        found = checker.check_text(page).quotes
        hit = [q for q in found if q.text.startswith(english[:40])]
        if len(hit) != 1 or linked(hit[0]) != (statute, article):
            misses.append((statute, article, [(linked(q), q.text[:20]) for q in found]))
            continue
        assert hit[0].verdict in ("paraphrase", "altered")
        assert hit[0].marks == "none"
        assert hit[0].attribution != "misattributed"
    # Measured: every one-paragraph article's rendering, in every layout.
    assert misses == []


# Not a translation beside its original: English commentary after the article, and English after
# a Chinese sentence of the writer's that holds the article's words (the line goes on).
NOT_BESIDE = [
    "第二十一条 国家实行网络安全等级保护制度。\nCritics say the tiered system gives the "
    "ministry broad powers over every network operator in the country.\n",
    "文章指出，国家实行网络安全等级保护制度。这一点很重要。\nThe State implements a tiered "
    "protection system for cybersecurity.\n",
]


@pytest.mark.parametrize("page", NOT_BESIDE)
def test_english_after_an_original_that_does_not_render_it_is_not_reported(
    checker: Checker, page: str
) -> None:
    found = checker.check_text(page).quotes
    assert [q for q in found if q.text.isascii()] == []
