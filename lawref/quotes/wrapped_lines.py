"""A quotation that runs on over a hard line break in a text without blank lines.

Paragraphs are told apart by blank lines (quotes/layout.py); a text that has none is read one
paragraph per line, as Chinese pages and lists are written, and a quotation still open at a
line's end was dropped there. But text copied from a PDF or a fixed-width page is often wrapped
at a fixed width with no blank line anywhere ("Article 3 of the NSL directs⏎the executive
authorities … to “effectively prevent,⏎suppress and impose punishment for any act or
activity endangering⏎national security” in accordance with …", heldout12), and there every
quotation that crosses a line was lost.

So a quotation opened by a mark that has a closing mark of its own (“ „ « 「 『 〝: not the
straight marks, nor ‘, which an apostrophe writes too) stays open across a line break when the
line is wrapped as layout.py would join it in a text with blank lines: the line is short
(``SOFT_LINE_MAX``), does not end a sentence, and the next line is not indented deeper; and only
one line break parts the lines. A quotation that never closes is dropped as before, at the first
break that is not such a wrap or at the scanner's bounds (``MAX_QUOTE_PARAGRAPHS``), and any
quotation it held moves out, as for every unclosed quotation; so the scan stays linear.
"""

from __future__ import annotations

from lawref.quotes.layout import SOFT_LINE_MAX, Paragraph, ends_sentence, indent_of

# Openers whose closing mark is another character: the straight marks and ‘ (an apostrophe too)
# open and close alike, and a line break is no place to guess which one a mark is.
_DIRECTIONAL = frozenset("“„«「『〝")


def runs_on(text: str, line: Paragraph, following: Paragraph, opener: str) -> bool:
    """Whether a quotation opened with ``opener`` and still open at the end of ``line`` (a
    paragraph of one line) runs on into ``following``, the next line."""
    if opener not in _DIRECTIONAL:
        return False
    if text.count("\n", line.end, following.content) != 1:
        return False  # a blank line (or none: the same line) between them
    if "\n" in text[line.content : line.end]:
        return False  # a paragraph of several lines already: its end is a real one
    return (
        line.end - line.content <= SOFT_LINE_MAX
        and not ends_sentence(text, line.end)
        and indent_of(text, following) <= indent_of(text, line)
    )
