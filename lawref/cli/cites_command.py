"""``lawref cites FILE...``: the statutes a text cites, resolved against the store."""

from __future__ import annotations

import io
import json
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from lawref.cli.app import cli, format_option, max_size_option, output_option, store_option
from lawref.errors import InputError
from lawref.spans import CitationSpan, SourceText
from lawref.store.files import Store
from lawref.store.schema import article_sort_key
from lawref.text.wording import counted


def citation_record(citation: CitationSpan, source: SourceText | None = None) -> dict[str, Any]:
    """A citation as the JSON contract (docs/json-contract.md) has it; with ``source``, the page
    (PDF) or paragraph (DOCX) it is on."""
    record: dict[str, Any] = {
        "text": citation.text,
        "start": citation.start,
        "end": citation.end,
        "statute": citation.statute,
        "article": citation.article,
        "version": citation.version,
    }
    if source is not None and source.pages:
        record["page"] = source.page_of(citation.start)
    if source is not None and source.paragraphs:
        record["paragraph"] = source.paragraph_of(citation.start)
    return record


def statute_summaries(citations: Sequence[CitationSpan], store: Store) -> list[dict[str, Any]]:
    """One record per statute cited (or per unresolved name), in order of first mention.
    ``mentions`` counts places in the text: "Articles 7 and 14 of X" is one mention of X."""
    from lawref.citations.name_table import key

    groups: dict[tuple[str, ...], list[CitationSpan]] = {}
    for citation in citations:
        if citation.statute:
            group: tuple[str, ...] = ("statute", citation.statute)
        elif citation.ambiguous:
            group = ("ambiguous", *citation.ambiguous)
        else:
            group = ("unknown", key(citation.name or citation.text))
        groups.setdefault(group, []).append(citation)
    summaries = []
    for found in groups.values():
        first = found[0]
        statute = store.get(first.statute) if first.statute else None
        summaries.append(
            {
                "statute": first.statute,
                "title": statute.title_en if statute else None,
                "title_original": statute.title_original if statute else None,
                "name": first.name or first.text,
                "ambiguous": list(first.ambiguous),
                "articles": sorted({c.article for c in found if c.article}, key=article_sort_key),
                "versions": sorted({c.version for c in found if c.version}),
                "mentions": len({(c.start, c.end) for c in found}),
                "first": min(c.start for c in found),
            }
        )
    return sorted(summaries, key=lambda s: s["first"])


def _position(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"{line}:{column}"


def render_text(
    documents: Sequence[tuple[SourceText, list[CitationSpan]]], store: Store, width: int | None
) -> str:
    """The text report: per document, a table of the statutes cited and the unresolved ones."""
    from rich.console import Console
    from rich.table import Table

    out = io.StringIO()
    console = Console(file=out, width=width or 120, highlight=False, markup=False)
    for number, (source, citations) in enumerate(documents):
        if number:
            console.print()
        places = len({(c.start, c.end) for c in citations})
        console.print(f"{source.source}: {counted(places, 'citation')}")
        summaries = statute_summaries(citations, store)
        known = [s for s in summaries if s["statute"]]
        if known:
            table = Table(box=None, pad_edge=False, header_style="bold", expand=True)
            table.add_column("statute", no_wrap=True)
            table.add_column("articles", overflow="fold", max_width=24)
            table.add_column("mentions", justify="right", no_wrap=True)
            table.add_column("first", no_wrap=True)
            table.add_column("title (original / English)", overflow="fold", ratio=1)
            for row in known:
                # An English statute's original title is its English one: shown once.
                title = row["title_original"]
                if row["title"] != row["title_original"]:
                    title += "\n" + row["title"]
                table.add_row(
                    row["statute"],
                    ", ".join(row["articles"]) or "-",
                    str(row["mentions"]),
                    _position(source.text, row["first"]),
                    title,
                )
            console.print(table)
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
            where = _position(source.text, citation.start)
            unresolved.append(f"  {where}  {citation.text} ({why})")
        if unresolved:
            console.print("unresolved citations:")
            for line in unresolved:
                console.print(line)
        if not citations:
            console.print("  no statute citations found")
    return "".join(line.rstrip() + "\n" for line in out.getvalue().splitlines())


def render_json(documents: Sequence[tuple[SourceText, list[CitationSpan]]], store: Store) -> str:
    data = {
        "documents": [
            {
                "source": source.source,
                "citations": [citation_record(c, source) for c in citations],
                "statutes": statute_summaries(citations, store),
            }
            for source, citations in documents
        ]
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_html(documents: Sequence[tuple[SourceText, list[CitationSpan]]], store: Store) -> str:
    from lawref.render.html import render_cites_html
    from lawref.report import Citation, Document

    docs = [
        Document(
            source=source.source,
            quotes=[],
            citations=[Citation(**citation_record(c, source)) for c in citations],
        )
        for source, citations in documents
    ]
    return render_cites_html(docs, [source.text for source, _ in documents], store)


@cli.command("cites")
@click.argument("sources", nargs=-1, required=True, metavar="FILE|URL|-...")
@format_option("text", "json", "html")
@output_option
@max_size_option
@store_option
def cites_command(
    sources: tuple[str, ...],
    output_format: str,
    output: Path | None,
    max_size_mb: float,
    stores: tuple[str, ...],
) -> None:
    """List the statutes each article cites (a file, an http(s) URL, or - for stdin), resolved
    against the store: which statutes, which articles, how often, and which citations name a
    statute the store does not have.

    Exit status: 0, or 2 for usage or input errors.
    """
    from lawref.citations.find import CitationFinder
    from lawref.read.source import read_source
    from lawref.store.load import load_store

    if sources.count("-") > 1:
        raise InputError("stdin (-) can be read only once")
    max_bytes = int(max_size_mb * 1024 * 1024)
    texts = [read_source(source, max_bytes=max_bytes) for source in sources]
    store = load_store(stores)
    finder = CitationFinder(store)
    documents = [(text, finder.find(text.text)) for text in texts]
    if output_format == "json":
        rendered = render_json(documents, store)
    elif output_format == "html":
        rendered = render_html(documents, store)
    else:
        terminal = output is None and sys.stdout.isatty()
        width = shutil.get_terminal_size().columns if terminal else None
        rendered = render_text(documents, store, width)
    if output is None:
        click.echo(rendered, nl=False)
        return
    try:
        output.write_text(rendered, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{output}: cannot write: {exc.strerror or exc}") from exc
    click.echo(f"wrote {output}", err=True)
