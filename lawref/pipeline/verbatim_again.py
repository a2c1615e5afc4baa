"""A ``minor`` copy whose only difference from the law is the page's layout is ``verbatim``.

The layout rules (pipeline/list_bullets.py, markdown_marks.py, heading_opened.py) each take their
mark out of a quotation — a bullet, a Markdown marker, the article's own heading — and match the
rest again against the article it was linked to. The step they share is here: the quotation is
``verbatim`` only when that second match is ``verbatim`` and on the very same article, so a mark
is never taken for a word dropped or changed, and a copy that differs in anything else keeps its
verdict.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from lawref.match.results import MatchResult
from lawref.spans import QuoteSpan

__all__ = ["Rematch", "verbatim_when_again", "verbatim_without_marks"]

# Matches a text again, preferring the given (statute, article).
Rematch = Callable[[str, tuple[str, str]], MatchResult]


def verbatim_when_again(result: MatchResult, plain: str, rematch: Rematch) -> MatchResult:
    """``result`` made ``verbatim`` when ``plain`` (the quotation without its layout) matches its
    article verbatim; otherwise ``result`` unchanged."""
    match = result.match
    if match is None:
        return result
    again = rematch(plain, (match.statute, match.article))
    if again.verdict != "verbatim" or again.match is None:
        return result
    if (again.match.statute, again.match.article) != (match.statute, match.article):
        return result
    return replace(result, verdict="verbatim", differences=[])


def verbatim_without_marks(
    span: QuoteSpan, result: MatchResult, rematch: Rematch, marks: re.Pattern[str], spacer: str
) -> MatchResult:
    """``result`` made ``verbatim`` when it is ``minor`` and ``span`` holds the page's layout
    ``marks``, each put as ``spacer``, without which it matches its article verbatim."""
    if result.match is None or result.verdict != "minor":
        return result
    if marks.search(span.text) is None:
        return result
    return verbatim_when_again(result, marks.sub(spacer, span.text), rematch)
