"""A page's paragraph markup scraped into a reproduction is a paragraph break, not inserted words.

A page whose HTML was copied with its tags ("…进行监督。</p><p>个人信息处理者应当公开…", a
"<br/>" between two items) reproduces the law's paragraphs with the markup between them: matched
whole, the tags read as words the writer inserted, and the reproduction came out ``altered``.
A reader sees the page's paragraph break. reuse/paragraphs.py splits a quotation at these breaks
as at a line break, and a quotation altered only by them is reported paragraph by paragraph,
each paragraph judged on its own, as one altered only by the paragraph numbers it leaves out.
"""

from __future__ import annotations

from lawref.report import Difference
from lawref.text.regex_code import constant

__all__ = ["MARKUP_BREAK", "in_markup"]

# A paragraph's or line's end and the next one's start as HTML writes them: </p><p …>, <br/>,
# </div><div …>, </li><li …> (attributes at most 200 characters: linear, no nesting).
MARKUP_BREAK = constant(r"</(?:p|div|li)\s*>\s*<(?:p|div|li)(?:\s[^<>]{0,200})?>|<br\s*/?>")


def in_markup(text: str, difference: Difference) -> bool:
    """Whether the difference is words inserted that lie inside paragraph markup of ``text``
    (the tag names and attributes the alignment read as words)."""
    if difference.op != "insert" or not difference.quote.strip():
        return False
    return any(difference.quote in found.group() for found in MARKUP_BREAK.finditer(text))
