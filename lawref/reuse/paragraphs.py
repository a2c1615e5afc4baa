"""A quotation of several paragraphs that is no faithful copy as a whole, reported paragraph by
paragraph when some of its paragraphs are the law's words on their own.

A block under "The relevant provision reads:" may set out two subsections and the writer's
"[emphasis added]"; an unquoted reproduction may run over two numbered paragraphs of an article
whose numbers the page left out. Matched whole, such a text is a paraphrase or altered (for the
paragraph number between them, or the writer's words); matched paragraph by paragraph, each
paragraph the law holds is verbatim. A quotation is split when its whole is a paraphrase (or matches
nothing) and one of its paragraphs is an exact copy on its own, or when its whole is altered only
by the paragraph numbers it leaves out (or the page's paragraph markup scraped in between, </p><p>:
reuse/paragraph_markup.py) and every paragraph is an exact copy: an abridged text,
altered for words dropped between its paragraphs, stays whole and altered. A paragraph is linked
only to a law that an exact paragraph of the same quotation comes from; one that is not stays a
quotation, unmatched, when it was quoted (the writer's block), and is dropped when it was a
reproduction without quotation marks (it is no reproduction).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from lawref.match.results import MatchResult
from lawref.report import Difference
from lawref.reuse.paragraph_markup import MARKUP_BREAK, in_markup
from lawref.spans import CitationSpan, QuoteSpan
from lawref.text.regex_code import constant

_EXACT = frozenset({"verbatim", "minor", "elided"})
_LOOSE = frozenset({"paraphrase", "unmatched"})
# A paragraph's number as a statute writes it: "2", "(b)", "（二）", "二、", "iv)".
_NUMBER = constant(r"[(（]?(?:[0-9]{1,3}|[a-z]{1,4}|[一二三四五六七八九十]{1,3})[)）.、]?")
MAX_PARAGRAPHS = 20  # a longer quotation is kept whole (the block limit of quotes/layout.py)

Match = Callable[[QuoteSpan, CitationSpan | None], MatchResult]


def by_paragraph(
    spans: Sequence[QuoteSpan],
    results: Sequence[MatchResult],
    groups: Sequence[list[CitationSpan]],
    match: Match,
) -> tuple[list[QuoteSpan], list[MatchResult], list[list[CitationSpan]]]:
    """The quotations, results and introducing citations, each quotation of several paragraphs
    that is not an exact copy as a whole replaced by its paragraphs when one of them is."""
    return split_each(spans, results, groups, lambda s, r, g: _split(s, r, g, match))


Split = Callable[[QuoteSpan, MatchResult, list[CitationSpan]], list[tuple[QuoteSpan, MatchResult]]]


def split_each(
    spans: Sequence[QuoteSpan],
    results: Sequence[MatchResult],
    groups: Sequence[list[CitationSpan]],
    split: Split,
) -> tuple[list[QuoteSpan], list[MatchResult], list[list[CitationSpan]]]:
    """The quotations, results and introducing citations with each quotation that ``split``
    cuts into pieces (a piece and its result each) replaced by them, in order; a quotation it
    returns no pieces for is kept whole. Every piece keeps its quotation's citations."""
    out_spans: list[QuoteSpan] = []
    out_results: list[MatchResult] = []
    out_groups: list[list[CitationSpan]] = []
    for span, result, group in zip(spans, results, groups, strict=True):
        for piece, found in split(span, result, group) or [(span, result)]:
            out_spans.append(piece)
            out_results.append(found)
            out_groups.append(group)
    return out_spans, out_results, out_groups


def _split(
    span: QuoteSpan, result: MatchResult, group: list[CitationSpan], match: Match
) -> list[tuple[QuoteSpan, MatchResult]]:
    # (paragraph markup scraped in, </p><p>, is layout too: paragraph_markup.py)
    numbering_only = result.verdict == "altered" and all(
        _layout(span.text, d) for d in result.differences
    )
    if result.verdict not in _LOOSE and not numbering_only:
        return []
    paragraphs = paragraphs_of(span)
    if not 2 <= len(paragraphs) <= MAX_PARAGRAPHS:
        return []
    citation = group[0] if group else None
    found = [(piece, match(piece, citation)) for piece in paragraphs]
    exact = [r.verdict in _EXACT and r.match is not None for _, r in found]
    if not any(exact) or (numbering_only and not all(exact)):
        return []
    # The paragraphs of one quotation are one law's: a paragraph that only resembles another
    # law's words is not linked to it.
    laws = {r.match.statute for _, r in found if r.verdict in _EXACT and r.match is not None}
    found = [(p, r if _linked_to(r, laws) else _unmatched(r)) for p, r in found]
    if span.marks == "none":
        found = [(p, r) for p, r in found if r.match is not None]
    return found


def _numbering(difference: Difference) -> bool:
    """A difference that is only a paragraph number the stored text has and the quotation
    leaves out (the page's layout, not the law's words)."""
    left_out = difference.statute.strip()
    return difference.op == "delete" and bool(_NUMBER.fullmatch(left_out.lower()))


def _layout(text: str, difference: Difference) -> bool:
    """A paragraph number left out, paragraph markup scraped in, or the one in place of the
    other (the alignment pairs them): the page's layout, not the law's words."""
    if difference.op == "replace":
        inserted = Difference.model_construct(op="insert", quote=difference.quote, statute="")
        left_out = Difference.model_construct(op="delete", quote="", statute=difference.statute)
        return in_markup(text, inserted) and _numbering(left_out)
    return _numbering(difference) or in_markup(text, difference)


def _linked_to(result: MatchResult, laws: set[str]) -> bool:
    return (
        result.match is not None and result.verdict != "unmatched" and result.match.statute in laws
    )


def _unmatched(result: MatchResult) -> MatchResult:
    return MatchResult("unmatched", result.score, None)


def paragraphs_of(span: QuoteSpan) -> list[QuoteSpan]:
    """The span's lines that hold a letter, each trimmed of spaces, with the span's marks and
    lead-in (offsets in the document)."""
    pieces = []
    at = 0
    # (paragraph markup scraped in, </p><p>, is a line break: the same length, offsets kept)
    lines = MARKUP_BREAK.sub(lambda found: "\n".rjust(len(found.group())), span.text)
    for line in lines.split("\n"):
        stripped = line.strip()
        if any(ch.isalnum() for ch in stripped):
            start = span.start + at + (len(line) - len(line.lstrip()))
            pieces.append(
                QuoteSpan(stripped, start, start + len(stripped), span.marks, span.lead_in)
            )
        at += len(line) + 1
    return pieces
