"""A sentence beside a citation whose words are mostly one article's — a retelling that goes on
after the citation's sentence, or one told of the law cited alone — is that article's
`paraphrase` (issue 14, round fourteen: unquoted retellings; pipeline/article_retold.py, read by
pipeline/cited_restatements.py).

The matcher finds the writer's reordered words too loose to align, and the citation is not the
sentence's subject, so neither cited_restatements nor told_paraphrase links them. When most of
the sentence's content words stand in the cited article's wordings, and clearly fewer in any
other article of the law, the retelling is reported, linked to that article and attributed to
the citation beside it. A sentence in the writer's own words, one whose words two articles (or
an article and its recital) hold alike, and a law named in an earlier sentence rather than as
the sentence's subject are not linked. The writer's words are written for these tests; the
stored articles are the shipped store's.
"""

from __future__ import annotations

import pytest
from rule_pages import (
    DSL,
    GDPR,
    assert_told_paraphrase,
    checker_with,
    linked_retelling,
    traditional,
)
from rule_switch import RuleSwitch

from lawref.pipeline import article_retold as article_retold_module
from lawref.pipeline import cited_restatements
from lawref.pipeline.article_retold import article_retold, clears_margin
from lawref.pipeline.checker import Checker
from lawref.spans import CitationSpan
from lawref.store.files import Store

checker = checker_with(GDPR, DSL)

# Simplified pages; each also runs in Traditional script (below).
_DSL_21_TOLD = (
    "《数据安全法》规定，国家应当对数据实行分类分级保护，依据是数据的重要程度以及数据遭到篡改、"
    "破坏或者泄露后对国家安全造成的危害程度。"
)
_DSL_21_NEXT = (
    "《数据安全法》第二十一条是关于数据分类分级的规定。国家应当对数据实行分类分级保护，依据是数据的"
    "重要程度以及数据遭到篡改、破坏或者泄露后对国家安全造成的危害程度。"
)
_DSL_21_OWN_WORDS = (
    "《数据安全法》第二十一条是关于数据分类分级的规定。这一规定对企业的合规工作提出了新的挑战，"
    "企业应当尽早准备自己的数据目录和保护措施。"
)
_CHILD = (
    "a child must be at least 16 years old for the processing of the child's personal data, in "
    "relation to the offer of information society services directly to a child, to be lawful on "
    "the basis of consent."
)
_BREACH = (
    "the controller shall, where a personal data breach occurs, notify the supervisory "
    "authority without undue delay and, where feasible, within 72 hours."
)

# (page, the retold words' opening, the article they are linked to; None: nothing linked there)
CASES: list[tuple[str, str, tuple[str, str] | None]] = [
    # English: the retelling goes on in the paragraph after the citation's sentence.
    (
        "Article 7 of the GDPR sets out when consent counts.\n\nThe data subject may withdraw "
        "consent at any time, and withdrawing consent shall be as easy as giving consent; the "
        "withdrawal does not affect the lawfulness of processing before it.",
        "The data subject may withdraw",
        (GDPR, "7"),
    ),
    (
        "Article 54 of the GDPR governs the supervisory authority.\n\nEach member and the staff "
        "of each supervisory authority shall be subject to a duty of professional secrecy during "
        "and after their term, for confidential information.",
        "Each member and the staff",
        (GDPR, "54"),
    ),
    # English: the law cited alone as the subject; the words point to one article.
    ("Under the GDPR, " + _CHILD, "a child must be", (GDPR, "8")),
    # Simplified and Traditional: the law cited alone as the subject of 规定.
    (_DSL_21_TOLD, "国家应当对数据", (DSL, "21")),
    (traditional(_DSL_21_TOLD), traditional("国家应当对数据"), (DSL, "21")),
    # Simplified and Traditional: the article cited in the sentence before.
    (_DSL_21_NEXT, "国家应当对数据", (DSL, "21")),
    (traditional(_DSL_21_NEXT), traditional("国家应当对数据"), (DSL, "21")),
    # The writer's own words beside the citation, in either language.
    (
        "Article 7 of the GDPR sets out when consent counts.\n\nConsent matters a great deal to "
        "marketing teams, who must plan their campaigns with more care than before.",
        "Consent matters",
        None,
    ),
    (_DSL_21_OWN_WORDS, "这一规定", None),
    (traditional(_DSL_21_OWN_WORDS), traditional("这一规定"), None),
    # The law named in an earlier sentence, not as the retelling's subject: no article cited.
    ("Companies discuss the GDPR often.\n\nA " + _CHILD[2:], "A child must be", None),
    # Words the cited article and its recital hold alike (Art. 33, recital 85): not plain.
    (
        "Article 33 of the GDPR concerns breaches.\n\nThe " + _BREACH[4:],
        "The controller shall",
        None,
    ),
    ("The GDPR requires that " + _BREACH, "the controller shall", None),
]


@pytest.mark.parametrize(("page", "opening", "expected"), CASES, ids=range(len(CASES)))
def test_a_sentence_mostly_in_one_cited_article_is_its_paraphrase(
    checker: Checker,
    rule: RuleSwitch,
    page: str,
    opening: str,
    expected: tuple[str, str] | None,
) -> None:
    rule.take_out(cited_restatements, "article_retold", lambda *args: None)
    quote = linked_retelling(checker, page, opening)
    if expected is None or not rule.on:
        assert quote is None, quote
        return
    # The quotation is the retold words: a law's name and its verb stay the writer's.
    assert_told_paraphrase(quote, page, opening, expected)


# Round twenty (heldout20): a recital that explains the cited article and holds fewer of the words
# is no rival (`rivals_share`), and the retelling's own cross-references do not crowd out the
# citation before it (cited_restatements' `_before_own`). Each case is one part's.
# (part, page, the retold words' opening, the article they are linked to)
ROUND_TWENTY_CASES: list[tuple[str, str, str, tuple[str, str]]] = [
    # Art. 80's conditions on the body, which recital 142 restates in fewer of these words.
    (
        "recitals",
        "Article 80 of the GDPR is about representation.\n\nThe body must be properly constituted "
        "under Member State law, have statutory objectives in the public interest, and be active "
        "in protecting data-subject rights and freedoms.",
        "The body must be",
        (GDPR, "80"),
    ),
    # Art. 80's mandate, carrying its own references to Articles 77, 78, 79 and 82.
    (
        "own references",
        "Article 80 of the GDPR is about representation.\n\nWith a mandate, that body can lodge a "
        "complaint under Article 77, exercise judicial-remedy rights under Articles 78 and 79, and "
        "exercise the right to compensation under Article 82 where Member State law allows.",
        "With a mandate",
        (GDPR, "80"),
    ),
]


def _every_rival(chosen: tuple[float, object], shares: list, *, recitals_aside: bool) -> float:
    """The margin's rival before round twenty: every other article, recitals included."""
    return max((s for s, a in shares if a is not chosen[1]), default=0.0)


@pytest.mark.parametrize(
    ("part", "page", "opening", "expected"), ROUND_TWENTY_CASES, ids=range(len(ROUND_TWENTY_CASES))
)
def test_recitals_and_own_references_do_not_hide_the_cited_article(
    checker: Checker,
    rule: RuleSwitch,
    part: str,
    page: str,
    opening: str,
    expected: tuple[str, str],
) -> None:
    if part == "recitals":
        rule.take_out(article_retold_module, "rivals_share", _every_rival)
    else:
        rule.take_out(cited_restatements, "_before_own", lambda *args: [])
    quote = linked_retelling(checker, page, opening)
    if not rule.on:
        assert quote is None, quote
        return
    assert_told_paraphrase(quote, page, opening, expected)


# (the words in the article, the words in the best other article, the sentence's content words,
# whether the words point to the article): shares are counts over a count, and one word more of
# five, or two of ten, is the margin however the subtraction rounds (1.0 - 0.8 is 0.19999…).
MARGINS = [(5, 4, 5, True), (7, 5, 10, True), (4, 3, 5, True), (9, 8, 10, False), (8, 7, 10, False)]


@pytest.mark.parametrize(("own", "other", "count", "points"), MARGINS)
def test_the_margin_over_other_articles_is_counted_in_words(
    own: int, other: int, count: int, points: bool
) -> None:
    """article_retold, retold_elsewhere and retold_items read one comparison."""
    assert clears_margin(own / count, other / count) is points


def test_hostile_sentences_are_read_in_linear_time(checker: Checker) -> None:
    """A megabyte-long sentence beside a citation: its words are counted once, and are not the
    article's."""
    store: Store = checker.store
    citation = CitationSpan("Article 7", 0, 9, GDPR, "7")
    text = "Article 7. " + "consent must be given freely and " * 30_000 + "so on."
    assert article_retold(text, 11, 11, len(text), [citation], store, {}) is None
    short = (
        "Article 7. The data subject may withdraw consent at any time, and withdrawing consent "
        "shall be as easy as giving consent; the withdrawal does not affect the lawfulness of "
        "processing before it."
    )
    found = article_retold(short, 11, 11, len(short), [citation], store, {})
    assert found is not None and found[0].verdict == "paraphrase" and found[1] is citation
