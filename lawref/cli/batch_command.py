"""``lawref batch``: check a corpus (folders, globs, JSON Lines) into one JSON line per document."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

import click

from lawref.cli.app import checker_options, cli, date_option, max_size_option, store_option
from lawref.errors import LawrefError
from lawref.text.wording import counted

if TYPE_CHECKING:
    from lawref.batch.inputs import Outcome
    from lawref.batch.run import Summary


class Terminated(LawrefError):
    """SIGTERM: stop like Ctrl-C (finished lines stay, the summary is printed)."""

    exit_code = 143


def _on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise Terminated("terminated; finished documents are in the output (--resume continues)")


@cli.command("batch")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, allow_dash=True, path_type=str),
    help="The JSON Lines file to write (- for stdout).",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes (default: all cores); Dask: LocalCluster workers.",
)
@click.option("--ordered", is_flag=True, help="Write lines in input order (default: as finished).")
@click.option("--resume", is_flag=True, help="Keep the output's lines and skip their ids.")
@click.option(
    "--summary",
    "summary_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the summary as JSON to this file.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Worker processes on this machine, or a Dask cluster.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="A running Dask scheduler (tcp://host:8786); without it a LocalCluster is started.",
)
@checker_options
@date_option
@max_size_option
@store_option
def batch_command(
    inputs: tuple[str, ...],
    output: str,
    jobs: int | None,
    ordered: bool,
    resume: bool,
    summary_path: Path | None,
    engine: str,
    scheduler: str | None,
    min_score: float | None,
    no_crosslingual: bool,
    no_reuse: bool,
    document_date: dt.date | None,
    max_bytes: int,
    stores: tuple[str, ...],
) -> int:
    """Check every document of a corpus and write one JSON line per document to OUTPUT.

    INPUT is a folder (searched recursively for .txt, .md, .html, .pdf and .docx files), a glob,
    a file, or a JSON Lines file (.jsonl/.ndjson; - reads one from stdin) with one document per line:
    {"id", "text", optional "url", "date", "title"; other fields are kept}. A document's "date"
    (YYYY-MM-DD, or an ISO date-time) or an HTML page's published date picks the version of a
    cited statute in force then; --date sets it for every document.

    Each line is {"id", <kept fields>, "source", "quotes", "citations"} as in `check --format
    json`, or {"id", …, "error"} for a document that could not be read or checked. Lines are
    written whole as documents finish; an interrupted run keeps them, and --resume skips their
    ids. A summary goes to stderr (and --summary FILE.json).

    Exit status: 0 when every document was checked, 1 when any became an error line (in this run
    or one it resumes), 2 for usage or input errors, 130 on Ctrl-C, 143 on SIGTERM.
    """
    from lawref.batch.inputs import CheckerConfig, count_items
    from lawref.batch.run import Batch, default_jobs

    if scheduler and engine != "dask":
        raise LawrefError("--scheduler works with --engine dask")
    config = CheckerConfig(
        stores=stores,
        min_score=min_score,
        crosslingual=not no_crosslingual,
        reuse=not no_reuse,
        max_bytes=max_bytes,
        date=document_date,
    )
    target = None if output == "-" else Path(output)
    batch = Batch(
        inputs,
        target,
        config,
        jobs=jobs or default_jobs(),
        engine=engine,
        scheduler=scheduler,
        ordered=ordered,
        resume=resume,
    )
    batch.prepare()
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        with _progress_bar(lambda: _total(count_items(inputs), len(batch.previous.ids))) as tick:
            batch.on_outcome = tick
            batch.run()
    except (KeyboardInterrupt, Terminated):
        _report(batch.summary, summary_path)
        raise
    finally:
        signal.signal(signal.SIGTERM, previous)
        batch.release()  # run() has, unless the progress bar failed before it began
    _report(batch.summary, summary_path)
    return 1 if batch.summary.failed else 0


def _total(count: int | None, done: int) -> int | None:
    return None if count is None else max(count - done, 0)


@contextmanager
def _progress_bar(total: Callable[[], int | None]) -> Iterator[Callable[[Outcome], None]]:
    """A bar with rate and ETA on stderr, only when stderr is a terminal."""
    from rich.console import Console

    console = Console(stderr=True)
    if not console.is_terminal:
        yield lambda outcome: None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task) -> Text:  # type: ignore[no-untyped-def]
            speed = task.finished_speed or task.speed
            return Text("" if speed is None else f"{speed:,.1f} docs/s")

    bar = Progress(
        TextColumn("checking"),
        BarColumn(),
        MofNCompleteColumn(),
        Rate(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    )
    with bar:
        task = bar.add_task("checking", total=total())
        yield lambda outcome: bar.advance(task)


def _report(summary: Summary, path: Path | None) -> None:
    data = summary.to_json()
    if path is not None:
        _write_json(path, data)
    for line in _summary_lines(data):
        click.echo(line, err=True)


def _summary_lines(data: dict) -> list[str]:  # type: ignore[type-arg]
    state = "interrupted after" if data["interrupted"] else "checked"
    lines = [
        f"lawref batch: {state} {counted(data['documents'], 'document')} in {data['seconds']:.1f} s "
        f"({data['documents_per_second']:.1f} documents/s, {data['engine']}, "
        f"{data['jobs']} jobs) -> {data['output']}"
    ]
    if data["skipped"]:
        lines.append(
            f"  skipped {data['skipped']} already in the output"
            + (f" ({data['skipped_errors']} of them errors)" if data["skipped_errors"] else "")
        )
    verdicts = ", ".join(f"{v} {n}" for v, n in data["verdicts"].items() if n)
    lines.append(f"  quotes: {data['quotes']}" + (f" ({verdicts})" if verdicts else ""))
    problems = data["problems"]
    lines.append(
        f"  problems: {problems['altered']} altered, {problems['misattributed']} misattributed, "
        f"in {counted(problems['documents'], 'document')}"
        + (f" (e.g. {', '.join(problems['examples'][:3])})" if problems["examples"] else "")
    )
    cited = ", ".join(f"{s['statute']} {s['citations']}" for s in data["statutes_cited"][:5])
    if cited:
        lines.append(f"  statutes cited most: {cited}")
    lines.append(f"  errors: {data['errors']}")
    lines += [f"    {message}" for message in data["error_examples"][:3]]
    return lines


def _write_json(path: Path, data: dict) -> None:  # type: ignore[type-arg]
    from lawref.batch.results import escape_surrogates

    folder = path.parent if str(path.parent) else Path(".")
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".summary-", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(escape_surrogates(json.dumps(data, ensure_ascii=False, indent=2)) + "\n")
        os.replace(tmp, path)
    except OSError as exc:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise LawrefError(f"{path}: cannot write the summary: {exc.strerror or exc}") from exc
