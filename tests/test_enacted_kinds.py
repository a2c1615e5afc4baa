"""`EnactedReader.calls_itself` (pipeline/enacted.py) answers what reading every article of the
statute would: which kinds of instrument (本条例, 本办法 …) it calls itself. It reads the articles
only until one answers, the matched article first (issue 20, round seventeen: a batch meets most
statutes once); these tests hold it to the full reading for every statute of the shipped store,
each kind, asked in either order and with either end's article first, and statutes written for
the test where a kind stands only in a middle article (reading only the first article read fails
10 of their 20 cases)."""

from __future__ import annotations

from dataclasses import dataclass

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


# --- statutes written for the test: where in the articles a kind stands -----------------------


@dataclass(frozen=True)
class _Article:
    number: str
    text: str


@dataclass(frozen=True)
class _Statute:
    articles: tuple[_Article, ...]


class _Store:
    def __init__(self, statutes: dict[str, _Statute]) -> None:
        self.statutes = statutes

    def get(self, statute_id: str) -> _Statute | None:
        return self.statutes.get(statute_id)


def _statute(*texts: str) -> _Statute:
    return _Statute(tuple(_Article(str(n), t) for n, t in enumerate(texts, start=1)))


# (articles, the kinds the statute calls itself): a kind in a middle article only, two kinds in
# different articles, Traditional script (本條例 folds to 本条例), a line break inside the self-name,
# 本法 (no kind of the list), and an article that names another instrument's kind without 本.
_WRITTEN = [
    (
        ("为了规范管理，制定本法。", "本规定所称数据，是指电子记录。", "本法自公布之日起施行。"),
        {"规定"},
    ),
    (("为了规范管理，制定本办法。", "依照本细则第三条处理。", "施行日期另定。"), {"办法", "细则"}),
    (("為了規範管理，制定本條例。", "本條例自公布之日起施行。"), {"条例"}),
    (("第一句。", "依照本\n规则办理。", "第三句。"), {"规则"}),
    (("为了规范管理，制定本法。", "依照国务院的决定办理。"), set()),
]


@pytest.mark.parametrize(("texts", "kinds"), _WRITTEN)
@pytest.mark.parametrize("first", [None, "1", "2", "3"])
def test_written_statutes_answer_as_read_whole(
    texts: tuple[str, ...], kinds: set[str], first: str | None
) -> None:
    reader = EnactedReader(_Store({"s": _statute(*texts)}))  # type: ignore[arg-type]
    for kind in _KINDS:
        assert reader.calls_itself("s", kind, first) == (kind in kinds), kind
