"""Exclusive locks around a whole read-modify-write: of a store folder, or of a batch's output.

Two ``lawref add`` runs on one statute each read the file, change it and write it back; without
a lock the second write drops the first one's change. Both locks are ``flock``s (on the store
folder itself; on a hidden ``.NAME.lock`` file beside a batch output, removed when the run ends),
so they are released when their holder exits however it exits, ``kill -9`` included.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from lawref.errors import InputError, StoreError
from lawref.store.folders import missing_folders, remove_empty_folders

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

STORE_LOCK_NAME = ".lawref-write.lock"
STORE_WAIT_SECONDS = 120.0  # a write holds the lock for well under a second; a bulk import longer
POLL_SECONDS = 0.05
OUTPUT_LOCK_ATTEMPTS = 20  # each retry means another run ended in between: a few are plenty
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # a planted link is refused, not followed


@contextmanager
def store_lock(root: Path, *, timeout: float = STORE_WAIT_SECONDS) -> Iterator[None]:
    """Hold the store folder ``root``'s write lock (waiting up to ``timeout`` seconds for it).

    The lock is an ``flock`` on the folder itself, so that it leaves no file in the store; where
    there is no ``flock`` (Windows) it is filelock's lock on a hidden file in the folder.
    """
    created = missing_folders(root)
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
        remove_empty_folders(created)  # folders made here that nothing was written to


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
    """The lock a ``batch`` run holds on its results file for the whole run (never waits).

    The lock file (``.NAME.lock`` beside the output) is removed when the run releases it, and
    safely: it is unlinked while still locked, and only when it is the very file this run
    locked; a run that locks a file checks that it is still the one at that path, and locks the
    new one when a run that was ending removed it in between. So two runs never both hold the
    lock. A file left by a run that was killed is taken over, and removed, by the next run.
    """

    def __init__(self, output: Path) -> None:
        self.path = output_lock_path(output)
        self.output = output
        self._descriptor: int | None = None
        self._file_lock: FileLock | None = None  # where there is no flock (Windows)

    def acquire(self) -> None:
        if fcntl is None:  # pragma: no cover - not on POSIX; filelock removes it there itself
            self._acquire_file_lock()
            return
        for _ in range(OUTPUT_LOCK_ATTEMPTS):
            descriptor = self._open_locked()
            if _is_at(descriptor, self.path):
                self._descriptor = descriptor
                return
            os.close(descriptor)  # removed by a run that was ending: lock the new file
        raise self._held()

    def _open_locked(self) -> int:
        """The lock file opened (created if need be) and locked, or InputError."""
        try:
            descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT | _NOFOLLOW, 0o644)
        except OSError as exc:
            raise self._cannot(exc) from exc
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)  # type: ignore[union-attr]
        except BlockingIOError:
            os.close(descriptor)
            raise self._held() from None
        except OSError as exc:
            os.close(descriptor)
            raise self._cannot(exc) from exc
        return descriptor

    def _held(self) -> InputError:
        return InputError(
            f"{self.output}: another lawref batch is writing this file; "
            "wait for it to finish or choose another output"
        )

    def _cannot(self, exc: OSError) -> InputError:
        return InputError(f"{self.path}: cannot lock the output: {exc.strerror or exc}")

    def _acquire_file_lock(self) -> None:  # pragma: no cover - Windows
        lock = FileLock(self.path, timeout=0)
        try:
            lock.acquire()
        except Timeout:
            raise self._held() from None
        except OSError as exc:
            raise self._cannot(exc) from exc
        self._file_lock = lock

    def release(self) -> None:
        """Remove the lock file this run holds, then let go of it."""
        if self._file_lock is not None:  # pragma: no cover - Windows
            self._file_lock.release()
            self._file_lock = None
        descriptor, self._descriptor = self._descriptor, None
        if descriptor is None:
            return
        try:
            if _is_at(descriptor, self.path):
                self.path.unlink()  # still locked: a run that opened it sees it is gone
        except OSError:
            pass  # left behind (a read-only folder now): the next run takes it over
        finally:
            os.close(descriptor)  # closing releases the lock


def _is_at(descriptor: int, path: Path) -> bool:
    """Whether the open file ``descriptor`` is the file at ``path`` (not one removed since)."""
    try:
        return os.path.samestat(os.fstat(descriptor), os.lstat(path))
    except OSError:
        return False
