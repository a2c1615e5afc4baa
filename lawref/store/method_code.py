"""The methods dataclasses generate, kept compiled in the cache folder: a command-line run makes its
dataclasses from code an earlier run compiled, instead of compiling every method again.

Python 3.10–3.12's ``dataclasses`` writes each method it adds (``__init__``, ``__repr__``,
``__eq__``, ``__hash__``, a frozen class's ``__setattr__`` and ``__delattr__``) as source text and
compiles it with one ``exec`` each: about 0.5 ms for a frozen class, some 33 ms of a warm ``lawref
check`` for its 66 classes (issue 20). :func:`install`, which the command line calls for its own
process only, puts in ``dataclasses._create_fn`` the same function reading the code of each text
from a table: the text is the key and the code is what compiling that text gives, so every class
and method is the one the standard library makes. A text the table lacks is compiled as before and
added to the table when the run ends. The table is a signed file of the cache folder like the
patterns' table (lawref/store/cache.py ``read_table``), keyed by this Python's version and byte
code; on any other Python, or with the cache off, dataclasses are left as they are.
"""

from __future__ import annotations

import atexit
import contextlib
import dataclasses
import marshal
import sys
from types import CodeType
from typing import Any

from lawref.store.cache import METHODS_NAME, enabled, read_table, write_table

KIND = "dataclass-methods"
MAX_ENTRIES = 4096  # the table holds what lawref and its libraries define: never grows without end
_SUPPORTED = ((3, 10), (3, 11), (3, 12))  # whose _create_fn builds the text as below

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


def _create_fn(
    name: str,
    args: list[str],
    body: list[str],
    *,
    globals: dict[str, Any] | None = None,  # noqa: A002 - the standard library's names
    locals: dict[str, Any] | None = None,  # noqa: A002
    return_type: Any = dataclasses.MISSING,
) -> Any:
    """``dataclasses._create_fn`` of Python 3.10–3.12, with the text's code read from the table."""
    if locals is None:
        locals = {}  # noqa: A001
    return_annotation = ""
    if return_type is not dataclasses.MISSING:
        locals["_return_type"] = return_type
        return_annotation = "->_return_type"
    joined_args = ",".join(args)
    joined_body = "\n".join(f"  {b}" for b in body)
    text = f" def {name}({joined_args}){return_annotation}:\n{joined_body}"
    local_vars = ", ".join(locals.keys())
    text = f"def __create_fn__({local_vars}):\n{text}\n return {name}"
    namespace: dict[str, Any] = {}
    exec(_code_of(text), globals, namespace)  # noqa: S102 - dataclasses' own generated code
    return namespace["__create_fn__"](**locals)


def install() -> None:
    """Make this process's dataclasses from the table (see the module's docstring)."""
    original = getattr(dataclasses, "_create_fn", None)
    if (
        sys.version_info[:2] not in _SUPPORTED
        or original is None
        or original is _create_fn
        or original.__code__.co_varnames[:3] != ("name", "args", "body")
        or not enabled()
    ):
        return
    dataclasses._create_fn = _create_fn  # type: ignore[attr-defined]


def _save() -> None:
    table = {**(_known or {}), **_new}
    # at exit: a table not written is compiled again next time
    with contextlib.suppress(Exception):
        write_table(METHODS_NAME, KIND, table)
