"""An article heading right under a line that cites the same article of a law is that law's.

A page about one law often sets out an article of another: "基本法第二十七条保障了集会自由。" on
one line, then "第二十七条" and the article's text under it. The heading's number is the one the
line above just cited, with its law: the writer introduces the article, then gives it. Read as a
heading of the page's title (citations/headings.py takes the law of the last title line above a
heading: a Japanese page titled on the Hong Kong National Security Law), the Basic Law's Art. 27
under it became the National Security Law's Art. 27, and its words, quoted exactly,
`misattributed`. So a heading whose nearest line above (blank lines passed over) cites an
article of the same number — of one law, the line no heading's own text — belongs to that law,
whatever title stands further up. A heading of another number, or one under a line citing the
number of two laws, is left to the title.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.spans import CitationSpan

__all__ = ["cited_just_above"]


def cited_just_above(
    text: str,
    heading_start: int,
    read: Sequence[CitationSpan],
    found: Sequence[CitationSpan],
    heading_lines: frozenset[int],
    line_starts: Sequence[int],
    line_of: int,
) -> CitationSpan | None:
    """The citation, on the nearest non-blank line above the heading at ``heading_start`` (its
    line ``line_of``), of an article of the number the heading was read with (``read``: the
    walk's citations of it), when that line cites the number of one law only and is not a
    heading's line (``heading_lines``); else None."""
    numbers = {c.article for c in read if c.article}
    if not numbers:
        return None
    above = line_of - 1
    while above >= 0 and not text[line_starts[above] : _line_end(text, line_starts, above)].strip():
        above -= 1
    if above < 0 or above in heading_lines:
        return None
    start, end = line_starts[above], _line_end(text, line_starts, above)
    cited = [
        c
        for c in found
        if start <= c.start < end and c.statute is not None and c.article in numbers
    ]
    if len({c.statute for c in cited}) != 1 or heading_start < end:
        return None
    return cited[-1]


def _line_end(text: str, line_starts: Sequence[int], number: int) -> int:
    """Where line ``number`` ends: the next line's start, or the text's end."""
    return line_starts[number + 1] if number + 1 < len(line_starts) else len(text)
