"""A piece of an unquoted run that the law does not hold as a whole, read line by line: the law's
sentence above a line of the writer's own ("1. Each controller … shall maintain a record …
following information:⏎Article 30.1 GDPR (relating to the obligation to keep a record …)⏎(a) the
name and contact details …").

The reuse scan (lawref/reuse/scan.py) reports a run that is no exact copy piece by piece between
the noise that breaks lines (a list's own numbers). A piece can still hold two lines, one the
law's words and one the writer's — a citation line, a caption set between the article's opening
and its points. Matched whole, such a piece is a `paraphrase` and was dropped, the law's exact
opening with it. A person reads the lines apart: each line of a piece not linked as a whole is
tried on its own, and kept on the scan's terms for a piece (linked to the run's statute, not
words several laws share) when it is long enough to be a reproduction of its own: at least the
scan's MIN_LATIN_CHARS (MIN_CJK_CHARS) letters, the length a run must have to be kept at all.
"""

from __future__ import annotations

from lawref.quotes.layout import trimmed
from lawref.reuse.thresholds import MIN_CJK_CHARS, MIN_LATIN_CHARS
from lawref.text.tokens import is_cjk

# A piece of more lines than this is not read line by line (a work bound; the pieces the scan
# reports between a list's numbers hold a line or two).
_LINES_MAX = 8


def long_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The lines of ``text[start:end]`` long enough to be a reproduction of their own, trimmed;
    none when it is one line (or more than ``_LINES_MAX``)."""
    if text.count("\n", start, end) == 0:
        return []
    lines: list[tuple[int, int]] = []
    at = start
    while at < end and len(lines) <= _LINES_MAX:
        stop = text.find("\n", at, end)
        stop = end if stop < 0 else stop
        a, b = trimmed(text, at, stop)
        if a < b:
            lines.append((a, b))
        at = stop + 1
    if len(lines) > _LINES_MAX:
        return []
    return [(a, b) for a, b in lines if _long_enough(text[a:b])]


def _long_enough(line: str) -> bool:
    cjk = sum(1 for ch in line if is_cjk(ch))
    if cjk:
        return cjk >= MIN_CJK_CHARS
    return sum(1 for ch in line if ch.isalnum()) >= MIN_LATIN_CHARS
