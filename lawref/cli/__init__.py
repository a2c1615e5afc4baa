"""The ``lawref`` command line: a thin layer over the library. Each command lives in its own
module (see ``COMMAND_MODULES`` in :mod:`lawref.cli.app`), imported when it is used."""

from lawref.cli.app import COMMAND_MODULES, cli, main, run

__all__ = ["COMMAND_MODULES", "cli", "main", "run"]
