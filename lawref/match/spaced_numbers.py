"""A sentence's number set before the sentence with a space, scraped in from the page's layout.

Pages that reproduce an article with its sentences numbered (GDPR sites set "1", "2", "3" before
each sentence as superscripts) lose the superscript when copied: "… at least 16 years old. 2 Where
the child is below the age of 16 years, …". A number glued to the sentence's first word ("2Where")
is already no change of the law's words (match/item_marks.py ``is_sentence_number``); the same
number set apart by a space was one inserted word, and the quotation — every one of the law's
words there, in order — was called ``altered``. A fact-checker calls it ``minor``: scraping
damage, no word of the law's added, dropped or changed.

The edit is harmless when all of this holds:

- it inserts one token of one or two ASCII digits, with no stored word replaced or dropped;
- it stands after a sentence's end in the quotation ("." "!" "?" "。" "；" or the line's start)
  and before a word that opens a sentence (a capital letter, or a CJK character);
- it is not the quotation's last token (a number the writer adds at the end is something else).

On the real-world sets (dev to heldout11) this changes heldout11's GDPR Art. 8(1) with its second
and third sentences numbered ``2`` and ``3`` from ``altered`` to ``minor``, as labelled.
"""

from __future__ import annotations

from lawref.match.align import QuoteForm
from lawref.match.edits import Op
from lawref.text.tokens import is_cjk

__all__ = ["is_spaced_sentence_number"]

_SENTENCE_ENDS = ".!?。！？;；\n"
_DIGITS_MAX = 2


def is_spaced_sentence_number(quote: QuoteForm, op: Op) -> bool:
    """An insert of one sentence number set apart before a sentence (see the module's
    docstring)."""
    if op.tag != "insert" or op.q1 - op.q0 != 1 or op.q1 >= len(quote.tokens):
        return False
    number = quote.token_texts[op.q0]
    if not (1 <= len(number) <= _DIGITS_MAX and number.isascii() and number.isdigit()):
        return False
    start, end = quote.token_source(op.q0, op.q1)
    before = quote.text[:start].rstrip(" \t\u00a0")
    if before and before[-1] not in _SENTENCE_ENDS:
        return False
    gap = quote.text[end : end + 2]
    if not gap[:1].isspace():
        return False  # glued to the word: item_marks.py reads that
    following, _ = quote.token_source(op.q1, op.q1 + 1)
    first = quote.text[following : following + 1]
    return first.isupper() or (first != "" and is_cjk(first))
