"""Candidate retrieval: an inverted index over every stored text of the store.

Every text a quotation can be matched against — each article's original, each translation, in
every version — becomes a :class:`~lawref.spans.StoredText` with an integer id. The index maps
token bigrams of each text's skeleton (two consecutive CJK characters, or two consecutive Latin
words/numbers) to the ids of the texts that contain them. A quotation is looked up by its own
rarest bigrams (lowest document frequency: an IDF cut rather than IDF weights, so that the
counting runs in C), texts are ranked by how many of them they hold, and the best few are
returned for the aligner to score.

Why token bigrams (tests/benchmarks/bench_matcher.py, shipped store, 185 labelled and sampled
quotations): the source article was among the candidates for 100% of them with token bigrams and
with Latin character 4-grams alike; bigrams read fewer posting entries per query (154 against
177). CJK character bigrams are the usual unit for Chinese retrieval. Terms are stored as integers
(a CJK pair packed exactly, other pairs by CRC-32) so that the index of a large store stays
compact and pickles quickly.

How it is kept (issue 20): a store of 58,000 texts must open in a few milliseconds, so nothing here
is one Python object per text or per term. The postings are three arrays (the terms sorted, where
each term's ids start, the ids), the stored texts their UTF-8 bytes joined with their boundaries
plus small tables of what they share (statute, version, language, publisher), and the neighbouring
articles two arrays; a text's :class:`~lawref.spans.StoredText` and a term's ids are made when
asked for. Every array is a :class:`~lawref.store.mapped.Packed`: the compiled cache keeps it in
its file's mapped section, so that opening the index of cn-laws-all (45 MiB) reads and checks
only the pages a run touches (~2 ms, against ~100 ms to read, authenticate and unpickle it whole).

Why only the rarest terms (big store, 58,661 texts, 240 sampled quotations): reading the 16
rarest terms within 10,000 posting entries found the source article as often as 32 terms within
30,000 (altered and elided 60/60, verbatim and scrape-damaged 58/60 — the misses are sentences
that stand verbatim in other articles too) at a fifth of the cost (0.9 ms against 4.9 ms a query).
"""

from __future__ import annotations

import re
import zlib
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import overload

from lawref.spans import StoredText
from lawref.store.files import Store
from lawref.store.mapped import Packed
from lawref.text.normalize import is_cjk, skeleton_text, token_texts

# At most this many of a quotation's terms are looked up: the rarest ones carry the evidence.
MAX_QUERY_TERMS = 16
# Posting entries read for one query stop growing past this (the 3 rarest terms are always read).
PROBE_BUDGET = 10_000
MIN_QUERY_TERMS = 3
# Term look-ups remembered per process (a binary search each the first time): bounds the memory a
# long batch run spends on them (~100 bytes a term).
MEMO_TERMS = 200_000
_LATIN_PAIR = 1 << 42


def pair_key(first: str, second: str) -> int:
    """The integer term for two consecutive tokens."""
    a, b = _CODES[first], _CODES[second]
    if a >= 0 and b >= 0:
        return (a << 21) | b
    return _LATIN_PAIR | zlib.crc32(f"{first}\x1f{second}".encode())


class _Codes(dict):  # type: ignore[type-arg]
    """Token → its code point when it is one CJK character, else -1 (memoised: ``map`` over a
    token list then runs in C)."""

    def __missing__(self, token: str) -> int:
        code = ord(token) if len(token) == 1 and is_cjk(token) else -1
        if len(self) < 500_000:
            self[token] = code
        return code


_CODES = _Codes()


def terms_of(tokens: Sequence[str]) -> set[int]:
    """The terms of a token sequence: one per pair of consecutive tokens (see :func:`pair_key`)."""
    codes = list(map(_CODES.__getitem__, tokens))
    terms = {(a << 21) | b for a, b in zip(codes, codes[1:], strict=False) if a >= 0 and b >= 0}
    if -1 in codes:
        terms.update(
            _LATIN_PAIR | zlib.crc32(f"{x}\x1f{y}".encode())
            for x, y, a, b in zip(tokens, tokens[1:], codes, codes[1:], strict=False)
            if a < 0 or b < 0
        )
    return terms


_ARTICLE_NUMBER = re.compile(r"^(\d{1,6})(?:-(\d{1,3}))?$")


def consecutive(first: str, second: str) -> bool:
    """Does article ``second`` directly follow ``first``? ("7" → "8", "20" → "20-1" → "21").
    Numbers of other shapes ("230(c)", "IV") are taken to follow in file order."""
    a, b = _ARTICLE_NUMBER.match(first), _ARTICLE_NUMBER.match(second)
    if a is None or b is None:
        return True
    base_a, base_b = int(a.group(1)), int(b.group(1))
    sub_a, sub_b = int(a.group(2) or 0), int(b.group(2) or 0)
    if base_b == base_a:
        return sub_b == sub_a + 1
    return base_b == base_a + 1 and sub_b == 0


@dataclass(frozen=True)
class Title:
    en: str
    original: str


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
        self._memo: dict[int, int] = {}  # term -> slot, for the terms looked up in this process
        self._sorted: tuple[Sequence[int], Sequence[int]] | None = None

    def _slot(self, term: int) -> int:
        found = self._memo.get(term)
        if found is None:
            if self._sorted is None:  # terms and starts checked whole, once (2 x 2.4 MB)
                self._sorted = (self._terms.whole(), self._starts.whole())
            terms = self._sorted[0]
            at = bisect_left(terms, term)
            found = at if at < len(terms) and terms[at] == term else -1
            if len(self._memo) < MEMO_TERMS:
                self._memo[term] = found  # terms recur from document to document (batch runs)
        return found

    def _bounds(self, at: int) -> tuple[int, int]:
        assert self._sorted is not None  # _slot made it
        starts = self._sorted[1]
        return starts[at], starts[at + 1]

    def __getstate__(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if k not in ("_memo", "_sorted")}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._memo = {}
        self._sorted = None

    def weighted(self, terms: Iterable[int | None]) -> list[tuple[int, int]]:
        """(how many texts hold it, term) for each of ``terms`` (0 for a term no text holds, or
        None): :meth:`frequency` of many terms in one call."""
        memo, slot = self._memo, self._slot
        out: list[tuple[int, int]] = []
        for term in terms:
            if term is None:
                out.append((0, 0))
                continue
            at = memo.get(term)
            if at is None:
                at = slot(term)
            if at < 0:
                out.append((0, term))
            else:
                assert self._sorted is not None  # _slot made it
                starts = self._sorted[1]
                out.append((starts[at + 1] - starts[at], term))
        return out

    def frequency(self, term: int) -> int:
        """How many texts hold ``term`` (0 when none)."""
        at = self._slot(term)
        if at < 0:
            return 0
        first, last = self._bounds(at)
        return last - first

    def __getitem__(self, term: int) -> Sequence[int]:
        at = self._slot(term)
        if at < 0:
            raise KeyError(term)
        return self._ids.span(*self._bounds(at))

    def __contains__(self, term: object) -> bool:
        return isinstance(term, int) and self._slot(term) >= 0

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


class Index:
    """Stored texts with ids, their neighbours (consecutive articles), titles and postings.

    Picklable, and quick to read back: it holds arrays, a few strings and small tables (see the
    module's docstring). ``probes`` counts posting entries read and ``queries`` the look-ups made,
    so tests can bound the work of a query without timing it.
    """

    def __init__(
        self,
        texts: Sequence[StoredText],
        *,
        titles: dict[str, Title] | None = None,
        following: dict[int, list[int]] | None = None,
    ) -> None:
        self.texts = StoredTexts(texts)
        self.titles: dict[str, Title] = dict(titles or {})
        preceding: dict[int, list[int]] = {}
        for first, nexts in (following or {}).items():
            for second in nexts:
                preceding.setdefault(second, []).append(first)
        self.following = Neighbours(following or {}, len(self.texts))
        self.preceding = Neighbours(preceding, len(self.texts))
        self.postings = Postings({})
        self.probes = 0
        self.queries = 0
        self._build()

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        lists: dict[int, list[int]] = {}
        for text_id in range(len(self.texts)):
            for term in terms_of(token_texts(skeleton_text(self.texts.text(text_id)))):
                found = lists.get(term)
                if found is None:
                    lists[term] = [text_id]
                else:
                    found.append(text_id)
        self.postings = Postings(lists)

    @classmethod
    def from_store(cls, store: Store | Iterable) -> Index:  # type: ignore[type-arg]
        """Every text of every statute: originals and translations, each version's articles."""
        texts: list[StoredText] = []
        titles: dict[str, Title] = {}
        following: dict[int, list[int]] = {}
        for statute in store:
            titles[statute.id] = Title(statute.title_en, statute.title_original)
            # ids of each article's texts, keyed by (language, publisher) so that a translation's
            # neighbour is the next article's translation by the same publisher
            ids_of: list[dict[tuple[str, str | None], int]] = []
            for article in statute.articles:
                version = article.versions[-1] if article.versions else None
                mine: dict[tuple[str, str | None], int] = {}
                mine[(statute.language, None)] = len(texts)
                texts.append(
                    StoredText(
                        statute.id, article.number, version, statute.language, None, article.text
                    )
                )
                for other in article.language_versions:
                    # Another official language version: an original text, not a translation.
                    mine.setdefault((other.language, None), len(texts))
                    texts.append(
                        StoredText(
                            statute.id, article.number, version, other.language, None, other.text
                        )
                    )
                for translation in article.translations:
                    key = (translation.language, translation.publisher)
                    mine.setdefault(key, len(texts))
                    texts.append(
                        StoredText(
                            statute.id,
                            article.number,
                            version,
                            translation.language,
                            translation.publisher,
                            translation.text,
                            translation.url,
                        )
                    )
                ids_of.append(mine)
            position = {id(article): i for i, article in enumerate(statute.articles)}
            for version_id in statute.version_ids():
                sequence = [position[id(a)] for a in statute.articles_in(version_id)]
                for first, second in zip(sequence, sequence[1:], strict=False):
                    numbers = (statute.articles[first].number, statute.articles[second].number)
                    if not consecutive(*numbers):
                        continue  # a gap in a partial store: these two do not run on
                    for key, text_id in ids_of[first].items():
                        next_id = ids_of[second].get(key)
                        if next_id is not None and next_id not in following.get(text_id, []):
                            following.setdefault(text_id, []).append(next_id)
        return cls(texts, titles=titles, following=following)

    # --- querying -----------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.texts)

    def document_frequency(self, term: int) -> int:
        return self.postings.frequency(term)

    def scored_candidates(self, quote_skeleton: str, limit: int) -> list[tuple[int, float]]:
        """The ``limit`` best text ids for a quotation's skeleton, with their scores: how many of
        the quotation's rarest terms each text holds.

        Only the rarest terms are read (up to MAX_QUERY_TERMS, while the posting entries read stay
        within PROBE_BUDGET; the MIN_QUERY_TERMS rarest are always read): they carry nearly all of
        the evidence, and counting them in C (Counter.update) keeps a query cheap on a large
        store. Ties keep the order in which texts were first counted (rarest term first).
        """
        self.queries += 1
        weighted = [
            pair
            for pair in self.postings.weighted(terms_of(token_texts(quote_skeleton)))
            if pair[0]
        ]
        weighted.sort()
        counts: Counter[int] = Counter()
        read = 0
        for used, (df, term) in enumerate(weighted):
            if used >= MAX_QUERY_TERMS or (used >= MIN_QUERY_TERMS and read + df > PROBE_BUDGET):
                break
            counts.update(self.postings[term])
            read += df
        self.probes += read
        return [(text_id, float(count)) for text_id, count in counts.most_common(limit)]

    def candidates(self, quote_skeleton: str, limit: int = 10) -> list[int]:
        """The ``limit`` most likely text ids for a quotation's skeleton, best first."""
        return [text_id for text_id, _ in self.scored_candidates(quote_skeleton, limit)]

    def title(self, statute: str) -> Title:
        return self.titles.get(statute, Title(statute, statute))
