"""`EnactedReader.calls_itself` (pipeline/enacted.py) answers what reading every article of the
statute would: which kinds of instrument (本条例, 本办法 …) it calls itself. It reads the articles
only until one answers, the matched article first (issue 20, round seventeen: a batch meets most
statutes once); these tests hold it to the full reading for every statute of the shipped store,
each kind, asked in either order and with either end's article first."""

from __future__ import annotations

import pytest

from lawref.pipeline.enacted import _KINDS, EnactedReader
from lawref.store.files import Store
from lawref.store.load import load_store
from lawref.text.normalize import letters_form


@pytest.fixture(scope="module")
def store() -> Store:
    return load_store()


def _read_whole(store: Store, statute_id: str) -> frozenset[str]:
    """The kinds every article of the statute read gives (what the reader kept before)."""
    statute = store.get(statute_id)
    assert statute is not None
    letters = [letters_form(a.text).text for a in statute.articles]
    return frozenset(k for k in _KINDS if any(f"本{k}" in t for t in letters))


@pytest.mark.parametrize("kinds_order", [_KINDS, _KINDS[::-1]], ids=["forward", "backward"])
@pytest.mark.parametrize("first_at", [None, 0, -1], ids=["no-first", "first-article", "last"])
def test_calls_itself_answers_as_reading_every_article(
    store: Store, kinds_order: tuple[str, ...], first_at: int | None
) -> None:
    reader = EnactedReader(store)  # (one reader: answers kept from earlier questions are used)
    for statute_id, statute in sorted(store.statutes.items()):
        whole = _read_whole(store, statute_id)
        first = None if first_at is None or not statute.articles else statute.articles[first_at]
        for kind in kinds_order:
            number = first.number if first is not None else None
            assert reader.calls_itself(statute_id, kind, number) == (kind in whole), (
                statute_id,
                kind,
            )


def test_the_shipped_store_has_statutes_of_both_answers(store: Store) -> None:
    """The comparison above means something: some statute calls itself a kind, some none."""
    answers = {bool(_read_whole(store, s)) for s in store.statutes}
    assert answers == {True, False}


def test_an_unknown_statute_calls_itself_nothing(store: Store) -> None:
    assert not EnactedReader(store).calls_itself("no-such-statute", "条例")
