"""The click group, shared options, and the error boundary of the command line."""

from __future__ import annotations

import datetime as dt
import gc
import json
import math
import os
import sys
from collections.abc import Callable, Sequence
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from lawref._version import __version__
from lawref.errors import InputError, LawrefError
from lawref.text.regex_code import constant

if TYPE_CHECKING:
    from rich.console import Console

    from lawref.spans import SourceText

F = TypeVar("F", bound=Callable[..., Any])


# Each command lives in its own module, imported only when that command runs (or for --help):
# `lawref check` need not pay for the import machinery, the store editor or Dask.
COMMAND_MODULES = {
    "add": "lawref.cli.add_command",
    "batch": "lawref.cli.batch_command",
    "cache": "lawref.cli.cache_command",
    "check": "lawref.cli.check_command",
    "cites": "lawref.cli.cites_command",
    "import": "lawref.cli.import_commands",
    "list": "lawref.cli.store_commands",
    "schema": "lawref.cli.store_commands",
    "search": "lawref.cli.search_command",
    "serve": "lawref.cli.serve_command",
    "show": "lawref.cli.store_commands",
    "validate": "lawref.cli.store_commands",
}


# Commands that start no thread or process and leave nothing open: once one has run and its output
# is flushed, the process ends without tearing its objects down (see ``_end_now``).
QUICK_EXIT = frozenset({"cache", "check", "cites", "list", "schema", "search", "show", "validate"})


class LazyGroup(click.Group):
    invoked: str | None = None  # the command this run resolved (for ``main``'s quick exit)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name, command, rest = super().resolve_command(ctx, args)
        LazyGroup.invoked = name
        return name, command, rest

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(self.commands) | set(COMMAND_MODULES))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMAND_MODULES:
            import_module(COMMAND_MODULES[cmd_name])  # its decorators register it on `cli`
        return self.commands.get(cmd_name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="lawref")
def cli() -> None:
    """Check quotations of statutes in articles against a curated store of statute texts."""


def store_option(func: F) -> F:
    """``--store DIR`` (repeatable): statute folders loaded after the shipped store."""
    return click.option(
        "--store",
        "stores",
        multiple=True,
        # readable=False: the loader reports an unreadable folder in its one-line error.
        type=click.Path(file_okay=False, readable=False, path_type=str),
        help="Also load statutes from DIR (repeatable; $LAWREF_STORE works too).",
    )(func)


def format_option(*choices: str, default: str = "text") -> Callable[[F], F]:
    def decorate(func: F) -> F:
        return click.option(
            "--format",
            "output_format",
            type=click.Choice(list(choices)),
            default=default,
            show_default=True,
            help="Output format.",
        )(func)

    return decorate


MAX_SIZE_LIMIT_MB = 1024.0 * 1024  # 1 TiB: any larger limit is no limit at all


class SizeInMiB(click.ParamType):
    """A size limit given in MiB, passed on as a number of bytes: a finite number above zero
    (``inf``, ``nan``, ``1e300``, ``0`` and ``-1`` are refused in one line, exit 2)."""

    name = "MB"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        flag = param.opts[0] if param is not None and param.opts else "--max-size"
        try:
            number = float(value)
        except (TypeError, ValueError):
            number = math.nan
        if not (0.001 <= number <= MAX_SIZE_LIMIT_MB):  # False for nan too
            raise LawrefError(
                f"{flag}: {value!r} is not a size: give a number of MiB from 0.001 to "
                f"{MAX_SIZE_LIMIT_MB:.0f}"
            )
        return int(number * 1024 * 1024)


def size_limit_option(default_mb: float, help_text: str) -> Callable[[F], F]:
    """``--max-size MB``, given to the command as ``max_bytes`` (an int): refuse absurd inputs
    with a clear line instead of reading them."""
    return click.option(
        "--max-size",
        "max_bytes",
        type=SizeInMiB(),
        default=default_mb,
        show_default=True,
        help=help_text,
    )


max_size_option = size_limit_option(64.0, "Refuse inputs larger than this many MiB.")


def output_option(func: F) -> F:
    """``-o/--output FILE``: the report goes to a file instead of stdout."""
    return click.option(
        "-o",
        "--output",
        type=click.Path(dir_okay=False, writable=True, path_type=Path),
        help="Write the report to this file instead of stdout.",
    )(func)


def checker_options(func: F) -> F:
    """The options of the check pipeline, shared by ``check`` and ``batch``."""
    for decorate in reversed(
        [
            click.option(
                "--min-score",
                type=click.FloatRange(0, 100),
                default=None,
                help="Link a quotation only when its score reaches this (0-100).",
            ),
            click.option(
                "--no-crosslingual",
                is_flag=True,
                help="Do not compare English quotations with Chinese originals.",
            ),
            click.option(
                "--no-reuse",
                is_flag=True,
                help="Report quotations only: do not look for statute text reproduced "
                "without quotation marks.",
            ),
        ]
    ):
        func = decorate(func)
    return func


def _day(ctx: click.Context, param: click.Parameter, value: dt.datetime | None) -> dt.date | None:
    return value.date() if value is not None else None


def date_option(func: F) -> F:
    """``--date YYYY-MM-DD``, given to the command as ``document_date`` (a date or None): the
    date the documents were published, for citations that name no version (shared by ``check``,
    ``cites`` and ``batch``)."""
    return click.option(
        "--date",
        "document_date",
        type=click.DateTime(formats=["%Y-%m-%d"]),
        default=None,
        callback=_day,
        help="Read the documents as published on this date (YYYY-MM-DD): a citation without a "
        "year means the version in force then. Default: each document's own date, if any.",
    )(func)


def read_sources(sources: Sequence[str], max_bytes: int) -> list[SourceText]:
    """Every FILE|URL|- argument read and decoded (stdin at most once), or one InputError."""
    from lawref.read.source import read_source

    if list(sources).count("-") > 1:
        raise InputError("stdin (-) can be read only once")
    return [read_source(source, max_bytes=max_bytes) for source in sources]


def write_output(output: Path | None, rendered: str | Callable[[Console], None]) -> None:
    """The report to stdout, or to ``-o FILE`` with a "wrote FILE" line on stderr. ``rendered``
    is the finished text, or a function that draws it on a rich Console (the terminal view)."""
    try:
        if isinstance(rendered, str):
            if output is None:
                click.echo(rendered, nl=False)
            else:
                output.write_text(rendered, encoding="utf-8")
        else:
            from rich.console import Console

            if output is None:
                rendered(Console())
            else:
                with output.open("w", encoding="utf-8") as handle:
                    rendered(Console(file=handle, width=100))
    except BrokenPipeError:
        raise  # the reader went away: the CLI boundary ends quietly
    except OSError as exc:  # -o in a missing or read-only folder, a full disk
        raise InputError(f"{output or 'stdout'}: cannot write: {exc.strerror or exc}") from exc
    if output is not None:
        click.echo(f"wrote {output}", err=True)


def plain_width(output: Path | None) -> int | None:
    """The width of a report drawn without colour, or None when rich should draw it (in colour,
    on a terminal). rich's own rules: ``-o FILE`` is 100 wide; stdout is a terminal when
    TTY_COMPATIBLE or FORCE_COLOR says so, else when it is a tty, and its width is the first
    terminal's among stdin (not on Windows), stdout and stderr, COLUMNS when set, or 80.
    Output in an encoding other than UTF-8 is left to rich (it draws the table in ASCII there)."""
    if output is not None:
        return 100
    stream = sys.stdout
    if not (getattr(stream, "encoding", None) or "utf-8").lower().startswith("utf"):
        return None
    tty_compatible = os.environ.get("TTY_COMPATIBLE", "")
    force_color = os.environ.get("FORCE_COLOR")
    if tty_compatible == "1" or (tty_compatible != "0" and force_color not in (None, "")):
        return None
    if tty_compatible != "0" and force_color is None and stream.isatty():
        return None
    width = None
    for descriptor in (1, 2) if sys.platform == "win32" else (0, 1, 2):
        try:
            width = os.get_terminal_size(descriptor).columns
        except (AttributeError, ValueError, OSError):
            continue
        break
    columns = os.environ.get("COLUMNS")
    if columns is not None and columns.isdigit():
        width = int(columns)
    width = width or 80
    return width if width >= 12 else None  # narrower: rich's layout has edge cases of its own


def emit_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


# Characters that would break the one-line message or act on a terminal: C0/C1 controls (newline,
# ESC), DEL, and Unicode line/paragraph separators. A file name or statute id may carry any of them.
_UNPRINTABLE = constant("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(message: str) -> str:
    """``message`` as one printable line: control characters become escapes (\\n, \\x1b)."""
    return _UNPRINTABLE.sub(lambda m: repr(m.group())[1:-1], message)


_UNPRINTABLE_IN_TEXT = constant("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_safe(text: str) -> str:
    """Store text for a terminal: line breaks and tabs kept, every other control character
    escaped, so that a shared statute file cannot send escape sequences (clear the screen, set
    the title, write the clipboard) to whoever shows it."""
    return _UNPRINTABLE_IN_TEXT.sub(lambda m: repr(m.group())[1:-1], text)


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status; errors become one line on stderr."""
    try:
        result = cli.main(args=list(argv) if argv is not None else None, standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("lawref: aborted", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except LawrefError as exc:
        click.echo(f"lawref: error: {one_line(str(exc))}", err=True)
        return exc.exit_code
    except KeyboardInterrupt:
        click.echo("lawref: interrupted", err=True)
        return 130
    except BrokenPipeError:
        # The reader went away (`lawref check … | head`): not an error worth a message.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:  # noqa: BLE001 - the last line of defence against a traceback
        if os.environ.get("LAWREF_DEBUG"):
            raise
        click.echo(
            f"lawref: internal error: {type(exc).__name__}: {one_line(str(exc))} "
            "(this is a bug; set LAWREF_DEBUG=1 for a traceback)",
            err=True,
        )
        return 3
    return result if isinstance(result, int) else 0


# The cyclic garbage collector in a command-line run: its young collections come every 200,000
# allocations rather than 700. A run is short and makes few reference cycles; with the defaults a
# warm check made ~55 collections (~3 ms), the older ones scanning every object the cache loaded.
# A warm check of an article keeps ~45,000-50,000 more tracked objects than it frees (the store,
# the compiled cache's entries, the report): at 50,000 the one young collection it reached came
# as the report was laid out and traversed them all (~20 M instructions, 2% of the check; the
# twenty-first round's rise of a warm check was that collection), so the threshold leaves a
# warm check none after start-up, and a long document one every 200,000.
# (`lawref batch` sets its own while it runs: lawref/batch/engines.py.)
CLI_GC_THRESHOLD = (200_000, 20, 20)


def main() -> None:
    gc.set_threshold(*CLI_GC_THRESHOLD)
    # pydantic looks for plugins (every installed distribution's entry points, 20-80 ms) the first
    # time it builds a validator; lawref's command line uses none. An explicit setting is kept.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    # The methods of the dataclasses a command imports, read compiled from the cache folder
    # (lawref/store/method_code.py): in this process only, not in a program that imports lawref.
    from lawref.store.method_code import install

    install()
    status = run()
    if LazyGroup.invoked in QUICK_EXIT:
        _end_now(status)
    sys.exit(status)


def _end_now(status: int) -> None:
    """End the process at once, as ``sys.exit(status)`` would but without freeing every object
    one by one: a warm ``check`` spent a sixth of its time (~30 ms) tearing down the store,
    the indexes and the modules it loaded. The exit handlers run first (the cache tables a run
    adds to are written there) and the output is flushed; when a thread is still running, a
    profiler or tracer is watching (``python -m cProfile`` writes its figures after the program
    returns), or the output cannot be flushed, the ordinary exit is left to do (and report) it."""
    import atexit
    import threading

    run_exit_handlers = getattr(atexit, "_run_exitfuncs", None)
    if (
        run_exit_handlers is None
        or threading.active_count() > 1
        or sys.getprofile() is not None
        or sys.gettrace() is not None
    ):
        return
    run_exit_handlers()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:  # noqa: BLE001 - the interpreter's own exit reports it, as it always has
        return
    os._exit(status)
