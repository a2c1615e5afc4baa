"""A reproduction that runs across a table's cells is reported cell by cell.

A page that sets an article out as a table — one row per paragraph or point, with the row's
number, a reference ("37.1(a)") and a link beside the law's words:

    3 | 37.1 | 1. The controller and the processor shall designate … where: | GDPR 37 |
    4 | 37.1(a) | (a) the processing is carried out by a public authority … capacity; | GDPR 37 |

reproduces each paragraph exactly, in a cell of its own. The reuse scan read the rows as one
stretch of text, so the cells beside the law's words (numbers, references, link texts) became
words the writer inserted: one ``altered`` quotation for the whole table, when every cell of law
text is the law's word for word. A reader sees a table, each cell on its own, as a reader of a
page with paragraph markup sees paragraphs (reuse/paragraph_markup.py).

So a reproduction without quotation marks whose text holds a table's cell borders (``|``, at
least ``BORDERS_MIN`` of them) and that is not an exact copy as a whole is cut at the borders and
at line breaks: each cell with at least ``CELL_MIN_WORDS`` words is matched on its own, and the
cells that are the law's words (linked, whatever their verdict) are reported, each with its own
verdict; cells that match no law (a row's number, a reference, a link's text) are the table's,
and are dropped. The cut is made only when at least one cell is an exact copy (``verbatim``,
``minor`` or ``elided``) of a law an exact cell comes from: a table whose cells do not copy the
law stays one quotation, judged whole. On the real-world sets (dev to heldout11) the rule cuts
one reproduction, heldout11's GDPR Art. 37 set out as a table, into its five exact paragraphs,
as labelled.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from lawref.match.results import MatchResult
from lawref.reuse.paragraphs import split_each
from lawref.spans import CitationSpan, QuoteSpan
from lawref.text.normalize import token_texts
from lawref.text.regex_code import constant

__all__ = ["BORDERS_MIN", "CELL_MIN_WORDS", "by_table_cell"]

BORDERS_MIN = 2
CELL_MIN_WORDS = 3
_EXACT = frozenset({"verbatim", "minor", "elided"})
_CELL_BREAK = constant(r"\||\n")

Match = Callable[[QuoteSpan, CitationSpan | None], MatchResult]


def by_table_cell(
    spans: Sequence[QuoteSpan],
    results: Sequence[MatchResult],
    groups: Sequence[list[CitationSpan]],
    match: Match,
) -> tuple[list[QuoteSpan], list[MatchResult], list[list[CitationSpan]]]:
    """The quotations, results and introducing citations, each unquoted reproduction across a
    table's cells that is not an exact copy as a whole replaced by its cells of law text."""
    return split_each(spans, results, groups, lambda s, r, g: _cells(s, r, g, match))


def _cells(
    span: QuoteSpan, result: MatchResult, group: list[CitationSpan], match: Match
) -> list[tuple[QuoteSpan, MatchResult]]:
    if span.marks != "none" or result.verdict in _EXACT:
        return []
    if span.text.count("|") < BORDERS_MIN:
        return []
    citation = group[0] if group else None
    found = [(cell, match(cell, citation)) for cell in cells_of(span)]
    linked = [(c, r) for c, r in found if r.match is not None and r.verdict != "unmatched"]
    laws = {r.match.statute for _, r in linked if r.verdict in _EXACT and r.match is not None}
    if not laws:
        return []
    return [(c, r) for c, r in linked if r.match is not None and r.match.statute in laws]


def cells_of(span: QuoteSpan) -> list[QuoteSpan]:
    """The span's table cells (between borders and line breaks) with ``CELL_MIN_WORDS`` words
    or more, each trimmed of spaces, with the span's marks and lead-in (offsets in the
    document)."""
    pieces = []
    at = 0
    for cell in _CELL_BREAK.split(span.text):
        stripped = cell.strip()
        if len(token_texts(stripped)) >= CELL_MIN_WORDS:
            start = span.start + at + (len(cell) - len(cell.lstrip()))
            pieces.append(
                QuoteSpan(stripped, start, start + len(stripped), span.marks, span.lead_in)
            )
        at += len(cell) + 1
    return pieces
