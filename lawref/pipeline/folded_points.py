"""A reproduction of an article's paragraphs with the points under a lead-in folded away, reported
paragraph by paragraph.

A law browser or a service desk often sets out an article paragraph by paragraph and folds each
list of points away behind its lead-in: "2. Training, validation and testing data sets shall be
subject to … Those practices shall concern in particular:" is followed on the page by "3. Training,
validation and testing data sets shall be relevant …", points (a) to (h) hidden. Matched whole,
such a text is `altered` (the points are words of the law it leaves out), and none of its
paragraphs is reported as the law's words, though each is one of the article's paragraphs word for
word and the page shows plainly, by the lead-in's open colon, that a list is not shown. A person
says each paragraph is verbatim. The text is split at its lines (a paragraph number the page keeps,
"3.", left out of the piece) when every line is an exact copy (`verbatim` or `minor`) of the same
article as the whole, in the article's order, and whatever of the law's words lies between two
lines is only the points of a lead-in the first line ends with (a colon), each a stored line opened
by an item's mark ("(a)", "（一）"), all of them up to the next paragraph. Any other words left out
between two paragraphs — a sentence, some of a list's points where the text gives others — keep
the whole one altered quotation (an abridged text: reuse/paragraphs.py,
pipeline/article_paragraphs.py, pipeline/listed_items.py). A writer's quotation in quotation marks stays
whole (the writer's one quotation); a block set off on the page, or text reproduced without
marks, is split. Chosen on tests/realworld: heldout15's law browsers (GDPR Art. 14, AI Act
Art. 10) are labelled paragraph by paragraph; no older set labels such a text whole.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.match.results import MatchResult
from lawref.pipeline.article_paragraphs import ITEM
from lawref.reuse.paragraphs import Match, paragraphs_of, split_each
from lawref.spans import CitationSpan, QuoteSpan
from lawref.text.regex_code import constant

_EXACT = frozenset({"verbatim", "minor"})
# The article's own paragraph number a page keeps before a paragraph: "3. ", "(2) ", "2．".
_NUMBER = constant(r"[(（]?[0-9]{1,3}[)）.．][\s\u00a0]*")
_LEAD_IN_ENDS = (":", "：")
MAX_LINES = 20  # a longer text is kept whole (the block limit of quotes/layout.py)


def by_folded_points(
    spans: Sequence[QuoteSpan],
    results: Sequence[MatchResult],
    groups: Sequence[list[CitationSpan]],
    match: Match,
) -> tuple[list[QuoteSpan], list[MatchResult], list[list[CitationSpan]]]:
    """The quotations, results and introducing citations, each altered reproduction of an
    article's paragraphs whose only missing words are points folded under a lead-in replaced by
    its paragraphs."""
    return split_each(spans, results, groups, lambda s, r, g: _split(s, r, g, match))


def _split(
    span: QuoteSpan, result: MatchResult, group: list[CitationSpan], match: Match
) -> list[tuple[QuoteSpan, MatchResult]]:
    whole = result.match
    if span.marks == "quoted" or result.verdict != "altered" or whole is None:
        return []
    lines = [_unnumbered(line) for line in paragraphs_of(span)]
    if not 2 <= len(lines) <= MAX_LINES:
        return []
    citation = group[0] if group else None
    found = [(line, match(line, citation)) for line in lines]
    if not all(
        r.verdict in _EXACT
        and r.match is not None
        and (r.match.statute, r.match.article, r.match.version, r.match.translation)
        == (whole.statute, whole.article, whole.version, whole.translation)
        for _, r in found
    ):
        return []
    folded = 0
    for (line, first), (_, second) in zip(found, found[1:], strict=False):
        if first.match is None or second.match is None:
            return []
        end, start = first.match.span[1], second.match.span[0]
        if end > start or first.match.text != whole.text or second.match.text != whole.text:
            return []  # out of the article's order, or matched in another of its texts
        between = whole.text[end:start]
        points = [p for p in between.split("\n") if p.strip() and not _NUMBER.fullmatch(p.strip())]
        if not points:
            continue
        if not line.text.rstrip().endswith(_LEAD_IN_ENDS) or not all(ITEM.match(p) for p in points):
            return []  # words of the law other than folded points left out: the whole is altered
        if _opens_item(whole.text, start):
            return []  # some of the list's points given, others left out: not a list folded away
        folded += 1
    return found if folded else []


def _opens_item(stored: str, at: int) -> bool:
    """Whether the stored line that ``at`` lies on is one of a list's points ("(e) the recipients
    …"), not a paragraph: the page then gives some of the points under the lead-in and leaves the
    others out, which folding the list away does not do."""
    line_start = stored.rfind("\n", 0, at) + 1
    return ITEM.match(stored[line_start : line_start + 16]) is not None


def _unnumbered(line: QuoteSpan) -> QuoteSpan:
    """The line without the paragraph number the page keeps before it."""
    number = _NUMBER.match(line.text)
    if number is None or number.end() >= len(line.text):
        return line
    cut = number.end()
    return QuoteSpan(line.text[cut:], line.start + cut, line.end, line.marks, line.lead_in)
