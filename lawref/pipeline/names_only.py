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

A quoted span is held to a stricter reading, since a quotation may well be a name the law itself
holds ("香港特別行政區應自行立法" is all citation letters on one page, and the law's words): it is
unlinked only when its letters outside the citations are a verb of saying alone — ")第三十八条规定,",
"Article 5 provides" — the writer's lead-in, which quotation marks paired across two quotations
(a closing mark, then the next one's opening) set off as if quoted. heldout16 linked one such
lead-in verbatim to another law's article that says "第三十八条规定". Of the quoted spans linked on
every read set with at least 30% of their letters inside citations (15), it is the only one whose
other letters are a verb of saying alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.pipeline.renderings import Weighed, unlinked
from lawref.spans import CitationSpan, QuoteSpan
from lawref.text.saying import CHINESE_SAYING, ENGLISH_SAYING

# A lead-in's verb, all a quoted span holds besides citations: 规定, "provides", "provide".
_SAYING = frozenset(
    w.lower() for w in (*CHINESE_SAYING, *ENGLISH_SAYING, "provide", "state", "say", "read")
)

__all__ = ["names_only"]

NAMES_SHARE = 0.7  # between 46% (an article naming others) and 100% (a heading and a name)


def names_only(span: QuoteSpan, weighed: Weighed, citations: Sequence[CitationSpan]) -> Weighed:
    """``weighed`` unlinked, with a note, when most letters of the unquoted ``span`` lie inside
    the document's citations, or when a quoted one is only citations and a verb of saying."""
    result = weighed.result
    match = result.match
    if match is None or result.verdict == "unmatched":
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
    if span.marks != "none":
        if not _lead_in_only(text, covered):
            return weighed
        note = (
            f"not linked: the words are a citation and a verb of saying, a lead-in set off by "
            f"quotation marks paired across two quotations, not Art. {match.article} of "
            f"{match.title}"
        )
        return Weighed(unlinked(result), note)
    share = sum(covered[i] for i in letters) / len(letters)
    if share < NAMES_SHARE:
        return weighed
    note = (
        f"not linked: the words are mostly the names of laws and articles cited in the text "
        f"({share:.0%} of their letters), not a reproduction of Art. {match.article} of "
        f"{match.title}"
    )
    return Weighed(unlinked(result), note)


def _lead_in_only(text: str, covered: list[bool]) -> bool:
    """Whether the letters of ``text`` outside the citations (``covered``) are one verb of
    saying, the citations holding some: 第三十八条规定, "Article 5 provides"."""
    rest = "".join(ch if not covered[i] else " " for i, ch in enumerate(text))
    words = "".join(ch if ch.isalnum() else " " for ch in rest).split()
    return any(covered) and len(words) == 1 and words[0].lower() in _SAYING
