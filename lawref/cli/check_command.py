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
    plain_width,
    read_sources,
    store_option,
    write_output,
)


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
    document_date: dt.date | None,
    max_bytes: int,
    stores: tuple[str, ...],
) -> int:
    """Find every quotation in each article (a file, an http(s) URL, or - for stdin), link it to
    the statute article it comes from, and say how faithfully it is quoted.

    Exit status: 0 when nothing is wrong, 1 when any quotation is altered or misattributed,
    2 for usage or input errors.
    """
    from lawref._version import __version__
    from lawref.cli.progress import progress, should_show
    from lawref.pipeline.checker import Checker
    from lawref.report import Report
    from lawref.store.load import load_store

    documents = read_sources(sources, max_bytes)
    store = load_store(stores)
    checker = Checker(
        store,
        min_score=min_score,
        crosslingual=not no_crosslingual,
        reuse=not no_reuse,
        date=document_date,
    )
    checked = []
    characters = sum(len(d.text) for d in documents)
    with progress(len(documents), show=should_show(len(documents), characters)) as advance:
        for document in documents:
            checked.append(checker.check_source(document))
            advance()
    report = Report.model_construct(lawref_version=__version__, documents=checked)
    texts = [d.text for d in documents]
    if output_format == "json":
        write_output(output, report.to_json() + "\n")
    elif output_format == "html":
        from lawref.render.html import render_html

        write_output(output, render_html(report, texts, store))
    else:
        width = plain_width(output)
        if width is not None:  # piped or -o FILE: no colour, and no need of rich's console
            from lawref.render.text import text_report

            write_output(output, text_report(report, texts, store, width))
        else:
            from lawref.render.text import render_text

            write_output(output, lambda console: render_text(report, texts, store, console))
    return 1 if report.has_problems() else 0
