"""The web app's worker processes: a check runs in a worker; a worker that dies costs the
requests it was running (503), and the pool is replaced so that the next check works."""

from __future__ import annotations

import asyncio
import os

import pytest
from web_helpers import EXAMPLE, web_installed

from lawref.spans import SourceText

web_installed()

from lawref.web.engine import CheckEngine, EngineUnavailable  # noqa: E402


def test_a_dead_worker_is_replaced() -> None:
    source = SourceText("-", EXAMPLE.read_text(encoding="utf-8"))

    async def scenario() -> tuple[int, int, int]:
        engine = CheckEngine((), workers=1)
        await engine.start()
        try:
            before = await engine.check(source, None, True, True)
            with pytest.raises(EngineUnavailable):
                await engine.run(os._exit, 1)  # the worker process dies mid-job
            after = await engine.check(source, None, True, True)
            pid = await engine.run(os.getpid)
            return len(before.quotes), len(after.quotes), pid
        finally:
            engine.close()

    quotes_before, quotes_after, pid = asyncio.run(asyncio.wait_for(scenario(), 180))
    assert quotes_before == quotes_after == 10
    assert pid != os.getpid()  # checks run in another process, not on the event loop's
