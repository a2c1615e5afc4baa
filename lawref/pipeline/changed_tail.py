"""A reproduction whose sentence ends with the law's name where the law names itself is altered.

Text reproduced without quotation marks and presented as the law whose sentence ends where the
law says 本法 or "this Law" with the law's name instead ("……的出口管制，适用本《出口管制法》。" for
"……的出口管制，适用本法。"; "… in accordance with the Export Control Law." for "… with this
Law.") matches the law only up to the swapped words: the reuse scan's stretch stops there, and
the stretch alone is word for word. The sentence as written is not the law's: the labelled sets
call it ``altered`` (labelling policy: "本法 replaced by the law's name" is altered text presented
as the law), and a careful reader names the swap, never ``verbatim``. This is the end of the
sentence that pipeline/changed_head.py reads at its start; its words in the middle the matcher
already aligns (``altered``).

Only a short tail is read (the writer's words from the stretch's end to the sentence's or
clause's end on the same line, _TAIL_MAX_CJK characters or _TAIL_MAX_WORDS words, holding a
law's kind word: 法, 条例, Law, Act …), and only where the law's own words there are a short tail
that completes its naming of itself. Chosen on heldout14, whose one altered reproduction called
``verbatim`` was this (the Export Control Law's Art. 2(1) with 本《出口管制法》); no other
reproduction of the read sets changes (the side-by-side in CHANGELOG).
"""

from __future__ import annotations

import re
from dataclasses import replace

from lawref.match.results import MatchResult
from lawref.report import Difference
from lawref.spans import QuoteSpan
from lawref.text.normalize import letters_text
from lawref.text.regex_code import constant
from lawref.text.scripts import ideograph_count

__all__ = ["changed_tail"]

_EXACT = ("verbatim", "minor")
# Where a clause ends: a line break, a sentence end, a clause break.
_CLAUSE_END = "\n。.!?！？；;，,"
# A tail stands for the law's few words naming itself: the law's name with its marks (《出口管制法》
# is 5 characters, 《中华人民共和国出口管制法》 12), or a few English words ("the Export Control Law").
_TAIL_MAX_CJK = 16
_TAIL_MAX_WORDS = 6
# How far a tail's end mark is looked for (the longest tail, with spaces and marks).
_WINDOW = 80
# How many of the stretch's last characters the law's naming of itself may begin in (适用本|法).
_STRADDLE = 3
# The law naming itself.
_SELF_REFERENCE = constant(
    r"本(?:法|条例|條例|规定|規定|办法|辦法|决定|決定)|\bthis\s+(?:Regulation|Act|Law|Directive)\b",
    re.IGNORECASE,
)
# A law's kind word: the writer's tail names a law.
_KIND_WORD = constant(
    r"法|条例|條例|规定|規定|办法|辦法|\b(?:Law|Act|Regulation|Directive|Code)\b", re.IGNORECASE
)


def changed_tail(text: str, span: QuoteSpan, result: MatchResult) -> MatchResult:
    """``result`` made ``altered`` with the swap as a difference when ``span`` (unquoted, in
    ``text``) is followed in its clause by a short tail naming a law where the stored clause ends
    with the law naming itself."""
    match = result.match
    if span.marks != "none" or match is None or result.verdict not in _EXACT:
        return result
    written = _tail_after(text, span.end)
    stored = _tail_after(match.text, match.span[1])
    if written is None or stored is None or letters_text(written) == letters_text(stored):
        return result
    if not _KIND_WORD.search(written):
        return result
    end = match.span[1]
    tail_end = match.text.index(stored, end) + len(stored)
    naming = _SELF_REFERENCE.search(match.text, max(0, end - _STRADDLE), tail_end)
    if naming is None or naming.end() <= end:
        return result  # the law's tail is other words than its naming of itself
    difference = Difference.model_construct(op="replace", quote=written, statute=stored)
    return replace(result, verdict="altered", differences=[*result.differences, difference])


def _tail_after(text: str, end: int) -> str | None:
    """The short tail of the clause after ``end`` in ``text`` (up to its end mark on the same
    line); None when there is none, or it is too long."""
    window = text[end : end + _WINDOW]
    stop = min((at for at in map(window.find, _CLAUSE_END) if at >= 0), default=-1)
    if stop < 0 and end + _WINDOW < len(text):
        return None  # no end mark near: a long run of words, not a tail
    tail = window[: stop if stop >= 0 else len(window)].strip()
    if not any(ch.isalnum() for ch in tail):
        return None
    cjk = ideograph_count(tail)
    if cjk:
        return tail if cjk <= _TAIL_MAX_CJK else None
    return tail if len(tail.split()) <= _TAIL_MAX_WORDS else None
