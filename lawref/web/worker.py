"""What runs in each of the web app's worker processes: the store and its checkers, loaded once.

Every function here runs in a child process of :class:`lawref.web.engine.CheckEngine`; a process
runs one job at a time, so the checkers (whose matcher and citation finder keep per-call state)
are never shared between threads.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.match.search import SearchHit
from lawref.pipeline.checker import Checker
from lawref.report import Document
from lawref.spans import CitationSpan, SourceText
from lawref.store.files import Store

# A quotation that no stored text explains and that is long enough for the cross-lingual check:
# checking it at start loads the cross-lingual index, so the first request does not pay for it.
_WARM_UP = 'She said "the quick brown fox jumps over the lazy dog every single morning".'

_store: Store | None = None
_checkers: dict[tuple[bool, bool], Checker] = {}


def start(stores: Sequence[str]) -> None:
    """The process initializer: load the store (from the compiled cache) and warm a checker."""
    global _store
    import signal

    from lawref.store.load import load_store

    # Ctrl-C in the terminal reaches the whole process group: the server stops its workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    _store = load_store(stores)
    _checker(crosslingual=True, reuse=True).check_text(_WARM_UP)


def _checker(*, crosslingual: bool, reuse: bool) -> Checker:
    if _store is None:  # pragma: no cover - start() runs first in every worker
        raise RuntimeError("worker not started")
    key = (crosslingual, reuse)
    if key not in _checkers:
        # The matcher's index, the citation names and the cross-lingual index are memoised per
        # store, so another option set costs only its own small caches.
        _checkers[key] = Checker(_store, crosslingual=crosslingual, reuse=reuse)
    return _checkers[key]


def ping() -> int:
    """Answers once the process is started (the engine waits for every worker at start)."""
    import os

    return os.getpid()


def check(source: SourceText, min_score: float | None, crosslingual: bool, reuse: bool) -> Document:
    checker = _checker(crosslingual=crosslingual, reuse=reuse)
    checker.min_score = min_score  # one job at a time in this process
    return checker.check_source(source)


def cites(text: str) -> list[CitationSpan]:
    return _checker(crosslingual=True, reuse=True).finder.find(text)


def search(phrase: str, limit: int) -> list[SearchHit]:
    from lawref.match.search import search as search_store

    return search_store(_checker(crosslingual=True, reuse=True).matcher, phrase, limit)
