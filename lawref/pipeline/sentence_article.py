"""A sentence about an article that names its law again in passing is about that article: the
article is the one its quotations are matched with first.

"GDPR Article 33 — published on EUR-Lex as part of Regulation (EU) 2016/679 — requires the
controller to notify … without undue delay and, where feasible, not later than 72 hours after
having become aware of it, unless the breach is unlikely to result in a risk to …": the citation
nearest the law's words names the Regulation only, and the matcher, told no article, linked the
words to Recital 85, which words them a little closer than Art. 33 does (82 against 81 of 100).
The sentence's own subject names the article. When the citation that introduces a quotation names
a statute without an article, and earlier in the same sentence (no sentence end, semicolon,
colon or line break between) a citation names an article of the same statute, the quotation is
matched preferring that article — within the matcher's margin, as any cited article is
(``match.thresholds.PREFER_MARGIN``). Only the choice between near-equal candidates changes:
the citation a quotation is judged against stays the one that introduces it, so the rule never
makes a claim of misattribution.

On the real-world passages: heldout's Art. 33 sentence above (linked to Recital 85 once the
matcher found words left out in a quotation's middle, match/window_reach.py).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from lawref.spans import CitationSpan, QuoteSpan
from lawref.text.regex_code import constant

__all__ = ["article_of_sentence"]

# How far before the introducing citation the sentence's article citation may stand (a long
# parenthesis between them, not a paragraph).
_REACH = 300
# What ends a sentence, a clause or a lead-in between the two citations: then the article is
# another sentence's. A Latin full stop counts only before a space (not "Art. 33", "2016/679.").
_BREAK = constant(r"[.!?]\s|[\n;:。！？；：]")


def article_of_sentence(
    text: str,
    span: QuoteSpan,
    group: Sequence[CitationSpan],
    citations: Sequence[CitationSpan],
    starts: Sequence[int],
) -> CitationSpan | None:
    """The citation of an article that the quotation's sentence names before the statute-only
    citation introducing it (``group[0]``), of the same statute; None when there is none.
    ``citations`` are in order of their starts, ``starts`` (read once per document) those starts:
    only the citations within reach before the introducing one are looked at."""
    if not group:
        return None
    first = group[0]
    if first.statute is None or first.article is not None or first.start > span.start:
        return None
    at = bisect_left(starts, first.start)
    while at > 0:
        at -= 1
        citation = citations[at]
        if citation.start < first.start - _REACH:
            return None
        if citation.end > first.start:
            continue
        if _BREAK.search(text, citation.end, span.start) is not None:
            return None
        if citation.statute == first.statute and citation.article and not citation.ambiguous:
            return citation
    return None
