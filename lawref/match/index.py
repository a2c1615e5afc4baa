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

import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from lawref.match.counting import (
    VECTOR_AFTER_ENTRIES,
    VECTOR_MIN_ENTRIES,
    long_run,
    top_counted,
    top_counted_vectorised,
    vectorised,
)
from lawref.match.postings import Neighbours, Postings, StoredTexts
from lawref.spans import StoredText
from lawref.store.files import Store
from lawref.text.normalize import skeleton_text
from lawref.text.regex_code import constant
from lawref.text.tokens import is_cjk, token_texts

# At most this many of a quotation's terms are looked up: the rarest ones carry the evidence.
MAX_QUERY_TERMS = 16
# Posting entries read for one query stop growing past this (the 3 rarest terms are always read).
PROBE_BUDGET = 10_000
MIN_QUERY_TERMS = 3
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
CJK_CODES = _CODES  # token -> its code point when one CJK character, else -1 (memoised)


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


_ARTICLE_NUMBER = constant(r"^(\d{1,6})(?:-(\d{1,3}))?$")


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
    """A statute's title in English and in its original language."""

    en: str
    original: str


class Index:
    """Stored texts with ids, their neighbours (consecutive articles), titles and postings.

    Picklable, and quick to read back: it holds arrays, a few strings and small tables (see the
    module's docstring). ``probes`` counts posting entries read and ``queries`` the look-ups made,
    so tests can bound the work of a query without timing it.
    """

    # Posting entries this process has read through the index (lawref/match/counting.py reads it
    # to choose how to count); a class default, so that an index read back from the cache has it.
    _entries_read = 0

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

    def scored_candidates(
        self, quote_skeleton: str, limit: int, *, tokens: Sequence[str] | None = None
    ) -> list[tuple[int, float]]:
        """The ``limit`` best text ids for a quotation's skeleton, with their scores: how many of
        the quotation's rarest terms each text holds.

        Only the rarest terms are read (up to MAX_QUERY_TERMS, while the posting entries read stay
        within PROBE_BUDGET; the MIN_QUERY_TERMS rarest are always read): they carry nearly all of
        the evidence, and counting them in C (Counter.update) keeps a query cheap on a large
        store. Ties keep the order in which texts were first counted (rarest term first).
        ``tokens``: the skeleton's tokens when the caller has them (not read again).
        """
        self.queries += 1
        terms = terms_of(token_texts(quote_skeleton) if tokens is None else tokens)
        planned = self.postings.rarest(terms, MAX_QUERY_TERMS, MIN_QUERY_TERMS, PROBE_BUDGET)
        if planned is not None:
            lists, read = planned
        else:
            lists, read = self._rarest(terms)
        self.probes += read
        self._entries_read += read
        np = (
            vectorised()
            if read >= VECTOR_MIN_ENTRIES
            and (self._entries_read >= VECTOR_AFTER_ENTRIES or long_run())
            else None
        )
        found = (
            top_counted_vectorised(np, lists, limit, len(self.texts))
            if np
            else top_counted(lists, limit)
        )
        return [(text_id, float(count)) for text_id, count in found]

    def _rarest(self, terms: set[int]) -> tuple[list[Sequence[int]], int]:
        """:meth:`Postings.rarest` term by term (NumPy not in use)."""
        weighted = [pair for pair in self.postings.weighted(terms) if pair[0]]
        weighted.sort()
        lists = []
        read = 0
        for used, (df, term) in enumerate(weighted):
            if used >= MAX_QUERY_TERMS or (used >= MIN_QUERY_TERMS and read + df > PROBE_BUDGET):
                break
            lists.append(self.postings[term])
            read += df
        return lists, read

    def candidates(
        self, quote_skeleton: str, limit: int = 10, *, tokens: Sequence[str] | None = None
    ) -> list[int]:
        """The ``limit`` most likely text ids for a quotation's skeleton, best first."""
        found = self.scored_candidates(quote_skeleton, limit, tokens=tokens)
        return [text_id for text_id, _ in found]

    def title(self, statute: str) -> Title:
        return self.titles.get(statute, Title(statute, statute))
