"""Counting a query's candidates with NumPy gives the list Counter gives, ties in the same order
(lawref/match/counting.py): a long run switches to it, and no verdict may change when it does."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawref.match import counting
from lawref.match import index as index_module
from lawref.match.matcher import Matcher
from lawref.store.load import load_store
from lawref.text.normalize import skeleton
from lawref.text.tokens import token_texts

np = pytest.importorskip("numpy")

sorted_ids = st.lists(st.integers(0, 60), max_size=25, unique=True).map(sorted)


def _vectorised_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A list that grows by one each time the index counts with NumPy."""
    calls: list[int] = []
    vectorised = counting.top_counted_vectorised

    def counted(*args):  # type: ignore[no-untyped-def]
        calls.append(1)
        return vectorised(*args)

    monkeypatch.setattr(index_module, "top_counted_vectorised", counted)
    return calls


@settings(max_examples=300, deadline=None)
@given(st.lists(sorted_ids, max_size=16), st.integers(1, 15))
def test_the_vectorised_count_is_counters_ties_included(lists: list[list[int]], limit: int) -> None:
    assert counting.top_counted_vectorised(np, lists, limit) == counting.top_counted(lists, limit)


wide_ids = st.lists(st.integers(0, (1 << 16) - 1), max_size=25, unique=True).map(sorted)


@settings(max_examples=300, deadline=None)
@given(st.lists(wide_ids, max_size=16), st.integers(1, 15))
def test_ids_sorted_as_16_bit_keys_count_the_same(lists: list[list[int]], limit: int) -> None:
    """An index of at most 65,536 texts sorts its ids as 16-bit keys: the same list again."""
    expected = counting.top_counted(lists, limit)
    assert counting.top_counted_vectorised(np, lists, limit, 1 << 16) == expected


def test_the_index_ranks_the_same_candidates_either_way(monkeypatch: pytest.MonkeyPatch) -> None:
    """Quotations of the shipped store's articles, whole and in pieces: the same candidates, in
    the same order, with the same scores, whichever way the index counts."""
    store = load_store()
    index = Matcher(store).index
    rng = random.Random(20)
    queries = []
    for text_id in rng.sample(range(len(index)), 300):
        tokens = token_texts(skeleton(index.texts.text(text_id)).text)
        if len(tokens) > 4:
            start = rng.randrange(len(tokens) - 2)
            queries.append(tokens[start : start + rng.randint(3, 40)])

    def ranked() -> list[list[tuple[int, float]]]:
        return [index.scored_candidates(" ".join(q), 12, tokens=q) for q in queries]

    monkeypatch.setattr(index_module, "VECTOR_AFTER_ENTRIES", 10**12)
    by_counter = ranked()
    monkeypatch.setattr(index_module, "VECTOR_AFTER_ENTRIES", 0)
    monkeypatch.setattr(index_module, "VECTOR_MIN_ENTRIES", 0)
    calls = _vectorised_calls(monkeypatch)
    assert ranked() == by_counter
    assert len(calls) == len(queries)
    assert sum(len(r) > 1 and r[0][1] == r[1][1] for r in by_counter) > 10  # ties were compared


def test_terms_looked_up_together_are_found_as_one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """Once NumPy is in use, a query's new terms are searched for in one call
    (Postings._look_up_together): the same entries, absent terms and gaps included."""
    from lawref.match.postings import Postings

    rng = random.Random(7)
    lists = {rng.randrange(1 << 43): sorted(rng.sample(range(500), 3)) for _ in range(2000)}
    present = list(lists)
    asked = [
        rng.choice(present) if rng.random() < 0.7 else rng.randrange(1 << 43) for _ in range(300)
    ]
    asked[5:5] = [None, None]  # a pair across a segment break, as the reuse scan asks
    monkeypatch.setattr(counting, "_numpy", False)
    one_by_one = Postings(lists).weighted(asked)
    monkeypatch.setattr(counting, "_numpy", np)
    postings = Postings(lists)
    together = postings.weighted(asked)
    assert postings._terms_array is not None  # the vectorised search ran
    assert together == one_by_one
    assert [df for df, _ in together].count(0) > 50


def test_the_rarest_terms_chosen_with_numpy_are_those_chosen_one_by_one() -> None:
    """Once NumPy is in use, a query's rarest terms are chosen and their ids read in one
    vectorised pass (Postings.rarest): the same lists, in the same order, and the same count of
    entries read, as weighing the terms one by one (Index._rarest) — ties of frequency, the
    budget's edge and terms no text holds included."""
    from lawref.match.index import MAX_QUERY_TERMS, MIN_QUERY_TERMS, PROBE_BUDGET, terms_of

    counting.vectorised()
    index = Matcher(load_store()).index
    rng = random.Random(11)
    compared = 0
    for text_id in rng.sample(range(len(index)), 300):
        tokens = token_texts(skeleton(index.texts.text(text_id)).text)
        start = rng.randrange(max(1, len(tokens) - 2))
        query = tokens[start : start + rng.randint(2, 60)] + ["zzqx", "qqzz"]  # held by none
        terms = terms_of(query)
        planned = index.postings.rarest(terms, MAX_QUERY_TERMS, MIN_QUERY_TERMS, PROBE_BUDGET)
        assert planned is not None
        lists, read = planned
        expected_lists, expected_read = index._rarest(terms)
        assert [list(ids) for ids in lists] == [list(ids) for ids in expected_lists]
        assert read == expected_read
        compared += bool(lists)
    assert compared > 250
    assert index.postings.rarest(set(), 16, 3, 10) == ([], 0)


def test_a_long_run_counts_with_numpy_from_its_first_query(monkeypatch: pytest.MonkeyPatch) -> None:
    """A batch run says it will be long (counting.expect_long_run, called as the run starts):
    from then on the index counts with NumPy without first reading VECTOR_AFTER_ENTRIES entries
    (what keeps NumPy's import out of a one-document check)."""
    monkeypatch.setattr(counting, "_long_run", False)
    monkeypatch.setattr(index_module, "VECTOR_AFTER_ENTRIES", 10**12)
    monkeypatch.setattr(index_module, "VECTOR_MIN_ENTRIES", 0)
    calls = _vectorised_calls(monkeypatch)
    index = Matcher(load_store()).index
    query = token_texts(skeleton(index.texts.text(0)).text)[:20]
    before = index.scored_candidates(" ".join(query), 12, tokens=query)
    assert not calls
    counting.expect_long_run()
    assert counting.long_run()
    assert index.scored_candidates(" ".join(query), 12, tokens=query) == before
    assert calls
