"""Articles cited by number without 제 in Korean (33조, 6조는, 702조), and the names Korean,
Japanese and Chinese reporting gives a US act's section with its number (issue 14, heldout19:
Korean news of the Foreign Relations Law citing "대외관계법은 33조에", "6조는", "해당 법 8조는";
Korean posts on FISA's "702조"; 米通商法301条, 무역법 301조, 《外国情报监控法》第702条 — each read
as no citation, or as a law with no article).

The rules are data: the grammar's ``ko-article-bare`` template (statutes/grammar/ko.yaml), the
Foreign Relations Law's Korean name 대외관계법 (an alias), and the sections' cited forms in
the statutes' ``cited_as`` (19 U.S.C. 2411, 50 U.S.C. 1881a). Each is taken out in turn and the
same sentences lose their citations. 조 is also "trillion": a sum of money stays no article.
English and Chinese sentences are read as before. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from grammar_off import finder_without
from stored import cited_over, shipped_store_with, store_without_aliases

from lawref.citations.find import CitationFinder
from lawref.citations.templates import CitationGrammar, load_grammar
from lawref.store.files import Store, shipped_store_path

FRL = "cn-foreign-relations-law"
AI_ACT = "eu-ai-act"
FISA_702 = "us-50-usc-1881a"
SECTION_301 = "us-19-usc-2411"
NEW_NAMES = {FRL: {"대외관계법"}}
NEW_CITED_AS = {
    SECTION_301: {"通商法301条", "1974年通商法301条", "무역법 301조", "통상법 301조"},
    FISA_702: {"外国情报监视法第702条", "外国情报监控法第702条"},
}


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(FRL, AI_ACT, FISA_702, SECTION_301)


def _without_bare_articles(store: Store) -> CitationFinder:
    return finder_without(store, "ko-article-bare")


def _without_cited_as(store: Store) -> Store:
    bare = Store(roots=list(store.roots))
    for statute in store:
        dropped = NEW_CITED_AS.get(statute.id, set())
        articles = [
            a.model_copy(update={"cited_as": [c for c in a.cited_as if c not in dropped]})
            for a in statute.articles
        ]
        bare.add(statute.model_copy(update={"articles": articles}), store.files[statute.id])
    return bare


# (text, the words a citation is over, the (statute, article) cited there)
BARE_ARTICLES = [
    ("중국의 대외관계법은 33조에 반격 조치를 규정했다.", "33조", (FRL, "33")),
    ("대외관계법이 통과됐다. 6조는 국가의 책임을 규정한다.", "6조", (FRL, "6")),
    ("대외관계법이 시행된다. 해당 법 8조는 책임을 묻는다.", "8조", (FRL, "8")),
    ("대외관계법 33조 위반이 문제다.", "33조", (FRL, "33")),
    ("미국 해외정보감시법(FISA) 702조는 2008년에 생겼다.", "702조", (FISA_702, "1881a")),
    ("FISA가 연장됐다. 702조 권한이 논란이다.", "702조", (FISA_702, "1881a")),
]


@pytest.mark.parametrize(("text", "words", "expected"), BARE_ARTICLES)
def test_a_bare_korean_article_number_is_cited(
    store: Store, text: str, words: str, expected: tuple[str, str]
) -> None:
    assert expected in cited_over(CitationFinder(store), text, words)
    assert expected not in cited_over(_without_bare_articles(store), text, words)


# 조 as "trillion", and forms read as before (English, Chinese, Korean with 제)
NOT_ARTICLES = [
    ("대외관계법이 통과됐다. 투자액은 3조 원이다.", "3조"),
    ("대외관계법이 통과됐다. 시장 규모는 5조에 달한다.", "5조"),
    ("대외관계법이 통과됐다. 예산은 1조2000억 원이다.", "1조"),
    ("대외관계법이 통과됐다. 수출이 2조 달러를 넘었다.", "2조"),
]


@pytest.mark.parametrize(("text", "words"), NOT_ARTICLES)
def test_a_sum_of_money_is_no_article(store: Store, text: str, words: str) -> None:
    assert {a for _, a in cited_over(CitationFinder(store), text, words)} <= {None}


AS_BEFORE = [
    ("대외관계법 제33조는 반격 조치를 규정한다.", "제33조", (FRL, "33")),
    ("《对外关系法》第三十三条规定了反制措施。", "第三十三条", (FRL, "33")),
    ("《對外關係法》第三十三條規定了反制措施。", "第三十三條", (FRL, "33")),
    ("Article 33 of the Foreign Relations Law allows countermeasures.", "Article 33", (FRL, "33")),
]


@pytest.mark.parametrize(("text", "words", "expected"), AS_BEFORE)
def test_other_forms_read_as_before(
    store: Store, text: str, words: str, expected: tuple[str, str]
) -> None:
    assert expected in cited_over(CitationFinder(store), text, words)
    assert expected in cited_over(_without_bare_articles(store), text, words)


def test_the_korean_name_of_the_foreign_relations_law(store: Store) -> None:
    text = "중국이 대외관계법을 제정했다."
    assert (FRL, None) in cited_over(CitationFinder(store), text, "대외관계법")
    bare = CitationFinder(store_without_aliases(store, NEW_NAMES))
    assert (FRL, None) not in cited_over(bare, text, "대외관계법")


# A US act's section named with the act's name in Japanese, Korean and Chinese: the stored
# section (19 U.S.C. 2411 is held as the section itself; 50 U.S.C. 1881a as its article).
SECTIONS = [
    ("米通商法301条は1974年に定められた。", "米通商法301条", (SECTION_301, None)),
    ("米国1974年通商法301条に基づく調査だ。", "1974年通商法301条", (SECTION_301, None)),
    ("미국 무역법 301조는 보복 관세의 근거다.", "무역법 301조", (SECTION_301, None)),
    ("통상법 301조에 따라 조사가 시작됐다.", "통상법 301조", (SECTION_301, None)),
    ("美国国会延长了《外国情报监控法》第702条。", "第702条", (FISA_702, "1881a")),
    ("美國國會延長了《外國情報監控法》第702條。", "第702條", (FISA_702, "1881a")),
]


@pytest.mark.parametrize(("text", "words", "expected"), SECTIONS)
def test_a_sections_cited_form_names_the_stored_section(
    store: Store, text: str, words: str, expected: tuple[str, str | None]
) -> None:
    assert expected in cited_over(CitationFinder(store), text, words)
    assert expected not in cited_over(CitationFinder(_without_cited_as(store)), text, words)


def test_another_laws_article_of_that_number_is_no_section(store: Store) -> None:
    """刑法第301条 is the Criminal Law's article, not the trade act's section."""
    found = cited_over(CitationFinder(store), "中国刑法第301条规定了一种罪。", "第301条")
    assert all(statute != SECTION_301 for statute, _ in found)


@pytest.fixture(scope="module")
def grammar_without_spaced_ai_act(tmp_path_factory: pytest.TempPathFactory) -> CitationGrammar:
    root = tmp_path_factory.mktemp("ko-ai-off")
    (root / "grammar").mkdir()
    for path in (shipped_store_path() / "grammar").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        if path.name == "ko.yaml":
            assert "      - AI 법\n" in text
            text = text.replace("      - AI 법\n", "")
        (root / "grammar" / path.name).write_text(text, encoding="utf-8")
    return load_grammar([root])


# (text, the words, the (statute, article) read there with the name, and without it)
SPACED_AI_ACT = [
    ("유럽연합(EU)의 AI 법이 시행됐다.", "AI 법", (AI_ACT, None), None),
    ("EU 의회가 AI 법을 통과시켰다.", "AI 법", (AI_ACT, None), None),
    # not right after Korea's own, with the EU's cues
    ("EU와 달리 한국 AI 법은 진흥에 초점을 둔다.", "AI 법", None, None),
]


@pytest.mark.parametrize(("text", "words", "on", "off"), SPACED_AI_ACT)
def test_the_eus_ai_act_spaced_in_korean(
    store: Store,
    grammar_without_spaced_ai_act: CitationGrammar,
    text: str,
    words: str,
    on: tuple[str, None] | None,
    off: tuple[str, None] | None,
) -> None:
    with_name = cited_over(CitationFinder(store), text, words) - {(None, None)}
    without = CitationFinder(store, grammar_without_spaced_ai_act)
    assert with_name == ({on} if on else set())
    assert cited_over(without, text, words) - {(None, None)} == ({off} if off else set())
