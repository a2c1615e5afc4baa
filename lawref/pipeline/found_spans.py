"""What a document quotes or reproduces: the spans the check goes on to link and verify.

The first stage of ``Checker.check_source`` (pipeline/checker.py): quotations in marks
(quotes/), the reuse scan's unquoted reproductions (reuse/, their match results handed on rather
than matched again), and the finds that need the document's citations — Chinese under its
article's heading, renderings under a heading or citing their article, sentences restating the
article cited beside them, the cited article's exact clauses after a Chinese lead-in — each
replacing the spans it covers. Kept apart from the checker so that the wiring of the later stages
reads on its own; nothing here decides a verdict or an attribution.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lawref.citations.find import CitationFinder
from lawref.match.matcher import Matcher
from lawref.match.results import MatchResult
from lawref.pipeline.cited_restatements import cited_restatements
from lawref.pipeline.headed import Headed, headed_renderings
from lawref.pipeline.heading_points import heading_points
from lawref.pipeline.retold_items import retold_items
from lawref.pipeline.retold_list import retold_list
from lawref.quotes.find import find_quotes
from lawref.reuse.scan import ScanStats, scan_reuse
from lawref.spans import CitationSpan, QuoteSpan, SourceText
from lawref.store.files import Store
from lawref.text.scripts import scripts_of
from lawref.xling.link import CrossLingualLinker

__all__ = ["Found", "found_spans"]


@dataclass(frozen=True)
class Found:
    """A document's spans in text order, the match results handed on for some of them (keyed by
    a span's start and end), the finds made under headings or citations, and its citations."""

    spans: list[QuoteSpan]
    handed: dict[tuple[int, int], MatchResult]
    headed: list[Headed]
    citations: list[CitationSpan]


def found_spans(
    source: SourceText,
    finder: CitationFinder,
    date: dt.date | None,
    matcher: Matcher,
    xling: CrossLingualLinker,
    store: Store,
    *,
    reuse: bool,
) -> Found:
    """The document's spans (``reuse`` also finds unquoted reproductions), its citations read at
    ``date``, and what was matched on the way."""
    text = source.text
    spans = find_quotes(text, source.blockquotes)
    # The reuse scan matched what it reports already: its results are handed on, not redone.
    handed: dict[tuple[int, int], MatchResult] = {}
    if reuse:
        scanned = scan_reuse(text, matcher, [(q.start, q.end) for q in spans], ScanStats())
        spans += [r.span for r in scanned]
        handed = {(r.span.start, r.span.end): r.result for r in scanned}
        spans.sort(key=lambda q: q.start)
    citations = finder.find(text, date)
    # The rules for Chinese or Japanese text run only on a text that holds Han characters
    # or kana at all: on an English article they cost nothing.
    scripts = scripts_of(text)
    if reuse and scripts.han:
        # Chinese under its article's heading whose words changed too much for the scan (each
        # script's rules imported inside their gate: a text without it never loads them).
        from lawref.pipeline.headed_chinese import headed_chinese

        under_headings = headed_chinese(text, spans, citations, matcher)
        spans = sorted(spans + [r.span for r in under_headings], key=lambda q: q.start)
        handed |= {(r.span.start, r.span.end): r.result for r in under_headings}
    headed: list[Headed] = []
    if reuse:
        # English renderings of a Chinese article under its heading ("Article 1 This Law …"),
        # verified against the article the heading names.
        headed = headed_renderings(text, spans, citations, xling, handed)
        if scripts.kana:
            # Japanese renderings that cite their article in the sentence: "…保護する(第7条)".
            from lawref.pipeline.japanese_cited import japanese_cited_renderings

            headed += japanese_cited_renderings(text, spans, citations, xling)
        # Sentences restating the article cited beside them, unquoted ("Article 33(2) says …").
        taken = spans + [h.span for h in headed]
        headed += cited_restatements(text, taken, citations, matcher, store, xling, handed)
        # List items under a citation of an article that retell one of its points.
        headed += retold_items(text, taken + [h.span for h in headed], citations, store, handed)
        # …and the items of a list whose words together retell the article cited before it.
        headed += retold_list(text, taken + [h.span for h in headed], citations, store, handed)
        # Lines under a bare heading citing an article that retell its point ("Art. 15(1)⏎…").
        headed += heading_points(text, taken + [h.span for h in headed], citations, store, handed)
        if scripts.han:
            # The law's exact words in the clauses after a Chinese lead-in citing them.
            from lawref.pipeline.cited_clauses import cited_clauses

            taken += [h.span for h in headed]
            headed += cited_clauses(text, taken, citations, matcher)
        replaced = {(r.start, r.end) for find in headed for r in find.replaces}
        spans = [s for s in spans if (s.start, s.end) not in replaced]
        for find in headed:
            spans.append(find.span)
            handed[(find.span.start, find.span.end)] = find.result
        spans.sort(key=lambda q: q.start)
    return Found(spans, handed, headed, citations)
