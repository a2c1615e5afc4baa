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
A file that checked out whole once (its HMAC and every chunk) and whose stamp has not changed
since is read without hashing it again (:mod:`lawref.store.checked_files`).

Code records (which lawref source files an entry was built with, and whether they are the code
this process runs) are :mod:`lawref.store.code_records`.
"""

from __future__ import annotations

import gc
import io
import json
import mmap
import os
import pickle
import struct
import sys
from array import array
from pathlib import Path
from typing import Any

from lawref.store import checked_files
from lawref.store.code_records import code_changed, code_records
from lawref.store.digests import compare_digest, hmac_sha256, sha256
from lawref.store.mapped import CHUNK, DIGEST, TYPECODES, Packed, digests_of
from lawref.store.private_files import (  # noqa: F401 - their names here too (cache, code_tables)
    SECRET_NAME,
    _warned,
    atomic_write,
    file_problem,
    folder_problem,
    open_private,
    secret_key,
    secure_dir,
)

FORMAT = 3  # 2: the array section; 3: its chunks of 16 KiB (lawref/store/mapped.py CHUNK)
MAGIC = b"LAWREFC\x00"
# magic, format, key digest, metadata length, payload length, array section length,
# HMAC of (digest, lengths, metadata, payload)
HEADER = struct.Struct(">8sH32sIQQ32s")
ALIGN = 64


def _mac(
    secret: bytes, digest: bytes, meta: bytes, payload: bytes | memoryview, arrays: int
) -> bytes:
    lengths = struct.pack(">IQQ", len(meta), len(payload), arrays)
    return hmac_sha256(secret, digest, lengths, meta, payload)


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
            if not compare_digest(found, digest):
                raise LookupError("stale: built for other files or another lawref")
            signed = HEADER.size + meta_len + payload_len
            expected = signed + _padding(signed) + arrays if arrays else signed
            status = os.fstat(handle.fileno())
            if status.st_size != expected:
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
    # A file that checked out whole before (its HMAC, and every chunk of its arrays) and is
    # unchanged since (its stamp) is read without hashing it again; one settled long enough but
    # not stamped yet is checked whole once and stamped (lawref/store/checked_files.py); any other
    # is authenticated here and its arrays checked where they are read.
    vouched = checked_files.vouched(path, status, secret)
    if not vouched and not compare_digest(
        mac, _mac(secret, digest, meta, memoryview(data)[meta_len : meta_len + payload_len], arrays)
    ):
        raise LookupError("checksum mismatch")
    try:
        changed = code_changed(json.loads(meta.decode()).get("code"))
    except (ValueError, AttributeError) as exc:
        raise LookupError("bad metadata") from exc
    if changed is not None:
        raise LookupError(f"lawref's code changed since it was written ({changed})")
    made: list[tuple[int, int, bytes]] | None = (
        [] if not vouched and checked_files.settled(status) else None
    )
    # Unpickling creates some hundred thousand objects and no garbage: without this pause the
    # cycle collector runs over and over (measured: 0.9 s against 0.3 s on cn-laws-all).
    collecting = gc.isenabled()
    gc.disable()
    try:
        value = _unpickle(data, meta_len, section, path, vouched, made)
    except LookupError:
        raise
    except Exception as exc:  # noqa: BLE001 - a payload that passed the MAC but not the loader
        raise LookupError(f"unpickling failed: {exc}") from exc
    finally:
        if collecting:
            gc.enable()
    if made is not None and _arrays_check_out(path, status, signed + _padding(signed), made):
        checked_files.record(path, status, secret)
    return value


def _arrays_check_out(
    path: Path, status: os.stat_result, section_at: int, made: list[tuple[int, int, bytes]]
) -> bool:
    """Whether every chunk of the arrays read (each its offset in the array section, its padded
    length, its digests) holds its digest, read from the file itself while its stamp is still
    ``status``'s. Read through the mapping instead, the check brought the whole array section into
    this process's memory, a peak some 25 MiB higher in the run that stamps the file (a check of
    a 4.5 MB document: 173 MiB against 146); a read of one chunk at a time leaves it in the page
    cache only."""
    try:
        with open_private(path) as handle:
            descriptor = handle.fileno()
            if checked_files.stamp_of(os.fstat(descriptor)) != checked_files.stamp_of(status):
                return False
            for at, size, digests in made:
                for index, start in enumerate(range(0, size, CHUNK)):
                    piece = os.pread(descriptor, min(CHUNK, size - start), section_at + at + start)
                    expected = digests[index * DIGEST : (index + 1) * DIGEST]
                    if not compare_digest(sha256(piece, bulk=True).digest(), expected):
                        return False
    except OSError:
        return False
    return True


def _map_section(handle: Any, offset: int, length: int) -> memoryview:
    """The array section of an open cache file, mapped read-only (empty when it has none: its
    arrays, if any, are all empty)."""
    if not length:
        return memoryview(b"")
    mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    return memoryview(mapped)[offset : offset + length]


def _unpickle(
    data: bytes,
    start: int,
    section: memoryview,
    path: Path,
    vouched: bool = False,
    made: list[tuple[int, int, bytes]] | None = None,
) -> Any:
    """The object pickled in ``data`` from ``start``, its Packed arrays mapped from ``section``
    (each record checked against the section before it is used; their chunks checked where they
    are read, or, ``vouched``, never: the file's stamp vouches for them). ``made`` collects each
    array's offset in ``section``, padded length and digests, for the whole check."""

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
        array_read = Packed.mapped(view, length, typecode, digests, path)
        if vouched:
            array_read.vouched()
        if made is not None:
            made.append((at, _padded(length), digests))
        return array_read

    if not section:  # no arrays (each takes room): a record would fail to load here
        return pickle.loads(memoryview(data)[start:])
    stream = io.BytesIO(data)  # shares the bytes, no copy
    stream.seek(start)
    unpickler = pickle.Unpickler(stream)
    unpickler.persistent_load = packed  # type: ignore[assignment]
    return unpickler.load()
