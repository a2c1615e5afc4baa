"""What a piece of an exact copy of one article must be to be reported as one of its paragraphs:
the tests reuse/copied_paragraphs.py (a copy cut at the page's lines) and reuse/numbered_paragraphs.py
(a copy cut at the numbers of the article's paragraphs) share.

A piece is an exact copy (`verbatim`, `minor`, `elided`) of the same stored text — statute,
article, version and translation — as the whole copy it was cut from, and a paragraph starts where
its stretch of the stored text starts: only the paragraph's number, if any, stands before it on its
stored line, and that line is no list item (an article's lead-in and items are one quotation:
pipeline/listed_items.py).
"""

from __future__ import annotations

from lawref.match.results import MatchResult
from lawref.pipeline.article_paragraphs import ITEM
from lawref.report import Match as StoredMatch
from lawref.text.regex_code import constant

__all__ = ["EXACT", "PARAGRAPH_NUMBER", "copies_same_text", "opens_paragraph"]

EXACT = frozenset({"verbatim", "minor", "elided"})
# A paragraph's number at a line's start ("2. ", "(3) ", "二、"): the layout before a paragraph's
# words, as pipeline/folded_points.py leaves it out of the paragraphs it reports.
PARAGRAPH_NUMBER = constant(
    r"[(（]?(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})[)）.、][ \t\u3000\u00a0]*"
)


def copies_same_text(piece: MatchResult, whole: StoredMatch) -> bool:
    """Whether ``piece`` is an exact copy of the stored text the whole copy was linked to."""
    found = piece.match
    return (
        piece.verdict in EXACT
        and found is not None
        and (found.statute, found.article, found.version, found.translation)
        == (whole.statute, whole.article, whole.version, whole.translation)
    )


def opens_paragraph(stored: str, start: int) -> bool:
    """Whether only the paragraph's number, if any, stands before ``start`` on its stored line,
    and the line is no list item."""
    line_start = stored.rfind("\n", 0, start) + 1
    if ITEM.match(stored, line_start):
        return False  # an item of a list, not a paragraph
    before = stored[line_start:start].strip()
    number = PARAGRAPH_NUMBER.match(before)
    if number is not None:
        before = before[number.end() :]
    return not any(c.isalnum() for c in before)
