"""The terminal table of ``cites``: the statutes a document cites, their articles and mentions."""

from __future__ import annotations

import io
from collections.abc import Sequence

from lawref.report import CitesReport
from lawref.spans import CitationSpan
from lawref.text.wording import counted


def _position(text: str, offset: int, places: dict[int, str]) -> str:
    """ "page 2" (PDF) or "paragraph 3" (DOCX) when the citation there has one, else LINE:COLUMN."""
    if offset in places:
        return places[offset]
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"{line}:{column}"


def render_authorities(
    report: CitesReport,
    texts: Sequence[str],
    found: Sequence[Sequence[CitationSpan]],
    width: int | None,
) -> str:
    """The text report of ``cites``: per document, a table of the statutes cited and the
    unresolved citations (with the statutes an ambiguous name could be)."""
    from rich.console import Console
    from rich.table import Table

    out = io.StringIO()
    console = Console(file=out, width=width or 120, highlight=False, markup=False)
    for number, (document, text, citations) in enumerate(
        zip(report.documents, texts, found, strict=True)
    ):
        if number:
            console.print()
        places = len({(c.start, c.end) for c in citations})
        console.print(f"{document.source}: {counted(places, 'citation')}")
        located = {
            c.start: f"page {c.page}" if c.page is not None else f"paragraph {c.paragraph}"
            for c in document.citations
            if c.page is not None or c.paragraph is not None
        }
        known = [s for s in document.statutes if s.statute]
        if known:
            table = Table(box=None, pad_edge=False, header_style="bold", expand=True)
            table.add_column("statute", no_wrap=True)
            table.add_column("articles", overflow="fold", max_width=24)
            table.add_column("mentions", justify="right", no_wrap=True)
            table.add_column("first", no_wrap=True)
            table.add_column("title (original / English)", overflow="fold", ratio=1)
            for row in known:
                # An English statute's original title is its English one: shown once.
                title = row.title_original or ""
                if row.title != row.title_original:
                    title += "\n" + (row.title or "")
                table.add_row(
                    row.statute,
                    ", ".join(row.articles) or "-",
                    str(row.mentions),
                    _position(text, row.first, located),
                    title,
                )
            console.print(table)
            notes = [
                f"  {row.statute}: "
                + "; ".join(
                    row.notes + [f"cited at {', '.join(row.pin_cites)}"] * bool(row.pin_cites)
                )
                for row in known
                if row.notes or row.pin_cites
            ]
            if notes:
                console.print("notes:")
                for line in notes:
                    console.print(line)
        seen: set[tuple[int, int]] = set()
        unresolved = []
        for citation in citations:
            if citation.statute or (citation.start, citation.end) in seen:
                continue
            seen.add((citation.start, citation.end))
            why = (
                "ambiguous: " + ", ".join(citation.ambiguous)
                if citation.ambiguous
                else "not in the store"
            )
            where = _position(text, citation.start, located)
            unresolved.append(f"  {where}  {citation.text} ({why})")
        if unresolved:
            console.print("unresolved citations:")
            for line in unresolved:
                console.print(line)
        if not citations:
            console.print("  no statute citations found")
    return "".join(line.rstrip() + "\n" for line in out.getvalue().splitlines())
