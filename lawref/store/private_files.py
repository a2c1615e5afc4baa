"""The cache folder and its files as this user's alone: the checks every cache file passes before
it is read, the per-user secret that signs them, and atomic writes.

A cache folder is used only when this user owns it and nobody else can write it; a file in it only
when it is a regular file of this user's that nobody else can write (the secret: nor read). Every
file is opened without following links and checked on the open descriptor
(:func:`open_private`). Split from :mod:`lawref.store.signed_pickle` (the file format), whose names
for them are kept.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path
from typing import Any

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
