"""``python -m lawref.cli``: the command line, as the ``lawref`` script runs it."""

from lawref.cli import main

main()
