"""``python -m lawref``: the same command line as the ``lawref`` script."""

from lawref.cli import main

main()
