"""An exact copy of several of one article's paragraphs run on without their numbers, cut where the
page starts the article's next paragraph after a sentence's end.

A page can copy an article's paragraphs word for word but run them together: on one line, the
paragraph numbers left out ("… on the territory of its own Member State. Where processing is
carried out by public authorities …", GDPR Art. 55(1)-(2)), or in Chinese with only a space between
them ("…促进人工智能应用和健康发展。 国家支持创新网络安全管理方式，…"). Matched whole, the copy is one
exact quotation of the article and the reader is not told which paragraphs the page holds;
reuse/copied_paragraphs.py cuts an exact copy at the page's lines and reuse/numbered_paragraphs.py
at the numbers the page gives, and neither finds a cut here. A fact-checker reads the paragraphs
one by one, and so do the labels of tests/realworld (heldout23: the Cybersecurity Law's Art. 20,
second paragraph, counted unreported behind the first; GDPR Art. 55(2) under a bare heading, cut
off mid-sentence, is still one copy with 55(1)). On the read sets' older Chinese reproductions
such a copy is labelled whole: a cut there moves no link (the label pairs with a piece of the
same article) but must not move the attribution either, hence the citation condition below.

The copy is cut where, after a sentence's end, the page gives the opening words of one of the
article's later paragraphs, each in turn (pipeline/article_paragraphs.py's ``paragraph_starts``,
which cuts an altered copy the same way, never a list's items nor a page that keeps the numbers).
It is cut only when every piece is an exact copy (`verbatim`, `minor`, `elided`) of the same
stored text as the whole, starts at its paragraph's opening and ends where a stored paragraph or
one of its sentences ends (a copy whose last line stops inside a sentence stays whole, as
reuse/copied_paragraphs.py keeps it), is long enough to be a paragraph (article_paragraphs.PIECE_MIN_UNITS
words), and nothing of the law's words lies between one piece and the next. A copy in quotation
marks stays whole (reuse/copied_paragraphs.py's gate), and so does one that no citation of its own
statute and article, given before it, introduces: a bare heading, a credit after the copy or a
revision's other number is read only at the whole's edges, and the later pieces lost it. Each piece keeps the verdict its
own words earn.
"""

from __future__ import annotations

from collections.abc import Callable

from lawref.match.results import MatchResult
from lawref.pipeline.article_paragraphs import (
    adjacent,
    paragraph_starts,
    pieces_at,
)
from lawref.report import Match as StoredMatch
from lawref.reuse.copied_pieces import each_piece_a_paragraph, opens_paragraph
from lawref.reuse.paragraphs import MAX_PARAGRAPHS, Match
from lawref.spans import CitationSpan, QuoteSpan

__all__ = ["by_opening"]

# Where a stored paragraph's sentence ends: a piece may stop there (the page copies no more of it).
_SENTENCE_ENDS = ".!?。！？"


def by_opening(
    span: QuoteSpan,
    whole: StoredMatch,
    citation: CitationSpan | None,
    match: Match,
    read_alike: Callable[[list[QuoteSpan]], bool],
) -> list[tuple[QuoteSpan, MatchResult]]:
    """The copy cut where it starts its article's later paragraphs, each piece with its result,
    or nothing (see the module's docstring). ``read_alike`` says whether the pieces are read under
    what the whole is."""
    if not _cites_its_article(citation, span, whole):
        return []
    stored = [p for p in whole.text.split("\n") if p.strip()]
    if len(stored) < 2 or not opens_paragraph(whole.text, whole.span[0]):
        return []
    starts = paragraph_starts(span.text, stored)
    if not starts or len(starts) + 1 > MAX_PARAGRAPHS:
        return []
    pieces = pieces_at(span, starts)
    if len(pieces) < 2 or not read_alike(pieces):
        return []
    found = each_piece_a_paragraph(pieces, citation, whole, match, _SENTENCE_ENDS)
    if not found:
        return []
    stretches = [r.match.span for _, r in found if r.match is not None]
    if not all(adjacent(whole.text, a, b) for a, b in zip(stretches, stretches[1:], strict=False)):
        return []  # the law's words left out between two pieces: not the paragraphs one by one
    return found


def _cites_its_article(citation: CitationSpan | None, span: QuoteSpan, whole: StoredMatch) -> bool:
    """Whether the copy stands under a citation of the very article it copies, given before it:
    then each piece is read under that citation as the whole is. A copy under a bare heading, a
    credit after it or another number (a revision's old numbering) is what the whole is read under
    only at the whole's own edges, and its later pieces would lose it: on the read sets such pieces
    came out `uncited`, or `misattributed` under a State Secrets Law heading of the 2010 numbering
    (heldout16, heldout18, heldout21)."""
    return (
        citation is not None
        and citation.end <= span.start
        and (citation.statute, citation.article) == (whole.statute, whole.article)
    )
