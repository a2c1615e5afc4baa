"""``lawref cites FILE...``: the statutes a text cites, resolved against the store."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from lawref.citation_names import key
from lawref.cli.app import cli, emit_json, format_option, store_option
from lawref.errors import InputError
from lawref.found import CitationSpan, SourceText
from lawref.models import article_sort_key
from lawref.store import Store, load_store


def read_document(path: str) -> SourceText:
    """The document at ``path`` ("-" for stdin), through the reading stage when it is there."""
    try:
        from lawref.reading import read_source
    except ImportError:
        return _read_utf8(path)
    return read_source(path)


def _read_utf8(path: str) -> SourceText:
    try:
        raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    try:
        return SourceText(path, raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 (byte {exc.start})") from exc


def citation_record(citation: CitationSpan) -> dict[str, Any]:
    """A citation as DESIGN.md's JSON contract has it."""
    return {
        "text": citation.text,
        "start": citation.start,
        "end": citation.end,
        "statute": citation.statute,
        "article": citation.article,
        "version": citation.version,
    }


def statute_summaries(citations: Sequence[CitationSpan], store: Store) -> list[dict[str, Any]]:
    """One record per statute cited (or per unresolved name), in order of first mention."""
    groups: dict[tuple[str, ...], list[CitationSpan]] = {}
    for citation in citations:
        if citation.statute:
            group = ("statute", citation.statute)
        elif citation.ambiguous:
            group = ("ambiguous", *citation.ambiguous)
        else:
            group = ("unknown", key(citation.name or citation.text))
        groups.setdefault(group, []).append(citation)
    summaries = []
    for found in groups.values():
        first = found[0]
        statute = store.get(first.statute) if first.statute else None
        articles = {c.article for c in found if c.article}
        summaries.append(
            {
                "statute": first.statute,
                "title": statute.title_en if statute else None,
                "title_original": statute.title_original if statute else None,
                "name": first.name or first.text,
                "ambiguous": list(first.ambiguous),
                "articles": sorted(articles, key=article_sort_key),
                "versions": sorted({c.version for c in found if c.version}),
                "mentions": len({(c.start, c.end) for c in found}),
                "first": min(c.start for c in found),
            }
        )
    return sorted(summaries, key=lambda s: s["first"])


def _text_report(
    source: str, citations: list[CitationSpan], summaries: list[dict[str, Any]]
) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=None if sys.stdout.isatty() else 200, highlight=False)
    console.print(f"[bold]{source}[/bold]: {len(citations)} citations", markup=True)
    known = [s for s in summaries if s["statute"]]
    if known:
        table = Table(box=None, pad_edge=False, header_style="bold")
        for column in ("statute", "English title", "articles", "mentions", "first"):
            table.add_column(column, overflow="fold")
        for row in known:
            table.add_row(
                f"{row['title_original']} ({row['statute']})",
                row["title"],
                ", ".join(row["articles"]) or "-",
                str(row["mentions"]),
                str(row["first"]),
            )
        console.print(table)
    unresolved = [c for c in citations if not c.statute]
    if unresolved:
        console.print("unresolved citations:")
        seen: set[tuple[int, int]] = set()
        for citation in unresolved:
            if (citation.start, citation.end) in seen:
                continue
            seen.add((citation.start, citation.end))
            why = (
                "ambiguous: " + ", ".join(citation.ambiguous)
                if citation.ambiguous
                else "not in the store"
            )
            console.print(f"  {citation.start}: {citation.text!r} ({why})", markup=False)
    if not citations:
        console.print("  no statute citations found")


@cli.command("cites")
@click.argument("files", nargs=-1, required=True)
@format_option("text", "json", "html")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=str),
    help="Write the report to this file instead of standard output.",
)
@store_option
def cites_command(
    files: tuple[str, ...], output_format: str, output: str | None, stores: tuple[str, ...]
) -> None:
    """List the statutes FILE cites ("-" reads standard input), resolved against the store."""
    from lawref.citations import CitationFinder

    store = load_store(stores)
    finder = CitationFinder(store)
    documents = []
    for path in files:
        source = read_document(path)
        citations = finder.find(source.text)
        documents.append((source, citations))
    if output is not None:
        _write_to(output, lambda: _render(documents, output_format, store))
        return
    _render(documents, output_format, store)


def _render(
    documents: list[tuple[SourceText, list[CitationSpan]]], output_format: str, store: Store
) -> None:
    if output_format == "json":
        emit_json(
            {
                "documents": [
                    {
                        "source": source.source,
                        "citations": [citation_record(c) for c in citations],
                        "statutes": statute_summaries(citations, store),
                    }
                    for source, citations in documents
                ]
            }
        )
    elif output_format == "html":
        from lawref.render_html import render_cites_html
        from lawref.report import Citation, Document

        docs = [
            Document(
                source=source.source,
                quotes=[],
                citations=[Citation(**citation_record(c)) for c in citations],
            )
            for source, citations in documents
        ]
        click.echo(render_cites_html(docs, [s.text for s, _ in documents], store), nl=False)
    else:
        for number, (source, citations) in enumerate(documents):
            if number:
                click.echo()
            _text_report(source.source, citations, statute_summaries(citations, store))


def _write_to(path: str, produce: Any) -> None:
    """Run ``produce`` with standard output going to ``path`` (written whole, then renamed)."""
    import contextlib
    import io
    import os
    import tempfile

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        produce()
    target = Path(path)
    temp: str | None = None
    try:
        handle, temp = tempfile.mkstemp(dir=target.parent, prefix=".lawref-", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(buffer.getvalue())
        os.replace(temp, target)
        temp = None
    except OSError as exc:
        raise InputError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
