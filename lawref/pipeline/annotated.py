"""A reproduction whose first character the reuse scan left out because a pinyin reading follows
it ("為(wèi)了規範…" reported from "了") gets it back: a quotation's span never drops its first
character when the stored text has that character right before the core."""

from __future__ import annotations

from lawref.match.matcher import Matcher
from lawref.match.results import MatchResult
from lawref.spans import QuoteSpan
from lawref.text.normalize import letters_form
from lawref.text.regex_code import constant

__all__ = ["with_annotated_first"]

_LINKED = ("verbatim", "minor", "elided", "altered")


# A CJK character with a pinyin reading scraped in after it ("為(wèi)"), ending where a span starts.
_ANNOTATED_BEFORE = constant(
    r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])[(（] ?[a-zü]{0,6}"
    r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,6} ?[)）]$"
)


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
    found = _ANNOTATED_BEFORE.search(text, max(0, span.start - 12), span.start)
    if found is None:
        return span, core
    stored_before = match.text[match.span[0] - 1]
    if letters_form(found.group(1)).text != letters_form(stored_before).text:
        return span, core
    wider = matcher.match(text[found.start() : span.end], prefer=(match.statute, match.article))
    same = wider.match is not None and (wider.match.statute, wider.match.article) == (
        match.statute,
        match.article,
    )
    if not same or wider.verdict not in _LINKED:
        return span, core
    start = found.start()
    return QuoteSpan(text[start : span.end], start, span.end, "none", span.lead_in), wider
