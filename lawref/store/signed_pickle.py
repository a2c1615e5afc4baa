"""The cache file format: a signed header, JSON metadata, a pickle and its arrays; the private folder.

    magic (8) | format (2) | key digest (32) | metadata length (4) | payload length (8)
        | array section length (8) | HMAC (32)
    metadata (JSON: what the entry is, and the lawref source files loaded when it was written)
    payload (pickle)
    zero padding to a multiple of 64 bytes
    array section (the items of every :class:`~lawref.store.mapped.Packed` array in the payload,
    each starting at a multiple of 64 bytes)

The HMAC-SHA256 covers digest, lengths, metadata and payload under a per-user secret kept in the
folder (0600, in a folder that this user owns and nobody else can write). Every file is opened
without following links and checked the same way (owner, mode) on the open descriptor. :func:`read` unpickles nothing until the
magic, format, digest, lengths (the file's size among them), HMAC and code records all check out.

The array section is memory-mapped, not read: the pickle holds each array's record (type, byte
order, where it lies, a SHA-256 per chunk), signed with the rest, and the array checks the chunks
it is read from against it on first use (:mod:`lawref.store.mapped`): every byte taken from the
section is as trusted as the signed pickle, and nothing that is not checked is ever unpickled.

Code records (which lawref source files an entry was built with, and whether they are the code
this process runs) are :mod:`lawref.store.code_records`.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import hmac
import io
import json
import mmap
import os
import pickle
import stat
import struct
import sys
from array import array
from pathlib import Path
from typing import Any

from lawref.store.code_records import code_changed, code_records
from lawref.store.mapped import CHUNK, DIGEST, TYPECODES, Packed, digests_of

FORMAT = 3  # 2: the array section; 3: its chunks of 16 KiB (lawref/store/mapped.py CHUNK)
MAGIC = b"LAWREFC\x00"
# magic, format, key digest, metadata length, payload length, array section length,
# HMAC of (digest, lengths, metadata, payload)
HEADER = struct.Struct(">8sH32sIQQ32s")
ALIGN = 64
SECRET_NAME = "secret.key"
_warned: set[str] = set()


def _warn(message: str) -> None:
    """One line on stderr, once per process for each message."""
    if message not in _warned:
        _warned.add(message)
        print(f"lawref: warning: {message}", file=sys.stderr)


def folder_problem(st: os.stat_result) -> str | None:
    """Why a folder with this (lstat) status cannot hold this user's cache, or None."""
    if not stat.S_ISDIR(st.st_mode):
        return "not a folder (a link or a file)"
    if hasattr(os, "getuid"):
        if st.st_uid != os.getuid():
            return "owned by another user"
        if st.st_mode & 0o022:
            return "writable by group or others"
    return None


def file_problem(st: os.stat_result, *, secret: bool = False) -> str | None:
    """Why a cache file (or, with ``secret``, the key) with this status must not be read."""
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file"
    if hasattr(os, "getuid"):
        if st.st_uid != os.getuid():
            return "owned by another user"
        if st.st_mode & (0o077 if secret else 0o022):
            return "readable or writable by others" if secret else "writable by group or others"
    return None


def secure_dir(folder: Path, create: bool) -> Path | None:
    """``folder`` when only this user can write it; None (with a warning) otherwise.

    A folder that does not exist is created private (0700). An existing folder is never
    chmodded: it may be shared (a sticky /tmp-like folder), and making it private would lock
    others out; one that someone else owns or can write is simply not used, since whatever is
    in it (a key, a signed pickle) may have been planted there.
    """
    try:
        if create and not os.path.lexists(folder):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        st = os.stat(folder, follow_symlinks=False)
    except OSError:
        return None
    problem = folder_problem(st)
    if problem is not None:
        _warn(
            f"not using the cache folder {folder}: {problem} (set LAWREF_CACHE_DIR to a private folder)"
        )
        return None
    return folder


def open_private(path: Path, *, secret: bool = False) -> Any:
    """``path`` opened for reading (a binary file object) when it is a regular file of this
    user's that others cannot write (or, for the key, read); OSError or PermissionError else."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    try:
        problem = file_problem(os.fstat(fd), secret=secret)
    except OSError:
        os.close(fd)
        raise
    if problem is not None:
        os.close(fd)
        raise PermissionError(f"{path}: {problem}")
    return os.fdopen(fd, "rb")


def secret_key(folder: Path, create: bool) -> bytes | None:
    """The user's cache key (32 random bytes, mode 0600); None when it cannot be trusted."""
    path = folder / SECRET_NAME
    try:
        with open_private(path, secret=True) as handle:
            data = handle.read(64)
        if len(data) == 32:
            return data
    except FileNotFoundError:
        pass
    except PermissionError as exc:
        _warn(f"not using the cache: its key {exc} (`lawref cache clear` makes a new one)")
        return None
    except OSError:
        pass
    if not create:
        return None
    import secrets  # a new key: written once per cache folder, never on a warm run

    data = secrets.token_bytes(32)
    try:
        atomic_write(path, data)
    except OSError:
        return None
    return data


def atomic_write(path: Path, data: bytes | list[bytes | memoryview]) -> None:
    import tempfile  # writing only (with shutil, secrets and random: ~4 ms a warm run need not pay)

    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            for piece in [data] if isinstance(data, bytes) else data:
                handle.write(piece)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _mac(
    secret: bytes, digest: bytes, meta: bytes, payload: bytes | memoryview, arrays: int
) -> bytes:
    mac = hmac.new(secret, digest, hashlib.sha256)
    mac.update(struct.pack(">IQQ", len(meta), len(payload), arrays))
    mac.update(meta)
    mac.update(payload)
    return mac.digest()


def _padding(size: int) -> int:
    return -size % ALIGN


def _padded(length: int) -> int:
    """The room an array of ``length`` bytes takes in the section: a multiple of ALIGN, never
    none (so that a file whose section is empty holds no array records at all)."""
    return max(ALIGN, length + _padding(length))


class _Pickler(pickle.Pickler):
    """Pickles :class:`Packed` arrays as records of where their items lie in the array section."""

    def __init__(self, file: io.BytesIO) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.arrays: list[memoryview] = []
        self.section = 0  # bytes of the array section so far

    def persistent_id(self, obj: Any) -> Any:
        if type(obj) is not Packed:
            return None
        raw = obj.raw()
        padded = bytes(raw) + bytes(_padded(len(raw)) - len(raw))
        at = self.section
        self.arrays.append(memoryview(padded))
        self.section += len(padded)
        # the digests cover the padding too: every byte of the section is checked where it lies
        return ("packed", obj.typecode, sys.byteorder, at, len(raw), digests_of(memoryview(padded)))


def write(
    path: Path, secret: bytes, digest: bytes, meta: dict[str, Any], obj: Any, *, code: bool = True
) -> None:
    """Write ``obj`` signed; with ``code`` (the default) the metadata records the lawref source
    files loaded now, and the file is stale once one of them changes. Without: for a table whose
    entries carry their own source files' stats (lawref/store/module_code.py)."""
    buffer = io.BytesIO()
    pickler = _Pickler(buffer)
    pickler.dump(obj)
    payload = buffer.getvalue()
    records = code_records() if code else []
    meta_bytes = json.dumps({**meta, "code": records}, ensure_ascii=False).encode()
    header = HEADER.pack(
        MAGIC,
        FORMAT,
        digest,
        len(meta_bytes),
        len(payload),
        pickler.section,
        _mac(secret, digest, meta_bytes, payload, pickler.section),
    )
    pieces: list[bytes | memoryview] = [header, meta_bytes, payload]
    if pickler.section:
        pieces.append(bytes(_padding(HEADER.size + len(meta_bytes) + len(payload))))
    pieces += pickler.arrays
    atomic_write(path, pieces)


def read_header(path: Path) -> tuple[bytes, dict[str, Any], int] | None:
    """(digest, metadata, payload length) of a cache file, or None when it is not one."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(HEADER.size)
            if len(head) != HEADER.size:
                return None
            magic, fmt, digest, meta_len, payload_len, _arrays, _mac_ = HEADER.unpack(head)
            if magic != MAGIC or fmt != FORMAT or meta_len > 1 << 20:
                return None
            meta = json.loads(handle.read(meta_len).decode())
    except (OSError, ValueError):
        return None
    return (digest, meta, payload_len) if isinstance(meta, dict) else None


def read(path: Path, secret: bytes, digest: bytes) -> Any:
    """The object in ``path`` if every check passes; raise LookupError otherwise."""
    try:
        with open_private(path) as handle:
            head = handle.read(HEADER.size)
            if len(head) < HEADER.size:
                raise LookupError("truncated header")
            magic, fmt, found, meta_len, payload_len, arrays, mac = HEADER.unpack(head)
            if magic != MAGIC or fmt != FORMAT:
                raise LookupError("not a lawref cache file of this format")
            if not hmac.compare_digest(found, digest):
                raise LookupError("stale: built for other files or another lawref")
            signed = HEADER.size + meta_len + payload_len
            expected = signed + _padding(signed) + arrays if arrays else signed
            if os.fstat(handle.fileno()).st_size != expected:
                raise LookupError("truncated or padded")
            # the signed part and the padding after it: the array section is mapped, not read
            data = handle.read(meta_len + payload_len + (_padding(signed) if arrays else 0))
            section = _map_section(handle, signed + _padding(signed), arrays)
    except PermissionError as exc:  # someone else's file, or one others could have written
        raise LookupError(f"not private: {exc}") from exc
    except OSError as exc:
        raise LookupError("unreadable") from exc
    if len(data) < meta_len + payload_len or data[meta_len + payload_len :].strip(b"\0"):
        raise LookupError("truncated or padded")
    meta = data[:meta_len]
    if not hmac.compare_digest(
        mac, _mac(secret, digest, meta, memoryview(data)[meta_len : meta_len + payload_len], arrays)
    ):
        raise LookupError("checksum mismatch")
    try:
        changed = code_changed(json.loads(meta.decode()).get("code"))
    except (ValueError, AttributeError) as exc:
        raise LookupError("bad metadata") from exc
    if changed is not None:
        raise LookupError(f"lawref's code changed since it was written ({changed})")
    # Unpickling creates some hundred thousand objects and no garbage: without this pause the
    # cycle collector runs over and over (measured: 0.9 s against 0.3 s on cn-laws-all).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _unpickle(data, meta_len, section, path)
    except LookupError:
        raise
    except Exception as exc:  # noqa: BLE001 - a payload that passed the MAC but not the loader
        raise LookupError(f"unpickling failed: {exc}") from exc
    finally:
        if collecting:
            gc.enable()


def _map_section(handle: Any, offset: int, length: int) -> memoryview:
    """The array section of an open cache file, mapped read-only (empty when it has none: its
    arrays, if any, are all empty)."""
    if not length:
        return memoryview(b"")
    mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    return memoryview(mapped)[offset : offset + length]


def _unpickle(data: bytes, start: int, section: memoryview, path: Path) -> Any:
    """The object pickled in ``data`` from ``start``, its Packed arrays mapped from ``section``
    (each record checked against the section before it is used)."""

    def packed(record: Any) -> Packed:
        try:
            kind, typecode, byteorder, at, length, digests = record
        except (TypeError, ValueError) as exc:
            raise LookupError("bad array record") from exc
        if (
            kind != "packed"
            or typecode not in TYPECODES
            or byteorder != sys.byteorder
            or not (isinstance(at, int) and isinstance(length, int) and isinstance(digests, bytes))
            or at < 0
            or at % ALIGN
            or length < 0
            or at + _padded(length) > len(section)
            or length % array(typecode).itemsize
            or len(digests) != DIGEST * -(-_padded(length) // CHUNK)
        ):
            raise LookupError("bad array record")
        view = section[at : at + _padded(length)]
        return Packed.mapped(view, length, typecode, digests, path)

    if not section:  # no arrays (each takes room): a record would fail to load here
        return pickle.loads(memoryview(data)[start:])
    stream = io.BytesIO(data)  # shares the bytes, no copy
    stream.seek(start)
    unpickler = pickle.Unpickler(stream)
    unpickler.persistent_load = packed  # type: ignore[assignment]
    return unpickler.load()
