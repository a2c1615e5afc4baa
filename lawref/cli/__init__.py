"""The ``lawref`` command line: a thin layer over the library. Each command lives in its own
module (see ``COMMAND_MODULES`` in :mod:`lawref.cli.app`), imported when it is used."""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lawref.cli.app import COMMAND_MODULES, cli, run

__all__ = ["COMMAND_MODULES", "cli", "main", "run"]


def main() -> None:
    """The ``lawref`` command (the script's entry point, and ``python -m lawref.cli``).

    The garbage collector's thresholds of a command-line run (lawref/cli/app.py
    ``CLI_GC_THRESHOLD``) are set before click and the command line are imported: with Python's
    default, importing them made some 25 young collections (~2.5 ms of a warm check) that found
    next to nothing to free. A program that imports ``lawref.cli`` without running ``main``
    keeps its own, and imports lawref's modules as Python does."""
    gc.set_threshold(200_000, 20, 20)
    # lawref's own modules imported from one table of the cache folder rather than one .pyc each
    # (lawref/store/module_code.py): in this process only, not in a program that imports lawref.
    from lawref.store.module_code import install

    install()
    from lawref.cli import app

    app.main()


def __getattr__(name: str) -> Any:
    """``cli``, ``run`` and ``COMMAND_MODULES``, from :mod:`lawref.cli.app` when first asked for."""
    if name in ("COMMAND_MODULES", "cli", "run"):
        from lawref.cli import app

        return getattr(app, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
