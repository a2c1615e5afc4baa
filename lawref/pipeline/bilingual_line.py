"""An article's translation and its original set side by side on one line, each under its own
heading: "Article 1 This Law is enacted for the purpose of … 第一条 为了规范数据处理活动，…，制定本法。"

The text an article heading heads is the rest of its line (pipeline/headed.py). On a bilingual
page laid out this way the rest of the English heading's line holds the translation and then the
original under its own heading; the original, found word for word by the reuse scan, stood inside
the headed text, and a headed text that already holds a reproduction of its own article is not
checked again, so the translation beside it was never read (heldout12: a bilingual Data Security
Law page, Arts. 1 and 2, neither English rendering linked).

So the text a heading heads ends where a heading of the same article in the other script starts
on its line, after a sentence's end: the translation is checked against the article on its own,
and the original stays the reproduction it was. Only a heading citing the same statute's same
article cuts the line ("Article 1 … 第一条 …"); a citation of another article inside the
translation ("… as provided in 第二条 …") is the writer's, and a heading in the same script is a
run-on article, which pipeline/run_on.py reads.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from lawref.spans import CitationSpan
from lawref.text.scripts import holds_ideograph
from lawref.text.sentences import STATEMENT_ENDS


def translation_end(
    text: str,
    start: int,
    end: int,
    heading: CitationSpan,
    citations: Sequence[CitationSpan],
    citation_starts: Sequence[int],
) -> int:
    """Where the text ``heading`` heads on its line, ``[start, end)``, ends: at the first
    heading of the same article in the other script after a sentence's end, else ``end``.
    ``citation_starts`` are the starts of ``citations``, in order (a bisection finds the ones on
    the line: no scan of every citation)."""
    first = bisect_right(citation_starts, start)
    for other in citations[first:]:
        if other.start >= end:
            break
        if (other.statute, other.article) != (heading.statute, heading.article):
            continue
        if holds_ideograph(other.text) == holds_ideograph(heading.text):
            continue  # the same script: another article's run-on heading, not an original
        before = text[start : other.start].rstrip()
        if before and before[-1] in STATEMENT_ENDS:
            return len(before) + start
    return end
