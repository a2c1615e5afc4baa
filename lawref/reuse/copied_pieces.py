"""What a piece of an exact copy of one article must be to be reported as one of its paragraphs:
the tests reuse/copied_paragraphs.py (a copy cut at the page's lines), reuse/numbered_paragraphs.py
(a copy cut at the numbers of the article's paragraphs) and reuse/run_on_paragraphs.py (a copy cut
where the article's later paragraphs open) share; the last two judge their pieces with
``each_piece_a_paragraph``.

A piece is an exact copy (`verbatim`, `minor`, `elided`) of the same stored text — statute,
article, version and translation — as the whole copy it was cut from, and a paragraph starts where
its stretch of the stored text starts: only the paragraph's number, if any, stands before it on its
stored line, and that line is no list item (an article's lead-in and items are one quotation:
pipeline/listed_items.py).

The page's lines such a copy is read as (`paragraph_lines`) are here too: reuse/copied_paragraphs.py
and reuse/selected_paragraphs.py both cut a copy at them.
"""

from __future__ import annotations

from collections.abc import Callable

from lawref.match.results import MatchResult
from lawref.pipeline.article_paragraphs import ITEM, PIECE_MIN_UNITS
from lawref.report import Match as StoredMatch
from lawref.reuse.paragraphs import MAX_PARAGRAPHS, Match, paragraphs_of
from lawref.spans import CitationSpan, QuoteSpan
from lawref.text.regex_code import constant
from lawref.text.tokens import token_texts, word_units

__all__ = [
    "EXACT",
    "PARAGRAPH_NUMBER",
    "copies_same_text",
    "each_piece_a_paragraph",
    "ends_line_or_sentence",
    "opens_paragraph",
    "paragraph_lines",
]

EXACT = frozenset({"verbatim", "minor", "elided"})
# A paragraph's number at a line's start ("2. ", "(3) ", "二、"): the layout before a paragraph's
# words, as pipeline/folded_points.py leaves it out of the paragraphs it reports.
PARAGRAPH_NUMBER = constant(
    r"[(（]?(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})[)）.、][ \t\u3000\u00a0]*"
)
# A page's bullet before a line ("- (a) …", "• （一）…"): layout, as pipeline/list_bullets.py reads
# it; the item mark after it still makes the line an item.
_BULLET = constant(r"[ \t\u3000]*[-–•·▪*][ \t\u3000]+")


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


def ends_line_or_sentence(stored: str, end: int, sentence_ends: str) -> bool:
    """Whether the matched stretch ends where a stored line (a paragraph or a point) or one of its
    sentences ends (a character of ``sentence_ends`` before or after it): a piece that stops
    inside a sentence is no paragraph of its own."""
    line_rest = stored[end:].split("\n", 1)[0]
    if not any(c.isalnum() for c in line_rest):
        return True
    return stored[:end].rstrip()[-1:] in sentence_ends or line_rest.lstrip()[:1] in sentence_ends


def each_piece_a_paragraph(
    pieces: list[QuoteSpan],
    citation: CitationSpan | None,
    whole: StoredMatch,
    match: Match,
    sentence_ends: str,
    stopped: Callable[[QuoteSpan], bool] = lambda piece: False,
) -> list[tuple[QuoteSpan, MatchResult]]:
    """Each piece with its result when every piece is long enough to be a paragraph and is an
    exact copy of the whole's stored text from a paragraph's opening to a line's or sentence's
    end (the last piece, or to where ``stopped`` says the page stops it: reuse/page_cut.py);
    otherwise nothing (the whole keeps its one verdict)."""
    if any(word_units(token_texts(p.text)) < PIECE_MIN_UNITS for p in pieces):
        return []
    found = [(piece, match(piece, citation)) for piece in pieces]
    if not all(
        copies_same_text(r, whole)
        and r.match is not None
        and opens_paragraph(r.match.text, r.match.span[0])
        and (
            ends_line_or_sentence(r.match.text, r.match.span[1], sentence_ends)
            or (i == len(found) - 1 and stopped(piece))
        )
        for i, (piece, r) in enumerate(found)
    ):
        return []
    return found


def paragraph_lines(span: QuoteSpan) -> list[QuoteSpan]:
    """The copy's lines without the bullet and number each opens with, when there are two to
    MAX_PARAGRAPHS of them, none a list item (a lead-in and its items: one quotation,
    pipeline/listed_items.py) and none shorter than a paragraph (a heading or a caption among
    the lines: the copy is one text); else none."""
    lines = paragraphs_of(span)
    if any(_item(line.text) for line in lines):
        return []
    paragraphs = [_unnumbered(p) for p in lines]
    if not 2 <= len(paragraphs) <= MAX_PARAGRAPHS:
        return []
    if any(word_units(token_texts(p.text)) < PIECE_MIN_UNITS for p in paragraphs):
        return []
    return paragraphs


def _item(line: str) -> bool:
    """Whether a page's line is a list item, its mark after any bullet the page set before it."""
    bullet = _BULLET.match(line)
    return ITEM.match(line[bullet.end() :] if bullet else line) is not None


def _unnumbered(piece: QuoteSpan) -> QuoteSpan:
    """The piece without the bullet and the paragraph number it opens with, if any (the page's
    layout: the whole copy, found by the reuse scan, starts after its first line's)."""
    bullet = _BULLET.match(piece.text)
    cut = bullet.end() if bullet else 0
    number = PARAGRAPH_NUMBER.match(piece.text, cut)
    cut = number.end() if number else cut
    if cut == 0 or cut >= len(piece.text):
        return piece
    return QuoteSpan(piece.text[cut:], piece.start + cut, piece.end, piece.marks, piece.lead_in)
