"""Running a batch: the engines that check chunks of documents, the loop that writes their lines
(in input order with ``ordered``), and the summary of the run.

Engines take an iterator of (sequence number, items) chunks and yield (sequence number, outcomes)
as chunks finish, keeping a bounded number in flight:
- inline: this process (``--jobs 1``);
- a pool of worker processes (``--jobs N``): each loads the compiled store once, in its
  initializer; a worker that dies (a native crash, the OOM killer) costs only the document it was
  checking, which becomes an error line once it has been re-run alone;
- Dask (lawref.batch_dask).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from lawref.batch import (
    CheckerConfig,
    Item,
    Outcome,
    Previous,
    ResultsFile,
    check_chunk,
    check_inputs,
    error_outcome,
    iter_items,
    scan_results,
)
from lawref.errors import InputError, LawrefError

if TYPE_CHECKING:
    from lawref.checker import Checker

Chunk = tuple[int, list[Item]]
Done = Iterator[tuple[int, list[Outcome]]]
MaySubmit = Callable[[int], bool]
LOCAL_CHUNK = 4  # documents per task: small, so that progress and ordering stay smooth
EXAMPLES = 10  # ids and messages kept in the summary as examples


class Feeder:
    """Hands an engine its next chunks: at most ``window`` in flight, and a chunk the writer is
    not ready for (``may_submit`` false: --ordered output waiting on an earlier one) is held back
    while anything is still in flight. Both engines fill their windows through it."""

    def __init__(self, todo: Iterator[Chunk], may_submit: MaySubmit, window: int) -> None:
        self._todo = todo
        self._may_submit = may_submit
        self._window = window
        self._waiting: Chunk | None = None
        self._exhausted = False

    def fill(self, in_flight: Sized, submit: Callable[[Chunk], None]) -> None:
        """Call ``submit`` (which adds the chunk to ``in_flight``) while the window has room."""
        while not self._exhausted and len(in_flight) < self._window:
            self._waiting = self._waiting or next(self._todo, None)
            if self._waiting is None:
                self._exhausted = True
            elif self._may_submit(self._waiting[0]) or not in_flight:
                submit(self._waiting)
                self._waiting = None
            else:
                break


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def chunks(items: Iterable[Item], size: int) -> Iterator[Chunk]:
    batch: list[Item] = []
    seq = 0
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield seq, batch
            seq, batch = seq + 1, []
    if batch:
        yield seq, batch


# --- the summary -------------------------------------------------------------------------------


@dataclass
class Summary:
    """What one run did (documents skipped by --resume are counted apart, never re-read)."""

    output: str
    engine: str
    jobs: int
    documents: int = 0  # finished in this run: checked + errors
    errors: int = 0
    skipped: int = 0  # already in the output (--resume)
    skipped_errors: int = 0  # error lines among those
    truncated_bytes: int = 0  # a half-written last line that --resume removed
    quotes: int = 0
    verdicts: Counter[str] = field(default_factory=Counter)
    altered: int = 0
    misattributed: int = 0
    problem_documents: int = 0
    problem_examples: list[str] = field(default_factory=list)
    error_examples: list[str] = field(default_factory=list)
    citations: Counter[str] = field(default_factory=Counter)
    citing_documents: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    interrupted: bool = False

    def add(self, outcome: Outcome) -> None:
        self.documents += 1
        if outcome.error is not None:
            self.errors += 1
            if len(self.error_examples) < EXAMPLES:
                self.error_examples.append(outcome.error)
            return
        self.quotes += len(outcome.verdicts)
        self.verdicts.update(outcome.verdicts)
        altered = outcome.verdicts.count("altered")
        self.altered += altered
        self.misattributed += outcome.misattributed
        if altered or outcome.misattributed:
            self.problem_documents += 1
            if len(self.problem_examples) < EXAMPLES:
                self.problem_examples.append(outcome.id)
        self.citations.update(outcome.cited)
        self.citing_documents.update(set(outcome.cited))

    @property
    def failed(self) -> bool:
        """Some document in the output could not be checked (in this run or an earlier one)."""
        return bool(self.errors or self.skipped_errors)

    @property
    def rate(self) -> float:
        return self.documents / self.seconds if self.seconds > 0 else 0.0

    def to_json(self, limit: int = 20) -> dict[str, Any]:
        from lawref import __version__
        from lawref.report import VERDICTS

        return {
            "lawref_version": __version__,
            "output": self.output,
            "engine": self.engine,
            "jobs": self.jobs,
            "documents": self.documents,
            "checked": self.documents - self.errors,
            "errors": self.errors,
            "skipped": self.skipped,
            "skipped_errors": self.skipped_errors,
            "truncated_bytes": self.truncated_bytes,
            "quotes": self.quotes,
            "verdicts": {v: self.verdicts.get(v, 0) for v in VERDICTS},
            "problems": {
                "altered": self.altered,
                "misattributed": self.misattributed,
                "documents": self.problem_documents,
                "examples": self.problem_examples,
            },
            "statutes_cited": [
                {"statute": s, "citations": n, "documents": self.citing_documents[s]}
                for s, n in self.citations.most_common(limit)
            ],
            "error_examples": self.error_examples,
            "seconds": round(self.seconds, 3),
            "documents_per_second": round(self.rate, 2),
            "interrupted": self.interrupted,
        }


# --- engines -----------------------------------------------------------------------------------


class InlineEngine:
    def __init__(self, checker: Checker, max_bytes: int) -> None:
        self.checker, self.max_bytes = checker, max_bytes

    def __enter__(self) -> InlineEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def __call__(self, todo: Iterator[Chunk], may_submit: MaySubmit) -> Done:
        for seq, items in todo:
            yield seq, check_chunk(items, self.checker, self.max_bytes)


_WORKER: tuple[Checker, int] | None = None
_READY: Any = None  # a Barrier of all the pool's workers
READY_TIMEOUT = 900.0  # seconds for every worker to load the store


def _init_worker(config: CheckerConfig, ready: Any) -> None:
    global _WORKER, _READY
    # Ctrl-C reaches the whole process group: the parent stops the run; workers just finish.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _READY = ready
    _WORKER = (config.build(), config.max_bytes)


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
            initargs=(self.config, self._context.Barrier(self.jobs)),
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


# --- the run -----------------------------------------------------------------------------------


class Batch:
    """One run: inputs -> engine -> the results file; ``summary`` is kept up to date, so that an
    interrupted run can still report what it finished."""

    def __init__(
        self,
        inputs: Sequence[str],
        output: Path | None,
        config: CheckerConfig,
        *,
        jobs: int = 1,
        engine: str = "local",
        scheduler: str | None = None,
        ordered: bool = False,
        resume: bool = False,
        chunk_size: int | None = None,
        on_outcome: Callable[[Outcome], None] | None = None,
        stdin: BinaryIO | None = None,
    ) -> None:
        if engine not in ("local", "dask"):
            raise LawrefError(f"unknown engine {engine!r} (local or dask)")
        if resume and output is None:
            raise LawrefError("--resume needs an output file, not stdout")
        self.inputs, self.output, self.config = list(inputs), output, config
        self.jobs, self.engine, self.scheduler = max(1, jobs), engine, scheduler
        self.ordered, self.resume, self.stdin = ordered, resume, stdin
        self.chunk_size = chunk_size
        self.on_outcome = on_outcome
        label = "-" if output is None else str(output)
        self.summary = Summary(output=label, engine=engine, jobs=self.jobs)
        self.previous = Previous()
        self._prepared = False

    def prepare(self) -> None:
        """Check inputs and output before any work (usage errors surface here, exit 2)."""
        self._prepared = True
        check_inputs(self.inputs)
        if self.output is not None:
            folder = self.output.parent
            if not folder.is_dir() or not os.access(folder, os.W_OK):
                raise InputError(
                    f"{self.output}: cannot write there (no such folder, or no access)"
                )
            if self.output.is_dir():
                raise InputError(f"{self.output}: is a folder")
        if self.resume and self.output is not None:
            self.previous = scan_results(self.output)
        self.summary.skipped_errors = self.previous.errors
        self.summary.truncated_bytes = self.previous.truncated

    def _items(self) -> Iterator[Item]:
        seen: set[str] = set()
        for item in iter_items(self.inputs, self.stdin):
            if item.id in self.previous.ids:
                self.summary.skipped += 1
                continue
            if item.id in seen:
                item = replace(item, error=f"{item.source}: duplicate id {item.id!r}")
            seen.add(item.id)
            yield item

    def _engine(self) -> Any:
        if self.engine == "dask":
            from lawref.batch_dask import DaskEngine

            return DaskEngine(self.config, self.jobs, self.scheduler, self.chunk_size)
        if self.jobs == 1:
            return InlineEngine(self.config.build(), self.config.max_bytes)
        from lawref.cache import enabled

        if enabled():
            self.config.build()  # fills the compiled cache once, before the workers read it
        return PoolEngine(self.config, self.jobs)

    def run(self) -> Summary:
        if not self._prepared:
            self.prepare()
        started = time.monotonic()
        try:
            # The store is loaded and the engine started before the output is opened: when
            # either fails, an earlier output is left as it was.
            with self._engine() as engine:
                self.summary.jobs = getattr(engine, "workers", self.summary.jobs)
                results = ResultsFile(self.output, append=self.resume)
                try:
                    self._loop(engine, results)
                finally:
                    results.close()
        except BaseException:
            self.summary.interrupted = True
            raise
        finally:
            self.summary.seconds = time.monotonic() - started
        return self.summary

    def _loop(self, engine: Any, results: ResultsFile) -> None:
        size = self.chunk_size or getattr(engine, "chunk_size", LOCAL_CHUNK)
        ahead = max(8, getattr(engine, "window", 1) * 4)
        buffered: dict[int, list[Outcome]] = {}
        next_seq = 0

        def may_submit(seq: int) -> bool:
            return not self.ordered or seq < next_seq + ahead

        for seq, outcomes in engine(chunks(self._items(), size), may_submit):
            if not self.ordered:
                self._write(results, outcomes)
                continue
            buffered[seq] = outcomes
            while next_seq in buffered:
                self._write(results, buffered.pop(next_seq))
                next_seq += 1

    def _write(self, results: ResultsFile, outcomes: list[Outcome]) -> None:
        for outcome in outcomes:
            results.write(outcome.line)
            self.summary.add(outcome)
            if self.on_outcome is not None:
                self.on_outcome(outcome)
