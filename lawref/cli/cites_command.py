"""``lawref cites FILE...``: the statutes a text cites, resolved against the store."""

from __future__ import annotations

import datetime as dt
import shutil
import sys
from pathlib import Path

import click

from lawref.cli.app import (
    cli,
    date_option,
    format_option,
    max_size_option,
    output_option,
    read_sources,
    store_option,
    write_output,
)


@cli.command("cites")
@click.argument("sources", nargs=-1, required=True, metavar="FILE|URL|-...")
@format_option("text", "json", "html")
@output_option
@date_option
@max_size_option
@store_option
def cites_command(
    sources: tuple[str, ...],
    output_format: str,
    output: Path | None,
    document_date: dt.date | None,
    max_bytes: int,
    stores: tuple[str, ...],
) -> None:
    """List the statutes each article cites (a file, an http(s) URL, or - for stdin), resolved
    against the store: which statutes, which articles, how often, and which citations name a
    statute the store does not have.

    Exit status: 0, or 2 for usage or input errors.
    """
    from lawref.citations.authorities import find_authorities
    from lawref.store.load import load_store

    sources_read = read_sources(sources, max_bytes)
    store = load_store(stores)
    report, found = find_authorities(sources_read, store, date=document_date)
    texts = [source.text for source in sources_read]
    if output_format == "json":
        write_output(output, report.to_json() + "\n")
    elif output_format == "html":
        from lawref.render.html import render_cites_html
        from lawref.report import Document

        documents = [
            Document(source=d.source, quotes=[], citations=d.citations) for d in report.documents
        ]
        write_output(output, render_cites_html(documents, texts, store))
    else:
        from lawref.render.authorities import render_authorities

        terminal = output is None and sys.stdout.isatty()
        width = shutil.get_terminal_size().columns if terminal else None
        write_output(output, render_authorities(report, texts, found, width))
