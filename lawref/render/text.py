"""The terminal view of ``check`` and ``cites``, drawn with rich.

Colour only when the console has it (a terminal, and NO_COLOR unset: rich decides). Without
colour, changed words carry markers ([-dropped-] {+added+}) and verdicts are bracketed, so piped
output says everything the coloured view does. Wide (Chinese) characters and wrapping to the
terminal width are rich's work.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.segment import Segment, Segments
from rich.table import Table
from rich.text import Text

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
    verdict_counts,
)
from lawref.report import VERDICTS, Citation, Document, Quote, Report
from lawref.store.files import Store
from lawref.text.confusables import visible
from lawref.text.regex_code import constant
from lawref.text.wording import counted

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


def emit(console: Console, renderable: RenderableType) -> None:
    """Print ``renderable`` without the spaces rich pads table cells with at the end of a line."""
    segments: list[Segment] = []
    for line in console.render_lines(renderable, console.options, pad=False):
        segments += [*_rstrip(line), Segment.line()]
    console.print(Segments(segments), end="")


def _rstrip(line: list[Segment]) -> list[Segment]:
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


def _label(text: str, style: str, plain: bool) -> Text:
    return Text(f"[{text}]" if plain else f" {text} ", style=style)


def verdict_label(verdict: str, plain: bool) -> Text:
    return _label(VERDICT_LABELS[verdict].upper(), VERDICT_STYLES[verdict], plain)


def diff_text(quote: Quote, plain: bool) -> Text | None:
    pieces = quote_diff(quote)
    if not pieces or all(op == "equal" for op, _ in pieces):
        return None
    out = Text()
    for op, piece in pieces:
        shown = clean(piece)
        if op == "delete":
            out.append(f"[-{shown}-]" if plain else shown, style=DELETE_STYLE)
        elif op == "insert":
            out.append(f"{{+{shown}+}}" if plain else shown, style=INSERT_STYLE)
        else:
            out.append(shown)
    return out


def _facts(quote: Quote, store: Store, plain: bool) -> Table:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style=LABEL_STYLE, no_wrap=True)
    grid.add_column(overflow="fold")

    def row(name: str, value: Text | str) -> None:
        grid.add_row(Text(name), value if isinstance(value, Text) else Text(clean(value)))

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
            row("source", Text(clean(address), style=f"link {address}"))
        else:
            row("source", rendering.url or rendering.provenance or "no web address recorded")
    else:
        row("score", f"{quote.score:.1f}")
    if quote.marks != "quoted":
        row("set off", MARKS_LABELS[quote.marks])
    changes = diff_text(quote, plain)
    if changes is not None:
        row("diff", changes)
    for difference in quote.differences:
        row(difference.op, difference_words(difference.op, difference.quote, difference.statute))
    attribution = Text(clean(attribution_words(quote)))
    if quote.attribution == "misattributed":
        attribution = Text.assemble(_label("MISATTRIBUTED", MISATTRIBUTED_STYLE, plain), " ")
        attribution.append(clean(attribution_words(quote)))
    row("attribution", attribution)
    for note in quote.notes:
        row("note", note)
    for name, words in evidence_items(quote.evidence):
        row(name, words)
    return grid


def quote_block(quote: Quote, where: str, store: Store, plain: bool) -> Group:
    heading = Text.assemble(verdict_label(quote.verdict, plain), f" {where}  ")
    heading.append(f"“{clean(quote.text)}”")
    return Group(heading, Padding(_facts(quote, store, plain), (0, 0, 1, 2)))


def summary_line(quotes: Sequence[Quote]) -> str:
    if not quotes:
        return "no quotations found"
    counts = verdict_counts(
        [Document.model_construct(source="", quotes=list(quotes), citations=[])]
    )
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


def citations_table(citations: Sequence[Citation], text: str, store: Store) -> Table | Text:
    if not citations:
        return Text("no citations found")
    table = Table(title=None, show_edge=False, pad_edge=False, expand=False)
    unit = place_unit(citations)
    for name in (unit, "citation", "statute", "article", "version"):
        table.add_column(name, overflow="fold", no_wrap=name in (unit, "article", "version"))
    lines = Lines(text)
    for citation in sorted(citations, key=lambda c: c.start):
        statute = store.get(citation.statute) if citation.statute else None
        if statute is not None:
            name = f"{statute.title_original}\n{statute.title_en}"
        else:
            name = citation.statute or "(not in the store)"
        table.add_row(
            Text(place(citation, lines).removeprefix(unit + " ")),
            Text(clean(" ".join(citation.text.split()))),
            Text(clean(name)),
            Text(clean(citation.article or "")),
            Text(clean(citation.version or "")),
        )
    return table


def render_text(
    report: Report, documents_text: Sequence[str], store: Store, console: Console
) -> None:
    """Print the report of ``check``: one block per quote, a summary line, the citations."""
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
    for doc, document in enumerate(documents_of(report)):
        console.print(Text(clean(document.source), style="bold underline"))
        emit(console, citations_table(document.citations, text_for(documents_text, doc), store))
        console.print()
