"""The cache folder's tables of compiled code, one each for the folder rather than per store.

Three tables: the constant patterns of lawref's own modules (lawref/text/regex_code.py: (source,
flags) -> the code ``re`` compiled it to), the methods dataclasses generate
(lawref/store/method_code.py: source text -> marshalled code) and the byte code of lawref's own
modules (lawref/store/module_code.py, each entry checked against its source file's stat). Keyed by this Python (and its
regular expression engine, its byte code); written at the end of a run that compiled something a
table lacked (into a folder a store was cached in: it has its key), read at first use in the next.
Signed and checked like every cache file (lawref/store/signed_pickle.py); their file names are
lawref/store/cache.py's, whose ``clear`` removes them with the rest.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from lawref._version import __version__
from lawref.store.cache import PATTERNS_NAME, cache_dir, enabled
from lawref.store.digests import sha256
from lawref.store.signed_pickle import FORMAT, read, secret_key, secure_dir, write


def _table_digest(kind: str) -> bytes:
    import _sre
    from importlib.util import MAGIC_NUMBER

    parts = [kind, __version__, FORMAT, sys.version, _sre.MAGIC, MAGIC_NUMBER.hex()]
    return sha256(json.dumps(parts).encode()).digest()


def read_table(name: str, kind: str) -> dict[Any, Any]:
    """One of the tables (empty when there is none, or none to trust)."""
    if not enabled():
        return {}
    folder = secure_dir(cache_dir(), create=False)
    secret = secret_key(folder, create=False) if folder is not None else None
    if folder is None or secret is None:
        return {}
    try:
        table = read(folder / name, secret, _table_digest(kind))
    except LookupError:
        return {}
    return table if isinstance(table, dict) else {}


def write_table(name: str, kind: str, table: dict[Any, Any], *, code: bool = True) -> None:
    """Replace a table (atomically), in a cache folder that has its key already: nothing when
    the cache is off, unusable, or was cleared during this run (`lawref cache clear`). Without
    ``code``, the table is not tied to the lawref source files loaded now (see ``write``)."""
    if not enabled():
        return
    folder = secure_dir(cache_dir(), create=False)
    secret = secret_key(folder, create=False) if folder is not None else None
    if folder is None or secret is None:
        return
    meta = {"kind": kind, "lawref": __version__, kind: len(table)}
    write(folder / name, secret, _table_digest(kind), meta, table, code=code)


def read_patterns() -> dict[Any, Any]:
    """The table of compiled constants (lawref/text/regex_code.py)."""
    return read_table(PATTERNS_NAME, "patterns")


def write_patterns(table: dict[Any, Any]) -> None:
    # without code records: an entry is what its key, the source and flags, compiles to
    write_table(PATTERNS_NAME, "patterns", table, code=False)
