"""Layout noise for the unquoted-reuse scan (lawref/reuse/tokens.py): the stretches of a text that
only lay it out, dropped from both the document's and the stored text's tokens so that a
reproduction reads as one run across them:

- subtitle cues: SRT/WebVTT timing lines ("00:00:01,000 --> 00:00:04,000"), the frame number
  on a line of its own above them, a "WEBVTT" header, and a transcript's timestamp at the start
  of a line ("[00:12]", "01:02:03");
- list numbering: a marker at the start of a line ("(一)", "（1）", "1.", "1、", "一、", "(a)",
  "a)", "iv.", a bullet) and parenthesised markers anywhere ("…如下：（一）…；（二）…" run inline).
  Dropping them on both sides lets "1." in an article stand for "（一）" in the statute. A
  scraped list run together on one line keeps its numbers after the items' closing marks
  ("…的活动,3.间谍…"): those count as markers opening a line.
- a forum's anti-copying noise, random ASCII characters between a post's lines ("8 E4 J- i/ M2
  H"): it breaks a run as a line does (lawref/reuse/scrape_jammer.py).

Every regex here is anchored or bounded (no nested unbounded repeats): linear on any input.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lawref.reuse.scrape_jammer import jammer_runs
from lawref.reuse.table_cells import cell_walls
from lawref.text.regex_code import constant

_TIME = r"(?:\d{1,2}:){1,2}\d{1,2}(?:[.,]\d{1,3})?"
# One pattern, many line shapes; each alternative starts at a line start and is bounded.
_NOISE_LINE = constant(
    r"^[ \t\u3000]{0,8}(?:"
    rf"{_TIME}[ \t]{{0,8}}-->[ \t]{{0,8}}{_TIME}[^\n]{{0,80}}$"  # SRT / WebVTT cue timing
    r"|\d{1,6}[ \t]{0,8}$"  # a frame (or page) number alone on its line
    r"|WEBVTT[^\n]{0,80}$"
    rf"|\[{_TIME}\]"  # transcript timestamps: "[00:12]"
    rf"|{_TIME}(?=[ \t\u3000])"  # "01:02:03 text"
    r"|[（(][ \t]{0,2}(?:[一二三四五六七八九十百〇]{1,4}|\d{1,3}|[a-zA-Z]{1,2}|[ivxlIVXL]{1,6})"
    r"[ \t]{0,2}[）)]"
    r"|\d{1,3}[.．、)）](?!\d)"  # "1." "1、" "1)"
    r"|[一二三四五六七八九十]{1,3}[、.．]"
    r"|(?:[a-zA-Z]|[ivxlIVXL]{1,6})[.)](?=[ \t])"
    r"|[•·▪◦●○■□\-*–—](?=[ \t\u3000])"
    r")",
    re.MULTILINE,
)
# Parenthesised list markers inline ("如下：（一）……；（二）……", "grounds: (a) …; (b) …"), not
# glued to a word ("Article 6(1)" keeps its "(1)": the lookbehind rejects a letter or digit).
_INLINE_MARKER = constant(
    r"(?<![0-9A-Za-z])[（(](?:[一二三四五六七八九十百〇]{1,4}|\d{1,3}|[a-z]|[ivx]{1,5})[）)]"
)

# A list's number where a scraper ran the items together on one line ("…的活动,3.间谍组织…",
# "规定:1.间谍…"): a one- or two-digit number with a full stop or 、, right after a clause's
# closing mark and right before a CJK character. It ends one item and opens the next as a line
# break would (a break: the scan reports the items apart). Not after 、 or a digit ("第1、2条"),
# nor before a digit ("3.5亿").
_RUN_ON_MARKER = constant(r"(?<=[,，;；:：。])\d{1,2}[.．、](?=[\u3400-\u9fff])")


def noise_ranges(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Layout noise in ``text`` (see the docstring) as sorted, disjoint ``[start, end)`` ranges:
    all of it, and the part that breaks lines (cues, frame numbers, markers opening a line)."""
    lines = merge_ranges(
        [m.span() for m in _NOISE_LINE.finditer(text)]
        + [m.span() for m in _RUN_ON_MARKER.finditer(text)]
        + cell_walls(text)  # a table's cell walls break a run as a line does (table_cells.py)
        + jammer_runs(text)  # a forum's noise between a post's lines (scrape_jammer.py)
    )
    inline = [m.span() for m in _INLINE_MARKER.finditer(text)]
    return merge_ranges(lines + inline), lines


def merge_ranges(ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged
