"""Two readings of the words in brackets after a reference or a law's name, kept in the citation
grammar's data (issue 14, the twenty-fourth round):

- an article's title in brackets after its number is read past — "Article 56 (Codes of Practice)
  of the EU AI Act", "Articles 53 (Obligations …) and 55 (…) of the AI Act" — so that the article
  (each of a list) joins the law named after the title (en.yaml's token ``article_title``);
  before ", Article 74" a title ends its reference (each titled reference of a list keeps its own
  words), and a law's name or an acronym in brackets is no title. Chinese names the law before
  the article (《人工智能法》第五十六条（行为守则）), so the rule has no Chinese form.
- "(Draft Guidelines)", "(draft Code of Practice)" after a law's name is the short name of
  another instrument's draft, not a draft of the law (joins.yaml's ``draft_after``); "(Draft Law)",
  "(draft)" still are. Chinese puts the instrument before 草案 (《人工智能法》指南草案), which the
  window never read as the law's draft.

Each case runs with the rule on and off: off is the shipped grammar with the rule's words cut out
of its files."""

from __future__ import annotations

import pytest
from grammar_off import grammar_with
from stored import shipped_store_with

from lawref.citations.find import CitationFinder
from lawref.store.files import Store

AI_ACT = "eu-ai-act"
GDPR = "eu-gdpr"
CSL = "cn-cybersecurity-law"
DSL = "cn-data-security-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(AI_ACT, GDPR, CSL, DSL)


@pytest.fixture(scope="module")
def without_titles(store: Store, tmp_path_factory: pytest.TempPathFactory) -> CitationFinder:
    root = tmp_path_factory.mktemp("titles-off")
    return CitationFinder(store, grammar_with(root, "en.yaml", "{article_title}?", ""))


@pytest.fixture(scope="module")
def drafts_of_anything(store: Store, tmp_path_factory: pytest.TempPathFactory) -> CitationFinder:
    root = tmp_path_factory.mktemp("draft-instruments-off")
    words = (
        "(?![ \\t]{1,2}(?:[Gg]uidelines|[Gg]uidance|[Oo]pinions?|[Rr]eports?|[Rr]ecommendations?|"
        "[Ss]tandards?|[Tt]emplates?|[Cc]odes?[ \\t]{1,2}of[ \\t]{1,2}[Pp]ractice)\\b)"
    )
    grammar = grammar_with(root, "joins.yaml", "[Dd]raft\\b" + words, "[Dd]raft\\b")
    return CitationFinder(store, grammar)


def _cited(finder: CitationFinder, text: str) -> set[tuple[str | None, str | None]]:
    return {(c.statute, c.article) for c in finder.find(text) if c.statute is not None}


# (text, the (statute, article) pairs cited with the rule on; off, the articles are not: each text
# names another law first, which a reference that does not reach the law after it is read as)
TITLED = [
    (
        "Unlike the GDPR, the code follows Article 56 (Codes of Practice) of the EU AI Act.",
        {(AI_ACT, "56")},
    ),
    (
        "Beside the GDPR, providers must meet Articles 53 (Duties of Model Providers) and 55 "
        "(Duties for Systemic Risk Models) of the AI Act by August.",
        {(AI_ACT, "53"), (AI_ACT, "55")},
    ),
    (
        "Unlike the AI Act, it rests on Article 6 (Lawfulness of processing) of the GDPR.",
        {(GDPR, "6")},
    ),
    (
        "The AI Act aside, see Articles 13 (Information to be provided), 14 (Information not "
        "obtained from the subject) and 15 (Right of access) of the GDPR.",
        {(GDPR, "13"), (GDPR, "14"), (GDPR, "15")},
    ),
]


@pytest.mark.parametrize("case", range(len(TITLED)))
def test_an_articles_title_in_brackets_is_read_past(
    finder: CitationFinder, without_titles: CitationFinder, case: int
) -> None:
    text, articles = TITLED[case]
    assert articles <= _cited(finder, text)
    assert not articles & _cited(without_titles, text)


def test_a_laws_name_in_brackets_is_no_title(finder: CitationFinder) -> None:
    text = "Operators cite Article 21 (Cybersecurity Law) of China when they audit."
    cited = finder.find(text)
    assert any(c.statute == CSL and "Cybersecurity Law" in c.text for c in cited)
    assert not any("Article 21" in c.text and c.statute not in (CSL, None) for c in cited)


def test_each_titled_reference_of_a_list_keeps_its_own_words(finder: CitationFinder) -> None:
    text = (
        "The AI Act matters here. Authority: Article 5 (Prohibited practices), Article 99(3) "
        "(Fines for prohibited practices), Article 74 (Market surveillance)."
    )
    spans = {c.text for c in finder.find(text) if c.article is not None}
    assert {"Article 5", "Article 99(3)", "Article 74"} <= spans


# (text, the law's name, its statute): a draft of another instrument under the law names the law
DRAFTS_OF_OTHERS = [
    (
        "The Commission published guidance on Article 5 of the EU AI Act (Draft Guidelines), "
        "which apply from February.",
        "EU AI Act",
        AI_ACT,
    ),
    (
        "Providers signed the AI Act (draft Code of Practice) in July.",
        "AI Act",
        AI_ACT,
    ),
]


@pytest.mark.parametrize("case", range(len(DRAFTS_OF_OTHERS)))
def test_another_instruments_draft_in_brackets_names_the_law(
    finder: CitationFinder, drafts_of_anything: CitationFinder, case: int
) -> None:
    text, words, statute = DRAFTS_OF_OTHERS[case]
    on = [c.statute for c in finder.find(text) if words in c.text]
    off = [c.statute for c in drafts_of_anything.find(text) if words in c.text]
    assert statute in on
    assert statute not in off


@pytest.mark.parametrize(
    "text", ["The Data Security Law (Draft Law) was published.", "数据安全法（草案）公布。"]
)
def test_a_draft_of_the_law_in_brackets_is_still_a_draft(finder: CitationFinder, text: str) -> None:
    assert not any(c.statute == DSL for c in finder.find(text))
