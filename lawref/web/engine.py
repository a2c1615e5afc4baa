"""The pool of worker processes that runs checks off the event loop (``--workers N``).

Processes, not threads: a check is pure Python and holds the GIL, so only processes let two
articles be checked at once; and a worker that dies (out of memory, killed) is replaced
instead of taking the server with it.
"""

from __future__ import annotations

import asyncio
import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import BrokenExecutor, ProcessPoolExecutor
from typing import Any, TypeVar

from lawref.match.search import SearchHit
from lawref.report import Document
from lawref.spans import CitationSpan, SourceText
from lawref.web import worker

T = TypeVar("T")


class EngineUnavailable(Exception):
    """A worker process died during the job; the pool has been replaced."""


class CheckEngine:
    """``workers`` processes, each with the store loaded once and a warm checker."""

    def __init__(self, stores: Sequence[str], workers: int) -> None:
        self.stores = tuple(stores)
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None

    def _new_pool(self) -> ProcessPoolExecutor:
        # spawn: a fresh interpreter, not a fork of a process that runs an event loop and threads.
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=worker.start,
            initargs=(self.stores,),
        )

    async def start(self) -> None:
        """Start every worker and wait until each has loaded the store and warmed up."""
        self._pool = self._new_pool()
        loop = asyncio.get_running_loop()
        # One job per worker, submitted together, so that the pool starts them all now.
        await asyncio.gather(
            *(loop.run_in_executor(self._pool, worker.ping) for _ in range(self.workers))
        )

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    async def run(self, function: Callable[..., T], *args: Any) -> T:
        if self._pool is None:
            raise EngineUnavailable("the check engine is not running")
        pool = self._pool
        try:
            return await asyncio.get_running_loop().run_in_executor(pool, function, *args)
        except BrokenExecutor as exc:
            if self._pool is pool:  # the first request to notice replaces the pool
                pool.shutdown(wait=False, cancel_futures=True)
                self._pool = self._new_pool()
            raise EngineUnavailable("a worker process stopped; please try again") from exc

    async def check(
        self, source: SourceText, min_score: float | None, crosslingual: bool, reuse: bool
    ) -> Document:
        return await self.run(worker.check, source, min_score, crosslingual, reuse)

    async def cites(self, text: str) -> list[CitationSpan]:
        return await self.run(worker.cites, text)

    async def search(self, phrase: str, limit: int) -> list[SearchHit]:
        return await self.run(worker.search, phrase, limit)
