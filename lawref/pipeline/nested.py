"""Quotations inside quotations: a quoted sentence that only paraphrases an article but holds a
quotation of its own is the speaker's sentence about the law; the law's words are the inner one.

The quote finder reports the outer quotation only (quotes/find.py). When the outer one comes out
a paraphrase and the quotation inside it (five words or more) matches an article on its own —
word for word, with ellipses, or altered — the inner quotation is reported instead, judged alone:
“The statute immunizes computer services for ‘action voluntarily taken in good faith to restrict
… availability of material …’—but what exactly does that mean?”
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from lawref.match.matcher import MatchResult
from lawref.spans import CitationSpan, QuoteSpan

_PAIRS = {"‘": "’", "“": "”", "「": "」", "『": "』", "«": "»"}
_INNER_MIN_WORDS = 5
_INNER_MIN_CJK = 8
_LINKED = ("verbatim", "minor", "elided", "altered")


def inner_quotations(
    spans: Sequence[QuoteSpan],
    results: Sequence[MatchResult],
    groups: Sequence[list[CitationSpan]],
    match: Callable[[QuoteSpan, CitationSpan | None], MatchResult],
) -> tuple[list[QuoteSpan], list[MatchResult]]:
    """The quotations and results, each quoted paraphrase that holds a quotation matching an
    article on its own replaced by that inner quotation (``groups`` stay aligned)."""
    out_spans = list(spans)
    out_results = list(results)
    for i, (span, result) in enumerate(zip(spans, results, strict=True)):
        if span.marks != "quoted" or result.verdict != "paraphrase":
            continue
        inner = _inner(span)
        if inner is None:
            continue
        found = match(inner, groups[i][0] if groups[i] else None)
        if found.match is not None and found.verdict in _LINKED:
            out_spans[i], out_results[i] = inner, found
    return out_spans, out_results


def _inner(span: QuoteSpan) -> QuoteSpan | None:
    text = span.text
    opening = next((at for at, char in enumerate(text) if char in _PAIRS), -1)
    if opening < 0:
        return None
    closer = _PAIRS[text[opening]]
    close = text.rfind(closer)
    # A closing mark followed by a letter is an apostrophe (doesn’t), not the quotation's end.
    while close > opening and close + 1 < len(text) and text[close + 1].isalnum():
        close = text.rfind(closer, opening + 1, close)
    if close <= opening:
        return None
    start, end = opening + 1, close
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    inner = text[start:end]
    words = len(inner.split())
    cjk = sum(1 for char in inner if "\u4e00" <= char <= "\u9fff")
    if words < _INNER_MIN_WORDS and cjk < _INNER_MIN_CJK:
        return None
    return QuoteSpan(inner, span.start + start, span.start + end, "quoted", span.lead_in)
