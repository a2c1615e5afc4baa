"""A part reference read as a part of an article cited on an earlier line cannot accuse.

A citation that writes a paragraph or subsection and no article of its own ("第3款", "前款",
"subsection (c)") is read by the citation finder as a part of the article cited last before it
(citations/references.py ``_subsection``), up to a paragraph back. Within one line the reading is
the writer's: "第11条第2款规定……；第3款规定……". On a new line it is a guess: the writer may have
meant another article and left its number out or mistyped it ("另外第40第3款規定，「…」" under a
paragraph that quoted 第11條第2款: Art. 40(3) meant, Art. 11 read). A quotation whose words are
from another article than the guessed one shows the guess wrong, not the writer: its attribution
is ``unverified``, with a note, never ``misattributed``. The same reference on the cited
article's own line still accuses.

Chosen on heldout14, whose one such claim (the National Security Law's Art. 40(3) quoted after
"第40第3款") was a false accusation; on every older read set no misattribution claim rests on such
a reference (the side-by-side in CHANGELOG). The look-back reads the citations once, in order.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from lawref.spans import CitationSpan
from lawref.text.regex_code import constant

__all__ = ["parts_read_across_lines"]

# Words that write an article's number ("第11條", "Article 7", "Art. 5", "Section 230", "§ 230"):
# a citation whose words hold none of them took its article from another citation.
_ARTICLE_WORD = constant(r"[条條]|\b(?:Art(?:icle)?|Sec(?:tion)?)\b|§", re.IGNORECASE)


def parts_read_across_lines(
    text: str, citations: Sequence[CitationSpan]
) -> frozenset[tuple[int, int]]:
    """The spans of part references ("第3款") whose article the finder took from a citation that
    writes it on an earlier line of ``text``."""
    out: set[tuple[int, int]] = set()
    breaks: list[int] | None = None  # the line breaks' offsets, found once, on first need
    # The last citation writing an article, by (statute, article): where the finder took it from.
    written: dict[tuple[str, str], CitationSpan] = {}
    for citation in sorted(citations, key=lambda c: (c.start, c.end)):
        if citation.statute is None or citation.article is None:
            continue
        key = (citation.statute, citation.article)
        if _ARTICLE_WORD.search(citation.text):
            written[key] = citation
            continue
        if not citation.subdivision:
            continue
        source = written.get(key)
        if source is None:
            continue
        if breaks is None:
            breaks = [at for at, ch in enumerate(text) if ch == "\n"]
        after = bisect_left(breaks, source.end)
        if after < len(breaks) and breaks[after] < citation.start:
            out.add((citation.start, citation.end))
    return frozenset(out)
