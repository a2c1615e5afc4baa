"""A citation on a line of its own under a quotation heads what follows it, and credits nothing
above it.

A reader site lists articles one after another, each under its number, with the first words of
its text cut off by an ellipsis:

    Article 64
    AI Office
    1. The Commission shall develop … through the AI Office. 2. Member States shall facilitate the…
    Article 65
    Establishment and structure of the European Artificial Intelligence Board
    1. A European Artificial Intelligence Board …

With no full stop between "the…" and the next lines, the sentence a reproduction stands in runs
on over "Article 65" and its caption, so "Article 65" read as a citation after the quotation in
its own sentence (rule 3 of pipeline/introducers.py: "…," Article 14 reads, critics claim) and
Article 64's words were called misattributed to Article 65. A citation that starts a line after
the quotation's, stands alone on it (a heading's short line, a caption after it at most: the
test pipeline/section_headings.py's ``is_heading`` makes for the heading above a reproduction)
and has a line of text under it is the heading of that text. A writer's credit on the line under
a quotation is read by rule 1 (a credit word or a dash before it: "Source: GDPR Recital 156",
"——摘自反间谍法"); a sentence wrapped over lines goes on after the citation's line in small
letters, or ends it with the sentence's own mark, and is no heading.
"""

from __future__ import annotations

from lawref.spans import CitationSpan, QuoteSpan
from lawref.text.sentences import STATEMENT_ENDS

__all__ = ["heads_what_follows"]

# What the line under the heading may open with and still go on the wrapped sentence the heading
# line would then be part of: a small letter, or a mark that joins clauses.
_GOES_ON = ",，;；:：)）]】"


def heads_what_follows(text: str, citation: CitationSpan, quote: QuoteSpan) -> bool:
    """Whether ``citation``, after ``quote``, starts a line of its own below the quotation's and
    heads the line of text under it (see the module's docstring)."""
    if citation.start < quote.end or "\n" not in text[quote.end : citation.start]:
        return False
    line_end = text.find("\n", citation.end)
    if line_end < 0:
        return False  # the page's last line: nothing below for it to head
    below_start = line_end + 1
    below_end = text.find("\n", below_start)
    below = text[below_start : below_end if below_end >= 0 else len(text)].strip()
    while not below and below_end >= 0:  # a blank line between the heading and its text
        below_start = below_end + 1
        below_end = text.find("\n", below_start)
        below = text[below_start : below_end if below_end >= 0 else len(text)].strip()
    if not below or below[0].islower() or below[0] in _GOES_ON:
        return False
    line = text[text.rfind("\n", 0, citation.start) + 1 : line_end].strip()
    if line[-1:] in STATEMENT_ENDS:
        return False
    # (imported here: section_headings is a rule for reproductions under a heading, loaded only
    # by a text that lays a citation out on a line of its own — tests/test_import_cost.py)
    from lawref.pipeline.section_headings import is_heading

    return is_heading(text, citation, below_start)
