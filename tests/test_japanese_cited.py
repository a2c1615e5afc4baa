"""Japanese sentences that render a Chinese article and cite it in the same sentence, without
quotation marks (issue 14, the seventh held-out set's linking recall: pipeline/japanese_cited.py).

"…保護する(第7条)。" and "同法は、第十条で、…旨規定している" give the article's content in the
writer's Japanese and name the article: the words are checked against that article by the kanji
they share and linked as a `paraphrase`. A Japanese sentence that cites an article but renders
nothing of it is not linked; nor is one set beside another article than the one it renders. An
English or Chinese sentence is not this rule's (English is read by the cross-lingual check, a
Chinese reproduction by the reuse scan). The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from lawref.pipeline.checker import Checker
from lawref.pipeline.japanese_cited import japanese_cited_renderings
from lawref.quotes.find import find_quotes
from lawref.store.load import load_store

NIL = "cn-national-intelligence-law"


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(load_store())


RENDER_7 = (
    "すべての組織と公民は、法に従い国家情報工作を支持、協助、配合し、知り得た国家情報工作の秘密を"
    "保守しなければならない"
)
RENDER_10 = "国家情報工作機構は、工作の必要に応じ、法に従い必要な方式、手段及び渠道を使い、境内外で情報工作を行う"

# (text, the rendering's words, the article it is linked to; None: nothing found)
CASES: list[tuple[str, str, str | None]] = [
    # Japanese: the article in brackets right after the words.
    ("中国国家情報法について。\n" + RENDER_7 + "(第7条)。", RENDER_7, "7"),
    # Japanese: "in Article 10, … it provides" — the frame left out.
    (
        "中国国家情報法が施行された。同法は、第十条で、" + RENDER_10 + "旨規定している。",
        RENDER_10,
        "10",
    ),
    # Japanese words that render nothing of the article they cite.
    (
        "中国国家情報法について。\n日本の企業にも大きな影響があると多くの専門家が指摘している(第7条)。",
        "日本の企業にも大きな影響があると多くの専門家が指摘している",
        None,
    ),
    # A rendering of Article 10 set beside Article 7: only the cited article is tried.
    ("中国国家情報法について。\n" + RENDER_10 + "(第7条)。", RENDER_10, None),
    # English and Chinese (Simplified, Traditional) are not this rule's.
    (
        "The National Intelligence Law says so.\nAll organizations and citizens shall support "
        "national intelligence work (Article 7).",
        "All organizations and citizens shall support national intelligence work",
        None,
    ),
    (
        "《国家情报法》规定，任何组织和公民都应当依法支持国家情报工作(第七条)。",
        "任何组织和公民都应当依法支持国家情报工作",
        None,
    ),
    (
        "《國家情報法》規定，任何組織和公民都應當依法支持國家情報工作(第七條)。",
        "任何組織和公民都應當依法支持國家情報工作",
        None,
    ),
]


@pytest.mark.parametrize(("text", "words", "article"), CASES)
def test_a_japanese_rendering_cited_in_its_sentence(
    checker: Checker, text: str, words: str, article: str | None
) -> None:
    citations = checker.finder.find(text)
    found = japanese_cited_renderings(text, find_quotes(text, ()), citations, checker.xling)
    linked = [
        (h.span.text, h.result.match.statute, h.result.match.article)
        for h in found
        if h.result.match is not None
    ]
    assert linked == ([(words, NIL, article)] if article else [])
    for h in found:
        assert h.result.verdict == "paraphrase"  # a rendering accuses no citation


def test_the_checker_reports_the_rendering(checker: Checker) -> None:
    text = "中国国家情報法について。\n" + RENDER_7 + "(第7条)。"
    document = checker.check_text(text, "ja")
    found = [q for q in document.quotes if q.text == RENDER_7]
    assert len(found) == 1
    quote = found[0]
    assert quote.verdict == "paraphrase"
    assert quote.match is not None and (quote.match.statute, quote.match.article) == (NIL, "7")
    assert quote.attribution == "consistent"


# A citation in brackets at a quotation's very end is the writer's, not the quoted words: without
# 第 too, as Japanese writes it ("…(2条)」"; lawref/quotes/closing_citation.py ``_CITED_AT_END``).
AT_END: list[tuple[str, str]] = [
    ("「" + RENDER_7 + "(7条)」とする。", RENDER_7),
    ("「" + RENDER_7 + "(第7条)」とする。", RENDER_7),
    (
        "“任何组织和公民都应当依法支持、协助和配合国家情报工作(第七条)”",
        "任何组织和公民都应当依法支持、协助和配合国家情报工作",
    ),
    (
        "“任何組織和公民都應當依法支持、協助和配合國家情報工作(七條)”",
        "任何組織和公民都應當依法支持、協助和配合國家情報工作",
    ),
    (
        "“All organizations and citizens shall support national intelligence work (Article 7).”",
        "All organizations and citizens shall support national intelligence work",
    ),
]


@pytest.mark.parametrize(("text", "words"), AT_END)
def test_a_citation_at_a_quotations_end_is_left_out(text: str, words: str) -> None:
    assert [q.text for q in find_quotes(text, ())] == [words]


def test_the_quotations_citation_links_a_japanese_rendering(checker: Checker) -> None:
    text = "中国国家情報法について。\n「" + RENDER_7 + "(7条)」とする。"
    quotes = checker.check_text(text, "ja").quotes
    assert [(q.text, q.verdict, q.match and q.match.article) for q in quotes] == [
        (RENDER_7, "paraphrase", "7")
    ]
