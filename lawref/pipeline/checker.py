"""The ``check`` pipeline: quotations and citations found, linked, verified and attributed.

    SourceText -> find_quotes / CitationFinder -> introducing citation (a hint for linking)
               -> Matcher.match (index + alignment + verdict)
               -> cross-lingual evidence for English quotes no stored rendering follows
               -> link_quotes (attribution) -> report.Document

Each stage lives in its own module; this one only wires them together, in one direction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lawref._version import __version__
from lawref.citations.find import CitationFinder
from lawref.match.matcher import Matcher, MatchResult
from lawref.pipeline.attribution import introducing_citations, link_quotes
from lawref.quotes.find import find_quotes
from lawref.report import Citation, Document, Match, Quote, Report
from lawref.reuse.scan import find_reuse
from lawref.spans import CitationSpan, QuoteSpan, SourceText, StoredText
from lawref.store.files import Store
from lawref.store.load import load_store

if TYPE_CHECKING:
    from lawref.xling.evidence import CrossLingualIndex

# An English quotation is tried against the Chinese originals only when it is long enough to
# carry evidence (a scare quote never is) and no stored text explains it. Scores are
# CrossLingualIndex.link's (0-100) and Evidence.faithfulness (0-100). Measured on the example
# articles and tests/data/xling_renderings.yaml: renderings of an article score 60-95 with a
# lead of 10+ over the next article; officials' statements and generic phrases ("protect the
# lawful rights and interests of individuals and organizations", found in many articles) score
# under 45 or tie with another article.
XLING_MIN_WORDS = 6
XLING_LINK_MIN = 55.0  # uncited: the best article must score this …
XLING_MARGIN = 5.0  # … and lead the next other article by this much
XLING_FAITHFUL_MIN = 50.0  # … and the evidence must be this faithful
XLING_CITED_MIN = 35.0  # when the nearby citation names the article, a weaker link will do
XLING_CITED_FAITHFUL_MIN = 30.0


class Checker:
    """Checks documents against one store; the matcher, finder and cross-lingual index are built
    once and reused for every document."""

    def __init__(
        self,
        store: Store,
        *,
        min_score: float | None = None,
        crosslingual: bool = True,
        reuse: bool = True,
    ) -> None:
        self.store = store
        self.reuse = reuse  # also look for statute text reproduced without quotation marks
        self.min_score = min_score
        self.crosslingual = crosslingual
        self._matcher: Matcher | None = None
        self._finder: CitationFinder | None = None
        self._xling: CrossLingualIndex | None | bool = None  # False: unavailable
        self.xling_note: str | None = None  # why the cross-lingual check could not run

    @property
    def matcher(self) -> Matcher:
        if self._matcher is None:
            self._matcher = Matcher(self.store)
        return self._matcher

    @property
    def finder(self) -> CitationFinder:
        if self._finder is None:
            self._finder = CitationFinder(self.store)
        return self._finder

    def _xling_index(self) -> CrossLingualIndex | None:
        if self._xling is None:
            from lawref.xling import evidence as crosslingual

            reason = crosslingual.unavailable_reason()
            if not self.crosslingual or reason is not None:
                self._xling = False
                # Say why an English quotation was not compared with the Chinese original,
                # unless the user asked for that (--no-crosslingual).
                self.xling_note = reason if self.crosslingual else None
            else:
                from lawref.store.cache import compiled

                self._xling = compiled(
                    self.store,
                    "xling-index",
                    lambda: crosslingual.CrossLingualIndex.from_store(self.store),
                    version="2",
                )
        return self._xling or None

    # --- one document -------------------------------------------------------------------------

    def check_source(self, source: SourceText) -> Document:
        text = source.text
        spans = find_quotes(text, source.blockquotes)
        if self.reuse:
            spans += find_reuse(text, self.matcher, [(q.start, q.end) for q in spans])
            spans.sort(key=lambda q: q.start)
        citations = self.finder.find(text)
        groups = introducing_citations(text, spans, citations)
        results = [
            self._match(span, group[0] if group else None)
            for span, group in zip(spans, groups, strict=True)
        ]
        links = link_quotes(
            text,
            spans,
            [r.match for r in results],
            citations,
            self.store,
            groups,
            [r.verdict for r in results],
        )
        quotes = []
        for span, result, link in zip(spans, results, links, strict=True):
            notes = [note for note in (link.version_note, *_notes(result)) if note]
            if self.xling_note and self._xling_eligible(span.text, result):
                notes.append(self.xling_note)
            quotes.append(
                Quote(
                    text=span.text,
                    start=span.start,
                    end=span.end,
                    verdict=result.verdict,
                    score=round(result.score, 1),
                    match=result.match,
                    differences=result.differences,
                    attribution=link.attribution,
                    cited_as=link.cited_as,
                    marks=span.marks,
                    evidence=_evidence(result),
                    notes=notes,
                )
            )
        return Document(
            source=source.source,
            quotes=quotes,
            citations=[
                Citation(
                    text=c.text,
                    start=c.start,
                    end=c.end,
                    statute=c.statute,
                    article=c.article,
                    version=c.version,
                )
                for c in citations
            ],
        )

    def check_text(self, text: str, source: str = "-") -> Document:
        return self.check_source(SourceText(source=source, text=text))

    # --- one quotation ------------------------------------------------------------------------

    def _match(self, span: QuoteSpan, citation: CitationSpan | None) -> MatchResult:
        prefer = (citation.statute, citation.article) if citation and citation.statute else None
        result = self.matcher.match(span.text, prefer=prefer)
        if self._xling_eligible(span.text, result):
            result = self._crosslingual(span.text, citation) or result
        weak = self.min_score is not None and result.score < self.min_score
        if weak and result.match is not None:
            return MatchResult("unmatched", result.score, None)
        return result

    @staticmethod
    def _xling_eligible(quote: str, result: MatchResult) -> bool:
        """An English quotation long enough to carry evidence that no stored text explains."""
        return (
            result.verdict in ("paraphrase", "unmatched")
            and _is_english(quote)
            and len(quote.split()) >= XLING_MIN_WORDS
        )

    def _crosslingual(self, quote: str, citation: CitationSpan | None) -> MatchResult | None:
        index = self._xling_index()
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
        if cited is not None and cited[1] >= XLING_CITED_MIN:
            best, faithful_min = cited[0], XLING_CITED_FAITHFUL_MIN
        else:
            best, score = hits[0]
            runner_up = next(
                (s for h, s in hits[1:] if (h.statute, h.article) != (best.statute, best.article)),
                0.0,
            )
            if score < XLING_LINK_MIN or score - runner_up < XLING_MARGIN:
                return None
            faithful_min = XLING_FAITHFUL_MIN
        evidence = index.evidence(quote, best)
        if evidence.faithfulness < faithful_min:
            return None
        from lawref.xling.evidence import crosslingual_differences

        differences = crosslingual_differences(evidence)
        return _XlingResult(
            verdict="altered" if differences else "paraphrase",
            score=float(evidence.faithfulness),
            match=self._report_match(best, evidence.span),
            differences=differences,
            evidence=evidence.to_json(),
            summary=evidence.summary(),
        )

    def _report_match(self, stored: StoredText, span: tuple[int, int]) -> Match:
        statute = self.store.statutes[stored.statute]
        return Match(
            statute=statute.id,
            title=statute.title_en,
            title_original=statute.title_original,
            article=stored.article,
            version=stored.version,
            language=stored.language,
            translation=stored.translation,
            text=stored.text,
            span=span,
        )

    def check_sources(self, sources: Iterable[SourceText]) -> Report:
        return Report(lawref_version=__version__, documents=[self.check_source(s) for s in sources])


@dataclass(frozen=True)
class _XlingResult(MatchResult):
    """A match made through the Chinese original, with the evidence that supports it."""

    evidence: dict[str, object] | None = None
    summary: str | None = None


def _evidence(result: MatchResult) -> dict[str, object] | None:
    return result.evidence if isinstance(result, _XlingResult) else None


def _notes(result: MatchResult) -> list[str]:
    if isinstance(result, _XlingResult):
        return [f"linked cross-lingually to the Chinese original: {result.summary}"]
    return []


def _is_english(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    return sum(c.isascii() for c in letters) / len(letters) > 0.9


def check(
    text: str,
    store: Store | None = None,
    *,
    source: str = "-",
    min_score: float | None = None,
) -> Report:
    """Check one document's text: every quotation linked, verified and attributed."""
    checker = Checker(store if store is not None else load_store(), min_score=min_score)
    return Report(lawref_version=__version__, documents=[checker.check_text(text, source)])


def check_documents(
    sources: Sequence[SourceText], store: Store | None = None, *, min_score: float | None = None
) -> Report:
    checker = Checker(store if store is not None else load_store(), min_score=min_score)
    return checker.check_sources(sources)
