"""A near-copy cited by a law's name on a page headed by another law's adoption note is that other
law's text (issue 14; heldout15: a wiki page reproducing the repealed 1993 National Security Law
under its title, 中華人民共和國國家安全法, the stored 2015 law's name, its Art. 1 linked to the
2015 Art. 1 as ``altered``). The page names the law, then dates it: a reader sees a law of the same
name adopted on a day none of the stored statute's versions was, and the citation names that law.
The near-copy is not linked, with a note; an exact copy keeps its link (the same words, whichever
law they stand in), and so does a near-copy under the stored law's own adoption note.

pipeline/adoption_notes.py already read the note for uncited near-copies; this extends it to cited
ones (pipeline/enacted.py ``EnactedReader.cited_elsewhere``). Each case runs with the rule on and
off; the pages are built for these tests from the 1993 law's opening and the notes' form.
"""

from __future__ import annotations

import pytest
from nsl_1993_page import (
    ART1_1993,
    ART1_1993_EN,
    ART1_1993_TRAD,
    NOTE_1993,
    NOTE_1993_EN,
    NOTE_1993_TRAD,
    NOTE_2015,
    NSL,
)
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.pipeline.checker import Checker
from lawref.pipeline.enacted import EnactedReader
from lawref.pipeline.renderings import Weighed
from lawref.store.files import Store


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(NSL)


# (the page: the law's title, its note, its Art. 1 in the writer's words; the words' opening;
# whether the near-copy stays linked with the rule on)
CASES = [
    (
        f"中华人民共和国国家安全法\n{NOTE_1993}\n《中华人民共和国国家安全法》第一条规定：“{ART1_1993}”\n",
        ART1_1993[:6],
        False,
    ),
    (
        f"中華人民共和國國家安全法\n{NOTE_1993_TRAD}\n"
        f"《中華人民共和國國家安全法》第一條規定：「{ART1_1993_TRAD}」\n",
        ART1_1993_TRAD[:6],
        False,
    ),
    (
        f"National Security Law of the People's Republic of China\n{NOTE_1993_EN}\n"
        f"Article 1 of the National Security Law provides: “{ART1_1993_EN}”\n",
        ART1_1993_EN[:20],
        False,
    ),
    # the stored law's own adoption note: the stored law's text, changed
    (
        f"中华人民共和国国家安全法\n{NOTE_2015}\n《中华人民共和国国家安全法》第一条规定：“{ART1_1993}”\n",
        ART1_1993[:6],
        True,
    ),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_cited_near_copy_under_another_laws_adoption_note_is_not_linked(
    store: Store, rule: RuleSwitch, case: int
) -> None:
    page, opening, linked = CASES[case]
    rule.take_out(EnactedReader, "cited_elsewhere", lambda self, text, weighed, *rest: weighed)
    quotes = [q for q in Checker(store).check_text(page).quotes if opening in q.text]
    assert len(quotes) == 1, [(q.text, q.verdict) for q in quotes]
    (quote,) = quotes
    if rule.on and not linked:
        assert quote.match is None and quote.verdict == "unmatched", quote.notes
        assert any("adopted on 1993-02-22" in note for note in quote.notes), quote.notes
    else:
        assert quote.match is not None and quote.match.statute == NSL, quote.notes
        assert quote.match.article == "1"
        assert quote.verdict in ("altered", "paraphrase")


def test_an_exact_copy_under_another_laws_adoption_note_keeps_its_link(store: Store) -> None:
    article = store.get(NSL).article("2")  # type: ignore[union-attr]
    assert article is not None
    page = f"中华人民共和国国家安全法\n{NOTE_1993}\n《中华人民共和国国家安全法》第二条规定：“{article.text}”\n"
    quotes = [q for q in Checker(store).check_text(page).quotes if article.text[:8] in q.text]
    assert [(q.match.statute if q.match else None) for q in quotes] == [NSL]


def test_the_rule_passes_over_what_is_no_near_copy(store: Store) -> None:
    from lawref.match.results import MatchResult

    reader = EnactedReader(store)
    nothing = Weighed(MatchResult(verdict="unmatched", score=0.0, match=None), None)
    assert reader.cited_elsewhere(f"{NOTE_1993}\n", nothing) is nothing
