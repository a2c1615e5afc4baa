"""An article a lead-in places in a draft is the draft's article: "In the Commission's 2012
proposal, Article 31 read: “…”", 1986年起草的第一稿中，第22條第一款為「…」 (issue 14; heldout15: a
Hong Kong weekly quoting the Basic Law's 1986 first draft of Art. 22(1), linked to the enacted
article as ``altered``). The clause before the article's number names the draft and only places
what follows in it (in/under …, …中); the last clause is the article's number and a verb of saying.
A near-copy there is the draft's words, not linked, with a note; the same article with no draft
placed before it, or set against the draft ("In contrast to the proposal, …"), stays linked.

The rule is pipeline/drafts_words.py ``_placed_in_draft``; each case runs with it on and off. The
sentences are written for these tests around article texts of the shipped store, each changed in
a word or two (Traditional converted by hand).
"""

from __future__ import annotations

import pytest
from rule_pages import DSL, DSL_1_CHANGED, DSL_1_CHANGED_HANT, GDPR, GDPR_31_CHANGED
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.pipeline import drafts_words
from lawref.pipeline.checker import Checker
from lawref.store.files import Store


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, DSL)


# (the page, the words' opening, the statute, whether the words stay linked with the rule on)
CASES = [
    (
        f"The GDPR took four years to agree. In the Commission's 2012 proposal, Article 31 read: "
        f"“{GDPR_31_CHANGED}”\n",
        GDPR_31_CHANGED[:40],
        GDPR,
        False,
    ),
    (
        f"《数据安全法》历经三次审议。2020年公布的草案中，第一条为：“{DSL_1_CHANGED}”\n",
        DSL_1_CHANGED[:12],
        DSL,
        False,
    ),
    (
        f"《數據安全法》歷經三次審議。2020年公布的草案中，第一條為：「{DSL_1_CHANGED_HANT}」\n",
        DSL_1_CHANGED_HANT[:12],
        DSL,
        False,
    ),
    # the enacted article, set against the draft or with no draft before it: linked
    (
        f"The GDPR took four years to agree. In contrast to the 2012 proposal, Article 31 reads: "
        f"“{GDPR_31_CHANGED}”\n",
        GDPR_31_CHANGED[:40],
        GDPR,
        True,
    ),
    (
        f"《数据安全法》历经三次审议。在正式公布的文本中，第一条为：“{DSL_1_CHANGED}”\n",
        DSL_1_CHANGED[:12],
        DSL,
        True,
    ),
    (
        f"《數據安全法》歷經三次審議。在正式公布的文本中，第一條為：「{DSL_1_CHANGED_HANT}」\n",
        DSL_1_CHANGED_HANT[:12],
        DSL,
        True,
    ),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_an_article_placed_in_a_draft_is_the_drafts(
    store: Store, rule: RuleSwitch, case: int
) -> None:
    page, opening, statute, linked = CASES[case]
    rule.take_out(drafts_words, "_placed_in_draft", lambda clauses: None)
    quotes = [q for q in Checker(store).check_text(page).quotes if opening in q.text]
    assert len(quotes) == 1, [(q.text, q.verdict) for q in quotes]
    (quote,) = quotes
    if rule.on and not linked:
        assert quote.match is None and quote.verdict == "unmatched", quote.notes
        assert any("draft" in note for note in quote.notes), quote.notes
    else:
        assert quote.match is not None and quote.match.statute == statute, quote.notes
        assert quote.verdict in ("altered", "paraphrase")


@pytest.mark.parametrize(
    ("clauses", "draft"),
    [
        (
            ["In the Commission's 2012 proposal", " Article 31 read: “"],
            "the Commission's 2012 proposal",
        ),
        (["Under the draft", " Article 5(1) said “"], "the draft"),
        (["1986年起草的第一稿中", "第22條第一款為「"], "第一稿"),
        (["草案里", "第七条规定：“"], "草案"),
        # the draft is not where the article is placed, or the last clause says more
        (["The proposal was rejected", " Article 31 read: “"], None),
        (["In the 2012 proposal", " the Council's Article 31 read: “"], None),
        (["In contrast to the proposal", " Article 31 reads: “"], None),
        (["正式文本中", "第一条为“"], None),
    ],
)
def test_which_clauses_place_an_article_in_a_draft(clauses: list[str], draft: str | None) -> None:
    found = drafts_words._placed_in_draft(clauses)
    assert (found.group() if found else None) == draft
