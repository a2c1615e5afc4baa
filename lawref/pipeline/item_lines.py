"""A citation in one item of a list does not introduce the words of another item.

A list whose items end in ";" or "," runs on as one sentence from line to line, so the nearest
citation before a quotation "in its own sentence" (rule 2 of pipeline/introducers.py) may stand in
the item above it: "a) « la pseudonymisation … » [art.4] de telle façon que …;⏎b) des moyens
permettant de garantir …" — the bracketed "[art.4]" glosses point a), and point b), the cited
article's own words, was accused of misquoting Article 4. A reader takes each item line as a
statement of its own: a citation on another line that opens with an item's mark (a), (b), 2.,
（二）, ①) is not the quotation's, when the quotation opens its own item line; nor is a citation on
a later item's line one "after it in its own sentence" (rule 3). The rules after them — the list's
lead-in (rule 9) — then say which article the item is.
"""

from __future__ import annotations

from lawref.pipeline.leading_sentence import MARKS
from lawref.spans import CitationSpan, QuoteSpan
from lawref.text.regex_code import constant

__all__ = ["in_another_item"]

# An item's mark at the start of a line: a number or letter closed by ")" or ".", one in
# brackets, a Chinese number with 、, a circled digit.
_ITEM_MARK = constant(
    r"[ \t\u3000]*(?:[(（](?:[0-9]{1,3}|[a-zA-Z]|[ivx]{1,4}|[一二三四五六七八九十]{1,3})[)）]"
    r"|[0-9]{1,3}[.)、．]|[a-zA-Z][.)]|[一二三四五六七八九十]{1,3}、|[①-⑳])"
)


def in_another_item(text: str, citation: CitationSpan, quote: QuoteSpan) -> bool:
    """Whether ``citation`` stands on another line than ``quote``, each line opening with an
    item's mark, and ``quote`` opens its own line after its mark (a citation before it) or the
    citation's line comes after the quotation's end (a citation after it)."""
    quote_line = _line_start(text, quote.start)
    citation_line = _line_start(text, citation.start)
    if citation_line == quote_line or _ITEM_MARK.match(text, citation_line) is None:
        return False
    if citation.start >= quote.end:
        return citation_line >= quote.end
    opening = _ITEM_MARK.match(text, quote_line)
    return opening is not None and not text[opening.end() : quote.start].strip(MARKS)


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1
