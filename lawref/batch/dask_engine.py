"""The Dask engine of ``lawref batch`` (``--engine dask [--scheduler ADDRESS]``).

The store is loaded and compiled once, here: the Checker (store, index, citation finder) is
scattered to every worker with ``broadcast=True``, and each task receives that worker's copy, so
no worker reads or indexes the store itself — workers need lawref installed (the same version),
not the store folders or a shared file system. Files are read here and their bytes sent with the
task. Documents go out in chunks, a bounded number in flight, and come back with ``as_completed``.

Without ``--scheduler`` a LocalCluster of ``--jobs`` worker processes (one thread each) is started
and stopped with the run. They need no watchdog of ours (batch/orphans.py): distributed ends each
when the pipe from its parent closes, ``kill -9`` of the run included. A ``--scheduler``
cluster's workers are the cluster's, and outlive the run as they should.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from lawref.batch.feeding import Feeder
from lawref.batch.inputs import CheckerConfig, Item, Outcome, check_chunk, error_outcome, read_ahead
from lawref.errors import LawrefError

if TYPE_CHECKING:
    from lawref.batch.feeding import Chunk, Done, MaySubmit
    from lawref.pipeline.checker import Checker

MISSING = "--engine dask needs the dask extra: pip install 'lawref[dask]'"
DASK_CHUNK = 16  # documents per task: a Dask task costs about a millisecond to schedule
CONNECT_TIMEOUT = "20s"

# A worker with several threads runs tasks side by side on its one Checker, whose caches are not
# thread-safe (and pure-Python checking gains nothing from threads): one check at a time.
_locks: dict[int, threading.Lock] = {}
_locks_guard = threading.Lock()


def _check_on_worker(items: list[Item], checker: Checker, max_bytes: int) -> list[Outcome]:
    with _locks_guard:
        lock = _locks.setdefault(id(checker), threading.Lock())
    with lock:
        return check_chunk(items, checker, max_bytes)


def _import_dask() -> Any:
    try:
        import dask.distributed
    except ImportError as exc:
        raise LawrefError(MISSING) from exc
    return dask.distributed


class DaskEngine:
    chunk_size = DASK_CHUNK

    def __init__(
        self,
        config: CheckerConfig,
        jobs: int,
        scheduler: str | None = None,
        chunk_size: int | None = None,
    ) -> None:
        self.distributed = _import_dask()  # before the store is loaded: fail fast
        self.config, self.jobs, self.scheduler = config, jobs, scheduler
        if chunk_size:
            self.chunk_size = chunk_size
        self.window = jobs * 2
        self._cluster: Any = None
        self._client: Any = None
        self._checker: Any = None  # the scattered Checker (a Future)
        self._token = uuid.uuid4().hex[:8]
        self._built: Checker | None = config.build()

    def __enter__(self) -> DaskEngine:
        distributed = self.distributed
        try:
            if self.scheduler:
                self._client = distributed.Client(self.scheduler, timeout=CONNECT_TIMEOUT)
            else:
                self._cluster = distributed.LocalCluster(
                    n_workers=self.jobs,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
                self._client = distributed.Client(self._cluster)
        except Exception as exc:  # noqa: BLE001 - OSError, TimeoutError, "Nanny failed to start"…
            self.__exit__()
            if self.scheduler:
                message = f"cannot reach the Dask scheduler at {self.scheduler}"
            else:
                message = "cannot start a Dask LocalCluster"
            raise LawrefError(f"{message}: {type(exc).__name__}: {exc}") from exc
        threads = sum(self._client.nthreads().values()) or self.jobs
        self.workers = threads  # what the summary reports as jobs
        self.window = max(2, threads * 2)
        self._checker = self._client.scatter(self._built, broadcast=True, hash=False)
        self._built = None  # the workers hold it now
        return self

    def __exit__(self, *exc: object) -> None:
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()
        self._client = self._cluster = None

    def _submit(self, seq: int, items: list[Item], tag: str = "") -> Any:
        return self._client.submit(
            _check_on_worker,
            items,
            self._checker,
            self.config.max_bytes,
            key=f"lawref-batch-{self._token}-{seq}{tag}",
            pure=False,
        )

    def __call__(self, todo: Iterator[Chunk], may_submit: MaySubmit) -> Done:
        completed = self.distributed.as_completed()
        in_flight: dict[Any, Chunk] = {}
        feeder = Feeder(todo, may_submit, self.window)
        max_bytes = self.config.max_bytes

        def submit(chunk: Chunk) -> None:
            seq, items = chunk[0], [read_ahead(item, max_bytes) for item in chunk[1]]
            future = self._submit(seq, items)
            in_flight[future] = (seq, items)
            completed.add(future)

        try:
            while True:
                feeder.fill(in_flight, submit)
                if not in_flight:
                    return
                future = next(completed)
                seq, items = in_flight.pop(future)
                yield seq, self._outcomes(future, seq, items)
        finally:
            if in_flight:
                self._client.cancel(list(in_flight))

    def _outcomes(self, future: Any, seq: int, items: list[Item]) -> list[Outcome]:
        """A chunk's outcomes; when the task failed (a worker died, say), each document is tried
        alone, so that only a document that fails by itself becomes an error line."""
        try:
            return future.result()  # type: ignore[no-any-return]
        except Exception as exc:  # noqa: BLE001 - KilledWorker, CommClosedError, …
            if len(items) == 1:
                return [error_outcome(items[0], f"{items[0].source}: {_failure(exc)}")]
        outcomes = []
        for number, item in enumerate(items):
            try:
                outcomes += self._submit(seq, [item], f"-{number}").result()
            except Exception as exc:  # noqa: BLE001
                outcomes.append(error_outcome(item, f"{item.source}: {_failure(exc)}"))
        return outcomes


def _failure(exc: BaseException) -> str:
    return f"the Dask task failed ({type(exc).__name__}: {exc})"
