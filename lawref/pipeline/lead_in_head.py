"""A reproduction after the writer's lead-in whose first words stand in for the law's is altered.

"网络安全法强调，网络运营者收集、使用个人信息，应当限于实现处理目的的最小范围，不得过度收集个人
信息" gives the PIPL's Art. 6(2), whose clause opens "收集个人信息，…": the writer's lead-in
(网络安全法强调，) presents what follows as the law's text — so does a law's name right before such a
verb, or before 包括 (includes), with no comma (国家安全法包括…) — and the subject after it (网络运营者收集、
使用) is the writer's, standing in for the law's own (收集). The reuse scan finds the stretch from
个人信息 on, word for word, and pipeline/unquoted.py keeps the subject out of it (it does not
"stand for" the stored words: too few of them are shared), so the stretch came out ``verbatim``
while the sentence as written is not the law's. pipeline/changed_head.py reads such a swapped
subject at a line's start, after a heading, a list number or a colon label; this rule reads it
after a lead-in clause that ends in a verb of saying and a comma or colon (规定，, 强调：, "provides
that"), on the same terms: a short head of the writer's (at most 12 CJK characters or 4 words,
no clause break but an enumeration comma 、) where the law's clause has a short head of its own before the matched
words, with other letters. The reproduction then starts after the lead-in, and it is ``altered``,
the swap listed. A head that shortens the law's (中 for 中华人民共和国) is pipeline/lead_in_clause.py's
to read. A stretch that opens the law's clause (nothing stored before it in the clause)
is left alone, and so is the law naming itself (本法所称…) named from outside.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from lawref.match.results import MatchResult
from lawref.pipeline.changed_head import stored_head
from lawref.report import Difference
from lawref.spans import QuoteSpan
from lawref.text.normalize import letters_text
from lawref.text.regex_code import Deferred
from lawref.text.saying import CHINESE_AFFIRMING, CHINESE_SAYING, ENGLISH_SAYING, either
from lawref.text.scripts import ideograph_count

__all__ = ["lead_in_heads"]

_EXACT = ("verbatim", "minor")
# Verbs that give a law's contents after its name, in both scripts: 包括 (includes), 包含.
_CHINESE_HOLDING = ("包括", "包含")
# The end of a lead-in clause: a verb of saying (了), then a comma or colon; or an English verb
# of saying then "that" or a colon. (Searched only in the few characters before the head.)
_LEAD_IN_END = Deferred(
    r"(?:"
    + either(*CHINESE_SAYING, *CHINESE_AFFIRMING)
    + r")[了]?[ \t]*[,，:：][ \t]*"
    + r"|\b(?:"
    + either(*ENGLISH_SAYING, "stresses", "specifies", "requires")
    + r")(?:[ \t]+that[ \t]+|[ \t]*:[ \t]*)"
    # After a law's name right before the verb, the comma is optional: 国家安全法包括…, 《…法》规定…
    + r"|法》?[ \t]*(?:"
    + either(*CHINESE_SAYING, *CHINESE_AFFIRMING, *_CHINESE_HOLDING)
    + r")[了]?[ \t]*(?:[,，:：][ \t]*)?",
    re.IGNORECASE,
)
# The writer's head: at most this many CJK characters or Latin words, and no clause break but an
# enumeration comma (网络运营者收集、使用: 9 characters; the swapped subjects pipeline/changed_head.py
# reads are 2 to 6 characters and 1 to 3 words).
_HEAD_MAX_CJK = 12
_HEAD_MAX_WORDS = 4
_HEAD_BREAKS = Deferred(r"[,，;；:：。.!?！？()（）\n]")
_LOOK_BACK = 40  # characters before the reproduction where its lead-in is looked for


def lead_in_heads(
    text: str, spans: Sequence[QuoteSpan], results: Sequence[MatchResult]
) -> tuple[list[QuoteSpan], list[MatchResult]]:
    """The spans and results with each unquoted exact reproduction whose lead-in is followed by
    a swapped subject started after the lead-in and made ``altered`` (see the module's
    docstring)."""
    out_spans, out_results = list(spans), list(results)
    for i, (span, result) in enumerate(zip(spans, results, strict=True)):
        floor = max((s.end for s in spans if s.end <= span.start), default=0)
        found = _swapped(text, span, result, floor)
        if found is not None:
            out_spans[i], out_results[i] = found
    return out_spans, out_results


def _short(head: str) -> bool:
    cjk = ideograph_count(head)
    if cjk:
        return cjk <= _HEAD_MAX_CJK
    return len(head.split()) <= _HEAD_MAX_WORDS


def _swapped(
    text: str, span: QuoteSpan, result: MatchResult, floor: int
) -> tuple[QuoteSpan, MatchResult] | None:
    match = result.match
    if span.marks != "none" or match is None or result.verdict not in _EXACT:
        return None
    lead_end = None
    for found in _LEAD_IN_END.compiled.finditer(
        text, max(floor, span.start - _LOOK_BACK), span.start
    ):
        lead_end = found.end()
    if lead_end is None or lead_end >= span.start:
        return None
    written = text[lead_end : span.start]
    if _HEAD_BREAKS.compiled.search(written) or not _short(written):
        return None
    if not any(ch.isalnum() for ch in written):
        return None
    stored = stored_head(match.text, match.span[0])
    if stored is None or letters_text(written) == letters_text(stored):
        return None
    from lawref.pipeline.lead_in_clause import shortens  # (only then: issue 20)

    if shortens(written, stored):
        return None  # the law's opening shortened (中 for 中华人民共和): lead_in_clause.py's case
    difference = Difference.model_construct(op="replace", quote=written.strip(), statute=stored)
    widened = QuoteSpan(text[lead_end : span.end], lead_end, span.end, "none", span.lead_in)
    altered = replace(result, verdict="altered", differences=[difference, *result.differences])
    return widened, altered
