"""The terminal view of ``check`` and ``cites``: in colour with rich on a terminal, and as
plain text laid out the same way (lawref.render.plain) when piped or written to a file.

Colour only when the console has it (a terminal, and NO_COLOR unset: rich decides). Without
colour, changed words carry markers ([-dropped-] {+added+}) and verdicts are bracketed, so piped
output says everything the coloured view does. Wide (Chinese) characters and wrapping to the
terminal width follow rich's rules in both. What each block says is built once, as runs of
(text, style), and drawn by either: rich is imported only to draw in colour.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from lawref.render.escape import web_url
from lawref.render.facts import (
    MARKS_LABELS,
    VERDICT_LABELS,
    Lines,
    article_label,
    attribution_words,
    difference_words,
    documents_of,
    evidence_items,
    matched_rendering,
    place,
    place_unit,
    quote_diff,
    text_for,
)
from lawref.report import VERDICTS, Citation, Document, Quote, Report
from lawref.text.confusables import visible
from lawref.text.regex_code import constant
from lawref.text.wording import counted

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.segment import Segment
    from rich.table import Table
    from rich.text import Text

    from lawref.store.files import Store

Run = tuple[str, str]  # a piece of text and its rich style ("": none)
Row = tuple[str, list[Run]]  # a fact's name and its value

# Okabe–Ito colours; each label also says its verdict in words.
VERDICT_STYLES: dict[str, str] = {
    "verbatim": "bold black on #009e73",
    "minor": "bold black on #56b4e9",
    "elided": "bold white on #0072b2",
    "altered": "bold black on #d55e00",
    "paraphrase": "bold black on #cc79a7",
    "unmatched": "bold black on #8c8c8c",
}
MISATTRIBUTED_STYLE = "bold black on #e69f00"
DELETE_STYLE = "strike #d55e00"
INSERT_STYLE = "underline bold #0072b2"
LABEL_STYLE = "dim"

# Control characters in an article could drive the terminal (ESC sequences); show them instead.
_CONTROL = constant("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """``text`` safe to print: C0/C1 controls made visible, and bidi controls and invisible
    characters written as ``⟨U+202E⟩`` (so that no text is reordered or hidden)."""

    def shown(found: re.Match[str]) -> str:
        code = ord(found.group())
        return chr(0x2400 + code) if code < 0x20 else f"⟨U+{code:04X}⟩"

    return visible(_CONTROL.sub(shown, text))


# --- what each part says, as runs of (text, style) ------------------------------------------


def _label(text: str, style: str, plain: bool) -> Run:
    return (f"[{text}]" if plain else f" {text} ", style)


def verdict_label(verdict: str, plain: bool) -> Run:
    return _label(VERDICT_LABELS[verdict].upper(), VERDICT_STYLES[verdict], plain)


def diff_runs(quote: Quote, plain: bool) -> list[Run] | None:
    pieces = quote_diff(quote)
    if not pieces or all(op == "equal" for op, _ in pieces):
        return None
    out: list[Run] = []
    for op, piece in pieces:
        shown = clean(piece)
        if op == "delete":
            out.append((f"[-{shown}-]" if plain else shown, DELETE_STYLE))
        elif op == "insert":
            out.append((f"{{+{shown}+}}" if plain else shown, INSERT_STYLE))
        else:
            out.append((shown, ""))
    return out


def fact_rows(quote: Quote, store: Store, plain: bool) -> list[Row]:
    """The facts under a quote's heading: (name, value) rows."""
    rows: list[Row] = []

    def row(name: str, value: list[Run] | str) -> None:
        rows.append((name, value if isinstance(value, list) else [(clean(value), "")]))

    match = quote.match
    if match is not None:
        titles = match.title_original
        if match.title != match.title_original:
            titles += f" — {match.title}"
        row("statute", titles)
        where = article_label(match.article)
        row("article", f"{where} · version {match.version}" if match.version else where)
        rendering = matched_rendering(match, store)
        row("matched", f"{rendering.label} · score {quote.score:.1f}")
        address = web_url(rendering.url)
        if address:
            row("source", [(clean(address), f"link {address}")])
        else:
            row("source", rendering.url or rendering.provenance or "no web address recorded")
    else:
        row("score", f"{quote.score:.1f}")
    if quote.marks != "quoted":
        row("set off", MARKS_LABELS[quote.marks])
    changes = diff_runs(quote, plain)
    if changes is not None:
        row("diff", changes)
    for difference in quote.differences:
        row(difference.op, difference_words(difference.op, difference.quote, difference.statute))
    words = clean(attribution_words(quote))
    if quote.attribution == "misattributed":
        row(
            "attribution",
            [_label("MISATTRIBUTED", MISATTRIBUTED_STYLE, plain), (" ", ""), (words, "")],
        )
    else:
        row("attribution", words)
    for note in quote.notes:
        row("note", note)
    for name, evidence in evidence_items(quote.evidence):
        row(name, evidence)
    return rows


def heading_runs(quote: Quote, where: str, plain: bool) -> list[Run]:
    return [
        verdict_label(quote.verdict, plain),
        (f" {where}  ", ""),
        (f"“{clean(quote.text)}”", ""),
    ]


def summary_line(quotes: Sequence[Quote]) -> str:
    if not quotes:
        return "no quotations found"
    counts = Counter(q.verdict for q in quotes)
    parts = [f"{counts[v]} {VERDICT_LABELS[v]}" for v in VERDICTS if counts[v]]
    attribution = Counter(q.attribution for q in quotes)
    extra = [
        f"{attribution[a]} {a}"
        for a in ("misattributed", "unverified", "uncited")
        if attribution[a]
    ]
    noun = "quote" if len(quotes) == 1 else "quotes"
    line = f"{len(quotes)} {noun}: {', '.join(parts)}"
    return f"{line}; {', '.join(extra)}" if extra else line


def citation_rows(
    citations: Sequence[Citation], text: str, store: Store
) -> tuple[list[str], list[list[str]]]:
    """The citations table: its header and one row of plain cells per citation."""
    unit = place_unit(citations)
    lines = Lines(text)
    rows = []
    for citation in sorted(citations, key=lambda c: c.start):
        statute = store.get(citation.statute) if citation.statute else None
        if statute is not None:
            name = f"{statute.title_original}\n{statute.title_en}"
        else:
            name = citation.statute or "(not in the store)"
        rows.append(
            [
                place(citation, lines).removeprefix(unit + " "),
                clean(" ".join(citation.text.split())),
                clean(name),
                clean(citation.article or ""),
                clean(citation.version or ""),
            ]
        )
    return [unit, "citation", "statute", "article", "version"], rows


CITATION_NO_WRAP = (True, False, False, True, True)  # the place, article and version columns


# --- without colour: plain text, laid out as rich lays it out ---------------------------------


def _joined(runs: list[Run]) -> str:
    return "".join(text for text, _ in runs)


def _plain_lines(text: str, width: int) -> list[str]:
    from lawref.render.plain import wrap

    return [line.rstrip() for line in wrap(text, width)]


def _plain_block(quote: Quote, where: str, store: Store, width: int) -> list[str]:
    from lawref.render.plain import FACT_COLUMNS, table_lines

    rows = [(name, _joined(value)) for name, value in fact_rows(quote, store, plain=True)]
    facts = table_lines(FACT_COLUMNS, rows, width - 2)
    heading = _plain_lines(_joined(heading_runs(quote, where, plain=True)), width)
    return [*heading, *(("  " + line).rstrip() for line in facts), ""]


def _plain_citations(
    citations: Sequence[Citation], text: str, store: Store, width: int
) -> list[str]:
    from lawref.render.plain import table_columns, table_lines

    if not citations:
        return _plain_lines("no citations found", width)
    header, rows = citation_rows(citations, text, store)
    return table_lines(table_columns(CITATION_NO_WRAP), rows, width, header=header)


def _printed(text: str, width: int) -> list[str]:
    """What ``console.print(Text(text))`` writes: wrapped, its lines not stripped."""
    from lawref.render.plain import wrap

    return wrap(text, width)


def text_report(report: Report, documents_text: Sequence[str], store: Store, width: int) -> str:
    """The report of ``check`` without colour, ``width`` cells wide: what :func:`render_text`
    prints on a console without colour, without importing rich's console."""
    out: list[str] = []
    documents = report.documents
    for doc, document in enumerate(documents):
        text = text_for(documents_text, doc)
        lines = Lines(text)
        out += [*_printed(clean(document.source), width), ""]
        for quote in sorted(document.quotes, key=lambda q: q.start):
            out += _plain_block(quote, place(quote, lines), store, width)
        out += [*_plain_lines(summary_line(document.quotes), width), "", "citations"]
        out += [*_plain_citations(document.citations, text, store, width), ""]
    if len(documents) > 1:
        every = [q for d in documents for q in d.quotes]
        out += _plain_lines(f"{counted(len(documents), 'document')}, {summary_line(every)}", width)
    return "".join(line + "\n" for line in out)


def cites_text_report(
    report: Report | Sequence[Document], documents_text: Sequence[str], store: Store, width: int
) -> str:
    """:func:`render_cites_text` without colour, ``width`` cells wide."""
    out: list[str] = []
    for doc, document in enumerate(documents_of(report)):
        out += _printed(clean(document.source), width)
        out += [
            *_plain_citations(document.citations, text_for(documents_text, doc), store, width),
            "",
        ]
    return "".join(line + "\n" for line in out)


# --- in colour: drawn by rich -------------------------------------------------------------------


def emit(console: Console, renderable: RenderableType) -> None:
    """Print ``renderable`` without the spaces rich pads table cells with at the end of a line."""
    from rich.segment import Segment, Segments

    segments: list[Segment] = []
    for line in console.render_lines(renderable, console.options, pad=False):
        segments += [*_rstrip(line), Segment.line()]
    console.print(Segments(segments), end="")


def _rstrip(line: list[Segment]) -> list[Segment]:
    from rich.segment import Segment

    kept = list(line)
    while kept:
        last = kept[-1]
        if last.control or (last.style is not None and last.style.bgcolor is not None):
            break
        text = last.text.rstrip()
        if text:
            kept[-1] = Segment(text, last.style)
            break
        kept.pop()
    return kept


def plain_console(console: Console) -> bool:
    """True when the console shows no colour (piped, NO_COLOR, or a dumb terminal)."""
    return console.no_color or console.color_system is None


def _text(runs: list[Run], style: str = "") -> Text:
    from rich.text import Text

    return Text.assemble(*runs, style=style)


def _facts(quote: Quote, store: Store, plain: bool) -> Table:
    from rich.table import Table
    from rich.text import Text

    grid = Table.grid(padding=(0, 1))
    grid.add_column(style=LABEL_STYLE, no_wrap=True)
    grid.add_column(overflow="fold")
    for name, value in fact_rows(quote, store, plain):
        grid.add_row(Text(name), _text(value))
    return grid


def quote_block(quote: Quote, where: str, store: Store, plain: bool) -> RenderableType:
    from rich.console import Group
    from rich.padding import Padding

    heading = _text(heading_runs(quote, where, plain))
    return Group(heading, Padding(_facts(quote, store, plain), (0, 0, 1, 2)))


def citations_table(citations: Sequence[Citation], text: str, store: Store) -> Table | Text:
    from rich.table import Table
    from rich.text import Text

    if not citations:
        return Text("no citations found")
    table = Table(title=None, show_edge=False, pad_edge=False, expand=False)
    header, rows = citation_rows(citations, text, store)
    for name, no_wrap in zip(header, CITATION_NO_WRAP, strict=True):
        table.add_column(name, overflow="fold", no_wrap=no_wrap)
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))
    return table


def render_text(
    report: Report, documents_text: Sequence[str], store: Store, console: Console
) -> None:
    """Print the report of ``check`` on a rich console: one block per quote, a summary line,
    the citations."""
    from rich.text import Text

    plain = plain_console(console)
    documents = report.documents
    for doc, document in enumerate(documents):
        text = text_for(documents_text, doc)
        lines = Lines(text)
        console.print(Text(clean(document.source), style="bold underline"))
        console.print()
        for quote in sorted(document.quotes, key=lambda q: q.start):
            emit(console, quote_block(quote, place(quote, lines), store, plain))
        emit(console, Text(summary_line(document.quotes), style="bold"))
        console.print()
        console.print(Text("citations", style="bold"))
        emit(console, citations_table(document.citations, text, store))
        console.print()
    if len(documents) > 1:
        every = [q for d in documents for q in d.quotes]
        emit(
            console,
            Text(f"{counted(len(documents), 'document')}, {summary_line(every)}", style="bold"),
        )


def render_cites_text(
    report: Report | Sequence[Document],
    documents_text: Sequence[str],
    store: Store,
    console: Console,
) -> None:
    """Print the citations of each document as a table (for ``cites --format text``)."""
    from rich.text import Text

    for doc, document in enumerate(documents_of(report)):
        console.print(Text(clean(document.source), style="bold underline"))
        emit(console, citations_table(document.citations, text_for(documents_text, doc), store))
        console.print()
