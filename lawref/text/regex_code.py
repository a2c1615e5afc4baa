"""Regular expressions that pickle as their compiled code, so that a cache reads them back without
compiling them again.

Python pickles a compiled pattern as its source and flags, and unpickling compiles it again: for
the citation finder's patterns (one alternation of every statute name, some sixty grammar
templates) that is most of a warm run's start. :class:`PatternsKept` wraps a structure for the
compiled cache (lawref/store/cache.py ``compiled``); pickled, each pattern inside it is kept as the
code ``re`` compiled it to, and read back with ``_sre.compile`` — the call ``re`` itself ends
with — in microseconds. The code is checked by ``_sre`` when it is read (it refuses code that is
not well formed), the cache entry holding it is signed and keyed to this Python's version, and any
failure falls back to ``re.compile`` of the source: the pattern read back is always the one
``re.compile(source, flags)`` gives (equal under ``==``, which compares the code).
"""

from __future__ import annotations

import atexit
import copyreg
import io
import pickle
import re
import sys
from array import array
from collections.abc import Iterator
from typing import Any, Generic, TypeVar

try:  # Python 3.11+
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _compiler  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

import _sre

T = TypeVar("T")


def code_of(pattern: re.Pattern[str]) -> tuple[Any, ...] | None:
    """What ``_sre.compile`` needs to rebuild ``pattern`` (its code compiled again, as ``re``
    does), or None when this Python's ``re`` is not built the way this module expects."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        code = _compiler._code(parsed, pattern.flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        flags = pattern.flags | parsed.state.flags
        return (array("I", code), flags, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    except Exception:  # an internal of ``re`` that moved: keep the source only
        return None


def rebuild(source: str, flags: int, frozen: tuple[Any, ...] | None) -> re.Pattern[str]:
    """The pattern ``re.compile(source, flags)``, from its kept code when there is one."""
    if frozen is not None:
        code, full_flags, groups, groupindex, indexgroup = frozen
        try:
            return _sre.compile(  # type: ignore[no-any-return]
                source, full_flags, code.tolist(), groups, groupindex, indexgroup
            )
        except Exception:  # code this _sre refuses: compile the source instead
            pass
    return re.compile(source, flags)


def _reduce_pattern(pattern: re.Pattern[str]) -> tuple[Any, ...]:
    if not isinstance(pattern.pattern, str):
        return (re.compile, (pattern.pattern, pattern.flags))
    return (rebuild, (pattern.pattern, pattern.flags, code_of(pattern)))


def dumps(value: Any) -> bytes:
    """``pickle.dumps(value)``, with every regular expression in it kept as its code."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {**copyreg.dispatch_table, re.Pattern: _reduce_pattern}
    pickler.dump(value)
    return buffer.getvalue()


def _loads(payload: bytes) -> PatternsKept[Any]:
    return PatternsKept(pickle.loads(payload))


class PatternsKept(Generic[T]):
    """``value``, pickled with its regular expressions kept as compiled code (see above)."""

    __slots__ = ("value",)

    def __init__(self, value: T) -> None:
        self.value = value

    def __reduce__(self) -> tuple[Any, ...]:
        return (_loads, (dumps(self.value),))


# --- the constant patterns of lawref's modules ----------------------------------------------------

_known: dict[tuple[str, int], tuple[Any, ...] | None] | None = None  # read from the cache
_new: dict[tuple[str, int], re.Pattern[str]] = {}  # compiled here: written at exit


def constant(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)`` for a pattern a module defines once, at import.

    A run that compiles a constant the cache's table lacks adds it to the table when it ends
    (lawref/store/code_tables.py ``write_patterns``); later runs read it back as code. Only for
    patterns written in lawref's source: the table is keyed by the source, and a pattern built
    from input would grow it without bound."""
    global _known
    if _known is None:
        _known = {}
        try:
            from lawref.store.code_tables import read_patterns

            _known = read_patterns()
        except Exception:  # noqa: BLE001 - the table is an optimisation; without it, compile
            _known = {}
    key = (source, int(flags))
    if key in _known:
        return rebuild(source, int(flags), _known[key])
    pattern = re.compile(source, flags)
    if not _new:
        atexit.register(_save)
    _new[key] = pattern
    return pattern


def _save() -> None:
    table = dict(_known or {})
    table.update({key: code_of(pattern) for key, pattern in _new.items()})
    try:
        from lawref.store.code_tables import write_patterns

        write_patterns(table)
    except Exception:  # noqa: BLE001 - at exit: a table not written is compiled again next time
        pass


class Deferred:
    """A constant pattern (see :func:`constant`) compiled the first time it is used, not at import."""

    __slots__ = ("_flags", "_pattern", "_source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._pattern: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The pattern, compiled on the first call."""
        if self._pattern is None:
            self._pattern = constant(self._source, self._flags)
        return self._pattern

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos, endpos)
