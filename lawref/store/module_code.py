"""lawref's own modules, their byte code kept in one table of the cache folder: a command-line run
imports them from it instead of finding, opening and reading one ``.pyc`` each.

A warm ``lawref check`` imports some 170 of lawref's modules. For each, Python's import system
looks the name up in its package's folder, stats the source, opens and reads the ``.pyc`` beside
it and checks its header: a few milliseconds of system calls and Python bookkeeping in all, on top
of unmarshalling the code, which this table does not spare (issue 20). :func:`install`, which the
command line calls for its own process only, puts a finder first on ``sys.meta_path`` that serves
a ``lawref.*`` module from the table when, exactly as a timestamp ``.pyc`` is checked, its source
file's size and mtime are the ones its code was compiled from, and the folder the name is looked
up in is as it was when the table was written (its mtime: a module or package added, removed or
renamed beside it changes which file the name means). Anything else (a module the table lacks,
an edited file, a changed folder, a chunk of the table that fails its check) is left to the
import system as before, and the code of every lawref module imported that way is added to the
table when the run ends. The module is an ordinary source module: its loader is the import
system's own ``SourceFileLoader``, with only the code read from the table, so ``__file__``,
``__spec__``, resources and tracebacks are what they always are.

The table is a signed file of the cache folder like the tables of patterns and dataclass methods
(lawref/store/cache.py ``read_table``: authenticated before anything is unpickled, keyed by this
lawref, this Python's version and its byte code's magic number); each module's code lies in its
mapped array section (a :class:`~lawref.store.mapped.PackedBytes`), checked against its signed
digest before it is unmarshalled, so a run reads and checks only the modules it imports.
"""

from __future__ import annotations

import _imp
import atexit
import contextlib
import marshal
import os
import sys
from importlib.machinery import ModuleSpec, SourceFileLoader
from importlib.util import spec_from_file_location
from typing import Any

from lawref.store import code_records
from lawref.store.cache import MODULES_NAME, enabled
from lawref.store.code_tables import read_table, write_table
from lawref.store.mapped import DamagedArray, PackedBytes

KIND = "module-code-1"  # the entries' shape: bump when it changes
MAX_MODULES = 2048  # lawref has some 400 modules: the table never grows without end
_PACKAGE = code_records.PACKAGE  # the running lawref package's folder (ends in a /)

Stat = tuple[int, int]  # (size, mtime in ns)


class _TableLoader(SourceFileLoader):
    """The import system's loader for a source file, with the code already read from the table."""

    def __init__(self, fullname: str, path: str, code: bytes) -> None:
        super().__init__(fullname, path)
        self._code: bytes | None = code

    def get_code(self, fullname: str) -> Any:
        kept, self._code = self._code, None
        if kept is None or fullname != self.name:  # asked again (runpy, say): as Python would
            return super().get_code(fullname)
        code = marshal.loads(kept)
        _imp._fix_co_filename(code, self.path)  # as the import system does for a .pyc
        return code


def _stat(path: str) -> Stat | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


class TableFinder:
    """Finds ``lawref.*`` modules in the table (see the module's docstring). An entry is
    ``[source file, size, mtime, is a package, folder looked up in]``, paths relative to the lawref
    package's folder; ``folders`` keeps each folder's (size, mtime)."""

    def __init__(self, table: dict[str, Any]) -> None:
        modules, folders, code = table.get("modules"), table.get("folders"), table.get("code")
        ok = (
            isinstance(modules, dict)
            and isinstance(folders, dict)
            and isinstance(code, PackedBytes)
        )
        self.modules: dict[str, Any] = modules if ok else {}  # type: ignore[assignment]
        self.folders: dict[str, Any] = folders if ok else {}  # type: ignore[assignment]
        self.code: PackedBytes | None = code if ok else None  # type: ignore[assignment]
        self.asked: set[str] = set()  # lawref modules looked for while this finder was first
        self.served: set[str] = set()  # ... and found in the table
        self.folder_seen: dict[str, Stat | None] = {}  # as this process first saw each folder

    def _folder(self, shown: str) -> Stat | None:
        if shown not in self.folder_seen:
            self.folder_seen[shown] = _stat(_PACKAGE + shown)
        return self.folder_seen[shown]

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> ModuleSpec | None:
        if path is None or not name.startswith("lawref."):
            return None
        parent_file = getattr(sys.modules.get(name.rpartition(".")[0]), "__file__", None)
        if not (isinstance(parent_file, str) and parent_file.startswith(_PACKAGE)):
            return None
        self.asked.add(name)
        folder = os.path.dirname(parent_file)[len(_PACKAGE) :]
        seen = self._folder(folder)
        entry = self.modules.get(name)
        try:
            shown, size, mtime, is_package, entry_folder = entry  # type: ignore[misc]
            if seen is None or entry_folder != folder or list(seen) != self.folders.get(folder):
                return None
            origin = _PACKAGE + shown
            stat = _stat(origin)
            if stat != (size, mtime) or mtime > code_records.started_ns():
                return None
            code = self.code[name]  # type: ignore[index]  # checked against its signed digest
        except DamagedArray:  # the table is removed: every module is imported as before
            self.modules, self.folders = {}, {}
            return None
        except (TypeError, ValueError, KeyError):  # not in the table, or not an entry
            return None
        code_records.note_seen(origin, stat)  # the stat of the code this process runs
        spec = spec_from_file_location(
            name,
            origin,
            loader=_TableLoader(name, origin, code),
            submodule_search_locations=[os.path.dirname(origin)] if is_package else None,
        )
        if spec is not None:
            self.served.add(name)
        return spec

    def _imported_otherwise(self) -> dict[str, tuple[list[Any], bytes]]:
        """The entries (and code) of the lawref modules this run imported from their files."""
        added: dict[str, tuple[list[Any], bytes]] = {}
        for name in self.asked - self.served:
            spec = getattr(sys.modules.get(name), "__spec__", None)
            loader = getattr(spec, "loader", None)
            if type(loader) is not SourceFileLoader or not loader.path.startswith(_PACKAGE):
                continue
            origin = loader.path
            before = _stat(origin)
            try:
                code = marshal.dumps(loader.get_code(name))
                is_package = bool(loader.is_package(name))
            except Exception:  # noqa: BLE001 - not compiled here: left out of the table
                continue
            # the code is what the file held throughout, and no newer than this process
            if before is None or before != _stat(origin) or before[1] > code_records.started_ns():
                continue
            shown = origin[len(_PACKAGE) :]
            folder = os.path.dirname(os.path.dirname(shown) if is_package else shown)
            added[name] = ([shown, *before, is_package, folder], code)
        return added

    def table_to_keep(self) -> dict[str, Any] | None:
        """The table with the lawref modules this run imported from their files added (None
        when it imported none: the table is kept as it is)."""
        added = self._imported_otherwise()
        if not added:
            return None
        modules: dict[str, Any] = {}
        code_of: dict[str, bytes] = {}
        folders: dict[str, Any] = {}
        now: dict[str, Stat | None] = {}
        candidates = [(n, e, None) for n, e in self.modules.items() if n not in added]
        candidates += [(n, e, c) for n, (e, c) in added.items()]
        for name, entry, code in candidates:
            folder = entry[4]
            if folder not in now:
                now[folder] = _stat(_PACKAGE + folder)
            # a folder is vouched for as this run found it (a module added) or as the table had it
            expected = (
                self.folder_seen.get(folder) if code is not None else self.folders.get(folder)
            )
            found = now[folder]
            if found is None or expected is None or list(found) != list(expected):
                continue
            try:
                code_of[name] = code if code is not None else self.code[name]  # type: ignore[index]
            except Exception:  # noqa: BLE001 - an entry of the old table that cannot be read
                continue
            modules[name] = entry
            folders[folder] = list(found)
        if len(modules) > MAX_MODULES:
            return None
        packed = PackedBytes({name: code_of[name] for name in modules})
        return {"modules": modules, "folders": folders, "code": packed}


_finder: TableFinder | None = None


def install() -> None:
    """Import this process's lawref modules from the table (see the module's docstring)."""
    global _finder
    if _finder is not None or not enabled():
        return
    try:
        table = read_table(MODULES_NAME, KIND)
    except Exception:  # noqa: BLE001 - the table is an optimisation; without it, import as before
        table = {}
    _finder = TableFinder(table)
    sys.meta_path.insert(0, _finder)
    atexit.register(_save)


def _save() -> None:
    if _finder is None:
        return
    # at exit: a table not written only means the import system is used again next time
    with contextlib.suppress(Exception):
        table = _finder.table_to_keep()
        if table is not None:
            write_table(MODULES_NAME, KIND, table, code=False)
