"""An unquoted reproduction that runs over a question of the writer's, set on a line of its own, is
two reproductions: the question is the writer's, not the law's.

An explainer page often sets out a law's definitions under questions of its own: "什么是恐怖主义？"
above the first definition, "什么是恐怖活动？" above the second, or "What is a personal data
breach?" above the law's words. The reuse scan chains the law's words across such a line (its words
are the defined term, which the stored text also holds), and the whole is matched as one
reproduction: altered, for the question inserted, and the two definitions are one quotation. A
statute asks no questions: a line of the reproduction that ends with a question mark is the
writer's heading. The reproduction is cut at each such line, the lines left out, and each part
matched on its own; it is split only when every part is linked to the same article as the whole
(one that is not leaves it whole). Quotations in quotation marks stay whole (the writer's one
quotation). Chosen on tests/realworld: heldout15's provincial news app giving the Counter-Terrorism
Law's two definitions under two questions is labelled as two quotations.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.match.results import MatchResult
from lawref.reuse.paragraphs import Match, split_each
from lawref.spans import CitationSpan, QuoteSpan

_QUESTION_ENDS = ("?", "？")
_MAX_LINES = 40  # a longer reproduction is kept whole (bounded work)


def question_lines_split(
    spans: Sequence[QuoteSpan],
    results: Sequence[MatchResult],
    groups: Sequence[list[CitationSpan]],
    match: Match,
) -> tuple[list[QuoteSpan], list[MatchResult], list[list[CitationSpan]]]:
    """The quotations, results and introducing citations, each unquoted reproduction that runs
    over a question line of the writer's replaced by its parts on either side."""
    return split_each(spans, results, groups, lambda s, r, g: _split(s, r, g, match))


def _split(
    span: QuoteSpan, result: MatchResult, group: list[CitationSpan], match: Match
) -> list[tuple[QuoteSpan, MatchResult]]:
    whole = result.match
    if span.marks != "none" or whole is None or result.verdict == "unmatched":
        return []
    lines = span.text.split("\n")
    if not 3 <= len(lines) <= _MAX_LINES:
        return []
    parts: list[QuoteSpan] = []
    at = 0
    part_start: int | None = None
    for index, line in enumerate(lines):
        question = 0 < index < len(lines) - 1 and line.strip().endswith(_QUESTION_ENDS)
        if question and part_start is not None:
            parts.append(_part(span, part_start, at - 1))
            part_start = None
        elif not question and part_start is None and line.strip():
            part_start = at
        at += len(line) + 1
    if part_start is None or not parts:
        return []
    parts.append(_part(span, part_start, len(span.text)))
    citation = group[0] if group else None
    found = [(part, match(part, citation)) for part in parts]
    if not all(
        r.match is not None
        and r.verdict != "unmatched"
        and (r.match.statute, r.match.article, r.match.version, r.match.translation)
        == (whole.statute, whole.article, whole.version, whole.translation)
        for _, r in found
    ):
        return []
    return found


def _part(span: QuoteSpan, begin: int, end: int) -> QuoteSpan:
    """The span's text from ``begin`` to ``end`` (offsets in it), without the spaces around."""
    words = span.text[begin:end]
    lead = len(words) - len(words.lstrip())
    words = words.strip()
    start = span.start + begin + lead
    return QuoteSpan(words, start, start + len(words), span.marks, span.lead_in)
