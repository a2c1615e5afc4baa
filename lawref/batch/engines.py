"""The engines of ``lawref batch``, and the one factory that chooses among them:
- inline: this process (``--jobs 1``);
- a pool of worker processes (``--jobs N``): each loads the compiled store once, in its
  initializer; a worker that dies (a native crash, the OOM killer) costs only the document it was
  checking, which becomes an error line once it has been re-run alone;
- Dask (lawref.batch.dask_engine), imported only when asked for (an optional extra).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import threading
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

from lawref.batch.feeding import Chunk, Done, Feeder, MaySubmit
from lawref.batch.inputs import CheckerConfig, Item, Outcome, check_chunk, error_outcome
from lawref.batch.orphans import watch_parent
from lawref.errors import LawrefError
from lawref.match.counting import expect_long_run

if TYPE_CHECKING:
    from lawref.pipeline.checker import Checker


def make_engine(
    kind: str, config: CheckerConfig, jobs: int, scheduler: str | None, chunk_size: int | None
) -> Any:
    """The engine for ``--engine``/``--jobs``: Dask, inline (one job) or a pool of processes."""
    if kind == "dask":
        from lawref.batch.dask_engine import DaskEngine  # the optional extra, only when asked

        return DaskEngine(config, jobs, scheduler, chunk_size)
    if jobs == 1:
        return InlineEngine(config.build(), config.max_bytes)
    from lawref.store.cache import enabled

    if enabled():
        config.build()  # fills the compiled cache once, before the workers read it
    return PoolEngine(config, jobs)


# The cyclic garbage collector during a run: what was loaded before it (the store, its indexes,
# the citation grammar: ~150,000 objects for cn-laws-all) is frozen out of its scans, and young
# collections come every 10,000 allocations rather than 700. Checking a document makes few cycles;
# with the defaults, the collector took ~6% of a batch on the big store (290 collections of 1,000
# short documents, each full one scanning every object loaded), after this ~1.5%.
BATCH_GC_THRESHOLD = (10_000, 20, 20)


def settle_garbage_collector() -> tuple[int, int, int]:
    """Ready this process for a run of many documents: NumPy imported for counting candidates
    (``expect_long_run``: before the first document, not in the middle of the run), then what
    is loaded frozen and the collections spaced out (see BATCH_GC_THRESHOLD); returns the
    thresholds it replaced."""
    expect_long_run()
    before = gc.get_threshold()
    gc.collect()
    gc.freeze()
    gc.set_threshold(*BATCH_GC_THRESHOLD)
    return before  # type: ignore[return-value]


class InlineEngine:
    def __init__(self, checker: Checker, max_bytes: int) -> None:
        self.checker, self.max_bytes = checker, max_bytes
        self._thresholds: tuple[int, int, int] | None = None

    def __enter__(self) -> InlineEngine:
        self._thresholds = settle_garbage_collector()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._thresholds is not None:  # this process may go on (a library caller's)
            gc.set_threshold(*self._thresholds)
            gc.unfreeze()
            self._thresholds = None

    def __call__(self, todo: Iterator[Chunk], may_submit: MaySubmit) -> Done:
        for seq, items in todo:
            yield seq, check_chunk(items, self.checker, self.max_bytes)


_WORKER: tuple[Checker, int] | None = None
_READY: Any = None  # a Barrier of all the pool's workers
READY_TIMEOUT = 900.0  # seconds for every worker to load the store


def _init_worker(config: CheckerConfig, ready: Any, parent: int) -> None:
    global _WORKER, _READY
    # Ctrl-C reaches the whole process group: the parent stops the run; workers just finish.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    watch_parent(parent)
    _READY = ready
    _WORKER = (config.build(), config.max_bytes)
    settle_garbage_collector()


def _pool_task(items: list[Item]) -> list[Outcome]:
    assert _WORKER is not None, "worker not initialised"
    checker, max_bytes = _WORKER
    return check_chunk(items, checker, max_bytes)


def _died(item: Item) -> Outcome:
    message = f"{item.source}: the worker process died while checking it (crash or out of memory)"
    return error_outcome(item, message)


def _ready() -> bool:
    """Returns once every worker has loaded the store: each holds one of these calls."""
    _READY.wait(timeout=READY_TIMEOUT)
    return _WORKER is not None


class PoolEngine:
    """Worker processes (forkserver, else spawn: never a fork of this threaded process)."""

    def __init__(self, config: CheckerConfig, jobs: int) -> None:
        self.config, self.jobs = config, jobs
        self.window = jobs * 2
        methods = multiprocessing.get_all_start_methods()
        self._context = multiprocessing.get_context(
            "forkserver" if "forkserver" in methods else "spawn"
        )
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> PoolEngine:
        self._restart()
        return self

    def __exit__(self, kind: object, *exc: object) -> None:
        if self._pool is None:
            return
        if kind is not None:
            # Interrupted: do not wait for a worker that may be deep in a huge document.
            for process in list(getattr(self._pool, "_processes", {}).values()):
                process.terminate()
        self._pool.shutdown(wait=kind is None, cancel_futures=True)

    def _restart(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool = ProcessPoolExecutor(
            self.jobs,
            mp_context=self._context,
            initializer=_init_worker,
            initargs=(self.config, self._context.Barrier(self.jobs), os.getpid()),
        )
        # Every worker started and ready before the first document (the pool would otherwise
        # start them one by one as work arrives): rates and ETAs are then true from the start,
        # and a worker that cannot start at all is one message, not an error line per document.
        try:
            for started in [self._pool.submit(_ready) for _ in range(self.jobs)]:
                started.result()
        except (BrokenProcessPool, threading.BrokenBarrierError) as exc:
            raise LawrefError("worker processes cannot start; try --jobs 1 to see why") from exc

    def _submit(self, items: list[Item]) -> Future[list[Outcome]]:
        assert self._pool is not None
        try:
            return self._pool.submit(_pool_task, items)
        except BrokenProcessPool:
            failed: Future[list[Outcome]] = Future()
            failed.set_exception(BrokenProcessPool("broken before submission"))
            return failed

    def __call__(self, todo: Iterator[Chunk], may_submit: MaySubmit) -> Done:
        in_flight: dict[Future[list[Outcome]], Chunk] = {}
        feeder = Feeder(todo, may_submit, self.window)

        def submit(chunk: Chunk) -> None:
            in_flight[self._submit(chunk[1])] = chunk

        while True:
            feeder.fill(in_flight, submit)
            if not in_flight:
                return
            done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            if not any(isinstance(f.exception(), BrokenProcessPool) for f in done):
                for future in done:
                    seq, items = in_flight.pop(future)
                    yield seq, _result(future, items)
                continue
            # Every chunk in flight dies with the pool; re-run each document alone, so that
            # only the one that kills a worker becomes an error line.
            wait(in_flight)
            suspects: list[Chunk] = []
            for future, (seq, items) in in_flight.items():
                if isinstance(future.exception(), BrokenProcessPool):
                    suspects.append((seq, items))
                else:
                    yield seq, _result(future, items)
            in_flight.clear()
            self._restart()
            for seq, items in sorted(suspects, key=lambda c: c[0]):
                yield seq, [self._alone(item) for item in items]

    def _alone(self, item: Item) -> Outcome:
        try:
            (outcome,) = self._submit([item]).result()
        except BrokenProcessPool:
            self._restart()
            return _died(item)
        return outcome


def _result(future: Future[list[Outcome]], items: list[Item]) -> list[Outcome]:
    """A finished chunk's outcomes; a chunk that failed as a whole (its outcomes could not be sent
    back, say) becomes one error line per document."""
    exc = future.exception()
    if exc is None:
        return future.result()
    message = f"internal error: {type(exc).__name__}: {exc}"
    return [error_outcome(item, f"{item.source}: {message}") for item in items]
