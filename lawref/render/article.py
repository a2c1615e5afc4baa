"""The article text as HTML, with quotations highlighted and citations linked.

Quotes and citations may overlap in any way (a citation inside a quote, or one that starts inside
it and ends after it). The text is cut at every span boundary and, at each cut, the open elements
are closed and reopened so that the result always nests: quotes outside, citations inside, and
never a link inside a link.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from lawref.render.escape import esc
from lawref.render.facts import MARKS_LABELS, VERDICT_LABELS, article_label
from lawref.report import Citation, Quote

QUOTE_RANK, CITE_RANK = 0, 1


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    rank: int  # quotes (0) open outside citations (1)
    index: int
    first: str  # opening markup of the first piece (carries the id)
    more: str  # opening markup of a later piece, after a cut
    close: str


def quote_ids(doc: int, index: int) -> tuple[str, str]:
    """(id of the highlighted text, id of the details panel) of one quote."""
    return f"m{doc}-{index}", f"q{doc}-{index}"


def quote_span(doc: int, index: int, quote: Quote, text_length: int) -> Span | None:
    start, end = _clamp(quote.start, quote.end, text_length)
    if start >= end:
        return None
    mark_id, panel_id = quote_ids(doc, index)
    classes = f"q v-{esc(quote.verdict)} k-{esc(quote.marks)}"
    if quote.attribution == "misattributed":
        classes += " a-misattributed"
    labels = [VERDICT_LABELS[quote.verdict]]
    if quote.marks == "none":
        labels.append("unquoted")
    if quote.attribution == "misattributed":
        labels.append("misattributed")
    spoken = f"quote {index + 1}: {', '.join(labels)}; {MARKS_LABELS[quote.marks]}"
    common = f'class="{classes}" data-q="{panel_id}" data-verdict="{esc(quote.verdict)}"'
    # The label is drawn by CSS from data-label, so copying the article copies only its words.
    tag = (
        f'<a class="tag" href="#{panel_id}" data-label="{esc(" · ".join(labels))}" '
        f'aria-label="{esc(spoken)}"></a>'
    )
    first = f'<mark {common} id="{mark_id}" tabindex="0" role="button">{tag}'
    return Span(start, end, QUOTE_RANK, index, first, f"<mark {common}>", "</mark>")


def citation_span(
    doc: int, index: int, citation: Citation, text_length: int, target: Callable[..., str | None]
) -> Span | None:
    start, end = _clamp(citation.start, citation.end, text_length)
    if start >= end:
        return None
    anchor = target(citation.statute, citation.article)
    cite_id = f"c{doc}-{index}"
    if anchor is None:
        common = f'class="cite unresolved" data-c="{cite_id}" title="not a statute in the store"'
        return Span(
            start,
            end,
            CITE_RANK,
            index,
            f'<span {common} id="{cite_id}">',
            f"<span {common}>",
            "</span>",
        )
    hint = " ".join(x for x in [citation.statute or "", article_label(citation.article)] if x)
    common = f'class="cite" data-c="{cite_id}" href="#{esc(anchor)}" title="{esc(hint)}"'
    return Span(
        start, end, CITE_RANK, index, f'<a {common} id="{cite_id}">', f"<a {common}>", "</a>"
    )


def _clamp(start: int, end: int, length: int) -> tuple[int, int]:
    start = max(0, min(start, length))
    return start, max(start, min(end, length))


def _order(span: Span) -> tuple[int, int, int, int]:
    return (span.rank, span.start, -span.end, span.index)


def _visible(active: set[Span]) -> list[Span]:
    """The spans to draw over one stretch of text, outermost first. Quotes may nest; of several
    citations over the same words only the innermost is drawn (a link cannot hold a link)."""
    quotes = sorted((s for s in active if s.rank == QUOTE_RANK), key=_order)
    cites = [s for s in active if s.rank == CITE_RANK]
    if cites:
        quotes.append(max(cites, key=lambda s: (s.start, -s.end, -s.index)))
    return quotes


def markup(text: str, spans: Sequence[Span]) -> str:
    """``text`` escaped, with every span wrapped in its elements, properly nested."""
    starts: dict[int, list[Span]] = {}
    ends: dict[int, list[Span]] = {}
    for span in spans:
        starts.setdefault(span.start, []).append(span)
        ends.setdefault(span.end, []).append(span)
    bounds = sorted({0, len(text), *starts, *ends})
    active: set[Span] = set()
    stack: list[Span] = []
    opened: set[Span] = set()
    out: list[str] = []
    for here, upto in zip(bounds, [*bounds[1:], len(text)], strict=True):
        active.difference_update(ends.get(here, ()))
        active.update(starts.get(here, ()))
        wanted = _visible(active)
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep] is wanted[keep]:
            keep += 1
        for span in reversed(stack[keep:]):
            out.append(span.close)
        for span in wanted[keep:]:
            out.append(span.more if span in opened else span.first)
            opened.add(span)
        stack = wanted
        if upto > here:
            out.append(esc(text[here:upto]))
    out.extend(span.close for span in reversed(stack))
    return "".join(out)
