"""Running a batch: inputs -> an engine (lawref.batch.engines) -> the results file, the loop that
writes the lines (in input order with ``ordered``), and the summary of the run."""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from lawref.batch.engines import make_engine
from lawref.batch.feeding import LOCAL_CHUNK, chunks
from lawref.batch.inputs import CheckerConfig, Item, Outcome, check_inputs, iter_items
from lawref.batch.results import Previous, ResultsFile, scan_results
from lawref.errors import InputError, LawrefError
from lawref.store.lock import OutputLock

if TYPE_CHECKING:
    pass

EXAMPLES = 10  # ids and messages kept in the summary as examples


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


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
        from lawref._version import __version__
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
        self._lock: OutputLock | None = None

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
            # One writer per output: a second run on it stops here (exit 2), before it reads
            # (--resume) or truncates anything; the lock is held until run() ends.
            self._lock = OutputLock(self.output)
            self._lock.acquire()
        if self.resume and self.output is not None:
            try:
                self.previous = scan_results(self.output)
            except BaseException:
                self.release()  # nothing was written: the lock file goes too
                raise
        self.summary.skipped_errors = self.previous.errors
        self.summary.truncated_bytes = self.previous.truncated

    def _items(self) -> Iterator[Item]:
        seen: set[str] = set()
        for item in iter_items(self.inputs, self.stdin, self.config.max_bytes):
            if item.id in self.previous.ids:
                self.summary.skipped += 1
                continue
            if item.id in seen:
                item = replace(item, error=f"{item.source}: duplicate id {item.id!r}")
            seen.add(item.id)
            yield item

    def _engine(self) -> Any:
        return make_engine(self.engine, self.config, self.jobs, self.scheduler, self.chunk_size)

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
            self.release()
        return self.summary

    def release(self) -> None:
        """Let another run write the output (run() does this when it ends)."""
        if self._lock is not None:
            self._lock.release()
            self._lock = None

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
