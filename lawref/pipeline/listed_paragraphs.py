"""An unquoted list whose lines are an article's whole paragraphs, none left out between them, is
no list of the law's items: each paragraph is judged on its own.

pipeline/listed_items.py joins a list a page reproduces without quotation marks into one quotation,
`altered` when it left items out or changed one: the writer presents an article's lead-in and its
items as one reproduction. A page can set an article's numbered paragraphs under bullets of its
own too ("- In exceptional circumstances, … ⏎- Where a supervisory authority has taken a measure
…⏎- Any supervisory authority may request …", GDPR Art. 66(1)-(4) on a commentary's page, two of
them reworded). Those lines are the article's paragraphs, each a whole provision: one reworded
paragraph does not make the exact one after it altered, as listed_items already holds for a page
that keeps the law's paragraph numbers, and the labels of tests/realworld read each paragraph as a
quotation of its own (heldout23: three of Art. 66's four paragraphs went unreported behind the
joined first).

Such a list is left as its pieces when every piece starts a paragraph of the stored text (only
the paragraph's number stands before it on its stored line, and that line is no item:
reuse/copied_pieces.py's ``opens_paragraph``) and nothing of the law's words lies between two
pieces (listed_items' ``dropped`` is empty). A list with a lead-in and its items, or with a
paragraph left out or cut short between two pieces, is still joined.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.match.results import MatchResult
from lawref.reuse.copied_pieces import opens_paragraph

__all__ = ["each_a_paragraph"]


def each_a_paragraph(results: Sequence[MatchResult]) -> bool:
    """Whether each piece's matched stretch starts a paragraph (not an item) of its stored text."""
    return all(
        r.match is not None and opens_paragraph(r.match.text, r.match.span[0]) for r in results
    )
