"""A reproduction whose first character the reuse scan left out because a pinyin reading follows
it ("為(wèi)了規範…" reported from "了") gets it back: a quotation's span never drops its first
character when the stored text has that character right before the core."""

from __future__ import annotations

from lawref.match.matcher import Matcher
from lawref.match.readings import reading_spans
from lawref.match.results import MatchResult
from lawref.spans import QuoteSpan
from lawref.text.normalize import letters_text

__all__ = ["with_annotated_first"]

_LINKED = ("verbatim", "minor", "elided", "altered")


_REACH = 12  # characters before the span its first character and reading may take


def with_annotated_first(
    text: str, span: QuoteSpan, core: MatchResult, matcher: Matcher
) -> tuple[QuoteSpan, MatchResult]:
    """The reproduction with its first character back when the scan left it out because a pinyin
    reading follows it ("為(wèi)了規範…" reported from "了"): the stored text has that character
    right before the core, so the span starts with it (a quotation's span never drops its first
    character)."""
    match = core.match
    if match is None or span.marks != "none" or match.span[0] == 0:
        return span, core
    low = max(0, span.start - _REACH)
    readings = reading_spans(text[low : span.end])  # (the span's own readings count too)
    before = [
        (low + a, low + b)
        for a, b in readings
        if low + a > 0 and low + b <= span.start and not text[low + b : span.start].strip()
    ]
    if not before:
        return span, core
    start = before[-1][0] - 1  # the character the reading follows
    stored_before = match.text[match.span[0] - 1]
    if letters_text(text[start]) != letters_text(stored_before):
        return span, core
    wider = matcher.match(text[start : span.end], prefer=(match.statute, match.article))
    same = wider.match is not None and (wider.match.statute, wider.match.article) == (
        match.statute,
        match.article,
    )
    if not same or wider.verdict not in _LINKED:
        return span, core
    return QuoteSpan(text[start : span.end], start, span.end, "none", span.lead_in), wider
