"""Exclusive locks around a whole read-modify-write: of a store folder, or of a batch's output.

Two ``lawref add`` runs on one statute each read the file, change it and write it back; without
a lock the second write drops the first one's change. The lock is an ``flock`` on a hidden file
(filelock), so it is released when its holder exits however it exits, ``kill -9`` included.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from lawref.errors import InputError, StoreError

STORE_LOCK_NAME = ".lawref-write.lock"
STORE_WAIT_SECONDS = 120.0  # a write holds the lock for well under a second; a bulk import longer


@contextmanager
def store_lock(root: Path, *, timeout: float = STORE_WAIT_SECONDS) -> Iterator[None]:
    """Hold the store folder ``root``'s write lock (waiting up to ``timeout`` seconds for it)."""
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{root}: cannot write there: {exc.strerror or exc}") from exc
    path = root / STORE_LOCK_NAME
    lock = FileLock(path, timeout=timeout)
    try:
        lock.acquire()
    except Timeout:
        raise StoreError(
            f"{root}: another lawref is writing to this store; gave up after {timeout:g} s "
            f"waiting for its lock ({path.name})"
        ) from None
    except OSError as exc:
        raise StoreError(f"{path}: cannot lock the store: {exc.strerror or exc}") from exc
    try:
        yield
    finally:
        lock.release()


def output_lock_path(output: Path) -> Path:
    return output.parent / f".{output.name}.lock"


class OutputLock:
    """The lock a ``batch`` run holds on its results file for the whole run (never waits)."""

    def __init__(self, output: Path) -> None:
        self.path = output_lock_path(output)
        self._lock = FileLock(self.path, timeout=0)
        self.output = output

    def acquire(self) -> None:
        try:
            self._lock.acquire()
        except Timeout:
            raise InputError(
                f"{self.output}: another lawref batch is writing this file; "
                "wait for it to finish or choose another output"
            ) from None
        except OSError as exc:
            raise InputError(f"{self.path}: cannot lock the output: {exc.strerror or exc}") from exc

    def release(self) -> None:
        self._lock.release()
