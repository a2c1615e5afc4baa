"""``lawref check``: verify every quotation of a statute in one or more articles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from lawref.cli.app import (
    checker_options,
    cli,
    date_option,
    format_option,
    max_size_option,
    output_option,
    store_option,
)
from lawref.errors import InputError


@cli.command("check")
@click.argument("sources", nargs=-1, required=True, metavar="FILE|URL|-...")
@format_option("text", "json", "html")
@output_option
@checker_options
@date_option
@max_size_option
@store_option
def check_command(
    sources: tuple[str, ...],
    output_format: str,
    output: Path | None,
    min_score: float | None,
    no_crosslingual: bool,
    no_reuse: bool,
    document_date: dt.datetime | None,
    max_size_mb: float,
    stores: tuple[str, ...],
) -> int:
    """Find every quotation in each article (a file, an http(s) URL, or - for stdin), link it to
    the statute article it comes from, and say how faithfully it is quoted.

    Exit status: 0 when nothing is wrong, 1 when any quotation is altered or misattributed,
    2 for usage or input errors.
    """
    from lawref.cli.progress import progress, should_show
    from lawref.pipeline.checker import Checker
    from lawref.read.source import read_source
    from lawref.report import Report
    from lawref.store.load import load_store

    if sources.count("-") > 1:
        raise InputError("stdin (-) can be read only once")
    max_bytes = int(max_size_mb * 1024 * 1024)
    documents = [read_source(source, max_bytes=max_bytes) for source in sources]
    store = load_store(stores)
    checker = Checker(
        store,
        min_score=min_score,
        crosslingual=not no_crosslingual,
        reuse=not no_reuse,
        date=document_date.date() if document_date else None,
    )
    checked = []
    characters = sum(len(d.text) for d in documents)
    with progress(len(documents), show=should_show(len(documents), characters)) as advance:
        for document in documents:
            checked.append(checker.check_source(document))
            advance()
    from lawref._version import __version__

    report = Report(lawref_version=__version__, documents=checked)
    texts = [d.text for d in documents]
    if output_format == "json":
        rendered = report.to_json() + "\n"
    elif output_format == "html":
        from lawref.render.html import render_html

        rendered = render_html(report, texts, store)
    else:
        rendered = None
    try:
        if rendered is not None:
            if output is None:
                click.echo(rendered, nl=False)
            else:
                output.write_text(rendered, encoding="utf-8")
                click.echo(f"wrote {output}", err=True)
        else:
            from rich.console import Console

            from lawref.render.text import render_text

            if output is None:
                render_text(report, texts, store, Console())
            else:
                with output.open("w", encoding="utf-8") as handle:
                    render_text(report, texts, store, Console(file=handle, width=100))
                click.echo(f"wrote {output}", err=True)
    except BrokenPipeError:
        raise  # the reader went away: the CLI boundary ends quietly
    except OSError as exc:  # -o in a missing or read-only folder, a full disk
        raise InputError(f"{output or 'stdout'}: cannot write: {exc.strerror or exc}") from exc
    return 1 if report.has_problems() else 0
