"""Where the law's words start in a sentence that opens with the writer's lead-in clause.

pipeline/unquoted.py judges an unquoted reproduction over its sentence: the words before its exact
core join it when they stand for the stored words there (the law's opening changed). A sentence
that opens with the writer's own lead-in — "第十八条规定，中国推动…", "该法明确，…", "Article 17
provides that each data subject …" — holds words that stand for nothing in the law before the
changed opening, so the changed opening ("中" of 中国 for 中华人民共和国) was left outside the
core, and the core, exact from its second character on, came out ``verbatim``. The reproduction
starts after the lead-in clause: the saying verb and the comma, colon or "that" closing it,
when the words between stand for the stored opening before the core (pipeline/unquoted.py's test)
or shorten it — every one of them found there in order ("中国" for "中华人民共和国").
"""

from __future__ import annotations

import re

from lawref.pipeline.sentence import CLAUSE_BREAKS, count_letters, word_tokens
from lawref.text.regex_code import Deferred
from lawref.text.saying import CHINESE_AFFIRMING, CHINESE_SAYING, ENGLISH_SAYING, either

__all__ = ["after_lead_in", "shortens"]

# The end of a lead-in clause of the writer's: a verb of saying (or providing), an optional aspect
# particle, then a comma or colon (Chinese), or "that" or a colon (English). The last one before
# the core counts ("有评论注意到，该法写道，中国…").
_LEAD_IN_END = Deferred(
    "(?:"
    + either(*CHINESE_SAYING, *CHINESE_AFFIRMING, "表示", "提出", "要求")
    + r")[了着]?[ \t]*[,，:：][ \t]*|\b(?:"
    + either(*ENGLISH_SAYING, "provided", "stated", "said", "read", "requires", "required")
    + "|stipulated|specifies|specified|declares|declared"
    + r")(?:[ \t]+that)?[ \t]*[:,]?[ \t]+",
    re.IGNORECASE,
)
# Letters the words between the lead-in and the core may hold: a changed opening, not a clause.
_BETWEEN_MAX = 12
_VERB_MAX = 8  # characters of a lead-in's verb and closing mark before a sentence's start


def after_lead_in(text: str, start: int, core: int) -> int | None:
    """Where the words after the writer's last lead-in clause start, when the sentence from
    ``start`` to the exact core at ``core`` holds one and a few words (no clause break) are left
    between it and the core; None when it does not."""
    last = None
    # (a colon ends the sentence before, so the lead-in may end right where the sentence starts)
    for found in _LEAD_IN_END.finditer(text, max(0, start - _VERB_MAX), core):
        if found.end() >= start:
            last = found
    if last is None or last.end() >= core:
        return None
    between = text[last.end() : core]
    if CLAUSE_BREAKS.search(between) or count_letters(between) > _BETWEEN_MAX:
        return None
    return last.end()


def shortens(written: str, stored: str) -> bool:
    """Whether the writer's words are the stored words shortened: each of them found in the
    stored words, in order ("中" before "国推动…" for "中华人民共和" before it)."""
    mine, theirs = word_tokens(written), iter(word_tokens(stored))
    return bool(mine) and all(any(word == other for other in theirs) for word in mine)
