"""The cross-lingual index: the Chinese articles of a store analysed once (words, glosses, a stem
index, packed to flat arrays for the compiled cache), and an English quote linked to the articles
it most likely renders (lawref.xling.link decides what to make of the scores; the reading of one
article is lawref.xling.evidence)."""

from __future__ import annotations

import math
from array import array
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, overload

from lawref.spans import StoredText
from lawref.store.glossary import Glossary, load_glossary
from lawref.store.mapped import Packed, PackedStrings
from lawref.xling.evidence import Evidence, analyse_chinese, evidence_for, require_dependencies

if TYPE_CHECKING:
    from lawref.store.files import Store
    from lawref.xling.align import EnglishQuote, Window
    from lawref.xling.zh import ZhAnalysis


def chinese_texts(store: Store) -> list[StoredText]:
    """The original text of every article of every Chinese statute of the store."""
    texts = []
    for statute in store:
        if not statute.language.startswith("zh"):
            continue
        for article in statute.articles:
            version = article.versions[-1] if article.versions else None
            texts.append(
                StoredText(
                    statute.id, article.number, version, statute.language, None, article.text
                )
            )
    return texts


class IndexedTexts(Sequence[StoredText]):
    """The indexed articles: their short fields pickled as columns, their texts as UTF-8 in the
    compiled cache's mapped section; a :class:`StoredText` is made when it is first asked for
    (a run reads the few articles a quotation links to, not every text of the store)."""

    _FIELDS = ("statute", "article", "version", "language", "translation", "url")

    def __init__(self, texts: Iterable[StoredText]) -> None:
        kept = list(texts)
        self._columns = tuple(tuple(getattr(t, f) for t in kept) for f in self._FIELDS)
        self._bodies = PackedStrings(t.text for t in kept)
        self._made: dict[int, StoredText] = {}
        self._positions: dict[tuple[Any, ...], list[int]] | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {"_columns": self._columns, "_bodies": self._bodies}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._made = {}
        self._positions = None

    def __len__(self) -> int:
        return len(self._bodies)

    @overload
    def __getitem__(self, n: int) -> StoredText: ...
    @overload
    def __getitem__(self, n: slice) -> list[StoredText]: ...
    def __getitem__(self, n: int | slice) -> StoredText | list[StoredText]:
        if isinstance(n, slice):
            return [self[i] for i in range(*n.indices(len(self)))]
        if n < 0:
            n += len(self)
        found = self._made.get(n)
        if found is None:
            statute, article, version, language, translation, url = (c[n] for c in self._columns)
            text = self._bodies[n]  # (raises IndexError past the end)
            found = StoredText(statute, article, version, language, translation, text, url)
            self._made[n] = found
        return found

    def text(self, n: int) -> str:
        """The text of article ``n``."""
        return self._bodies[n]

    def position(self, text: StoredText) -> int | None:
        """The number of ``text`` (the last, were it indexed twice), or None."""
        if self._positions is None:
            self._positions = defaultdict(list)
            for n, fields in enumerate(zip(*self._columns, strict=True)):
                self._positions[fields].append(n)
        fields = tuple(getattr(text, f) for f in self._FIELDS)
        for n in reversed(self._positions.get(fields, ())):
            if self._bodies[n] == text.text:
                return n
        return None


class CrossLingualIndex:
    """Chinese article texts analysed once (words, glosses, a stem index) for linking quotes.

    Picklable: it holds the glossary and the analyses, not the dictionaries or the segmenter. The
    analyses are packed (:class:`~lawref.xling.packed_analyses.PackedAnalyses`): a big store's index would
    otherwise be millions of token objects, slow to unpickle; the few articles a quote is scored
    against are rebuilt on demand, identical to the analyses they were packed from.
    """

    SHORTLIST = 40  # articles scored in full after the fast stem-overlap pass
    KEEP = 512  # rebuilt analyses kept for the next quotes (a document cites few articles)

    def __init__(self, texts: Iterable[StoredText], glossary: Glossary | None = None) -> None:
        require_dependencies()
        from lawref.xling.packed_analyses import PackedAnalyses

        self.glossary = glossary or load_glossary()
        chinese = [t for t in texts if t.language.startswith("zh")]
        self.texts = IndexedTexts(chinese)
        self.packed = PackedAnalyses(analyse_chinese(t.text, self.glossary) for t in chinese)
        postings: dict[str, list[int]] = defaultdict(list)
        for n in range(len(self.texts)):
            for stem in self.packed.bag(n):
                postings[stem].append(n)
        # Each stem's articles and weight, as one array of article numbers cut at
        # ``posting_bounds`` and one of weights, both by the stem's row in ``stem_rows``: a few
        # large objects (thousands of small arrays cost a warm run more to unpickle).
        count = len(self.texts)
        self.stem_rows = {stem: row for row, stem in enumerate(postings)}
        self.posting_bounds = array("I", [0])
        items = array("I")
        self.idf = array("d")
        for ns in postings.values():
            items.extend(ns)
            self.posting_bounds.append(len(items))
            self.idf.append(math.log(1 + count / len(ns)))
        self.posting_items = Packed(items)  # mapped from the cache: a run reads a few stems'
        self.rare = math.log(1 + count)  # weight of a stem no article can render
        from lawref.xling.reach import TemplateReach

        self.reach = TemplateReach(map(self.packed.template, range(len(self.packed.templates))))
        self._built: dict[int, ZhAnalysis] = {}

    def __getstate__(self) -> dict[str, Any]:
        # What is rebuilt on demand is not pickled.
        return {k: v for k, v in self.__dict__.items() if k != "_built"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._built = {}

    def _window(
        self,
        n: int,
        quote: EnglishQuote,
        weights: dict[str, float],
        memo: dict[int, Any],
        live: set[int],
    ) -> Window:
        """The best window of ``texts[n]`` for the quote, read from the packed templates: the
        window reads each token's clause and words, never its offsets, so the shortlist's
        analyses are not rebuilt (only the linked one is); a template's units are worked out once
        per quote (``memo``), however many of the articles hold the word, and only for the
        templates the quote's words reach (``live``: the others' units are empty)."""
        from lawref.xling.align import unit_sets
        from lawref.xling.clause_window import counted_best_window
        from lawref.xling.reach import ALWAYS

        # Per template, once a quote: its count of units and its non-empty sets (most templates
        # render nothing of the quote); per clause, the counts summed and the sets in order.
        counts: dict[int, int] = {}
        filled: dict[int, list[frozenset[int]]] = {}
        template, empty_counts = self.packed.template, self.reach.empty_counts
        for clause, tid in self.packed.clauses_and_templates(n):
            found = memo.get(tid)
            if found is None:
                count = empty_counts[tid]
                if count != ALWAYS and tid not in live:
                    found = memo[tid] = (count, ())
                else:
                    sets = unit_sets(template(tid), quote)
                    found = memo[tid] = (len(sets), [s for s in sets if s])
            count, sets = found
            counts[clause] = counts.get(clause, 0) + count
            if sets:
                if clause in filled:
                    filled[clause].extend(sets)
                else:
                    filled[clause] = list(sets)
        return counted_best_window(counts, filled, quote, weights)

    def analysis(self, n: int) -> ZhAnalysis:
        """The analysis of ``texts[n]``."""
        found = self._built.get(n)
        if found is None:
            if len(self._built) >= self.KEEP:
                self._built.clear()
            found = self._built[n] = self.packed.analysis(n, self.texts.text(n))
        return found

    @classmethod
    def from_store(cls, store: Store, glossary: Glossary | None = None) -> CrossLingualIndex:
        return cls(chinese_texts(store), glossary)

    def __len__(self) -> int:
        return len(self.texts)

    def articles_with(self, stem: str) -> Sequence[int]:
        """The numbers of the articles whose words ``stem`` can render, in order."""
        row = self.stem_rows.get(stem)
        if row is None:
            return ()
        return self.posting_items.span(self.posting_bounds[row], self.posting_bounds[row + 1])

    def link(self, english: str, limit: int = 5) -> list[tuple[StoredText, float]]:
        """The articles ``english`` most likely renders, best first, with a score 0-100."""
        from lawref.xling.align import analyse_quote

        quote = analyse_quote(english)
        if not quote.content:
            return []
        rows = self.stem_rows
        weights = {}
        for i in quote.content:
            stem = quote.tokens[i].stem
            row = rows.get(stem)
            weights[stem] = self.rare if row is None else self.idf[row]
        first: dict[int, float] = defaultdict(float)
        for i in quote.content:
            stem = quote.tokens[i].stem
            weight = weights[stem]
            for n in self.articles_with(stem):
                first[n] += weight
        shortlist = sorted(first, key=lambda n: -first[n])[: self.SHORTLIST]
        memo: dict[int, Any] = {}
        live = self.reach.live(quote)
        scored = [(n, 100 * self._window(n, quote, weights, memo, live).fscore) for n in shortlist]
        scored.sort(key=lambda x: (-x[1], x[0]))
        return [(self.texts[n], round(score, 1)) for n, score in scored[:limit] if score > 0]

    def evidence(self, english: str, text: StoredText) -> Evidence:
        """Evidence of how ``english`` renders ``text`` (analysed already when it is indexed)."""
        n = self.texts.position(text)
        analysis = self.analysis(n) if n is not None else analyse_chinese(text.text, self.glossary)
        return evidence_for(english, analysis)


_LAST_INDEX: list[tuple[tuple[int, tuple[StoredText, ...]], CrossLingualIndex]] = []


def link_crosslingual(
    english: str,
    candidates: Iterable[StoredText],
    glossary: Glossary | None = None,
    limit: int = 5,
) -> list[tuple[StoredText, float]]:
    """Score ``english`` against Chinese ``candidates``: best first, score 0-100.

    The index of the last candidate set is kept, so repeated calls with the same candidates
    (every quote of a document against the whole store) analyse the articles once.
    """
    require_dependencies()
    glossary = glossary or load_glossary()
    key = (id(glossary), tuple(candidates))
    if not _LAST_INDEX or _LAST_INDEX[0][0] != key:
        _LAST_INDEX[:] = [(key, CrossLingualIndex(key[1], glossary))]
    return _LAST_INDEX[0][1].link(english, limit)
