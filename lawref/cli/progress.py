"""A progress bar for long runs (several files, or one very large file), on stderr only.

Nothing is drawn unless stderr is a terminal, so logs, pipes and CI output stay clean, and
stdout (where reports go) is never touched.

    with progress(total=len(paths), description="checking", show=should_show(len(paths))) as advance:
        for path in paths:
            ...
            advance(1)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

# A single document this large (in characters) takes long enough to deserve a bar.
LARGE_TEXT = 2_000_000


def should_show(files: int, characters: int = 0) -> bool:
    """A bar is worth drawing for several files, or for one very large one."""
    return files > 1 or characters >= LARGE_TEXT


Advance = Callable[..., None]


def _nothing(amount: float = 1, description: str | None = None) -> None:
    return None


@contextmanager
def progress(
    total: float,
    description: str = "checking",
    *,
    show: bool = True,
    console: Console | None = None,
) -> Iterator[Advance]:
    """Yield ``advance(amount=1, description=None)``; a bar is drawn on stderr when ``show`` and it is a terminal.

    The bar is transient: it disappears when the block ends, leaving the terminal as it was.
    """
    if not show or total <= 0:  # most runs (one file): no console to ask, nothing to import
        yield _nothing
        return
    from rich.console import Console

    target = console if console is not None else Console(stderr=True)
    if not target.is_terminal:
        yield _nothing
        return
    # Imported only when a bar is drawn: most runs (one file, or output to a pipe) draw none.
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )

    bar = Progress(
        # Descriptions may hold file names: plain text, never rich markup.
        TextColumn("{task.description}", markup=False),
        BarColumn(),
        MofNCompleteColumn()
        if float(total).is_integer() and total < 10_000
        else TaskProgressColumn(),
        TimeRemainingColumn(),
        console=target,
        transient=True,
    )
    from lawref.render.text import clean

    with bar:
        task = bar.add_task(clean(description), total=total)

        def advance(amount: float = 1, description: str | None = None) -> None:
            if description is not None:
                bar.update(task, description=clean(description))
            bar.advance(task, amount)

        yield advance
