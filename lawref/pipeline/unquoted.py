"""Whole sentences for unquoted text: a reproduction found without quotation marks is judged over
the sentence or clause it stands in (Chinese 。；！？, an English sentence), not over its exact core.

The reuse scan reports the stretch that agrees with a stored text; the words around it in the same
sentence may be the statute's words changed or dropped ("a GDPR sentence whose opening words were
rewritten", a Traditional-script rewrite that drops a clause). The sentence is matched against the
same article: when it still follows that article, changed words around the core make it
``altered`` with every difference listed, while words the writer merely put before or after the
reproduction ("根据规定，", "The regulation says that") stay outside it. When the sentence as a
whole follows no stored text and the core is under half of it, the core was a phrase the writer's
sentence shares with the law, not a reproduction, and it is not reported.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rapidfuzz import fuzz

from lawref.match.matcher import Matcher, MatchResult
from lawref.report import Difference
from lawref.spans import QuoteSpan

_CJK_ENDS = "。；！？;!?：:"  # a colon ends a lead-in ("From the law:", 规定：)
_LATIN_ENDS = ".;!?"
_QUOTE_MARKS = '“”「」『』"«»'
_REACH = 240  # characters looked at on either side for the sentence's ends
_EXACT = ("verbatim", "minor", "elided")
_LINKED = ("verbatim", "minor", "elided", "altered")
# An edge replacement whose two sides are less alike than this (rapidfuzz ratio), and that
# reaches across stored context or pairs word counts two apart, is the writer's words against
# stored context, not a changed word ("From the law" and "2) Civil liability" score 21; "must"
# for "shall", 20, is a changed word: one word for one, within the sentence).
UNLIKE = 50.0
# Stored context across one of these (a list item's number, a sentence's end) is not the
# sentence the writer reproduced.
_LEADING_SLACK = 4  # letters before the writer's words that may still go with them
_STORED_BREAKS = ("\n", ":", "：", ";", "；", "。", "(", ")", "（", "）")


def widen_unquoted(
    text: str,
    spans: Sequence[QuoteSpan],
    handed: dict[tuple[int, int], MatchResult],
    matcher: Matcher,
) -> tuple[list[QuoteSpan], dict[tuple[int, int], MatchResult]]:
    """The spans (sorted) with each unquoted one widened to its sentence where that changes the
    verdict, and the results handed on for the new spans."""
    ordered = sorted(spans, key=lambda q: (q.start, q.end))
    out: list[QuoteSpan] = []
    results = dict(handed)
    for index, span in enumerate(ordered):
        if span.marks != "none":
            out.append(span)
            continue
        floor = ordered[index - 1].end if index > 0 else 0
        ceiling = ordered[index + 1].start if index + 1 < len(ordered) else len(text)
        if out:
            floor = max(floor, out[-1].end)
        widened = _widen(text, span, floor, ceiling, results.get((span.start, span.end)), matcher)
        if widened is None:
            results.pop((span.start, span.end), None)
            continue  # a phrase shared with the law, not a reproduction
        new_span, result = widened
        if (new_span.start, new_span.end) != (span.start, span.end):
            results.pop((span.start, span.end), None)
        results[(new_span.start, new_span.end)] = result
        out.append(new_span)
    return out, results


def _widen(
    text: str,
    span: QuoteSpan,
    floor: int,
    ceiling: int,
    core: MatchResult | None,
    matcher: Matcher,
) -> tuple[QuoteSpan, MatchResult] | None:
    if core is None:
        core = matcher.match(span.text)
    if core.match is None:
        return span, core
    start, end = sentence_bounds(text, span.start, span.end, floor, ceiling)
    if _letters(text[start : span.start]) == 0 and _letters(text[span.end : end]) == 0:
        return span, core
    prefer = (core.match.statute, core.match.article)
    wide = matcher.match(text[start:end], prefer=prefer)
    same = wide.match is not None and (wide.match.statute, wide.match.article) == prefer
    if not same or wide.verdict not in _LINKED:
        # The sentence follows no stored text: the core stands, unless several laws share it
        # word for word (then it is their common phrase, which the writer's sentence goes on
        # from in words of its own).
        exact = {c.statute for c in core.candidates if c.verdict in _EXACT}
        return (span, core) if len(exact) <= 1 else None
    if wide.verdict in _EXACT:
        return _span(text, start, end, span), wide
    # Words only the writer's sentence has, before or after the statute's, are not part of it:
    # added words, and words unlike the stored words they were paired with (the alignment pairs
    # "From the law" with the stored "2) Civil liability" before the core); stored words left
    # out at an edge are context.
    differences = list(wide.differences)
    while differences and _writers_own(differences[0]):
        if differences[0].quote:
            cut = _after(text, start, end, differences[0].quote)
            if cut is None:
                break
            start = cut
        differences.pop(0)
    while differences and _writers_own(differences[-1]):
        if differences[-1].quote:
            cut = _before(text, start, end, differences[-1].quote)
            if cut is None:
                break
            end = cut
        differences.pop()
    if not differences:
        return span, core
    start, end = min(start, span.start), max(end, span.end)
    return _span(text, start, end, span), replace(wide, differences=differences)


def sentence_bounds(
    text: str, start: int, end: int, floor: int = 0, ceiling: int | None = None
) -> tuple[int, int]:
    """The sentence (or clause ending in ；) around ``[start, end)``, within ``[floor, ceiling)``
    and _REACH characters, without crossing a paragraph break or a quotation mark."""
    ceiling = len(text) if ceiling is None else ceiling
    low = max(floor, start - _REACH)
    at = start
    while at > low:
        char = text[at - 1]
        if (
            char in _CJK_ENDS
            or char in _QUOTE_MARKS
            or char in ")）"
            or _paragraph_break(text, at - 1)
        ):
            break  # ")" closes a list item's number: "(ii)", "（二）"
        if char in _LATIN_ENDS and at < len(text) and text[at].isspace():
            break
        at -= 1
    high = min(ceiling, end + _REACH)
    stop = end
    if not (stop > 0 and (text[stop - 1] in _CJK_ENDS or text[stop - 1] in _LATIN_ENDS)):
        while stop < high:
            char = text[stop]
            if char in _QUOTE_MARKS or char in "(（" or _paragraph_break(text, stop):
                break
            if char in _CJK_ENDS or (
                char in _LATIN_ENDS and (stop + 1 >= len(text) or text[stop + 1].isspace())
            ):
                stop += 1
                break
            stop += 1
    while at < start and text[at].isspace():
        at += 1
    while stop > end and text[stop - 1].isspace():
        stop -= 1
    return at, stop


def _writers_own(difference: Difference) -> bool:
    """An edge difference that is the writer's words or stored context, not a changed word."""
    if difference.op in ("insert", "delete"):
        return True
    if fuzz.ratio(difference.quote.casefold(), difference.statute.casefold()) >= UNLIKE:
        return False
    crosses = any(mark in difference.statute for mark in _STORED_BREAKS) or not any(
        c.isalpha()
        for c in difference.statute  # a paragraph's number: "1"
    )
    sizes = abs(len(difference.quote.split()) - len(difference.statute.split()))
    return crosses or sizes >= 2


def _paragraph_break(text: str, at: int) -> bool:
    return text[at] == "\n"  # a line is as far as a sentence is looked for


def _letters(text: str) -> int:
    return sum(1 for c in text if c.isalnum())


def _after(text: str, start: int, end: int, words: str) -> int | None:
    """The offset after ``words`` when the stretch starts with them, give or take marks and a
    short word the alignment paired with a stored one ("the GDPR is …the data subject")."""
    found = text.find(words, start, end)
    if found < 0 or _letters(text[start:found]) > _LEADING_SLACK:
        return None
    at = found + len(words)
    while at < end and not text[at].isalnum():
        at += 1
    return at


def _before(text: str, start: int, end: int, words: str) -> int | None:
    found = text.rfind(words, start, end)
    if found < 0 or _letters(text[found + len(words) : end]) > 0:
        return None
    at = found
    while at > start and not text[at - 1].isalnum():
        at -= 1
    return at


def _span(text: str, start: int, end: int, span: QuoteSpan) -> QuoteSpan:
    return QuoteSpan(text[start:end], start, end, "none", span.lead_in)
