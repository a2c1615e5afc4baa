"""Counting a query's candidates: which texts hold the most of the posting lists read, ties in
the order the texts were first met (the first list first, each list's ids ascending).

Two ways to the same list: ``Counter`` for a run that makes a few queries, and NumPy for a run
that reads millions of posting entries (a batch, the web app), where a stable sort of the ids
read costs a third to a quarter of counting them into a dict (~100 us against ~280 us a query
of ~2,700 entries on cn-laws-all). NumPy is imported only once a process has read
``VECTOR_AFTER_ENTRIES`` entries: importing it (~0.1 s) would cost a one-document check more
than it saves.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Sequence
from operator import itemgetter
from typing import Any

# Posting entries a process reads before it imports NumPy: about what importing it costs (~0.1 s)
# at the ~0.15 us an entry that the vectorised count saves.
VECTOR_AFTER_ENTRIES = 500_000
# A query reading fewer entries than this is counted with Counter even then: the vectorised
# count's fixed cost (~70 us) is more than Counter spends on it.
VECTOR_MIN_ENTRIES = 256

_NARROW = 1 << 16  # ids below this sort as 16-bit keys

_numpy: Any = None  # the module, once imported; False when it cannot be
_long_run = False  # expect_long_run() was called


def vectorised() -> Any:
    """NumPy, imported on first call; None when it is not installed."""
    global _numpy
    if _numpy is None:
        try:
            import numpy
        except ImportError:  # pragma: no cover - numpy is a dependency
            numpy = False
        _numpy = numpy
    return _numpy or None


def expect_long_run() -> None:
    """This process will check many documents (a batch run, a web worker): NumPy is imported now,
    before the first document rather than in the middle of the run, and every query that reads
    ``VECTOR_MIN_ENTRIES`` entries is counted with it from the start (the same lists either way)."""
    global _long_run
    _long_run = vectorised() is not None


def long_run() -> bool:
    """Whether :func:`expect_long_run` was called (and NumPy is there)."""
    return _long_run


def loaded_numpy() -> Any:
    """NumPy when this process has imported it for counting (:func:`vectorised`), else None:
    other look-ups of a long run use it then, never importing it themselves."""
    return _numpy or None


def top_counted(lists: Sequence[Sequence[int]], limit: int) -> list[tuple[int, int]]:
    """(text id, how many of ``lists`` hold it) for the ``limit`` ids held by the most lists,
    most first; ties in the order the ids first occur in ``lists`` read one after the other."""
    counts: Counter[int] = Counter()
    for ids in lists:
        counts.update(ids)
    # Counter.most_common's list (heapq.nlargest, which equals a stable sort), sorted in C
    return sorted(counts.items(), key=itemgetter(1), reverse=True)[:limit]


def top_counted_vectorised(
    np: Any, lists: Sequence[Sequence[int]], limit: int, bound: int | None = None
) -> list[tuple[int, int]]:
    """:func:`top_counted` with NumPy (``np``): the same list, ties included. The ids read are
    sorted stably, so that the first of each run of equal ids is where it first occurs.
    ``bound``: every id is below it (the index's size), when the caller knows."""
    if not lists:
        return []
    ids = _joined(np, lists)
    total = len(ids)
    if not total:
        return []
    # (methods rather than NumPy's functions: their Python wrappers cost more than the work here)
    # Ids that fit in 16 bits (a store of up to 65,536 texts: cn-laws-all has ~58,700) are
    # sorted as 16-bit keys, which NumPy's stable sort does by radix: ~a third of the time.
    keys = ids.astype(np.uint16) if bound is not None and bound <= _NARROW else ids
    order = keys.argsort(kind="stable")
    ordered = ids[order]
    starts = np.empty(total, dtype=bool)
    starts[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=starts[1:])
    firsts = starts.nonzero()[0]  # where each distinct id's run starts in ``ordered``
    counts = np.empty(len(firsts), dtype=firsts.dtype)
    np.subtract(firsts[1:], firsts[:-1], out=counts[:-1])
    counts[-1] = total - firsts[-1]
    # more lists first, then the earlier first occurrence: one integer key, larger is better
    key = counts * (total + 1) - order[firsts]
    distinct = len(key)
    if distinct > limit:
        best = key.argpartition(distinct - limit)[distinct - limit :]
        best = best[(-key[best]).argsort()]
    else:
        best = (-key).argsort()
    return list(zip(ordered[firsts[best]].tolist(), counts[best].tolist(), strict=True))


def _joined(np: Any, lists: Sequence[Sequence[int]]) -> Any:
    """``lists`` one after the other as one NumPy array: posting slices of one format (views of
    the mapped cache) joined as bytes in one call, not made an array each."""
    first = lists[0]
    if isinstance(first, memoryview):
        kind = first.format
        if all(type(ids) is memoryview and ids.format == kind for ids in lists):
            return np.frombuffer(b"".join(lists), dtype=kind)  # type: ignore[arg-type]
    return np.concatenate([_as_array(np, found) for found in lists])


def _as_array(np: Any, ids: Sequence[int]) -> Any:
    """``ids`` as a NumPy array: a view of a posting slice (an ``array`` or a ``memoryview`` of
    the mapped cache, read in place), a copy of anything else."""
    if isinstance(ids, memoryview):
        return np.frombuffer(ids, dtype=ids.format)
    if isinstance(ids, array):
        return np.frombuffer(ids, dtype=ids.typecode)
    return np.asarray(ids, dtype=np.int64)
