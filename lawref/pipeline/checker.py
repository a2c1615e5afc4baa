"""The ``check`` pipeline: quotations and citations found, linked, verified and attributed.

    SourceText -> find_quotes (quotes/) + scan_reuse (reuse/, its match results handed on)
               -> CitationFinder (citations/) -> introducing citations, computed once
               -> Matcher.match (match/: index + alignment + verdict), preferring the cited article
               -> CrossLingualLinker (xling/) for English quotes no stored rendering explains
               -> link_quotes (pipeline/attribution.py) -> report.Document

Each stage lives in its own subpackage; this module only wires them together, in one direction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from lawref._version import __version__
from lawref.citations.find import CitationFinder
from lawref.match.matcher import Matcher
from lawref.match.results import MatchResult
from lawref.pipeline.accusations import settled_links
from lawref.pipeline.article_paragraphs import by_article_paragraph
from lawref.pipeline.attribution import firmness, introducing_citations, link_quotes
from lawref.pipeline.carried import drop_carried
from lawref.pipeline.changed_head import changed_head
from lawref.pipeline.changed_tail import changed_tail
from lawref.pipeline.cited_alike import cited_alike
from lawref.pipeline.cites_within import cites_another_law
from lawref.pipeline.commentary import commentators_words
from lawref.pipeline.credited_after import credited_after
from lawref.pipeline.cut_short import cut_short, dropped_middle
from lawref.pipeline.defined_elsewhere import defined_elsewhere
from lawref.pipeline.definition_cut import definition_cut_short
from lawref.pipeline.draft_claims import no_claims_on_drafts
from lawref.pipeline.drafts_words import drafted_citations, drafts_words
from lawref.pipeline.dropped_words import dropped_words
from lawref.pipeline.enacted import EnactedReader
from lawref.pipeline.fine_ceilings import told_ceilings
from lawref.pipeline.folded_points import by_folded_points
from lawref.pipeline.found_spans import found_spans
from lawref.pipeline.headed import introduced_by_headings
from lawref.pipeline.heading_opened import heading_opened
from lawref.pipeline.instruments import bare_heading_citation
from lawref.pipeline.interjected_notes import drop_interjected
from lawref.pipeline.invented_article import invented_article
from lawref.pipeline.item_end import item_end_mark
from lawref.pipeline.item_head import item_head_dropped
from lawref.pipeline.joined import in_one_article
from lawref.pipeline.lead_in_head import lead_in_heads
from lawref.pipeline.list_bullets import bullets_are_layout
from lawref.pipeline.list_siblings import list_siblings
from lawref.pipeline.listed_elsewhere import listed_elsewhere
from lawref.pipeline.listed_items import listed_items
from lawref.pipeline.markdown_marks import markdown_is_layout
from lawref.pipeline.named_lead_in import named_lead_ins
from lawref.pipeline.nested import inner_quotations
from lawref.pipeline.not_law_text import not_the_law_text
from lawref.pipeline.numbered_heading import under_own_heading, unheaded
from lawref.pipeline.offence_names import offence_named
from lawref.pipeline.other_text import other_text_read
from lawref.pipeline.question_lines import question_lines_split
from lawref.pipeline.renderings import RenderingJudge, Weighed
from lawref.pipeline.replaced import new_wordings
from lawref.pipeline.retold_elsewhere import retold_elsewhere
from lawref.pipeline.rewritings import rewritings
from lawref.pipeline.run_on import run_on_citations
from lawref.pipeline.scraped_gloss import scraped_glosses
from lawref.pipeline.self_named import self_named
from lawref.pipeline.shortened import shortened_quotation
from lawref.pipeline.tied_articles import page_cited_tie
from lawref.pipeline.told_paraphrase import ToldResult
from lawref.pipeline.unquoted import widen_unquoted
from lawref.report import Document, Match, Quote, Report, citation_record, with_locations
from lawref.reuse.copied_paragraphs import each_copied_paragraph
from lawref.reuse.page_cut import stopped_by_page
from lawref.reuse.paragraphs import by_paragraph
from lawref.spans import CitationSpan, QuoteSpan, SourceText
from lawref.store.files import Store
from lawref.store.load import load_store
from lawref.xling.link import CrossLingualLinker, evidence_of, notes_of


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
        date: dt.date | None = None,
    ) -> None:
        self.store = store
        # The date a citation without a year is read at (--date); else each document's own.
        self.date = date
        self.reuse = reuse  # also look for statute text reproduced without quotation marks
        self.min_score = min_score
        self.crosslingual = crosslingual
        self._matcher: Matcher | None = None
        self._finder: CitationFinder | None = None
        self.xling = CrossLingualLinker(store, enabled=crosslingual)
        self.renderings = RenderingJudge(store, self.xling, lambda: self.matcher)
        self.enacted = EnactedReader(store)  # other instruments' near-copies (pipeline/enacted.py)

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

    # --- one document -------------------------------------------------------------------------

    def check_source(self, source: SourceText) -> Document:
        text = source.text
        self.enacted.new_document()
        found = found_spans(
            source,
            self.finder,
            self.date or source.date,
            self.matcher,
            self.xling,
            self.store,
            reuse=self.reuse,
        )
        spans, handed, headed, citations = found.spans, found.handed, found.headed, found.citations
        groups = introducing_citations(text, spans, citations)
        # "The proposal says: “…”": the lead-in's subject is a draft, not the law cited before.
        groups = [
            drafted_citations(text, span, group) for span, group in zip(spans, groups, strict=True)
        ]
        if self.reuse:
            groups = introduced_by_headings(text, spans, groups, citations, headed)
        # (A quotation no citation introduces is matched with the bare article heading above it,
        # if any: its number settles which article a Japanese rendering is checked against.)
        results = [
            self._match(
                span,
                group[0] if group else bare_heading_citation(text, span.start),
                handed.get((span.start, span.end)),
            )
            for span, group in zip(spans, groups, strict=True)
        ]
        # Unquoted reproductions judged over the sentence they stand in.
        spans, results, groups = widen_unquoted(text, spans, results, groups, self.matcher)
        # A quoted paraphrase holding a quotation of the law: the inner one is the law's words.
        spans, results, groups = inner_quotations(spans, results, groups, self._match, citations)
        # Several paragraphs, no faithful copy as a whole: each paragraph the law holds, on its own.
        spans, results, groups = by_paragraph(spans, results, groups, self._match)
        # …and one copied exactly, paragraph after paragraph of one article: each paragraph.
        spans, results, groups = each_copied_paragraph(
            spans,
            results,
            groups,
            self._match,
            under_own_heading(text),
            unheaded(text, citations),
            stopped_by_page(text),
        )
        # An unquoted reproduction of several paragraphs of one article: each paragraph on its own.
        spans, results, groups = by_article_paragraph(spans, results, groups, self._match)
        # A reproduction run over a question line of the writer's: the law's words on each side.
        spans, results, groups = question_lines_split(spans, results, groups, self._match)
        # A match on two joined articles names the one its words lie in.
        results = [in_one_article(r, self.store) for r in results]
        # A reproduction that puts a full stop where the law's sentence goes on dropped words.
        results = [cut_short(text, s, r) for s, r in zip(spans, results, strict=True)]
        # A definition quoted after "defines X as" that stops where the law's goes on.
        results = [definition_cut_short(text, s, r) for s, r in zip(spans, results, strict=True)]
        # Two pieces of one reproduction with the law's words between them left out.
        results = dropped_middle(text, spans, results)
        # A list reproduced unquoted, items left out or changed: one altered quotation.
        spans, results, groups = listed_items(text, spans, results, groups, self._match_line)
        # …but an article's paragraphs with the points under a lead-in folded away: each paragraph.
        spans, results, groups = by_folded_points(spans, results, groups, self._match)
        # A definition a scraper glued after its term inside another article's text: no quotation.
        spans, results, groups = scraped_glosses(text, spans, results, groups, self.store)
        # A list line without its item's first words (after the list is judged: items stay apart).
        results = [item_head_dropped(text, s, r) for s, r in zip(spans, results, strict=True)]
        results = [item_end_mark(text, s, r) for s, r in zip(spans, results, strict=True)]
        # The page's layout around a copy — bullets, Markdown markers, the article's own heading —
        # is no change of the law's words: each taken out and the rest matched again
        # (pipeline/verbatim_again.py).
        for layout_is_no_change in (bullets_are_layout, markdown_is_layout, heading_opened):
            results = [
                layout_is_no_change(s, r, self._match_preferring)
                for s, r in zip(spans, results, strict=True)
            ]
        # Only law text is linked (not a title, a heading, a stock phrase), and each verdict says
        # which rendering it rests on (truncated, seen only in reporting, this page's own).
        weighed = [
            self.renderings.weigh(
                span.text,
                group[0] if group else None,
                result,
                source.source,
                group,
                span.marks,
                text,
                span.start,
            )
            for span, group, result in zip(spans, groups, results, strict=True)
        ]
        # A quotation of the law's own words in its order, some left out: altered, not paraphrase
        # (after weighing: a short paraphrase no citation supports is unlinked first).
        weighed = [
            Weighed(shortened_quotation(text, s, w.result), w.note)
            for s, w in zip(spans, weighed, strict=True)
        ]
        # A near-copy given as a draft's words by its lead-in ("草案二审稿规定，…", "the proposal
        # states that …") or cited by the draft alone (《…法(草案)》), or an uncited one on a page
        # that enacts another instrument (特作如下决定) or is a draft: that instrument's words.
        weighed = [
            drafts_words(text, span, w, group)
            or self.enacted.near_copy(text, span, w, self.finder.windows, next(iter(group), None))
            for span, group, w in zip(spans, groups, weighed, strict=True)
        ]
        # A sentence that calls its own instrument 本条例 where the matched law says 本法: not the law's.
        weighed = [
            self_named(text, s, w, self.enacted, self.finder.windows)
            for s, w in zip(spans, weighed, strict=True)
        ]
        # 由“A”调整为“B”: B is the change's new wording, not another article that reads alike.
        weighed = new_wordings(text, spans, weighed, self.store)
        # 最终通过的法律取消了“…”, "the Act deleted the words “…”": words a change took out.
        weighed = [dropped_words(text, s, w) for s, w in zip(spans, weighed, strict=True)]
        # A page that reproduces another text of a stored law under its title and numbering.
        weighed, groups = other_text_read(text, spans, weighed, groups, self.store, citations)
        weighed = [
            not_the_law_text(text, s, w, citations, self.store)
            for s, w in zip(spans, weighed, strict=True)
        ]
        # The names of offences an article lists ("collusion with a foreign country …"): names.
        weighed = [
            offence_named(s, w, g[0] if g else None)
            for s, w, g in zip(spans, weighed, groups, strict=True)
        ]
        # Words cited as an article beyond the cited law's last one (第六十六条 of a law of 55).
        weighed = [
            invented_article(s, w, g[0] if g else None, self.store)
            for s, w, g in zip(spans, weighed, groups, strict=True)
        ]
        # A commentator's retelling under 条文理解, a paraphrase citing another law: not linked.
        weighed = [
            cites_another_law(s, commentators_words(text, s, w, self.store), citations, self.store)
            for s, w in zip(spans, weighed, strict=True)
        ]
        results = [w.result for w in weighed]
        # Text under a bare article heading is cited by its number, whose law the page does not
        # name (after weighing: it says nothing of which text the words are).
        groups = [
            group or [c for c in [bare_heading_citation(text, span.start)] if c is not None]
            for span, group in zip(spans, groups, strict=True)
        ]
        # Another article's text running on under an article's heading is cited by that heading.
        groups = run_on_citations(text, spans, results, groups)
        # "… in accordance with Article 89(1)" reproduced with the law's words is not a source.
        groups = drop_carried(text, spans, results, groups, citations)
        # "… the AI Office Article 3(47) AI Act: ‘AI Office’ means …. , without prejudice …": the
        # citation opens the note set into the article's sentence, not the words resuming it.
        groups = drop_interjected(text, spans, results, groups, citations, self.store)
        # An unquoted sentence that rewrites its cited article is not another article's text.
        weighed = rewritings(text, spans, weighed, groups, self.store)
        # A retelling another article matches only by words the cited one holds too: the cited
        # article's, or not linked.
        weighed = cited_alike(spans, weighed, groups, self.store, self._rematch)
        # A list item linked elsewhere than its list's article, on words that article holds.
        weighed = list_siblings(text, spans, weighed, citations, self.store, self._rematch)
        weighed = page_cited_tie(spans, weighed, groups, citations, self._rematch)  # exact ties
        results = [w.result for w in weighed]
        # A reproduction whose first words stand in for the law's (a swapped subject) is altered.
        results = [changed_head(text, s, r) for s, r in zip(spans, results, strict=True)]
        # …and one whose last words name the law where the law names itself (本法) is too.
        results = [changed_tail(text, s, r) for s, r in zip(spans, results, strict=True)]
        spans, results = lead_in_heads(text, spans, results)  # …强调，<the writer's subject>…
        # "网络安全法强调，…": unquoted words a named law's lead-in gives as its own.
        groups, presented = named_lead_ins(text, spans, groups, results, self.store)
        links = link_quotes(
            text,
            spans,
            [r.match for r in results],
            citations,
            self.store,
            groups,
            [firmness(r) for r in results],
            presented,
        )
        # Who cites a quotation no citation introduced; which misattribution accuses no one.
        links = settled_links(
            text, spans, results, links, citations, self.store, self.finder.contexts.rules
        )
        quotes = []
        for span, result, link, weight in zip(spans, results, links, weighed, strict=True):
            notes = [note for note in (link.note, weight.note, *notes_of(result)) if note]
            unavailable = self.xling.unavailable_note(span.text, result)
            if unavailable:
                notes.append(unavailable)
            quotes.append(
                Quote.model_construct(  # typed values: no validation (see lawref/report.py)
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
                    evidence=evidence_of(result),
                    notes=notes,
                )
            )
        # A fine's ceiling retold and credited elsewhere (fine_ceilings.py); a sentence, a list's
        # items or a term's definition a citation presents as its article's, another article's.
        told = told_ceilings(text, spans, citations, self.store)
        for elsewhere in (retold_elsewhere, listed_elsewhere, defined_elsewhere):
            told += elsewhere(text, [*spans, *told], citations, self.store)
        told += credited_after(text, [*spans, *told], citations, self.store, self.xling)
        quotes = sorted(quotes + told, key=lambda q: q.start) if told else quotes
        # A page that is a draft, or dated before the law it cites, accuses no one.
        quotes = no_claims_on_drafts(text, quotes, self.finder.windows, self.store, source.date)
        document = Document.model_construct(  # typed values: no validation (lawref/report.py)
            source=source.source,
            quotes=quotes,
            citations=[citation_record(c) for c in citations],
        )
        return with_locations(document, source)  # the page (PDF) or paragraph (DOCX)

    def check_text(self, text: str, source: str = "-") -> Document:
        return self.check_source(SourceText(source=source, text=text))

    # --- one quotation ------------------------------------------------------------------------

    def _match(
        self, span: QuoteSpan, citation: CitationSpan | None, handed: MatchResult | None = None
    ) -> MatchResult:
        if isinstance(handed, ToldResult):
            return handed  # (the writer's own words for the cited article: told_paraphrase.py)
        prefer = (citation.statute, citation.article) if citation and citation.statute else None
        # A handed-over result was made without a preference; a citation can change the choice
        # between near-equal candidates, so then the span is matched again with it.
        if handed is not None and (prefer is None or evidence_of(handed) is not None):
            result = handed  # (a heading's rendering was linked through its citation already)
        else:
            result = self.matcher.match(span.text, prefer=prefer)
        if self.xling.eligible(span.text, result):
            result = self.xling.link(span.text, citation) or result
        weak = self.min_score is not None and result.score < self.min_score
        if weak and result.match is not None:
            return MatchResult("unmatched", result.score, None)
        return result

    def _rematch(
        self,
        words: str,
        prefer: tuple[str, str | None],
        margin: float,
        *,
        across_tiers: bool = False,
    ) -> MatchResult:
        """The words matched again with ``prefer`` winning within ``margin`` of the best (at any
        tier with ``across_tiers``: pipeline/cited_across.py)."""
        return self.matcher.match(words, prefer=prefer, margin=margin, across_tiers=across_tiers)

    def _match_preferring(self, words: str, article: tuple[str, str]) -> MatchResult:
        """A quotation's words without the page's layout matched with its article preferred."""
        return self.matcher.match(words, prefer=article)

    def _match_line(self, words: str, like: Match) -> MatchResult:
        """A list item's line matched with the article of the list's other pieces preferred."""
        return self.matcher.match(words, prefer=(like.statute, like.article))

    def check_sources(self, sources: Iterable[SourceText]) -> Report:
        return Report(lawref_version=__version__, documents=[self.check_source(s) for s in sources])


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
