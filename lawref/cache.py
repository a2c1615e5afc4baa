"""The compiled cache: the validated store (and structures derived from it) kept as a pickle.

Loading and validating thousands of YAML files on every run is too slow for a command line, so the
first load of a set of store folders writes the validated :class:`~lawref.store.Store` to the
user's cache directory, and later loads read it back while no store file has changed.

Trust. A pickle runs code when it is read, so nothing is unpickled before its header has been
checked: a magic string and format number, the digest of the key it was built for (the store
files' resolved paths, sizes, mtimes, inodes and ctimes; lawref's version, the Python and pydantic
versions), the payload's length, and an HMAC-SHA256 of metadata and payload under a per-user
secret kept beside the cache (mode 0600, in a 0700 folder). The metadata lists the source files
of the lawref modules that were loaded when the entry was written; one of them edited since makes
the entry stale too. A corrupt, truncated, foreign or stale file fails one of these checks and is
rebuilt, never read. Files are written to a temporary name and moved into place with
``os.replace``, so a reader sees a whole file or none.

Derived structures (the matcher's index, say) are memoised in the same entry through
:func:`compiled`; each lives in its own file so that ``lawref list`` does not read the index.

Environment: ``LAWREF_CACHE_DIR`` sets the folder; ``LAWREF_NO_CACHE=1`` turns the cache off.
Otherwise ``$XDG_CACHE_HOME/lawref`` or platformdirs' ``user_cache_dir("lawref")``.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import hmac
import json
import os
import pickle
import re
import secrets
import struct
import sys
import tempfile
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from lawref import __version__

if TYPE_CHECKING:
    from lawref.store import Store

T = TypeVar("T")

ENV_DIR = "LAWREF_CACHE_DIR"
ENV_DISABLE = "LAWREF_NO_CACHE"
FORMAT = 1
MAGIC = b"LAWREFC\x00"
# magic, format, key digest, metadata length, payload length, HMAC of (digest, metadata, payload)
_HEADER = struct.Struct(">8sH32sIQ32s")
SECRET_NAME = "secret.key"
STORE_PREFIX = "store-"
SUFFIX = ".pickle"
MAX_SLOTS = 32  # distinct sets of store folders kept; the least recently written go first
# The package folder as module __file__ paths spell it (for short, relocatable code records).
_PACKAGE = os.path.dirname(os.path.abspath(__file__)) + os.sep
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


def code_records() -> list[list[Any]]:
    """Source files of the lawref modules loaded now, with sizes and mtimes.

    Recorded when an entry is written and compared when it is read: every module that built the
    entry (or defines a class in it) was loaded then, so an edited checkout never reads objects
    made by older code, while edits to modules that took no part (the HTML report, say) keep the
    entry. An installed lawref never changes, and __version__ is in the key as well.
    """
    records = []
    for name, module in list(sys.modules.items()):
        if name != "lawref" and not name.startswith("lawref."):
            continue
        file = getattr(module, "__file__", None)
        if not file:
            continue
        try:
            st = os.stat(file)
        except OSError:
            continue
        shown = file[len(_PACKAGE) :] if file.startswith(_PACKAGE) else file
        records.append([shown, st.st_size, st.st_mtime_ns])
    return sorted(records)


def _code_changed(records: Any) -> str | None:
    """The first recorded source file that differs now (None: all as recorded)."""
    if not isinstance(records, list):
        return "no code record"
    for record in records:
        if not (isinstance(record, list) and len(record) == 3 and isinstance(record[0], str)):
            return "bad code record"
        shown, size, mtime = record
        try:
            st = os.stat(shown if os.path.isabs(shown) else _PACKAGE + shown)
        except OSError:
            return shown
        if st.st_size != size or st.st_mtime_ns != mtime:
            return shown
    return None


def _runtime() -> list[str]:
    # The store's models are pydantic objects: their pickles are only good for one pydantic.
    from pydantic.version import VERSION as pydantic_version

    return [__version__, str(FORMAT), sys.version, pydantic_version]


def store_key(roots: Sequence[Path]) -> tuple[str, bytes]:
    """(slot, digest): the slot names the set of folders, the digest their exact contents."""
    from lawref.store import yaml_files

    files: list[Any] = []
    for root in roots:
        files.append(["root", str(root), root.exists()])
        if root.exists():
            files += [_stat_record(p) for p in yaml_files(root)]
    slot = hashlib.sha256("\0".join(str(r) for r in roots).encode()).hexdigest()[:20]
    blob = json.dumps([_runtime(), files], ensure_ascii=False)
    return slot, hashlib.sha256(blob.encode()).digest()


# --- the folder, its secret, and the file format ----------------------------------------------


def _secure_dir(create: bool) -> Path | None:
    """The cache folder, private to this user; None when it cannot be made so (no caching)."""
    folder = cache_dir()
    try:
        if create:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        st = os.stat(folder, follow_symlinks=False)
    except OSError:
        return None
    import stat

    if not stat.S_ISDIR(st.st_mode):
        return None
    if hasattr(os, "getuid"):
        if st.st_uid != os.getuid():
            return None  # someone else's folder: their pickles would run as us
        if st.st_mode & 0o077:
            try:
                os.chmod(folder, 0o700)
            except OSError:
                return None
    return folder


def _secret(folder: Path, create: bool) -> bytes | None:
    path = folder / SECRET_NAME
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as handle:
            data = handle.read(64)
        if len(data) == 32:
            return data
    except OSError:
        pass
    if not create:
        return None
    data = secrets.token_bytes(32)
    try:
        _atomic_write(path, data)
    except OSError:
        return None
    return data


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _mac(secret: bytes, digest: bytes, meta: bytes, payload: bytes | memoryview) -> bytes:
    mac = hmac.new(secret, digest, hashlib.sha256)
    mac.update(struct.pack(">IQ", len(meta), len(payload)))
    mac.update(meta)
    mac.update(payload)
    return mac.digest()


def _write(path: Path, secret: bytes, digest: bytes, meta: dict[str, Any], obj: Any) -> None:
    payload = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    meta_bytes = json.dumps({**meta, "code": code_records()}, ensure_ascii=False).encode()
    header = _HEADER.pack(
        MAGIC,
        FORMAT,
        digest,
        len(meta_bytes),
        len(payload),
        _mac(secret, digest, meta_bytes, payload),
    )
    _atomic_write(path, header + meta_bytes + payload)


def read_header(path: Path) -> tuple[bytes, dict[str, Any], int] | None:
    """(digest, metadata, payload length) of a cache file, or None when it is not one."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(_HEADER.size)
            if len(head) != _HEADER.size:
                return None
            magic, fmt, digest, meta_len, payload_len, _mac_ = _HEADER.unpack(head)
            if magic != MAGIC or fmt != FORMAT or meta_len > 1 << 20:
                return None
            meta = json.loads(handle.read(meta_len).decode())
    except (OSError, ValueError):
        return None
    return (digest, meta, payload_len) if isinstance(meta, dict) else None


def _read(path: Path, secret: bytes, digest: bytes) -> Any:
    """The object in ``path`` if every check passes; raise LookupError otherwise."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise LookupError("unreadable") from exc
    if len(data) < _HEADER.size:
        raise LookupError("truncated header")
    magic, fmt, found, meta_len, payload_len, mac = _HEADER.unpack_from(data)
    if magic != MAGIC or fmt != FORMAT:
        raise LookupError("not a lawref cache file of this format")
    if not hmac.compare_digest(found, digest):
        raise LookupError("stale: built for other files or another lawref")
    if len(data) != _HEADER.size + meta_len + payload_len:
        raise LookupError("truncated or padded")
    meta = data[_HEADER.size : _HEADER.size + meta_len]
    payload = memoryview(data)[_HEADER.size + meta_len :]  # no copy of a payload of many MiB
    if not hmac.compare_digest(mac, _mac(secret, digest, meta, payload)):
        raise LookupError("checksum mismatch")
    try:
        changed = _code_changed(json.loads(meta.decode()).get("code"))
    except (ValueError, AttributeError) as exc:
        raise LookupError("bad metadata") from exc
    if changed is not None:
        raise LookupError(f"lawref's code changed since it was written ({changed})")
    # Unpickling creates some hundred thousand objects and no garbage: without this pause the
    # cycle collector runs over and over (measured: 0.9 s against 0.3 s on cn-laws-all).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(payload)
    except Exception as exc:  # noqa: BLE001 - a payload that passed the MAC but not the loader
        raise LookupError(f"unpickling failed: {exc}") from exc
    finally:
        if collecting:
            gc.enable()


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


def _store_path(folder: Path, slot: str) -> Path:
    return folder / f"{STORE_PREFIX}{slot}{SUFFIX}"


def _derived_path(folder: Path, slot: str, key: str) -> Path:
    return folder / f"{STORE_PREFIX}{slot}.{key}{SUFFIX}"


def load_cached(roots: Sequence[Path], build: Callable[[], Store]) -> Store:
    """The store of ``roots`` from the cache when its files are unchanged; else ``build()`` it
    (which raises on a store with problems: only valid stores are cached) and write the cache."""
    from lawref.store import Store

    if not enabled():
        return build()
    roots = list(roots)
    slot, digest = store_key(roots)
    folder = _secure_dir(create=True)
    secret = _secret(folder, create=True) if folder is not None else None
    if folder is None or secret is None:
        _debug("cache folder unusable; loading from YAML")
        return build()
    path = _store_path(folder, slot)
    try:
        store = _read(path, secret, digest)
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
            _write(path, secret, digest, meta, store)
            _prune(folder)
        except (OSError, pickle.PicklingError, TypeError, AttributeError) as write_error:
            _debug(f"cannot write {path}: {write_error}")
    _register(store, _Entry(folder, slot, digest))
    return store


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
    secret = _secret(folder, create=True) if folder is not None else None
    if folder is None or secret is None:
        value = build()
        entry.derived[memo_key] = value
        return value
    digest = hashlib.sha256(entry.digest + f"\0{key}\0{version}".encode()).digest()
    path = _derived_path(folder, entry.slot, key)
    try:
        value = _read(path, secret, digest)
    except LookupError as exc:
        if path.exists():
            _debug(f"{path}: rebuilding ({exc})")
        value = build()
        meta = {"kind": "derived", "key": key, "version": version, "lawref": __version__}
        try:
            _write(path, secret, digest, meta, value)
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
    folder = cache_dir()
    removed = freed = 0
    for path in _cache_files(folder):
        try:
            size = path.stat().st_size
            path.unlink()
        except OSError:
            continue
        removed += 1
        freed += size
    # A fresh secret too: anything written under the old one is then untrusted.
    with contextlib.suppress(OSError):
        (folder / SECRET_NAME).unlink()
    return removed, freed
