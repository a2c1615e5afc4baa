"""A reproduction whose first words stand in for other words of the law's clause is altered.

Text reproduced without quotation marks and presented as the law whose clause opens with a
subject of the writer's ("数据处理活动应当具有明确、合理的目的，……" for a clause of the law that
opens "处理个人信息应当具有……"; "公民發現網絡運營者……" for "个人发现网络运营者……"; "Deployers
shall keep the logs …" for "Providers shall keep the logs …") matches the law only from the
word after the swapped subject. The matched stretch alone is word for word, but the sentence
as written is not the law's: a careful reader calls it ``altered`` and names the swap, never
``verbatim``. Only a short head is read as a swapped subject (the writer's words before the
stretch start its line or follow a heading, a list number or a colon, and hold no verb of
saying, no law's name, no clause break), and only where the law's clause has a short head of
its own there, with other words; a stretch that starts the law's clause, a writer's lead-in
("The GDPR provides that …", "法律规定…"), or a head where the law names itself ("本法所称密码"
written "密码法中的密码") is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lawref.match.results import MatchResult
from lawref.report import Difference
from lawref.spans import QuoteSpan
from lawref.text.article_headings import ARTICLE_HEADING
from lawref.text.normalize import letters_text
from lawref.text.regex_code import Deferred, constant
from lawref.text.saying import CHINESE_AFFIRMING, CHINESE_SAYING, ENGLISH_SAYING, either
from lawref.text.scripts import ideograph_count

__all__ = ["changed_head", "stored_head"]

_EXACT = ("verbatim", "minor")
# Where a clause starts: a line break, a sentence end, a clause break, a colon.
_CLAUSE_START = "\n。.!?！？；;，,:：、"
# A head is a subject: at most this many letters (CJK characters, or Latin words). The
# subjects swapped in the labelled sets are 2 to 6 CJK characters and 1 to 3 English words; a
# longer head is a clause of the writer's, not a swapped subject.
_HEAD_MAX_CJK = 8
_HEAD_MAX_WORDS = 4
# A head that reports or introduces the law's words ("法律规定", "the Act provides that").
_LEAD_IN = Deferred(
    either(*CHINESE_SAYING, *CHINESE_AFFIRMING, "表示", "要求", "称", "稱", "《", "》")
    + r"|\b(?:"
    + either(*ENGLISH_SAYING, "say", "said", "provide", "state", "read", "require", "requires")
    + r"|that|under|according|law|act|article)\b",
    re.IGNORECASE,
)
# The law's words naming itself ("本法所称", "For the purposes of this Regulation"): a writer
# outside the law names it instead ("密码法中的密码，是指…"), which changes nothing it says.
_SELF_REFERENCE = constant(
    r"本(?:法|条例|條例|规定|規定|办法|辦法|决定|決定)|\bthis\s+(?:Regulation|Act|Law|Directive)\b",
    re.IGNORECASE,
)


def changed_head(text: str, span: QuoteSpan, result: MatchResult) -> MatchResult:
    """``result`` made ``altered`` with the swap as a difference when ``span`` (unquoted, in
    ``text``) is preceded in its clause by a short head of the writer's where the stored clause
    has a different short head before the matched words."""
    match = result.match
    if span.marks != "none" or match is None or result.verdict not in _EXACT:
        return result
    written = _head_before(text, span.start, writer=True)
    stored = _head_before(match.text, match.span[0], writer=False)
    if written is None or stored is None or letters_text(written) == letters_text(stored):
        return result
    if _SELF_REFERENCE.search(stored):
        return result  # the law naming itself, named from outside
    difference = Difference.model_construct(op="replace", quote=written, statute=stored)
    return replace(result, verdict="altered", differences=[difference, *result.differences])


def stored_head(stored: str, start: int) -> str | None:
    """The law's own short head of the clause before ``start`` in a stored text; None when the
    matched words open the clause, the head is long, or the law names itself there (本法所称…)."""
    head = _head_before(stored, start, writer=False)
    return None if head is None or _SELF_REFERENCE.search(head) else head


def _head_before(text: str, start: int, *, writer: bool) -> str | None:
    """The short head of the clause before ``start`` in ``text``; None when there is none, or it
    is too long, or (for the writer's text) it is a lead-in or shares its line with other words
    than a heading or list number."""
    from lawref.pipeline.sentence import ITEM_NUMBER

    cut = max(text.rfind(ch, 0, start) for ch in _CLAUSE_START) + 1
    head = text[cut:start]
    if writer:
        line_start = text.rfind("\n", 0, start) + 1
        if cut > line_start:
            before = text[line_start:cut]
            # Only a heading, a list number or a label ending in a colon may stand before it.
            if not (
                text[cut - 1] in ":："
                or ARTICLE_HEADING.fullmatch(before) is not None
                or ITEM_NUMBER.fullmatch(before) is not None
            ):
                return None
    head = without_bullet(head)
    heading = ARTICLE_HEADING.match(head) or ITEM_NUMBER.match(head)
    if heading is not None:
        head = head[heading.end() :]
    head = head.strip()
    if not any(ch.isalnum() for ch in head):
        return None
    if writer and _LEAD_IN.search(head):
        return None
    cjk = ideograph_count(head)
    if cjk:
        return head if cjk <= _HEAD_MAX_CJK and cjk == sum(ch.isalnum() for ch in head) else None
    words = head.split()
    return head if len(words) <= _HEAD_MAX_WORDS else None


def without_bullet(head: str) -> str:
    """A head without the list's bullet before the law's own item number ("- (2) 'processing'
    means …" read as "(2) 'processing'"): layout, not words (heldout8)."""
    return head.lstrip(" \t").lstrip("-–•*·▪◦●")
