"""An unquoted copy of some of one article's paragraphs, the ones between them left out, reported
line by line.

A legal research site or a code mirror prints a section's sentences one under another and leaves
out what lies between them in the law: the headings of its subsections, their numbers, the list
after each lead-in ("The Commission may not make a reimbursement under the Program to a provider
… unless the provider-⏎A recipient of a reimbursement under the Program shall use …"). Matched
whole, such a copy is `altered` — the law's words between its lines are missing — and the reuse
scan reports it as one or two altered runs, while every line is the law's paragraph word for word
(heldout22: 47 U.S.C. 1601 and 1603 on two such pages, each line labelled a verbatim copy of its
own). A person reads each line as the paragraph it copies.

So an unquoted copy matched `altered` as a whole is reported line by line when every line is, on
its own, an exact copy (`verbatim`, `minor`, `elided`) of the same stored text as the whole, each
running to the end of a paragraph of it (but for a parenthesised reference mark the scan leaves
out, "… of subsection (c).") and each but the first starting one (the copy's first line may start
where the scan's run does, after a title the page quotes), and the lines follow the article's
order without overlapping. The lines are reuse/copied_paragraphs.py's: two or more, none a list item or a
heading, each read under what the whole is read under. A copy any of whose lines changes the
law's words, or takes them out of order, stays whole and `altered`; so does a quotation in
quotation marks or a block (the writer's one quotation, abridged).
"""

from __future__ import annotations

from collections.abc import Callable

from lawref.match.results import MatchResult
from lawref.report import Match as StoredMatch
from lawref.reuse.copied_pieces import copies_same_text, opens_paragraph, paragraph_lines
from lawref.reuse.paragraphs import Match
from lawref.spans import CitationSpan, QuoteSpan
from lawref.text.regex_code import constant

__all__ = ["each_selected_paragraph"]

# A reference mark in brackets after a paragraph's last word ("of subsection (c)."): the reuse scan
# drops it as a list's marker on both sides, so a copied line may stop before it.
_MARK = constant(r"[(（][0-9A-Za-z]{1,4}[)）]")


def each_selected_paragraph(
    span: QuoteSpan,
    whole: StoredMatch,
    citation: CitationSpan | None,
    match: Match,
    read_alike: Callable[[list[QuoteSpan]], bool],
) -> list[tuple[QuoteSpan, MatchResult]]:
    """The copy's lines and their results when each is an exact copy of a whole paragraph of the
    stored text the whole was linked to, in the article's order (see the docstring), else none."""
    lines = paragraph_lines(span)
    if not lines or not read_alike(lines):
        return []
    found = [(line, match(line, citation)) for line in lines]
    reached = 0
    for i, (_, result) in enumerate(found):
        stored = result.match
        if stored is None or not copies_same_text(result, whole):
            return []
        start, end = stored.span
        if start < reached or not _ends_paragraph(stored.text, end):
            return []
        if i > 0 and not opens_paragraph(stored.text, start):
            return []
        reached = end
    return found


def _ends_paragraph(stored: str, end: int) -> bool:
    """Whether ``stored[:end]`` runs to a paragraph's end, but for a reference mark in brackets
    and punctuation."""
    line_end = stored.find("\n", end)
    after = _MARK.sub("", stored[end : len(stored) if line_end < 0 else line_end])
    return not any(c.isalnum() for c in after)
