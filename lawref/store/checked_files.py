"""Cache files that have checked out whole, each with the stamp it had then.

A cache file's pickle is authenticated (HMAC-SHA256) before it is unpickled, and its mapped arrays
are checked chunk by chunk against the SHA-256 digests the signed pickle holds, the first time each
chunk is read (:mod:`lawref.store.signed_pickle`, :mod:`lawref.store.mapped`): a warm check of the
shipped store hashed ~12 MiB that way, every run, bytes that had not changed since the last run
checked them. So once a file has checked out whole — its HMAC and every chunk of its array
section — its stamp (device, inode, size, mtime and ctime) is kept in a signed table of the cache
folder (:data:`NAME`), and a later run that opens the file with that same stamp reads it without
hashing it again. Everything else about the file is checked as ever: its owner and mode, its
header, the key digest it was built for, its size and the lawref code it records.

Why the stamp vouches for the bytes. The kernel sets a file's ctime to the current time at every
change of its contents or metadata (a write, a truncation, ``utime``, ``chmod``, a rename over
it), and no call sets it back; a file replaced by another has another inode. A file's ctime
is kept at the clock's coarse resolution, so a change made within the same tick as the one
recorded could leave it equal: a file is therefore checked whole and stamped only when its ctime
is at least :data:`SETTLED_NS` older than the moment it is stamped — any later change gives a
later ctime. A fresh file, one never checked whole, or one whose stamp differs is authenticated
and checked chunk by chunk where it is read, as before; a damaged chunk still stops the run with
one line (lawref/store/mapped.py). Only on systems whose ``st_ctime`` is the change time (POSIX):
on Windows it is the creation time, and nothing is vouched for.

The table itself is a cache file like the others: private to this user (checked on the open
descriptor), signed with the folder's secret (HMAC-SHA256), rewritten atomically at the end of
a run that stamped a file, and removed by ``lawref cache clear`` (a new secret invalidates it).
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import time
from pathlib import Path
from typing import Any

from lawref.store.digests import compare_digest, hmac_sha256
from lawref.store.private_files import atomic_write, open_private

NAME = "checked-sections.signed"
SETTLED_NS = 1_000_000_000  # a file's ctime this much before it is stamped (see above)
_MAC_LABEL = b"lawref checked sections 1\0"
_MAC_SIZE = 32
# A folder holds 32 stores' entries of a dozen files each at most (lawref/store/cache.py), and
# three tables.
MAX_ENTRIES = 1024

Stamp = tuple[int, int, int, int, int]

# Per cache folder: (the secret the table was read with, its stamps, the stamps added this run).
_tables: dict[str, tuple[bytes, dict[str, Stamp], dict[str, Stamp]]] = {}
_saving = False


def stamp_of(st: os.stat_result) -> Stamp:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def _supported() -> bool:
    return os.name == "posix"


def _mac(secret: bytes, body: bytes) -> bytes:
    return hmac_sha256(secret, _MAC_LABEL, body)


def _read(folder: Path, secret: bytes) -> dict[str, Stamp]:
    """The table in ``folder`` (empty when there is none, or none to trust)."""
    try:
        with open_private(folder / NAME) as handle:
            data = handle.read(1 << 20)
    except OSError:
        return {}
    mac, body = data[:_MAC_SIZE], data[_MAC_SIZE:]
    if len(mac) != _MAC_SIZE or not compare_digest(mac, _mac(secret, body)):
        return {}
    try:
        found = json.loads(body.decode())
    except ValueError:
        return {}
    if not isinstance(found, dict):
        return {}
    table: dict[str, Stamp] = {}
    for name, stamp in found.items():
        if (
            isinstance(stamp, list)
            and len(stamp) == 5
            and all(type(value) is int for value in stamp)
        ):
            table[name] = tuple(stamp)  # type: ignore[assignment]
    return table


def _table(folder: Path, secret: bytes) -> tuple[bytes, dict[str, Stamp], dict[str, Stamp]]:
    key = os.fspath(folder)
    known = _tables.get(key)
    if known is None or known[0] != secret:
        known = _tables[key] = (secret, _read(folder, secret), {})
    return known


def vouched(path: Path, st: os.stat_result, secret: bytes) -> bool:
    """Whether the cache file ``path``, open with status ``st``, is the file that checked out
    whole (its HMAC, every chunk of its arrays) when it was stamped."""
    if not _supported():
        return False
    _secret, table, added = _table(path.parent, secret)
    stamp = stamp_of(st)
    return added.get(path.name) == stamp or table.get(path.name) == stamp


def settled(st: os.stat_result) -> bool:
    """Whether a file with status ``st`` may be checked whole and stamped now (see above)."""
    return _supported() and st.st_ctime_ns < time.time_ns() - SETTLED_NS


def record(path: Path, st: os.stat_result, secret: bytes) -> None:
    """Stamp ``path`` (its HMAC and every chunk of its section have just checked out, its status
    ``st`` taken before): kept for this process, and written to the folder's table when the run
    ends."""
    global _saving
    if not _supported():
        return
    _table(path.parent, secret)[2][path.name] = stamp_of(st)
    if not _saving:
        _saving = True
        atexit.register(_save)


def _save() -> None:
    """Merge this run's stamps into each folder's table as it is now on disk (another run may have
    written it meanwhile), dropping files that are gone or changed since they were stamped."""
    for key, (secret, _table_read, added) in list(_tables.items()):
        if not added:
            continue
        folder = Path(key)
        table = {**_read(folder, secret), **added}
        kept: dict[str, list[int]] = {}
        for name, stamp in sorted(table.items()):
            with contextlib.suppress(OSError):
                if stamp_of(os.stat(folder / name, follow_symlinks=False)) == stamp:
                    kept[name] = list(stamp)
        if len(kept) > MAX_ENTRIES:
            continue
        body = json.dumps(kept, sort_keys=True).encode()
        # at exit: a table not written only means the next run checks those files again
        with contextlib.suppress(OSError):
            atomic_write(folder / NAME, _mac(secret, body) + body)
        added.clear()


def forget() -> None:
    """Drop what this process knows of every table (``lawref cache clear``, tests)."""
    _tables.clear()


def table_of(folder: Path, secret: bytes) -> dict[str, Any]:
    """The stamps written in ``folder``'s table (for tests and ``lawref cache info``)."""
    return dict(_read(folder, secret))
