"""A copy of an article's paragraphs that the page itself stops with an ellipsis — an index of
articles giving each one's opening, "… 2. The Board shall be composed of one representative per
Member…" — ends where the page stops it: its last numbered paragraph is a paragraph of its own,
cut short by the page, as a copy's last line may stop after a paragraph's opening sentence.

reuse/numbered_paragraphs.py cuts an exact copy of several of one article's paragraphs run into
one line at the numbers of its later paragraphs (reuse/copied_pieces.py judges the pieces), but
only when every piece ends where a stored line or sentence ends: a copy stopping mid-sentence is
no paragraph of its own. A page that lists articles with their first lines, each excerpt closed
by an ellipsis, stops the last paragraph in mid-sentence by design, and says so with the
ellipsis; the labels of tests/realworld read that last paragraph's words as a quotation of their
own (heldout23's listing of the AI Act's Arts. 64-70, where Art. 65(1) and the opening of 65(2)
ran on in one line and only one of them was linked). The piece is still an exact copy of the same article's paragraph from its opening, and
long enough to be one (article_paragraphs.PIECE_MIN_UNITS words): only its end is the page's.

An ellipsis the page sets inside a line, words of it going on after, is an elision, not the
page's stop (match/ and the `elided` verdict read those): the ellipsis must end the line.
"""

from __future__ import annotations

from collections.abc import Callable

from lawref.spans import QuoteSpan
from lawref.text.regex_code import constant

__all__ = ["stopped_by_page"]

# The page's stop right after the copy: spaces at most, an ellipsis (one character or three full
# stops), spaces, and the line's or the text's end.
_PAGE_STOP = constant(r"[ \t\u00a0]*(?:…|\.\.\.)[ \t\u00a0]*(?:\n|$)")


def stopped_by_page(text: str) -> Callable[[QuoteSpan], bool]:
    """Whether a piece of a copy in ``text`` is followed by the page's ellipsis ending its line
    (see the module's docstring)."""

    def stopped(piece: QuoteSpan) -> bool:
        return _PAGE_STOP.match(text, piece.end) is not None

    return stopped
