"""Markdown a page sets around the law's words is its layout: the copy stays ``verbatim``.

A statute compilation or a generated page in Markdown sets a reproduced paragraph in a block quote
and its heading behind hashes — "> > #### “(1) Suspension of transactions > > The Committee, …",
"> 第八条 开展数据处理活动，…" — and a copy often loses the line breaks, so the markers stand between
the law's words. A block quote's ">" and a heading's "#" are the page's layout, like the list
bullets of pipeline/list_bullets.py and the line breaks they sat on, not a mark of the law's text
changed: by the verdicts' definitions (identical up to whitespace, quote and dash style) the copy is
``verbatim``. lawref compared them as punctuation the writer added and called it ``minor``.

The rule: a quotation lawref calls ``minor`` holding Markdown markers that stand as words of their
own (one to six "#", or ">", after no letter or digit and before a space or a line's end, in runs:
"> > ####") is
matched again with those markers taken out, against the article it was linked to; when that is
``verbatim``, so is the quotation. A quotation that differs in anything else stays ``minor``, and a
">" that stands for the law's words ("> 5%" for "more than 5%") is never taken out of a match that
then stays verbatim, since the law's words would be missing. On the real-world sets (dev to
heldout12) the rule changes one paragraph of heldout12's Defense Production Act section 721(l) in
a Markdown compilation from ``minor`` to ``verbatim``, as labelled, and nothing else (the other
paragraph stays ``minor``: lawref's span takes in its heading, whose "president" is the law's
"President").
"""

from __future__ import annotations

import re

from lawref.match.results import MatchResult
from lawref.pipeline.verbatim_again import Rematch, verbatim_without_marks
from lawref.spans import QuoteSpan
from lawref.text.regex_code import Deferred

__all__ = ["markdown_is_layout"]

# A run of block-quote and heading markers, each a word of its own: after no letter or digit (a
# space, a line's start, a mark: Chinese sets none between), before a space or a line's end.
# Spaces (not markers) separate them, so the repetition cannot overlap itself: the scan is linear.
_MARKERS = Deferred(r"(?<![\w>#])(?:#{1,6}|>)(?:[ \t]+(?:#{1,6}|>))*(?=[ \t]|$)", re.MULTILINE)


def markdown_is_layout(span: QuoteSpan, result: MatchResult, rematch: Rematch) -> MatchResult:
    """``result`` made ``verbatim`` when ``span`` differs from the law only by Markdown's block
    quote and heading markers (see the module's docstring)."""
    return verbatim_without_marks(span, result, rematch, _MARKERS.compiled, " ")
