"""A quotation of a provision whose lettered or numbered items stand as paragraphs of their own.

A writer who quotes a provision with its list often opens the quotation before the provision's
opening words and closes it after the last item, with no mark at the start of each item:
``Section 3(2): "It is the policy … only to the extent necessary`` ⏎⏎ ``(a) to restrict …;``
⏎⏎ ``(b) …; and`` ⏎⏎ ``(c) … foreign demand."`` (heldout16, a report quoting the Export
Administration Act of 1979). The scanner dropped the quotation at the first paragraph's end,
since the next paragraph did not re-open it; the layout then took that paragraph, the writer's
citation included, as a block, and the items were found as uncited reproductions of the law
that replaced the Act, whose policy section reads alike. Read as one quotation, it keeps the
citation before it, and a law the store lacks is said so.

So a quotation still open at a paragraph's end runs on into the next paragraph when that one
opens with an item's enumerator ("(a)", "(1)", "1.", "（一）", "一、") and the paragraph it leaves
does not end a sentence with a full stop or a closing mark: a provision's opening words end on a
word, a colon, a dash, a comma or a semicolon before its items, and each item but the last ends
on a semicolon, "and" or "or". It is kept only if a mark closes it: a quotation that never closes
is dropped at the first paragraph that is not such an item, or at the scanner's bounds
(``MAX_QUOTE_PARAGRAPHS``), as every unclosed quotation is, so the scan stays linear.
"""

from __future__ import annotations

from lawref.quotes.layout import ENUMERATOR, Paragraph

# What ends a sentence or a quotation: after it the next paragraph is not the quoted list's item.
_CLOSED = frozenset(".!?。！？…\"'”’»」』")


def runs_into_item(text: str, paragraph: Paragraph, following: Paragraph) -> bool:
    """Whether a quotation still open at the end of ``paragraph`` runs on into ``following``,
    an item of the list the quoted provision holds."""
    if paragraph.end <= paragraph.content or text[paragraph.end - 1] in _CLOSED:
        return False
    return ENUMERATOR.match(text, following.content) is not None
