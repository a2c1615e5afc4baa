"""Exclusive locks around a whole read-modify-write: of a store folder, or of a batch's output.

Two ``lawref add`` runs on one statute each read the file, change it and write it back; without
a lock the second write drops the first one's change. Both locks are ``flock``s (on the store
folder itself; on a hidden ``.NAME.lock`` file beside a batch output, through filelock), so they
are released when their holder exits however it exits, ``kill -9`` included.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from lawref.errors import InputError, StoreError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

STORE_LOCK_NAME = ".lawref-write.lock"
STORE_WAIT_SECONDS = 120.0  # a write holds the lock for well under a second; a bulk import longer
POLL_SECONDS = 0.05


@contextmanager
def store_lock(root: Path, *, timeout: float = STORE_WAIT_SECONDS) -> Iterator[None]:
    """Hold the store folder ``root``'s write lock (waiting up to ``timeout`` seconds for it).

    The lock is an ``flock`` on the folder itself, so that it leaves no file in the store; where
    there is no ``flock`` (Windows) it is filelock's lock on a hidden file in the folder.
    """
    created = _missing(root)
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{root}: cannot write there: {exc.strerror or exc}") from exc
    try:
        if fcntl is None:  # pragma: no cover - not on POSIX
            with _file_lock(root, timeout):
                yield
            return
        try:
            descriptor = os.open(root, os.O_RDONLY)
        except OSError as exc:
            raise StoreError(f"{root}: cannot lock the store: {exc.strerror or exc}") from exc
        try:
            _flock(descriptor, root, timeout)
            yield
        finally:
            os.close(descriptor)  # closing releases the lock
    finally:
        for folder in created:  # deepest first: folders made here that nothing was written to
            try:
                folder.rmdir()
            except OSError:
                break


def _missing(folder: Path) -> list[Path]:
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    return missing


def _flock(descriptor: int, root: Path, timeout: float) -> None:
    waited_until = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)  # type: ignore[union-attr]
            return
        except BlockingIOError:
            if time.monotonic() >= waited_until:
                raise StoreError(
                    f"{root}: another lawref is writing to this store; gave up after "
                    f"{timeout:g} s waiting for its lock"
                ) from None
            time.sleep(POLL_SECONDS)
        except OSError as exc:
            raise StoreError(f"{root}: cannot lock the store: {exc.strerror or exc}") from exc


@contextmanager
def _file_lock(root: Path, timeout: float) -> Iterator[None]:  # pragma: no cover - Windows
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
