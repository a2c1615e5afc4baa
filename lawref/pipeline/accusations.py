"""The second readings that settle each quotation's attribution, after the citations that
introduce the quotations are linked to them (attribution.link_quotes).

Two kinds, in the order the checker has always run them: who cites a quotation that no citation
introduced (a credit line under it, the law named last before it, a bare article heading above
it), and which `misattributed` is no accusation after all (the words name the cited article as
the duty they enforce, share only a formula with it, are the penalty for breaching it, are cited
by an earlier text's number, the citation's law was only read by the page's place, or a bare
number's law was guessed where the words are exactly that number of another law the page names).
Each step reads the links the step before it left; none links a quotation or changes a verdict.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.citations.grammar_data import ContextRule
from lawref.match.results import MatchResult
from lawref.pipeline.attribution import Link
from lawref.pipeline.breach_told import breach_told
from lawref.pipeline.context_read import context_read
from lawref.pipeline.credit_line import credited_below
from lawref.pipeline.earlier_numbering import earlier_numbering
from lawref.pipeline.heading_section import in_heading_section
from lawref.pipeline.named_before import named_before
from lawref.pipeline.penalty_cited import penalty_cited
from lawref.pipeline.refers_to_cited import refers_to_cited
from lawref.pipeline.same_number_named import same_number_named
from lawref.pipeline.shared_with_cited import shared_with_cited
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store

__all__ = ["settled_links"]


def settled_links(
    text: str,
    spans: Sequence[QuoteSpan],
    results: Sequence[MatchResult],
    links: Sequence[Link],
    citations: Sequence[CitationSpan],
    store: Store,
    context_rules: Sequence[ContextRule],
) -> list[Link]:
    """``links`` (one a quotation) after every second reading, in order."""
    matches = [r.match for r in results]
    # An uncited quotation agrees with a credit line under it, or the law named last before it.
    settled = credited_below(text, spans, matches, links, citations)
    settled = named_before(spans, matches, settled, citations)
    # One still uncited in a bare article heading's section is cited by it: unverified.
    settled = in_heading_section(text, spans, matches, settled, citations)
    # Words that name the cited article as the duty they enforce accuse no one.
    settled = refers_to_cited(text, spans, matches, settled)
    # Words tied to another article only by a formula the cited one shares accuse no one.
    settled = shared_with_cited(spans, matches, settled, store)
    # Words cited as the article that punishes their breach (Art. 83 for Art. 8) accuse no one.
    settled = penalty_cited(matches, settled, store)
    # A penalty, other amounts, given as what breaching the cited article costs: no accusation.
    settled = breach_told(text, spans, results, settled, citations)
    # Changed words cited by a number of the earlier text a revised law was renumbered from,
    # or any words under that number as their heading.
    settled = earlier_numbering(text, spans, results, settled, store)
    # A name the page's place read as one law, quoting the other law the name also means.
    settled = context_read(matches, settled, context_rules)
    # A bare number's law guessed, the words exactly the same number of another law named.
    return same_number_named(results, settled, citations)
