"""A reproduction that ends its sentence where the law's sentence goes on has dropped words.

Text reproduced without quotation marks and presented as the law ("(3)泄露有关反间谍工作的国家
秘密的，由国家安全机关处十五日以下行政拘留。") that puts a full stop where the stored sentence
goes on after a clause break on the same line ("…行政拘留；构成犯罪的，依法追究刑事责任。",
"…; that period may be extended") silently drops the rest of the law's sentence: a careful
reader calls it ``altered`` and names the dropped words, not ``verbatim``. So does one that stops
mid-clause when its opening was cut off too ("The controller shall, … in an effective manner." for
GDPR Art. 25(1), whose sentence opens "Taking into account the state of the art, …" and goes on
"and to integrate the necessary safeguards …"). A quotation
that stops where the stored text breaks its line (one item of a list) or ends its own sentence
is not cut short, nor is a quotation in quotation marks (a writer quoting part of a sentence).
A list item reproduced on its own line, closed with the item's end mark (";", "。") where the
stored item goes on, has lost its end the same way (``item_cut_short``, which
pipeline/unquoted.py applies to each reproduction and block quotation it reads).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from lawref.match.results import MatchResult
from lawref.report import Difference
from lawref.spans import QuoteSpan
from lawref.text.article_headings import ARTICLE_HEADING, LATIN_ARTICLE, chinese_article
from lawref.text.regex_code import Deferred, constant
from lawref.text.scripts import holds_ideograph
from lawref.text.sentences import TERMINATORS

__all__ = ["clause_enough", "cut_short", "dropped_middle", "item_cut_short"]

# Where the law's sentence goes on after a clause break the reproduction made a full stop.
_CLAUSE_BREAKS = "，,；;"
# The least letters of the law's sentence that must go on after the reproduction's full stop: a
# bracketed label or a lone word after it is no dropped clause. (The four labelled real-world
# sets give the same figures for 2 to 8 CJK letters and 4 to 24 Latin ones.)
_DROPPED_MIN_CJK = 4
_DROPPED_MIN_LATIN = 12
_EXACT = ("verbatim", "minor")


def cut_short(text: str, span: QuoteSpan, result: MatchResult) -> MatchResult:
    """``result`` made ``altered`` with the dropped words as a difference when ``span`` (text
    reproduced without quotation marks in ``text``) ends its sentence where the stored sentence
    goes on."""
    match = result.match
    if span.marks != "none" or match is None or result.verdict not in _EXACT:
        return result
    if not _stands_alone(text, span):
        return result  # woven into the writer's own sentence ("旨在保障网络安全，…"): an echo
    written = span.text.rstrip()
    if written.endswith(("...", "…", "..")):
        return result  # an ellipsis says the text goes on
    result = headless = _opening_dropped(text, span, result)
    ending = written[-1:] if written[-1:] in tuple(TERMINATORS) else text[span.end : span.end + 1]
    if not ending or ending not in TERMINATORS:
        return result
    stored, end = match.text, match.span[1]
    if end <= 0 or stored[end - 1] in TERMINATORS:
        return result  # the law's sentence ends there too
    line_end = stored.find("\n", end)
    rest = stored[end : line_end if line_end >= 0 else len(stored)]
    if not rest.strip():
        return result
    opening = _cut_opening(stored, match.span[0])
    if (
        rest.lstrip()[0] not in _CLAUSE_BREAKS
        and opening is None
        and not (_whole_paragraph(text, span) and _under_heading(text, span.start))
    ):
        # The law's sentence goes on mid-clause: a sentence cut before a condition or a list's
        # lead-in ("… without undue delay where one of the following grounds applies:") still
        # reads as the law's own sentence — unless its opening was cut off too.
        return result
    stop = min((i for i in (rest.find(ch) for ch in TERMINATORS) if i >= 0), default=len(rest))
    dropped = rest[: stop + 1].strip()
    if not clause_enough(dropped):
        return result
    if text[span.end : span.end + 3] in ("...", "..") or text[span.end : span.end + 1] == "…":
        return result
    differences = [Difference.model_construct(op="delete", quote="", statute=dropped)]
    if opening is not None and headless.verdict in _EXACT:
        differences.insert(0, Difference.model_construct(op="delete", quote="", statute=opening))
    return replace(result, verdict="altered", differences=[*result.differences, *differences])


def clause_enough(words: str) -> bool:
    """Whether ``words`` hold letters enough to be a clause (``_DROPPED_MIN_*``), not a label, a
    number or a lone word; also the floor of a writer's clause joined on (added_clause.py)."""
    letters = "".join(ch for ch in words if ch.isalnum())
    return len(letters) >= (_DROPPED_MIN_CJK if holds_ideograph(letters) else _DROPPED_MIN_LATIN)


def _cut_opening(stored: str, start: int) -> str | None:
    """The words of the stored sentence before ``start`` (on its line), when there are enough of
    them to be a dropped opening ("Taking into account the state of the art, …, the controller
    shall" reproduced as "The controller shall …"); None when the span starts its sentence."""
    line_start = stored.rfind("\n", 0, start) + 1
    before = stored[line_start:start]
    cut = max(before.rfind(ch) for ch in TERMINATORS)
    opening = before[cut + 1 :].strip()
    # A paragraph number ("1.", "2.") or item mark before the sentence is no opening.
    if not clause_enough(opening):
        return None
    return opening


def _opening_dropped(text: str, span: QuoteSpan, result: MatchResult) -> MatchResult:
    """``result`` made ``altered`` when ``span`` starts its line (after an article heading or an
    item number at most) where the stored sentence is halfway: presented as the article's text,
    it has silently dropped the law's opening clause ("违反本法第二十六条规定，……或者" before
    "向社会发布…"). A start after a semicolon starts a clause of its own and drops nothing."""
    match = result.match
    if match is None or result.verdict not in _EXACT:
        return result
    if not _whole_paragraph(text, span) or not _under_heading(text, span.start):
        return result
    opening = _cut_opening(match.text, match.span[0])
    if opening is None or opening[-1:] in "；;" or not any(c in opening for c in "，,"):
        # A defined term or a subject left off ("‘pseudonymisation’ means", "本条例所称") drops
        # no clause of the law's.
        return result
    difference = Difference.model_construct(op="delete", quote="", statute=opening)
    return replace(result, verdict="altered", differences=[difference, *result.differences])


# An article named at a line's start, or in a heading line ("⑴ 網路安全法第63條處罰條例").
_ARTICLE_REF = Deferred(rf"{chinese_article()}|\b{LATIN_ARTICLE}", re.IGNORECASE)
_HEADING_REACH = 5  # lines above a paragraph in which its article heading may stand


def _under_heading(text: str, start: int) -> bool:
    """Whether one of the few non-blank lines above ``start`` names an article: the paragraph is
    presented as that article's text (or as its run-on), not quoted in passing."""
    lines = [line for line in text[:start].split("\n") if line.strip()]
    return any(_ARTICLE_REF.search(line) for line in lines[-_HEADING_REACH:])


def _whole_paragraph(text: str, span: QuoteSpan) -> bool:
    """Whether ``span`` is a paragraph of its own: its line holds nothing else but an article
    heading or an item number before it and punctuation after it, and the line before it is
    blank or ends a sentence (a hard-wrapped page's next line, a search snippet that runs on
    into the writer's words, is no paragraph)."""
    from lawref.pipeline.sentence import ITEM_NUMBER

    line_start = text.rfind("\n", 0, span.start) + 1
    head = text[line_start : span.start]
    if (
        head.strip()
        and ITEM_NUMBER.fullmatch(head) is None
        and ARTICLE_HEADING.fullmatch(head) is None
    ):
        return False
    line_end = text.find("\n", span.end)
    if any(ch.isalnum() for ch in text[span.end : line_end if line_end >= 0 else len(text)]):
        return False
    previous = text[: max(line_start - 1, 0)].rstrip(" \t\u3000")
    return not previous or previous.endswith(("\n", *TERMINATORS, "；", ";", ":", "："))


def _stands_alone(text: str, span: QuoteSpan) -> bool:
    """Whether the reproduction is its own sentence: nothing of the writer's before it in its
    sentence but a list item's number or an article heading's colon."""
    from lawref.pipeline.sentence import ITEM_NUMBER, sentence_sides

    before, _ = sentence_sides(text, span)
    line = before.rsplit("\n", 1)[-1]
    if ITEM_NUMBER.fullmatch(line) is not None or ARTICLE_HEADING.fullmatch(line) is not None:
        return True
    return not any(ch.isalnum() for ch in line)


# What may stand between two pieces of one reproduction on a line: the full stop (or other mark)
# the writer put where the law's words were dropped, and spaces.
# What stands between two pieces of one reproduction: a mark, or nothing at all — the writer ran
# the law's words on across the cut ("…的，可以" + "要求个人信息处理者…", the summons between left out).
_JOINT = constant(r"[ \t\u3000]*(?:[。.;；，,][ \t\u3000]*)?")


def dropped_middle(
    text: str, spans: Sequence[QuoteSpan], results: Sequence[MatchResult]
) -> list[MatchResult]:
    """Each result, the later of two unquoted pieces of one reproduction made ``altered`` when the
    law's words between them were dropped: two pieces on one line, a mark or nothing between them, matched
    to the same stored text with words of it between ("对非法持有……物品的。尚不构成犯罪的，……行政
    拘留。" for Art. 32, whose middle — "，以及……依法追究刑事责任；" — the writer left out)."""
    out = list(results)
    for index in range(1, len(spans)):
        before, after = spans[index - 1], spans[index]
        first, second = results[index - 1], results[index]
        if before.marks != "none" or after.marks != "none" or second.verdict not in _EXACT:
            continue
        if first.match is None or second.match is None or first.verdict == "unmatched":
            continue
        if first.match.text != second.match.text or first.match.statute != second.match.statute:
            continue
        if _JOINT.fullmatch(text[before.end : after.start]) is None:
            continue
        stored = second.match.text
        gap_start, gap_end = first.match.span[1], second.match.span[0]
        if gap_start >= gap_end or "\n" in stored[gap_start:gap_end].strip():
            continue  # adjacent, out of order, or across a paragraph of the article
        dropped = stored[gap_start:gap_end].strip(" \t，,。.;；")
        if not clause_enough(dropped):
            continue
        difference = Difference.model_construct(op="delete", quote="", statute=dropped)
        out[index] = replace(
            second, verdict="altered", differences=[difference, *second.differences]
        )
    return out


# A list item's end marks: a reproduced item closing with one where the stored item goes on.
_ITEM_ENDS = ";；。."
_ITEM_DROPPED_MIN = 2  # stored words (CJK characters) an item must lose to be called cut short


def item_cut_short(text: str, span: QuoteSpan, result: MatchResult) -> MatchResult:
    """A reproduced line (a list item) that starts where the stored item starts and closes with
    the item's end mark (";", "。") while the stored item goes on has silently lost its end: the
    words between were dropped without an ellipsis, so it is altered, not verbatim."""
    from lawref.pipeline.sentence import (
        ITEM_NUMBER,
        clause_head,
        clause_tail,
        count_letters,
        word_tokens,
    )

    match = result.match
    if match is None or result.verdict not in ("verbatim", "minor"):
        return result
    # The quotation's last line: a whole line of its own, or the line it starts on.
    body = span.text.rstrip()
    last = body.rfind("\n")
    line_start = text.rfind("\n", 0, span.start) + 1
    before = text[line_start : span.start] if last < 0 else body[last + 1 :]
    line_end = text.find("\n", span.end)
    line_end = len(text) if line_end < 0 else line_end
    if not ITEM_NUMBER.match(before) or (last < 0 and not ITEM_NUMBER.fullmatch(before)):
        return result
    if last >= 0 and not ITEM_NUMBER.match(before).group().strip():
        return result  # a later line of a block must open with the item's number
    tail = text[span.end : line_end].strip()
    closed = span.text.rstrip()[-1:] in _ITEM_ENDS if span.text.strip() else False
    if not ((tail == "" and closed) or (len(tail) == 1 and tail in _ITEM_ENDS)):
        return result
    stored = match.text
    if last < 0 and count_letters(clause_tail(stored[: match.span[0]])) != 0:
        return result  # the stored item starts before the reproduction does
    rest = stored[match.span[1] :].lstrip()
    if not rest or rest[0] in _ITEM_ENDS or stored[: match.span[1]].rstrip()[-1:] in _ITEM_ENDS:
        return result  # the stored clause ends where the reproduction does
    dropped = clause_head(rest).rstrip(" ,，、")
    for mark in _ITEM_ENDS:
        dropped = dropped.split(mark, 1)[0]
    if len(word_tokens(dropped)) < _ITEM_DROPPED_MIN:
        return result
    difference = Difference(op="delete", quote="", statute=dropped.strip())
    return replace(result, verdict="altered", differences=[*result.differences, difference])
