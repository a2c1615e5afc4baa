"""What the finding stages produce: small frozen records that flow one way through the pipeline.

Offsets are into the decoded (for HTML: extracted) document text, so ``text[start:end]`` is the
span's text.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate
from typing import Literal


@dataclass(frozen=True)
class SourceText:
    """A document as read: its name, decoded text, and spans that the markup set off as quotations."""

    source: str  # path, URL, or "-" for stdin
    text: str
    media_type: Literal["text", "markdown", "html", "pdf", "docx"] = "text"
    encoding: str = "utf-8"
    blockquotes: tuple[tuple[int, int], ...] = ()  # from <blockquote> or Markdown "> " lines
    pages: tuple[int, ...] = ()  # PDF: the offset where each page starts (page 1 first)
    paragraphs: tuple[int, ...] = ()  # DOCX: the offset where each paragraph starts
    date: dt.date | None = None  # when it was published (HTML metadata, a JSON Lines "date")

    def page_of(self, offset: int) -> int | None:
        """The page (from 1) that ``offset`` is on; None when the input has no pages."""
        return bisect.bisect_right(self.pages, offset) or None if self.pages else None

    def paragraph_of(self, offset: int) -> int | None:
        """The paragraph (from 1) that ``offset`` is in; None when the input has none recorded."""
        return bisect.bisect_right(self.paragraphs, offset) or None if self.paragraphs else None


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation found in the document (without its quote marks)."""

    text: str
    start: int
    end: int
    marks: Literal["quoted", "block", "none"] = "quoted"
    lead_in: str | None = None  # "states:", "规定：" … when a block quote was introduced by one


@dataclass(frozen=True)
class CitationSpan:
    """A citation of a statute (and maybe an article) found in the document."""

    text: str
    start: int
    end: int
    statute: str | None  # store id; None when the statute is not in the store (or ambiguous)
    article: str | None
    version: str | None = None
    subdivision: str | None = None  # "(c)(1)", "第二款" …: kept, not resolved further
    name: str | None = None  # the words naming the statute, as written
    ambiguous: tuple[str, ...] = ()  # candidate ids when the name fits more than one statute
    # What a reader should know: "name imprecise: …", "other instrument: UK GDPR",
    # "context: Hong Kong", "article not in the store" (joined by "; ").
    note: str | None = None
    dated: bool = False  # version chosen by the document's date (the text names none)
    # The law was neither named by the citation nor in reach before it, only elsewhere in the text
    # (the one law the text names, or an article as well known as Article 23 of the Basic Law):
    # such a citation can make a quotation `unverified`, never `misattributed`.
    inferred: bool = False
    # The name is a draft's or a proposal's ("the draft Data Security Law", "the GDPR proposal",
    # 数据安全法（征求意见稿）: citations/naming.py), which the store does not hold.
    draft: bool = False


@dataclass(frozen=True)
class StoredText:
    """One text of the store that a quotation can be matched against."""

    statute: str
    article: str
    version: str | None  # None: the article's text is the same in every version
    language: str
    translation: str | None  # publisher of a translation; None for the original text
    text: str
    url: str | None = None


class SpanReach:
    """Spans (which may nest or overlap) sorted by start, each with the furthest end of those up
    to it, so that whether a stretch overlaps, or lies inside, any of them is one bisection: many
    questions cost no more than the sort."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        self.reach = list(accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect.bisect_left(self.starts, end) - 1
        return before >= 0 and self.reach[before] > start

    def contains(self, start: int, end: int) -> bool:
        at = bisect.bisect_right(self.starts, start) - 1
        return at >= 0 and self.reach[at] >= end
