"""Plain-text layout (no colour) for the terminal report: wrapped lines, a grid of facts and a
heavy-headed table, laid out exactly as rich lays out the same Text, Padding and Table.

A piped ``lawref check`` has no colour to show, and importing rich's console and table and
drawing through them was a fifth of a warm check (issue 20). This module reproduces rich's
layout for the shapes the report uses — Text.wrap (overflow "fold"), Measurement, Table's
column widths (``_calculate_column_widths``, ``_collapse_widths``, ``ratio_reduce``) and row
rendering — with rich's own cell widths (``rich.cells``, which imports none of the console).
tests/test_render_text.py holds the two to the same output, byte for byte.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from rich.cells import cell_len as rich_cell_len
from rich.cells import chop_cells, set_cell_size

from lawref.text.regex_code import constant

TAB_SIZE = 8
_WORD = constant(r"\s*\S+\s*")
_TRAILING_SPACE = constant(r"\s+$")
HEAD_VERTICAL = "┃"  # rich.box.HEAVY_HEAD, the Table default, drawn without its outer edge
BODY_VERTICAL = "│"
HEAD_RULE = "━"
HEAD_CROSS = "╇"


def cell_len(text: str) -> int:
    """Terminal cells ``text`` takes: rich's count (wide characters two, controls none), with
    printable ASCII (most of a report) counted by its length."""
    if text.isascii() and text.isprintable():
        return len(text)
    return rich_cell_len(text)


def _expand_tabs(line: str) -> str:
    """rich's Text.expand_tabs of one line (no line break in it)."""
    if "\t" not in line:
        return line
    out: list[str] = []
    position = 0
    for part in re.split(r"(?<=\t)", line):
        if part.endswith("\t"):
            part = part[:-1] + " "
            position += cell_len(part)
            remainder = position % TAB_SIZE
            if remainder:
                part += " " * (TAB_SIZE - remainder)
                position += TAB_SIZE - remainder
        else:
            position += cell_len(part)
        out.append(part)
    return "".join(out)


def _break_offsets(text: str, width: int) -> list[int]:
    """Where rich breaks ``text`` to fit ``width`` cells (rich._wrap.divide_line, fold=True)."""
    breaks: list[int] = []
    offset = 0
    for found in _WORD.finditer(text):
        start, word = found.start(), found.group()
        length = cell_len(word.rstrip())
        if width - offset >= length:
            offset += cell_len(word)
        elif length > width:
            pieces = chop_cells(word, width)
            for index, piece in enumerate(pieces):
                if start:
                    breaks.append(start)
                if index == len(pieces) - 1:
                    offset = cell_len(piece)
                else:
                    start += len(piece)
        elif offset and start:
            breaks.append(start)
            offset = cell_len(word)
    return breaks


def _truncate(line: str, width: int, overflow: str, pad: bool) -> str:
    length = cell_len(line)
    if length > width:
        line = (
            set_cell_size(line, width - 1) + "…"
            if overflow == "ellipsis"
            else set_cell_size(line, width)
        )
    if pad and length < width:
        line += " " * (width - length)
    return line


def wrap(
    text: str, width: int, *, pad: bool = False, no_wrap: bool = False, overflow: str = "fold"
) -> list[str]:
    """``text`` in lines of at most ``width`` cells, as rich's Text.wrap gives them: justify
    "default" (``pad=False``) or "left" (``pad=True``: each line filled out to ``width``)."""
    lines: list[str] = []
    for line in text.split("\n"):
        line = _expand_tabs(line)
        if no_wrap:
            pieces = [line]
        else:
            offsets = [0, *_break_offsets(line, width), len(line)]
            pieces = [line[a:b] for a, b in pairwise(offsets)]
            for index, piece in enumerate(pieces):
                excess = len(piece) - width
                if excess > 0:
                    space = _TRAILING_SPACE.search(piece)
                    if space is not None:
                        pieces[index] = piece[: len(piece) - min(len(space.group()), excess)]
        if pad:
            pieces = [_truncate(p, width, overflow, pad=True) for p in pieces]
        lines += [_truncate(p, width, overflow, pad=False) for p in pieces]
    return lines


# --- tables --------------------------------------------------------------------------------------


def _normal(low: int, high: int) -> tuple[int, int]:
    low = min(max(0, low), high)
    return max(0, low), max(0, max(low, high))


@lru_cache(maxsize=1024)  # bounded: a batch or the web app renders many documents
def _extent(text: str) -> tuple[int, int]:
    """The cells of ``text``'s widest word and of its widest line, which rich's measurement
    reads whatever the width: worked out once a text (a table's columns are measured twice when
    they are narrowed, and the same labels recur in every quotation's table)."""
    lines = text.splitlines()
    widest = max(cell_len(line) for line in lines) if lines else 0
    words = text.split()
    least = max(cell_len(word) for word in words) if words else widest
    return least, widest


def _measure_text(text: str, max_width: int) -> tuple[int, int]:
    """rich's Measurement.get of a Text."""
    if max_width < 1:
        return 0, 0
    low, high = _normal(*_extent(text))
    low, high = min(low, max_width), min(high, max_width)
    if high < 1:
        return 0, 0
    return _normal(low, high)


def _measure_cell(text: str, padding: int, max_width: int) -> tuple[int, int]:
    """rich's Measurement.get of a Padding (``padding`` cells left and right) around a Text."""
    if max_width < 1:
        return 0, 0
    if max_width - padding < 1:
        low, high = max_width, max_width
    else:
        low, high = _measure_text(text, max_width)
        low, high = min(low + padding, max_width), min(high + padding, max_width)
    low, high = _normal(low, high)
    low, high = min(low, max_width), min(high, max_width)
    if high < 1:
        return 0, 0
    return _normal(low, high)


def _ratio_reduce(
    total: int, ratios: list[int], maximums: list[int], values: list[int]
) -> list[int]:
    ratios = [ratio if most else 0 for ratio, most in zip(ratios, maximums, strict=True)]
    total_ratio = sum(ratios)
    if not total_ratio:
        return values[:]
    remaining = total
    result: list[int] = []
    for ratio, most, value in zip(ratios, maximums, values, strict=True):
        if ratio and total_ratio > 0:
            distributed = min(most, round(ratio * remaining / total_ratio))
            result.append(value - distributed)
            remaining -= distributed
            total_ratio -= ratio
        else:
            result.append(value)
    return result


def _collapse(widths: list[int], wrapable: list[bool], max_width: int) -> list[int]:
    total = sum(widths)
    excess = total - max_width
    if any(wrapable):
        while total and excess > 0:
            widest = max(w for w, can in zip(widths, wrapable, strict=True) if can)
            second = max(
                w if can and w != widest else 0 for w, can in zip(widths, wrapable, strict=True)
            )
            difference = widest - second
            ratios = [int(w == widest and can) for w, can in zip(widths, wrapable, strict=True)]
            if not any(ratios) or not difference:
                break
            widths = _ratio_reduce(excess, ratios, [min(excess, difference)] * len(widths), widths)
            total = sum(widths)
            excess = total - max_width
    return widths


@dataclass(frozen=True)
class Column:
    """One column: its cells' padding (left, right) and whether its text may wrap."""

    left: int
    right: int
    no_wrap: bool = False
    overflow: str = "fold"


def _widths(columns: Sequence[Column], cells: list[list[str]], max_width: int) -> list[int]:
    """rich's Table._calculate_column_widths (no fixed, minimum or ratio widths; no expand)."""

    def measured(index: int, width: int) -> tuple[int, int]:
        if width < 1:
            return 0, 0
        column = columns[index]
        found = [_measure_cell(c, column.left + column.right, width) for c in cells[index]]
        low = max(m[0] for m in found) if found else 1
        high = max(m[1] for m in found) if found else width
        return min(low, width), min(high, width)

    widths = [measured(i, max_width)[1] or 1 for i in range(len(columns))]
    if sum(widths) > max_width:
        widths = _collapse(widths, [not c.no_wrap for c in columns], max_width)
        if sum(widths) > max_width:
            widths = _ratio_reduce(sum(widths) - max_width, [1] * len(widths), widths, widths)
        widths = [measured(i, w)[1] or 0 for i, w in enumerate(widths)]
    return widths


def _cell_lines(text: str, column: Column, width: int) -> list[str]:
    inner = width - column.left - column.right
    if inner < 1:
        return []  # rich draws nothing in a column too narrow for its padding
    lines = wrap(text, inner, pad=True, no_wrap=column.no_wrap, overflow=column.overflow)
    return [set_cell_size(" " * column.left + line + " " * column.right, width) for line in lines]


def table_lines(
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    max_width: int,
    header: Sequence[str] | None = None,
) -> list[str]:
    """The lines of a rich Table of these ``rows``: a grid (``header`` None: no rules, no
    dividers) or the citations table (HEAVY_HEAD box, no outer edge), each line right-stripped
    as lawref.render.text.emit strips it."""
    every = [list(header), *rows] if header is not None else list(rows)
    dividers = len(columns) - 1 if header is not None else 0
    cells = [[row[i] for row in every] for i in range(len(columns))]
    widths = _widths(columns, cells, max_width - dividers)
    out: list[str] = []
    for number, row in enumerate(every):
        rendered = [_cell_lines(t, c, w) for t, c, w in zip(row, columns, widths, strict=True)]
        height = max(1, *(len(lines) for lines in rendered))
        heading = header is not None and number == 0
        for index, lines in enumerate(rendered):
            blank = [" " * widths[index]] * (height - len(lines))
            rendered[index] = blank + lines if heading else lines + blank
        divider = "" if header is None else HEAD_VERTICAL if heading else BODY_VERTICAL
        out += [divider.join(parts).rstrip() for parts in zip(*rendered, strict=True)]
        if heading:
            out.append(HEAD_CROSS.join(HEAD_RULE * w for w in widths))
    return out


# The two shapes of the report: a two-column grid of facts (rich's Table.grid(padding=(0, 1)):
# the labels never wrap) and a table with a header (Table(show_edge=False, pad_edge=False)).
FACT_COLUMNS = (Column(0, 1, no_wrap=True, overflow="ellipsis"), Column(0, 0))


def table_columns(no_wrap: Sequence[bool]) -> list[Column]:
    """The columns of a Table(show_edge=False, pad_edge=False): one space each side of a
    divider, none at the edges."""
    last = len(no_wrap) - 1
    return [
        Column(0 if i == 0 else 1, 0 if i == last else 1, no_wrap=flag)
        for i, flag in enumerate(no_wrap)
    ]
