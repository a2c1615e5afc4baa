"""The index's arrays: postings (term -> the ids of the texts that hold it), the stored texts by
id, and each text's neighbouring articles.

Each is a few :class:`~lawref.store.mapped.Packed` arrays rather than one Python object per text
or term (see lawref/match/index.py): the compiled cache keeps them in its file's mapped section,
and a run reads and checks only the pages it touches.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from typing import Any, overload

from lawref.match.counting import loaded_numpy
from lawref.spans import StoredText
from lawref.store.mapped import Packed

# Terms not looked up before, in one call, from which a long run that uses NumPy searches for them
# together (one searchsorted rather than a bisect each, ~1 us a term).
VECTOR_MIN_LOOKUPS = 8
# Term look-ups remembered per process (a binary search each the first time): bounds the memory a
# long batch run spends on them (~100 bytes a term).
MEMO_TERMS = 200_000
_NONE = (0, 0)  # the entry of a term no text holds


class Postings(Mapping[int, Sequence[int]]):
    """term -> ids of the texts that hold it (ascending), kept as three arrays: the terms sorted,
    where each term's ids start, and the ids. A look-up is a binary search; the ids of a term are
    a slice of the last array. The arrays are :class:`~lawref.store.mapped.Packed`: read back from
    the compiled cache they are mapped from the file, the ids checked where they are read."""

    def __init__(self, lists: Mapping[int, Sequence[int]]) -> None:
        terms = sorted(lists)
        starts = array("Q", [0])
        ids = array("I")
        for term in terms:
            ids.extend(lists[term])
            starts.append(len(ids))
        self._terms = Packed(array("q", terms))
        self._starts = Packed(starts)
        self._ids = Packed(ids)
        self._memo: dict[int, tuple[int, int]] = {}  # term -> _entry, for the terms looked up
        self._sorted: tuple[Sequence[int], Sequence[int]] | None = None
        self._terms_array: Any = None  # the sorted terms as a NumPy array, once NumPy is in use

    def _entry(self, term: int) -> tuple[int, int]:
        """Where ``term``'s ids lie in the ids array: (start, end), (0, 0) when no text holds it
        (memoised: terms recur from document to document in a batch run)."""
        found = self._memo.get(term)
        if found is None:
            if self._sorted is None:  # terms and starts checked whole, once (2 x 2.4 MB)
                self._sorted = (self._terms.whole(), self._starts.whole())
            terms, starts = self._sorted
            at = bisect_left(terms, term)
            found = (starts[at], starts[at + 1]) if at < len(terms) and terms[at] == term else _NONE
            if len(self._memo) < MEMO_TERMS:
                self._memo[term] = found
        return found

    def __getstate__(self) -> dict[str, object]:
        return {
            k: v for k, v in self.__dict__.items() if k not in ("_memo", "_sorted", "_terms_array")
        }

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._memo = {}
        self._sorted = None
        self._terms_array = None

    def weighted(self, terms: Iterable[int | None]) -> list[tuple[int, int]]:
        """(how many texts hold it, term) for each of ``terms`` (0 for a term no text holds, or
        None): :meth:`frequency` of many terms in one call, the memoised ones looked up in C."""
        terms = list(terms)
        entries = list(map(self._memo.get, terms))
        if entries.count(None) >= VECTOR_MIN_LOOKUPS and loaded_numpy() is not None:
            self._look_up_together(terms, entries)
        if None in entries:
            entry = self._entry
            for at, term in enumerate(terms):
                if entries[at] is None:
                    if term is None:
                        entries[at], terms[at] = _NONE, 0
                    else:
                        entries[at] = entry(term)
        return [(hi - lo, term) for (lo, hi), term in zip(entries, terms, strict=True)]  # type: ignore[misc]

    def _look_up_together(
        self, terms: list[int | None], entries: list[tuple[int, int] | None]
    ) -> None:
        """Fill ``entries`` for the terms not looked up before, with one vectorised binary search
        (a long run, once NumPy is in use: lawref/match/counting.py)."""
        np = loaded_numpy()
        terms_array, starts_array = self._vectors(np)
        wanted = [at for at, term in enumerate(terms) if entries[at] is None and term is not None]
        if not len(terms_array):
            return  # an empty index: left to the one-by-one look-up (no text holds anything)
        asked = np.array([terms[at] for at in wanted], dtype=np.int64)
        # where each would stand among the sorted terms; found where the term there is it
        places = terms_array.searchsorted(asked)
        inside = np.minimum(places, len(terms_array) - 1)
        held = terms_array[inside] == asked
        firsts = np.where(held, starts_array[inside], 0).tolist()
        lasts = np.where(held, starts_array[inside + 1], 0).tolist()
        memo = self._memo
        for at, first, last in zip(wanted, firsts, lasts, strict=True):
            entry = (first, last)
            entries[at] = entry
            if len(memo) < MEMO_TERMS:
                memo[terms[at]] = entry  # type: ignore[index]

    def _vectors(self, np: Any) -> tuple[Any, Any]:
        """The sorted terms and where each one's ids start, as NumPy arrays (checked, once)."""
        if self._sorted is None:
            self._sorted = (self._terms.whole(), self._starts.whole())
        if self._terms_array is None:
            sorted_terms, starts = self._sorted
            self._terms_array = (
                np.frombuffer(sorted_terms, dtype=np.int64),
                np.frombuffer(starts, dtype=np.uint64),
            )
        return self._terms_array  # type: ignore[no-any-return]

    def rarest(
        self, terms: Collection[int], most: int, least: int, budget: int
    ) -> tuple[list[Sequence[int]], int] | None:
        """The ids of the rarest of ``terms`` that texts hold, rarest first (of equally rare ones
        the smaller term first): the ``least`` rarest always, then more while the entries read
        stay within ``budget``, ``most`` at most; and how many entries that is. Looked up with
        NumPy, once a long run uses it (lawref/match/counting.py); else None, and the caller
        weighs the terms one by one (the same lists)."""
        np = loaded_numpy()
        if np is None:
            return None
        terms_array, starts_array = self._vectors(np)
        if not len(terms_array) or not terms:
            return [], 0
        asked = np.fromiter(terms, dtype=np.int64, count=len(terms))
        inside = np.minimum(terms_array.searchsorted(asked), len(terms_array) - 1)
        held = (terms_array[inside] == asked).nonzero()[0]
        places = inside[held]
        firsts, lasts = starts_array[places], starts_array[places + 1]
        sizes = lasts - firsts
        order = np.lexsort((asked[held], sizes))  # by frequency, then by term
        read = sizes[order].cumsum()
        over = (read[least:] > budget).nonzero()[0]
        count = min(most, least + int(over[0]) if len(over) else len(order))
        chosen = order[:count]
        lists = self._ids.spans(firsts[chosen].tolist(), lasts[chosen].tolist())
        return lists, int(read[count - 1]) if count else 0

    def frequency(self, term: int) -> int:
        """How many texts hold ``term`` (0 when none)."""
        first, last = self._entry(term)
        return last - first

    def __getitem__(self, term: int) -> Sequence[int]:
        first, last = self._entry(term)
        if first == last:
            raise KeyError(term)
        return self._ids.span(first, last)

    def __contains__(self, term: object) -> bool:
        if not isinstance(term, int):
            return False
        first, last = self._entry(term)
        return first != last

    def __iter__(self) -> Iterator[int]:
        return iter(self._terms.whole())

    def __len__(self) -> int:
        return len(self._terms)

    def entries(self) -> int:
        """Posting entries in all (the sum of every term's frequency)."""
        return len(self._ids)


class StoredTexts(Sequence[StoredText]):
    """The index's texts by id: their UTF-8 bytes joined, their boundaries, and tables of the
    few values they share. ``texts[i]`` makes the :class:`StoredText` when it is asked for; the
    bytes of a text are decoded (and, read back from the cache, checked) when it is read."""

    def __init__(self, texts: Iterable[StoredText]) -> None:
        pieces: list[bytes] = []
        bounds = array("Q", [0])  # in characters
        byte_bounds = array("Q", [0])
        self._statutes: list[str] = []
        self._articles: list[str] = []  # distinct article numbers ("1".."1260", "20-1")
        # (version, language, translation, url): the few combinations a store has
        self._kinds: list[tuple[str | None, str, str | None, str | None]] = []
        statute_of = array("I")
        article_of = array("I")
        kind_of = array("I")
        statute_ids: dict[str, int] = {}
        article_ids: dict[str, int] = {}
        kind_ids: dict[tuple[str | None, str, str | None, str | None], int] = {}
        for stored in texts:
            encoded = stored.text.encode("utf-8", "surrogatepass")
            pieces.append(encoded)
            bounds.append(bounds[-1] + len(stored.text))
            byte_bounds.append(byte_bounds[-1] + len(encoded))
            statute_of.append(_intern(statute_ids, self._statutes, stored.statute))
            article_of.append(_intern(article_ids, self._articles, stored.article))
            kind = (stored.version, stored.language, stored.translation, stored.url)
            kind_of.append(_intern(kind_ids, self._kinds, kind))
        self._text = Packed(b"".join(pieces))
        self._bounds = Packed(bounds)
        self._byte_bounds = Packed(byte_bounds)
        # statute, article and kind of each text, three values a text
        self._tables = Packed(
            array(
                "I", [v for row in zip(statute_of, article_of, kind_of, strict=True) for v in row]
            )
        )
        self._views: tuple[Sequence[int], Sequence[int], Sequence[int]] | None = None

    def __getstate__(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if k != "_views"}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._views = None

    def _arrays(self) -> tuple[Sequence[int], Sequence[int], Sequence[int]]:
        """Boundaries (characters, bytes) and tables, checked whole on first use (small)."""
        if self._views is None:
            self._views = (self._bounds.whole(), self._byte_bounds.whole(), self._tables.whole())
        return self._views

    def __len__(self) -> int:
        return len(self._bounds) - 1

    @overload
    def __getitem__(self, index: int) -> StoredText: ...
    @overload
    def __getitem__(self, index: slice) -> list[StoredText]: ...
    def __getitem__(self, index: int | slice) -> StoredText | list[StoredText]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("stored text id out of range")
        tables = self._arrays()[2]
        version, language, translation, url = self._kinds[tables[3 * index + 2]]
        return StoredText(
            self._statutes[tables[3 * index]],
            self._articles[tables[3 * index + 1]],
            version,
            language,
            translation,
            self.text(index),
            url,
        )

    def about(self, index: int) -> tuple[str, str, str | None, str, str | None]:
        """(statute, article, version, language, translation) of ``texts[index]``: its record
        without its text (nothing decoded)."""
        tables = self._arrays()[2]
        version, language, translation, _url = self._kinds[tables[3 * index + 2]]
        return (
            self._statutes[tables[3 * index]],
            self._articles[tables[3 * index + 1]],
            version,
            language,
            translation,
        )

    def text(self, index: int) -> str:
        """The text of ``texts[index]`` alone (no record made)."""
        byte_bounds = self._arrays()[1]
        raw = self._text.span(byte_bounds[index], byte_bounds[index + 1])
        return str(raw, "utf-8", "surrogatepass")

    def length(self, index: int) -> int:
        bounds = self._arrays()[0]
        return bounds[index + 1] - bounds[index]  # type: ignore[no-any-return]

    def __iter__(self) -> Iterator[StoredText]:
        return (self[i] for i in range(len(self)))


def _intern(ids: dict, values: list, value: object) -> int:  # type: ignore[type-arg]
    found = ids.get(value)
    if found is None:
        found = ids[value] = len(values)
        values.append(value)
    return found  # type: ignore[no-any-return]


class Neighbours:
    """text id -> the ids of the texts next to it (the following, or the preceding, article),
    as two arrays indexed by text id (checked whole on first use)."""

    def __init__(self, pairs: Mapping[int, Sequence[int]], size: int) -> None:
        starts = array("I", [0])
        ids = array("I")
        for text_id in range(size):
            ids.extend(pairs.get(text_id, ()))
            starts.append(len(ids))
        self._starts = Packed(starts)
        self._ids = Packed(ids)
        self._views: tuple[Sequence[int], Sequence[int]] | None = None

    def __getstate__(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if k != "_views"}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._views = None

    def get(self, text_id: int, default: list[int] | None = None) -> list[int]:
        if self._views is None:
            self._views = (self._starts.whole(), self._ids.whole())
        starts, ids = self._views
        if 0 <= text_id < len(starts) - 1:
            found = ids[starts[text_id] : starts[text_id + 1]]
            if found:
                return list(found)
        return default if default is not None else []

    def __len__(self) -> int:
        return len(self._ids)
