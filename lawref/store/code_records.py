"""Which lawref source files built a cache entry, and whether they are the code this process runs.

An entry must never be served to code other than the code that built it, and the
code a process runs is the code it loaded. The metadata records the source file (size, mtime) of
every lawref module loaded when the entry was written; a read compares each with the file as this
process first saw it *while its module was loaded* (:func:`_seen_stat`, kept for the process's
life: a warm check reads nine entries recording the same ~120 files, and used to stat every one
of them each time, ~1,100 system calls). A file first seen with an mtime after this process
started may not be the code it loaded, and fails the comparison, as it fails a write
(:class:`CodeChangedError`). So an edited module's entries are stale for every process started
after the edit, and a process never takes an entry written by code other than its own; a file
edited while a process runs leaves that process on the entries of the code it runs (whose answers
are its own). A recorded module this process has not loaded is stat'ed at every read, never kept.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

# The package folder as module __file__ paths spell it (for short, relocatable code records).
_PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep
PACKAGE = _PACKAGE
_TOP = __name__.split(".")[0]  # the package's name (lawref)


# When this process started using the cache: a source file changed after it may not be the code
# that is loaded, so an entry is not written with it (its record would vouch for code not run).
_STARTED_NS = time.time_ns()


class CodeChangedError(OSError):
    """A lawref source file changed while this process ran: its entries are not written."""


# Source file -> (size, mtime) as this process first saw it while its module was loaded (None:
# missing). See the module's docstring: the stat of the code the process runs, taken once.
_SEEN: dict[str, tuple[int, int] | None] = {}
# The source files of the lawref modules loaded (recomputed when sys.modules grows or shrinks).
_LOADED: tuple[int, frozenset[str]] = (-1, frozenset())


def _loaded_files(*, fresh: bool = False) -> frozenset[str]:
    """The source files of the lawref modules loaded now (``fresh``: read from sys.modules now;
    otherwise again only when it has grown or shrunk since)."""
    global _LOADED
    count = len(sys.modules)
    if fresh or _LOADED[0] != count:
        files = []
        for name, module in list(sys.modules.items()):
            if name == "lawref" or name.startswith("lawref."):
                file = getattr(module, "__file__", None)
                if file:
                    files.append(file)
        _LOADED = (count, frozenset(files))
    return _LOADED[1]


def _is_loaded(file: str) -> bool:
    """Whether ``file`` is the source of a lawref module loaded now: looked up by the module name
    its path gives (``x/y.py`` of the package is ``lawref.x.y``), not by going through every module
    loaded (a warm check reads nine entries while its imports grow ``sys.modules``)."""
    if not (file.startswith(_PACKAGE) and file.endswith(".py")):
        return file in _loaded_files()
    parts = file[len(_PACKAGE) : -len(".py")].split(os.sep)
    if parts[-1] == "__init__":
        parts.pop()
    module = sys.modules.get(".".join([_TOP, *parts]))
    return module is not None and getattr(module, "__file__", None) == file


def started_ns() -> int:
    """When this process started using the cache (a source file changed after it may not be the
    code it loaded)."""
    return _STARTED_NS


def note_seen(file: str, seen: tuple[int, int] | None) -> None:
    """Keep ``seen`` as the (size, mtime) of a source file whose module is being loaded now (by
    lawref/store/module_code.py, which has just stat'ed it to check the code it loads)."""
    _SEEN.setdefault(file, seen)


def _seen_stat(file: str) -> tuple[int, int] | None:
    """(size, mtime) of a source file: as first seen while its module was loaded, kept for the
    process's life; stat'ed afresh each time while its module is not loaded."""
    if file in _SEEN:
        return _SEEN[file]
    try:
        st = os.stat(file)
        found: tuple[int, int] | None = (st.st_size, st.st_mtime_ns)
    except OSError:
        found = None
    if _is_loaded(file):
        _SEEN[file] = found
    return found


def code_records() -> list[list[Any]]:
    """Source files of the lawref modules loaded now, with sizes and mtimes.

    Recorded when an entry is written and compared when it is read: every module that built the
    entry (or defines a class in it) was loaded then, so an edited checkout never reads objects
    made by older code, while edits to modules that took no part (the HTML report, say) keep the
    entry. An installed lawref never changes, and __version__ is in the key as well.
    """
    records = []
    for file in _loaded_files(fresh=True):
        seen = _seen_stat(file)
        if seen is None:
            continue
        size, mtime = seen
        if mtime > _STARTED_NS:
            raise CodeChangedError(f"{file} changed while lawref ran")
        shown = file[len(_PACKAGE) :] if file.startswith(_PACKAGE) else file
        records.append([shown, size, mtime])
    return sorted(records)


def code_changed(records: Any) -> str | None:
    """The first recorded source file that differs from the code this process runs (None: all
    as recorded)."""
    if not isinstance(records, list):
        return "no code record"
    for record in records:
        if not (isinstance(record, list) and len(record) == 3 and isinstance(record[0], str)):
            return "bad code record"
        shown, size, mtime = record
        key = (shown, size, mtime) if type(size) is int and type(mtime) is int else None
        if _AS_KEPT.get(key) is _SEEN and mtime <= _STARTED_NS:
            continue
        file = shown if os.path.isabs(shown) else _PACKAGE + shown
        seen = _seen_stat(file)
        # (a file newer than this process may not be the code it loaded: never as recorded)
        if seen is None or seen != (size, mtime) or mtime > _STARTED_NS:
            return shown
        if key is not None and file in _SEEN:
            _AS_KEPT[key] = _SEEN
    return None


# Records found as a loaded module's kept stat (_SEEN, never changed once kept): the same record in
# the next entry read is as recorded without looking again (a warm check reads eleven entries and
# tables recording ~1,500 files in all, most of them the same ~150). Each is kept with the _SEEN it
# was found in, and taken only while that is still the one (tests start it afresh).
_AS_KEPT: dict[tuple[str, int, int] | None, dict[str, tuple[int, int] | None]] = {}
