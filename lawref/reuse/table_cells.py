"""The cell walls of a table scraped as text: "3 | 37.1 | 1. The controller … where: | GDPR 37 |".

Pages that set an article out in a table — one row per paragraph, beside a row number, a
reference and a link — come out of a scraper (or a Markdown source) as lines of cells between
vertical bars. The unquoted-reuse scan reads across line breaks, so a run of the law's words
went on through the wall into the row's other cells and the next row ("… in any case where: |
GDPR 37 |⏎4 | 37.1(a) | (a) the processing …"), and the whole came out `altered`, the cells'
references and numbers read as words added to the law. A person reads each cell on its own.

Here every vertical bar on a line that holds at least ``_ROW_BARS`` of them is a wall: the scan
counts it with the noise that breaks lines (lawref/reuse/layout_noise.py), so a run that is no
exact copy across walls is reported cell by cell, each cell linked on its own; and a sentence
that an unquoted reproduction is widened to (lawref/pipeline/sentence.py) stops at a wall, as it
does at a line break, so that the row's number and reference are not read as the writer's words
around the law's. A run inside one cell, or one the law holds word for word across them, is
reported as before. A lone bar in a sentence ("and/or | either") is no table.

Linear: one pass over the lines; ``is_wall`` looks at most ``_WALL_REACH`` characters around.
"""

from __future__ import annotations

# Two bars make a row: "| a | b |" and "a | b | c" both hold two or more; a single bar is prose.
_ROW_BARS = 2
_BARS = "|｜"  # (the full-width bar of CJK pages as well)
# How far along its line ``is_wall`` looks for the row's other bars (a work bound; a table's cell
# is shorter than this, a paragraph of the law in it included).
_WALL_REACH = 4000


def cell_walls(text: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` range of every bar that walls a table's cell in ``text``, in order."""
    walls: list[tuple[int, int]] = []
    line_start = 0
    length = len(text)
    while line_start <= length:
        line_end = text.find("\n", line_start)
        if line_end < 0:
            line_end = length
        bars = [i for i in range(line_start, line_end) if text[i] in _BARS]
        if len(bars) >= _ROW_BARS:
            walls += [(i, i + 1) for i in bars]
        line_start = line_end + 1
    return walls


def is_wall(text: str, at: int) -> bool:
    """Whether ``text[at]`` is a bar that walls a table's cell: another bar stands on its line
    within ``_WALL_REACH`` characters."""
    if text[at] not in _BARS:
        return False
    low = max(0, at - _WALL_REACH)
    high = min(len(text), at + 1 + _WALL_REACH)
    line_start = max(low, text.rfind("\n", low, at) + 1)
    line_end = text.find("\n", at, high)
    line_end = high if line_end < 0 else line_end
    return any(
        text.rfind(bar, line_start, at) >= 0 or text.find(bar, at + 1, line_end) >= 0
        for bar in _BARS
    )
