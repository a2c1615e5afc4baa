"""An exact copy of several of one article's numbered paragraphs, cut where the page gives the next
paragraph's number, when its lines are not the paragraphs.

reuse/copied_paragraphs.py splits an exact copy of an article's paragraphs at the page's line
breaks, when each line is a whole paragraph. Pages break their lines otherwise too: a deskbook
printed with the line breaks of its page, each paragraph's points on lines of their own ("1.  The
competent supervisory authority shall approve … provided that they:⏎(a)  are legally binding
…⏎2.  The binding corporate rules referred to in paragraph 1 shall specify at least:"), or a site
that runs every paragraph of an article into one line ("… infringes this Regulation. 2. The
supervisory authority with which the complaint has been lodged shall inform …"). Both keep the
article's own paragraph numbers, and the labels of tests/realworld read each numbered paragraph,
its points with it, as a quotation of its own (heldout19: GDPR Art. 47(1)-(2) and Art. 77(1)-(2)
were each one quotation, and the later paragraph went unreported).

The copy is cut where, at a line's start or after a sentence's end, the page gives the number of
one of the matched article's later numbered paragraphs followed by that paragraph's opening words,
each in turn. It is cut only when the copy starts at a paragraph's opening (a copy that starts
inside a list of points, or mid-sentence, is another shape: its points are one quotation,
pipeline/listed_items.py), when every piece is an exact copy (`verbatim`, `minor`, `elided`) of the
same article as the whole, starting at its paragraph's opening and ending at the end of a stored
line (a paragraph or a point, where the page stops) or of a sentence, and long enough to be a
paragraph (article_paragraphs.PIECE_MIN_UNITS words). Each piece keeps the verdict its own words earn.
"""

from __future__ import annotations

from collections.abc import Callable

from lawref.match.results import MatchResult
from lawref.report import Match as StoredMatch
from lawref.reuse.copied_pieces import each_piece_a_paragraph, opens_paragraph
from lawref.reuse.paragraphs import MAX_PARAGRAPHS, Match, paragraphs_of
from lawref.spans import CitationSpan, QuoteSpan
from lawref.text.regex_code import constant

__all__ = ["by_number"]

# A numbered paragraph's number, the spaces before it and after it: at its stored line's start, as
# the store writes it ("2.\xa0\xa0\xa0"), and where the page gives it.
_NUMBER = constant(r"[ \t\u00a0]*([0-9]{1,3})\.[ \t\u00a0]+")
# Where a page may give a paragraph's number: a line's start, or a sentence's end and a space.
_BEFORE_NUMBER = constant(r"\n|[.!?;:](?=[ \t\u00a0])")
# The letters (case folded) of a paragraph's opening the page must give after its number: as many
# as pipeline/article_paragraphs.py asks of a writer starting an article's next paragraph.
_OPENING_LETTERS = 8
_SENTENCE_ENDS = ".!?"


def by_number(
    span: QuoteSpan,
    whole: StoredMatch,
    citation: CitationSpan | None,
    match: Match,
    read_alike: Callable[[list[QuoteSpan]], bool],
    stopped: Callable[[QuoteSpan], bool] = lambda piece: False,
) -> list[tuple[QuoteSpan, MatchResult]]:
    """The copy cut at the numbers of its article's later paragraphs, each piece with its result,
    or nothing (see the module's docstring). ``read_alike`` says whether the pieces are read under
    what the whole is; ``stopped``, whether the page stops a piece with an ellipsis (the last
    piece may then end mid-sentence: reuse/page_cut.py)."""
    openings = _stored_openings(whole.text)
    if len(openings) < 2 or not opens_paragraph(whole.text, whole.span[0]):
        return []
    cuts = _cuts(span.text, openings)
    if not cuts or len(cuts) + 1 > MAX_PARAGRAPHS:
        return []
    pieces = _pieces(span, cuts)
    if len(pieces) == len(paragraphs_of(span)):
        return []  # a line for each paragraph: reuse/copied_paragraphs.py reads the lines
    if not read_alike(pieces):
        return []
    return each_piece_a_paragraph(pieces, citation, whole, match, _SENTENCE_ENDS, stopped)


def _stored_openings(stored: str) -> dict[str, str]:
    """Each numbered paragraph's number and its opening letters, folded."""
    openings: dict[str, str] = {}
    for line in stored.split("\n"):
        number = _NUMBER.match(line)
        if number is not None:
            openings[number.group(1)] = _letters(line[number.end() :])
    return openings


def _letters(text: str) -> str:
    """The first _OPENING_LETTERS letters and digits of ``text``, case folded (the scan reads
    four times as many characters: spaces and punctuation between them)."""
    return "".join(c for c in text[: 4 * _OPENING_LETTERS].casefold() if c.isalnum())[
        :_OPENING_LETTERS
    ]


def _cuts(text: str, openings: dict[str, str]) -> list[tuple[int, int]]:
    """Where the page gives a later paragraph's number and its opening: each cut as the number's
    start and the paragraph's words' start (offsets in ``text``), numbers rising."""
    cuts: list[tuple[int, int]] = []
    last = 0
    for found in _BEFORE_NUMBER.finditer(text):
        number = _NUMBER.match(text, found.end())
        if number is None:
            continue
        value = int(number.group(1))
        opening = openings.get(number.group(1))
        if value <= last or opening is None or len(opening) < _OPENING_LETTERS:
            continue
        if _letters(text[number.end() :]) != opening:
            continue
        cuts.append((found.end(), number.end()))
        last = value
    return cuts


def _pieces(span: QuoteSpan, cuts: list[tuple[int, int]]) -> list[QuoteSpan]:
    """The span cut before each number, each piece without the number and the spaces around it."""
    bounds = [(0, 0), *cuts, (len(span.text), len(span.text))]
    pieces = []
    for (_, begin), (end, _) in zip(bounds, bounds[1:], strict=False):
        words = span.text[begin:end].rstrip()
        if words:
            start = span.start + begin
            pieces.append(QuoteSpan(words, start, start + len(words), span.marks, span.lead_in))
    return pieces
