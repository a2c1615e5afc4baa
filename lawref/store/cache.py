"""The compiled cache: the validated store (and structures derived from it) kept as a pickle.

Loading and validating thousands of YAML files on every run is too slow for a command line, so the
first load of a set of store folders writes the validated :class:`~lawref.store.files.Store` to the
user's cache directory, and later loads read it back while no store file has changed.

Trust. A pickle runs code when it is read, so nothing is unpickled before its header has been
checked: a magic string and format number, the digest of the key it was built for (the store
files' resolved paths, sizes, mtimes, inodes and ctimes; lawref's version and the Python version),
the payload's length, and an HMAC-SHA256 of metadata and payload under a per-user
secret kept beside the cache (mode 0600, in a folder only this user can write; a folder or file
that another user owns or can write is never used). The metadata lists the source files
of the lawref modules that were loaded when the entry was written; one of them edited since makes
the entry stale too. A corrupt, truncated, foreign or stale file fails one of these checks and is
rebuilt, never read. Files are written to a temporary name and moved into place with
``os.replace``, so a reader sees a whole file or none. The format is in :mod:`lawref.store.signed_pickle`.

Derived structures (the matcher's index, say) are memoised in the same entry through
:func:`compiled`; each lives in its own file so that ``lawref list`` does not read the index.

What to keep there, and how (issue 20: a warm run should read, not build). ``compiled(store, key,
build, version=...)`` holds anything picklable that is derived from the store alone: build it
once, bump ``version`` when its shape changes. It pays when reading the pickle back costs much less
than building; so keep such structures as few large objects (arrays of numbers, one joined
string with boundaries, small tables) rather than one object per article or term — unpickling
costs per object. Large arrays should be :class:`~lawref.store.mapped.Packed` (and many strings or
byte strings a ``PackedStrings`` or ``PackedBytes``): they are written to the file's array section
and memory-mapped, each chunk checked against its signed digest when first read, so a run pays
for what it touches (lawref/match/index.py: the index of 58,000 texts opens in ~2 ms).
A compiled regular expression cannot be kept: pickle stores its source and flags, and unpickling
compiles it again — unless it is wrapped in :class:`lawref.text.regex_code.PatternsKept`, which
pickles it as the code ``re`` compiled it to, read back with ``_sre.compile`` in microseconds. The
citation finder keeps its whole start so (lawref/citations/find.py: the grammar files parsed,
validated and compiled, the names table, the one scanner of every name and template), in one
entry keyed by the grammar files' stats as well; the constant patterns of lawref's modules live
in one table per cache folder (lawref/store/code_tables.py). :func:`persistent` says whether
what ``compiled`` builds will be kept; structures worth building only for many runs (forms
prepared ahead for texts a run may never touch, lawref/match/compiled.py ``cached_prepared``) are
skipped for a store that is not.

Environment: ``LAWREF_CACHE_DIR`` sets the folder; ``LAWREF_NO_CACHE=1`` turns the cache off.
Otherwise ``$XDG_CACHE_HOME/lawref`` or platformdirs' ``user_cache_dir("lawref")``.
"""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import re
import sys
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from lawref._version import __version__
from lawref.store import checked_files
from lawref.store.digests import sha256
from lawref.store.packed_store import packed_store
from lawref.store.signed_pickle import (
    FORMAT,
    SECRET_NAME,
    read,
    read_header,
    secret_key,
    secure_dir,
    write,
)

if TYPE_CHECKING:
    from lawref.store.files import Store

T = TypeVar("T")

ENV_DIR = "LAWREF_CACHE_DIR"
ENV_DISABLE = "LAWREF_NO_CACHE"
STORE_PREFIX = "store-"
SUFFIX = ".pickle"
MAX_SLOTS = 32  # distinct sets of store folders kept; the least recently written go first
# The cache folder's three tables of compiled code, read and written by lawref/store/code_tables.py
# (named here because `clear` removes them with the rest).
PATTERNS_NAME = "patterns" + SUFFIX
METHODS_NAME = "dataclass-methods" + SUFFIX
MODULES_NAME = "modules" + SUFFIX  # lawref's own modules' byte code (lawref/store/module_code.py)
_KEY_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")


def cache_dir() -> Path:
    """Where cache files live (it may not exist yet)."""
    explicit = os.environ.get(ENV_DIR, "").strip()
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "lawref"
    import platformdirs  # only here: it costs an import on every other path

    return Path(platformdirs.user_cache_dir("lawref", appauthor=False))


def enabled() -> bool:
    return os.environ.get(ENV_DISABLE, "").strip().lower() in ("", "0", "false", "no")


# --- keys --------------------------------------------------------------------------------------


def _stat_record(path: Path) -> list[Any]:
    st = path.lstat()  # a store's symbolic link (refused when loading) may dangle
    return [str(path), st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns]


# Bump when the store's records gain or lose a field (a pickle of the old ones would lack it):
# 2 = Translation.primary; 3 = the packed statutes keep which of them record a renumbering;
# 4 = plain records (lawref.record) in place of pydantic models, whose pickles were only good for
# one pydantic.
MODELS_REVISION = "4"


def _runtime() -> list[str]:
    return [__version__, str(FORMAT), sys.version, MODELS_REVISION]


def store_key(roots: Sequence[Path]) -> tuple[str, bytes]:
    """(slot, digest): the slot names the set of folders, the digest their exact contents."""
    from lawref.store.files import yaml_files

    files: list[Any] = []
    for root in roots:
        files.append(["root", str(root), root.exists()])
        if root.exists():
            files += [_stat_record(p) for p in yaml_files(root)]
    slot = sha256("\0".join(str(r) for r in roots).encode()).hexdigest()[:20]
    blob = json.dumps([_runtime(), files], ensure_ascii=False)
    return slot, sha256(blob.encode()).digest()


def _debug(message: str) -> None:
    if os.environ.get("LAWREF_DEBUG"):
        print(f"lawref: cache: {message}", file=sys.stderr)


# --- entries -----------------------------------------------------------------------------------


@dataclass
class _Entry:
    """What the cache knows about one loaded Store object."""

    folder: Path | None  # None: caching is off for this store (memoise in memory only)
    slot: str
    digest: bytes
    derived: dict[str, Any] = field(default_factory=dict)


# Store is an unhashable dataclass, so entries are kept by id() and dropped with the store.
_entries: dict[int, _Entry] = {}


def _register(store: Store, entry: _Entry) -> None:
    key = id(store)
    _entries[key] = entry
    weakref.finalize(store, _entries.pop, key, None)


def store_path(folder: Path, slot: str) -> Path:
    """The file in the cache folder ``folder`` that holds a store's entry ``slot``."""
    return folder / f"{STORE_PREFIX}{slot}{SUFFIX}"


def _derived_path(folder: Path, slot: str, key: str) -> Path:
    return folder / f"{STORE_PREFIX}{slot}.{key}{SUFFIX}"


def load_cached(roots: Sequence[Path], build: Callable[[], Store]) -> Store:
    """The store of ``roots`` from the cache when its files are unchanged; else ``build()`` it
    (which raises on a store with problems: only valid stores are cached) and write the cache."""
    from lawref.store.files import Store

    if not enabled():
        return build()
    roots = list(roots)
    slot, digest = store_key(roots)
    folder = secure_dir(cache_dir(), create=True)
    secret = secret_key(folder, create=True) if folder is not None else None
    if folder is None or secret is None:
        _debug("cache folder unusable; loading from YAML")
        return build()
    path = store_path(folder, slot)
    try:
        store = read(path, secret, digest)
        if not isinstance(store, Store):
            raise LookupError("payload is not a Store")
    except LookupError as exc:
        if path.exists():
            _debug(f"{path}: rebuilding ({exc})")
        store = build()
        meta = {
            "kind": "store",
            "lawref": __version__,
            "roots": [str(r) for r in roots],
            "statutes": len(store),
        }
        try:
            write(path, secret, digest, meta, packed_store(store))
            _prune(folder)
        except (OSError, pickle.PicklingError, TypeError, AttributeError) as write_error:
            _debug(f"cannot write {path}: {write_error}")
    _register(store, _Entry(folder, slot, digest))
    return store


def persistent(store: Store) -> bool:
    """Would :func:`compiled` keep what it builds for ``store`` on disk (rather than in memory
    only)? A structure that only pays off when it is built once for many runs (forms prepared
    ahead for texts a run may never touch) is not worth building for a store that is not."""
    entry = _entries.get(id(store))
    return entry is not None and entry.folder is not None and enabled()


def compiled(store: Store, key: str, build: Callable[[], T], *, version: str = "1") -> T:
    """A structure derived from ``store`` (an index, say), memoised in the store's cache entry.

    ``key`` names the structure (lowercase, digits, ``_.-``); bump ``version`` when what ``build``
    returns changes shape. The first call after the store changed runs ``build()`` and writes the
    result beside the store's cache file; later runs read it back. Stores not loaded through the
    cache (``use_cache=False``, LAWREF_NO_CACHE, hand-built) are memoised in memory only.
    """
    if not _KEY_NAME.match(key):
        raise ValueError(f"cache key must match {_KEY_NAME.pattern}: {key!r}")
    entry = _entries.get(id(store))
    if entry is None:
        entry = _Entry(None, "", b"")
        _register(store, entry)
    memo_key = f"{key}@{version}"
    if memo_key in entry.derived:
        return entry.derived[memo_key]  # type: ignore[no-any-return]
    folder = entry.folder if enabled() else None
    secret = secret_key(folder, create=True) if folder is not None else None
    if folder is None or secret is None:
        value = build()
        entry.derived[memo_key] = value
        return value
    digest = sha256(entry.digest + f"\0{key}\0{version}".encode()).digest()
    path = _derived_path(folder, entry.slot, key)
    try:
        value = read(path, secret, digest)
    except LookupError as exc:
        if path.exists():
            _debug(f"{path}: rebuilding ({exc})")
        value = build()
        meta = {"kind": "derived", "key": key, "version": version, "lawref": __version__}
        try:
            write(path, secret, digest, meta, value)
        except (OSError, pickle.PicklingError, TypeError, AttributeError) as write_error:
            _debug(f"cannot write {path}: {write_error}")
    entry.derived[memo_key] = value
    return value  # type: ignore[no-any-return]


# --- housekeeping (lawref cache info / clear) --------------------------------------------------


def _cache_files(folder: Path) -> list[Path]:
    try:
        return sorted(
            p
            for p in folder.iterdir()
            if p.name.startswith((STORE_PREFIX, ".tmp-")) and p.is_file()
        )
    except OSError:
        return []


def _slot_of(path: Path) -> str:
    return path.name[len(STORE_PREFIX) :].split(".", 1)[0]


def _prune(folder: Path) -> None:
    """Keep the MAX_SLOTS most recently written entries."""
    mains = [p for p in _cache_files(folder) if p.name.count(".") == 1 and p.suffix == SUFFIX]
    if len(mains) <= MAX_SLOTS:
        return
    mains.sort(key=lambda p: p.stat().st_mtime_ns, reverse=True)
    stale = {_slot_of(p) for p in mains[MAX_SLOTS:]}
    for path in _cache_files(folder):
        if _slot_of(path) in stale:
            path.unlink(missing_ok=True)


def info() -> dict[str, Any]:
    """The cache folder, its size, and one record per entry (read from headers, never unpickled)."""
    folder = cache_dir()
    files = _cache_files(folder)
    entries: dict[str, dict[str, Any]] = {}
    for path in files:
        if path.name.startswith(".tmp-"):
            continue
        header = read_header(path)
        slot = _slot_of(path)
        record = entries.setdefault(
            slot, {"slot": slot, "files": 0, "bytes": 0, "derived": [], "valid_header": True}
        )
        record["files"] += 1
        record["bytes"] += path.stat().st_size
        if header is None:
            record["valid_header"] = False
            continue
        _digest, meta, _length = header
        if meta.get("kind") == "store":
            record.update(roots=meta.get("roots", []), statutes=meta.get("statutes"))
            record["written"] = path.stat().st_mtime
        elif meta.get("kind") == "derived":
            record["derived"].append(meta.get("key"))
    return {
        "path": str(folder),
        "enabled": enabled(),
        "exists": folder.is_dir(),
        "bytes": sum(p.stat().st_size for p in files),
        "entries": list(entries.values()),
    }


def clear() -> tuple[int, int]:
    """Delete every cache file; return (files removed, bytes freed)."""
    folder = secure_dir(cache_dir(), create=False)
    removed = freed = 0
    if folder is None:  # not ours alone: its files are not ours to delete either
        return removed, freed
    for path in _cache_files(folder):
        try:
            size = path.stat().st_size
            path.unlink()
        except OSError:
            continue
        removed += 1
        freed += size
    checked_files.forget()
    for name in (PATTERNS_NAME, METHODS_NAME, MODULES_NAME, checked_files.NAME):
        with contextlib.suppress(OSError):
            size = (folder / name).stat().st_size
            (folder / name).unlink()
            removed += 1
            freed += size
    # A fresh secret too: anything written under the old one is then untrusted.
    with contextlib.suppress(OSError):
        (folder / SECRET_NAME).unlink()
    return removed, freed
