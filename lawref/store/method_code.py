"""The methods dataclasses generate, kept compiled in the cache folder: a command-line run makes its
dataclasses from code an earlier run compiled, instead of compiling every method again.

Python 3.10–3.12's ``dataclasses`` writes each method it adds (``__init__``, ``__repr__``,
``__eq__``, ``__hash__``, a frozen class's ``__setattr__`` and ``__delattr__``) as source text and
compiles it with one ``exec`` each: about 0.5 ms for a frozen class, some 33 ms of a warm ``lawref
check`` for its 66 classes (issue 20). :func:`install`, which the command line calls for its own
process only, gives the ``dataclasses`` module an ``exec`` of its own (a module global, found
before the builtin) that reads the code of each text from a table: the text is the key and the code
is what compiling that text gives. The standard library's code runs unchanged — only its
compiling is skipped — so every class and method is the one it makes. A text the table lacks is compiled as before and
added to the table when the run ends. The table is a signed file of the cache folder like the
patterns' table (lawref/store/code_tables.py ``read_table``), keyed by this Python's version and
byte code; on any other Python, or with the cache off, dataclasses are left as they are.
"""

from __future__ import annotations

import atexit
import contextlib
import dataclasses
import marshal
import sys
from types import CodeType
from typing import Any

from lawref.store.cache import METHODS_NAME, enabled
from lawref.store.code_tables import read_table, write_table

KIND = "dataclass-methods"
MAX_ENTRIES = 4096  # the table holds what lawref and its libraries define: never grows without end
_SUPPORTED = ((3, 10), (3, 11), (3, 12))  # tested: their dataclasses exec each text they build

_known: dict[str, bytes] | None = None  # read from the cache at the first class made
_new: dict[str, bytes] = {}  # compiled in this run: written at exit
compiled_here = 0  # methods this run compiled (the rest were read from the table)


def _code_of(text: str) -> CodeType:
    global _known, compiled_here
    if _known is None:
        _known = {}
        try:
            _known = read_table(METHODS_NAME, KIND)
        except Exception:  # noqa: BLE001 - the table is an optimisation; without it, compile
            _known = {}
    kept = _known.get(text)
    if kept is not None:
        try:
            code = marshal.loads(kept)
            if isinstance(code, CodeType):
                return code
        except (ValueError, EOFError, TypeError):
            pass  # not code this Python reads: compile it
    # What ``exec(text, ...)`` in dataclasses compiles: no __future__ flags of this module.
    code = compile(text, "<string>", "exec", dont_inherit=True)
    compiled_here += 1
    if len(_known) + len(_new) < MAX_ENTRIES:
        if not _new:
            atexit.register(_save)
        _new[text] = marshal.dumps(code)
    return code


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:  # noqa: A002
    """``exec`` as ``dataclasses`` calls it, a text's code read from the table instead of compiled."""
    if isinstance(source, str):
        source = _code_of(source)
    exec(source, globals, locals)  # noqa: S102 - dataclasses' own generated code


def install() -> None:
    """Make this process's dataclasses from the table (see the module's docstring)."""
    if (
        sys.version_info[:2] not in _SUPPORTED
        or vars(dataclasses).get("exec") is _exec
        or not enabled()
    ):
        return
    # A module global named ``exec`` is found before the builtin: dataclasses' own code runs
    # unchanged, and only the compiling of the text it hands to ``exec`` is read from the table.
    dataclasses.exec = _exec  # type: ignore[attr-defined]


def _save() -> None:
    # Written without code records: an entry is the code of the text that is its key, whatever
    # lawref code asked for it, so an edit of lawref leaves the table good (and a run need not
    # stat every source file it records when it reads the table).
    table = {**(_known or {}), **_new}
    # at exit: a table not written is compiled again next time
    with contextlib.suppress(Exception):
        write_table(METHODS_NAME, KIND, table, code=False)  # keyed by the text: see _save
