"""Feeding an engine of ``lawref batch``: chunks of documents, and the window of chunks in flight.

Engines take an iterator of (sequence number, items) chunks and yield (sequence number, outcomes)
as chunks finish, keeping a bounded number in flight; every engine fills its window through one
Feeder."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sized

from lawref.batch.inputs import Item, Outcome

Chunk = tuple[int, list[Item]]
Done = Iterator[tuple[int, list[Outcome]]]
MaySubmit = Callable[[int], bool]
LOCAL_CHUNK = 4  # documents per task: small, so that progress and ordering stay smooth


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
