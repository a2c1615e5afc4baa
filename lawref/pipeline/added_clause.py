"""A cited reproduction that adds a clause of the writer's in place of the law's is altered.

"根据《基本法》第二十三条的规定，香港特别行政区应自行立法禁止……窃取国家机密的行为，以及与香港
特别行政区有关的其他危害国家安全的行为。" presents the whole sentence as Art. 23: the core agrees
with the article word for word up to "行为，", where the article goes on "禁止外国的政治性组织…",
but the writer's sentence goes on with a clause joined to the law's words ("以及…", ", and …",
", or …") that the article does not have. A careful reader calls that ``altered`` — the law's
words replaced by others, presented as the article — not ``verbatim`` over the core. Only when a
citation in the same sentence names the matched article (the writer says the sentence is that
article's), the law's sentence goes on after the core, and the writer's clause is joined to the
core by a conjunction (a continuation of the law's list, not the writer's comment on it: "，这
意味着…", ", which means …" stay outside).
"""

from __future__ import annotations

import dataclasses
import re

from lawref.match.results import MatchResult
from lawref.pipeline.cut_short import clause_enough
from lawref.report import Difference
from lawref.spans import QuoteSpan
from lawref.text.normalize import letters_form
from lawref.text.regex_code import constant

__all__ = ["added_clause"]

# The writer's clause after the core, joined to the law's words by a conjunction.
_JOINED = constant(
    r"[\s，,、]*(?:以及|及其|或者|并且|as\s+well\s+as\b|and\b|or\b)",
    re.IGNORECASE,
)
_SENTENCE_ENDS = "。.!?！？；;"


def added_clause(
    text: str, span: QuoteSpan, result: MatchResult, end: int
) -> tuple[QuoteSpan, MatchResult] | None:
    """The reproduction ``span`` widened through the writer's joined clause to ``end`` (its
    sentence's end), ``altered`` with the clause for the law's words it stands in place of;
    None when the sentence does not go on that way. The caller has checked that a citation in
    the sentence names the matched article."""
    match = result.match
    if match is None or result.verdict not in ("verbatim", "minor"):
        return None
    after = text[span.end : end]
    joined = _JOINED.match(after)
    if joined is None:
        return None
    clause = after.rstrip().rstrip(_SENTENCE_ENDS).rstrip()
    stored_rest = match.text[match.span[1] :]
    stop = min(
        (i for i in (stored_rest.find(c) for c in _SENTENCE_ENDS + "\n") if i >= 0), default=-1
    )
    law_goes_on = (stored_rest if stop < 0 else stored_rest[:stop]).strip(" ，,")
    # The writer's clause and the law's words going on are each a clause, not a word: the floors
    # of a reproduction cut short.
    if not clause_enough(clause) or not clause_enough(law_goes_on):
        return None
    if letters_form(clause).text in letters_form(match.text).text:
        return None  # the law's own words, further on
    widened = QuoteSpan(
        text[span.start : span.end + len(clause)],
        span.start,
        span.end + len(clause),
        span.marks,
        span.lead_in,
    )
    difference = Difference.model_construct(
        op="replace", quote=clause.strip(" ，,"), statute=law_goes_on
    )
    altered = dataclasses.replace(
        result, verdict="altered", differences=[*result.differences, difference]
    )
    return widened, altered
