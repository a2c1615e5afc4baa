"""An unquoted span made mostly of citations (a law's title, an article number) is no reproduction.

A page's heading line and the sentence under it may name a law twice ("香港特別行政區基本法第二十三條⏎
《中華人民共和國香港特別行政區基本法》第二十三條是……"). The reuse scan can find such a stretch of names
in an article that names the law too (the Basic Law's Art. 104 names "中華人民共和國香港特別行政區
基本法"), and the matcher links it as `altered`. When most of an unquoted span's letters
(NAMES_SHARE) lie inside the citations found in the document, the span is the writer's naming of
the law, not its text: unlinked, with a note.

Measured on the real-world sets (every set): one such link (heldout8, all of its letters inside
citations, unlabelled); the unquoted spans linked rightly hold at most 46% citation letters (the
Hong Kong National Security Law's Art. 2, which names two articles of the Basic Law; a purpose
clause's 根据《中华人民共和国网络安全法》: 31%).
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.pipeline.renderings import Weighed, unlinked
from lawref.spans import CitationSpan, QuoteSpan

__all__ = ["names_only"]

NAMES_SHARE = 0.7  # between 46% (an article naming others) and 100% (a heading and a name)


def names_only(span: QuoteSpan, weighed: Weighed, citations: Sequence[CitationSpan]) -> Weighed:
    """``weighed`` unlinked, with a note, when most letters of the unquoted ``span`` lie inside
    the document's citations."""
    result = weighed.result
    match = result.match
    if span.marks != "none" or match is None or result.verdict == "unmatched":
        return weighed
    inside = [c for c in citations if c.start < span.end and c.end > span.start]
    if not inside:
        return weighed
    text = span.text
    covered = [False] * len(text)
    for citation in inside:
        for i in range(max(citation.start, span.start), min(citation.end, span.end)):
            covered[i - span.start] = True
    letters = [i for i, ch in enumerate(text) if ch.isalnum()]
    if not letters:
        return weighed
    share = sum(covered[i] for i in letters) / len(letters)
    if share < NAMES_SHARE:
        return weighed
    note = (
        f"not linked: the words are mostly the names of laws and articles cited in the text "
        f"({share:.0%} of their letters), not a reproduction of Art. {match.article} of "
        f"{match.title}"
    )
    return Weighed(unlinked(result), note)
