"""pipeline/checkable.certain reads a statute's article numbers once (a speed memo, issue 20):
its answers must be the ones Statute.article gives, for every statute of the shipped store, for
numbers that are held, held only in an older version, and not held; and a statute made again
(another object, other articles) must not be answered from the memo of the first."""

from __future__ import annotations

from lawref.pipeline.checkable import base_article, certain
from lawref.spans import CitationSpan
from lawref.store.load import load_store


def _citation(statute: str, article: str | None) -> CitationSpan:
    return CitationSpan(start=0, end=1, text="x", statute=statute, article=article)


def test_certain_agrees_with_statute_article_on_the_shipped_store() -> None:
    store = load_store()
    checked = 0
    for statute in store:
        numbers = [a.number for a in statute.articles]
        for number in [*numbers, "9999", "0", f"{numbers[0]}(a)(1)", ""]:
            expected = statute.article(base_article(number)) is not None
            assert certain(_citation(statute.id, number), store) is expected, (statute.id, number)
            checked += 1
    assert checked > 1000


def test_a_statute_made_again_is_not_answered_from_the_first() -> None:
    store = load_store()
    statute = next(s for s in store if len(s.articles) > 3)
    first = statute.articles[0].number
    assert certain(_citation(statute.id, first), store)
    shorter = statute.model_copy(update={"articles": statute.articles[1:]})
    store.statutes[statute.id] = shorter
    try:
        expected = shorter.article(first) is not None
        assert certain(_citation(statute.id, first), store) is expected
    finally:
        store.statutes[statute.id] = statute
