"""The cross-lingual decision behind one call: is an English quotation that no stored text explains
a rendering of a Chinese article? (The pipeline asks; lawref/xling/evidence.py does the reading.)"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from lawref.match.matcher import MatchResult
from lawref.report import Evidence, stored_match
from lawref.xling import thresholds as T

if TYPE_CHECKING:
    from lawref.spans import CitationSpan
    from lawref.store.files import Store
    from lawref.xling.evidence import CrossLingualIndex

INDEX_VERSION = "3"  # the compiled cache entry of the cross-lingual index; bump when it changes


@dataclass(frozen=True)
class XlingResult(MatchResult):
    """A match made through the Chinese original, with the evidence that supports it."""

    evidence: Evidence | None = None  # the report's record, made once when the link is made
    summary: str | None = None


class CrossLingualLinker:
    """Links English quotations to Chinese articles for one store; the index is built (or read
    from the compiled cache) on first use. ``note`` says why no link can be made, when the
    optional extra is missing and the user did not turn the check off."""

    def __init__(self, store: Store, *, enabled: bool = True) -> None:
        self.store = store
        self.enabled = enabled
        self._index: CrossLingualIndex | None | bool = None  # False: unavailable
        self.note: str | None = None

    def _get_index(self) -> CrossLingualIndex | None:
        if self._index is None:
            from lawref.xling import evidence  # jieba and CC-CEDICT: only when a quote needs them

            reason = evidence.unavailable_reason()
            if not self.enabled or reason is not None:
                self._index = False
                # Say why an English quotation was not compared with the Chinese original,
                # unless the user asked for that (--no-crosslingual).
                self.note = reason if self.enabled else None
            else:
                from lawref.store.cache import compiled

                self._index = compiled(
                    self.store,
                    "xling-index",
                    lambda: evidence.CrossLingualIndex.from_store(self.store),
                    version=INDEX_VERSION,
                )
        return self._index or None

    @staticmethod
    def eligible(quote: str, result: MatchResult) -> bool:
        """An English quotation long enough to carry evidence that no stored text explains."""
        return (
            result.verdict in ("paraphrase", "unmatched")
            and is_english(quote)
            and len(quote.split()) >= T.XLING_MIN_WORDS
        )

    def unavailable_note(self, quote: str, result: MatchResult) -> str | None:
        """The note for a quotation that would have been tried but could not be."""
        if not self.eligible(quote, result):
            return None
        self._get_index()
        return self.note

    def link(self, quote: str, citation: CitationSpan | None) -> XlingResult | None:
        """The link and its evidence, or None when the evidence does not carry it."""
        index = self._get_index()
        if index is None:
            return None
        hits = index.link(quote, limit=5)
        if not hits:
            return None
        cited = None
        if citation is not None and citation.statute and citation.article:
            cited = next(
                (
                    (stored, score)
                    for stored, score in hits
                    if (stored.statute, stored.article) == (citation.statute, citation.article)
                ),
                None,
            )
        if cited is not None and cited[1] >= T.XLING_CITED_MIN:
            best, faithful_min = cited[0], T.XLING_CITED_FAITHFUL_MIN
        else:
            best, score = hits[0]
            runner_up = next(
                (s for h, s in hits[1:] if (h.statute, h.article) != (best.statute, best.article)),
                0.0,
            )
            if score < T.XLING_LINK_MIN or score - runner_up < T.XLING_MARGIN:
                return None
            faithful_min = T.XLING_FAITHFUL_MIN
        evidence = index.evidence(quote, best)
        if evidence.faithfulness < faithful_min:
            return None
        from lawref.xling.evidence import crosslingual_differences

        differences = crosslingual_differences(evidence)
        statute = self.store.statutes[best.statute]
        return XlingResult(
            verdict="altered" if differences else "paraphrase",
            score=float(evidence.faithfulness),
            match=stored_match(
                best, statute.title_en, statute.title_original, best.text, evidence.span
            ),
            differences=differences,
            evidence=evidence.record(),
            summary=evidence.summary(),
        )


def evidence_of(result: MatchResult) -> Evidence | None:
    """The report's record of a cross-lingual link's evidence, if the result has one."""
    return result.evidence if isinstance(result, XlingResult) else None


def notes_of(result: MatchResult) -> list[str]:
    if isinstance(result, XlingResult):
        return [f"linked cross-lingually to the Chinese original: {result.summary}"]
    return []


def is_english(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    return sum(c.isascii() for c in letters) / len(letters) > 0.9
