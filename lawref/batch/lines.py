"""Lines of a JSON Lines stream read with a bound: a line longer than the limit is skipped in
small pieces, never held whole (one 1 GiB line costs a few MiB, not gigabytes)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

SKIP_PIECE = 1 << 20  # how much of an over-long line is read at a time while skipping it


def line_limit(max_bytes: int) -> int:
    """The longest JSON Lines line for documents of at most ``max_bytes``: JSON's escapes may
    double a text (``\\u4e2d`` for 中), and the other fields get a MiB."""
    return 2 * max_bytes + SKIP_PIECE


def bounded_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line; None instead of the bytes of a line over ``limit``."""
    number = 0
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            return
        number += 1
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield number, raw
            continue
        while raw and not raw.endswith(b"\n"):  # the rest of the long line, piece by piece
            raw = stream.readline(SKIP_PIECE)
        yield number, None
