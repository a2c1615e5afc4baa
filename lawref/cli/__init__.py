"""The ``lawref`` command line: a thin layer over the library. Each command lives in its own module."""

import lawref.cli.batch_command  # noqa: F401  (registers batch)
import lawref.cli.cache_command  # noqa: F401  (registers cache info, cache clear)
import lawref.cli.check_command  # noqa: F401  (registers check)
import lawref.cli.cites_command  # noqa: F401  (registers cites)
import lawref.cli.import_commands  # noqa: F401  (registers import, add)
import lawref.cli.search_command  # noqa: F401  (registers search)
from lawref.cli import store_commands  # noqa: F401  (registers list, show, validate, schema)
from lawref.cli.app import cli, main, run

__all__ = ["cli", "main", "run"]
