"""Words a lead-in says a change took out ("the final text deleted the words “…”", 最终通过的法律
取消了“…”) are not the law's: a near-copy of a stored article (altered or a paraphrase) after such
a lead-in is not linked, with a note (issue 14: heldout16's commentary on a data law's drafts, the
second draft's clause the adopted law dropped linked to another article). An exact copy keeps its
link, and so does a near-copy after a lead-in that only says the law provides it, or one that
states a duty to delete ("must delete").

Each case runs with the rule on and off (pipeline/dropped_words.py, called by
pipeline/checker.py). The pages are sentences written for these tests around article texts of the
shipped store, each changed in a word or two (Traditional converted by hand)."""

from __future__ import annotations

import pytest
from rule_pages import DSL, DSL_1_CHANGED, DSL_1_CHANGED_HANT, GDPR, GDPR_31_CHANGED
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.pipeline import checker as checker_module
from lawref.pipeline.checker import Checker
from lawref.store.files import Store


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, DSL)


# (page, words of the quotation, linked with the rule on)
CASES = [
    (f"The final text deleted the words “{GDPR_31_CHANGED}”", GDPR_31_CHANGED[:40], False),
    (f"Parliament's amendments struck out: “{GDPR_31_CHANGED}”", GDPR_31_CHANGED[:40], False),
    (f"最终通过的法律取消了“{DSL_1_CHANGED}”", DSL_1_CHANGED[:12], False),
    (f"本法删去了原“{DSL_1_CHANGED}”的表述。", DSL_1_CHANGED[:12], False),
    (f"最終通過的法律刪去了「{DSL_1_CHANGED_HANT}」", DSL_1_CHANGED_HANT[:12], False),
    # No change in the lead-in, or a duty in the present: the near-copy stays linked.
    (f"The Regulation provides: “{GDPR_31_CHANGED}”", GDPR_31_CHANGED[:40], True),
    (f"Controllers must delete “{GDPR_31_CHANGED}”", GDPR_31_CHANGED[:40], True),
    (f"条文规定：“{DSL_1_CHANGED}”", DSL_1_CHANGED[:12], True),
    (f"條文規定：「{DSL_1_CHANGED_HANT}」", DSL_1_CHANGED_HANT[:12], True),
]


@pytest.mark.parametrize(("page", "opening", "linked"), CASES)
def test_words_a_change_took_out_are_not_linked(
    store: Store, rule: RuleSwitch, page: str, opening: str, linked: bool
) -> None:
    rule.take_out(checker_module, "dropped_words", lambda text, span, w: w)
    quotes = [q for q in Checker(store).check_text(page).quotes if opening in q.text]
    assert len(quotes) == 1
    (quote,) = quotes
    if linked or not rule.on:
        assert quote.match is not None
        assert quote.verdict in ("altered", "paraphrase")
    else:
        assert quote.match is None
        assert quote.verdict == "unmatched"
        assert any("a change took out" in note for note in quote.notes)


@pytest.mark.parametrize(
    ("lead_in", "marks", "statute", "article"),
    [
        ("The amendment deleted the words “", "”", GDPR, "31"),
        ("修正案删去了“", "”", DSL, "1"),
    ],
)
def test_an_exact_copy_keeps_its_link(
    store: Store, lead_in: str, marks: str, statute: str, article: str
) -> None:
    # The store may hold the text the change was made to: the same words are that text's.
    words = " ".join(stored_article(store, statute, article).text.split("\n")[0].split())
    quotes = Checker(store).check_text(f"{lead_in}{words}{marks}").quotes
    linked = [q for q in quotes if q.match is not None]
    assert linked
    assert all(q.verdict in ("verbatim", "minor") for q in linked)
    assert all((q.match.statute, q.match.article) == (statute, article) for q in linked if q.match)
