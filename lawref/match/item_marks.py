"""Marks of the law's layout a copy drops or glues on: an item's letter, a sentence's number.

Two edits of a word alignment that change none of the law's words, so that a quotation differing
only by them is ``minor``, not ``altered`` (issue 14, heldout8 and heldout9):

- an item's letter or number in brackets left out where the quotation runs on from a list's
  lead-in into that item: "shall be held liable on account of any action voluntarily taken in
  good faith" for "… on account of— (A) any action …"; "应当履行下列义务：遵守宪法" for "…义务：
  （一）遵守宪法". Only inside the quotation (its words on both sides, run on in one line), one
  short mark in brackets;
- a sentence's number glued to the sentence's first word by a page that sets the numbers as
  superscripts ("1In order to create incentives …", "2The …" for "In order …", "The …"): digits
  before a stored word at the quotation's start or after a sentence's end;
- an item numbered in a news report's style, 一是，二是，… on a line of its own where the law marks
  it （一）, （二）: the alignment pairs the numeral with the law's mark and reads 是 as a word
  the writer added (heldout9 and heldout18: two news reports of the Counter-espionage Law's
  Art. 4 list, each `minor` by its labels, came out `altered`).
"""

from __future__ import annotations

from lawref.match.align import QuoteForm, Target
from lawref.match.edits import Op
from lawref.text.regex_code import constant
from lawref.text.sentences import SENTENCE_OR_LEAD_IN_ENDS

__all__ = ["is_dropped_item_mark", "is_item_ordinal", "is_sentence_number"]

_MARK_MAX = 3  # characters of an item's mark: "A", "iv", "12", "十一"
_OPEN, _CLOSE = "(（[", ")）]"
# An item's numeral opening its line, in the quotation ("⏎一是，") and in the law ("⏎（一）").
_ORDINAL_LINE = constant(r"(?:^|\n)[ \t\u3000]*([一二三四五六七八九十]{1,3})$")
_MARK_LINE = constant(r"(?:^|\n)[ \t\u3000]*[(（]([一二三四五六七八九十]{1,3})$")


def is_dropped_item_mark(quote: QuoteForm, target: Target, op: Op) -> bool:
    """A delete of one stored item mark in brackets ("(A)", "（一）"), with quotation words on
    both sides of it."""
    if op.tag != "delete" or op.s1 - op.s0 != 1 or op.q0 == 0 or op.q0 >= len(quote.tokens):
        return False
    mark = target.token_texts[op.s0]
    if not mark or len(mark) > _MARK_MAX or not mark.isalnum():
        return False
    start, end = target.token_span_source(op.s0, op.s1)
    text = target.text
    if text[start - 1 : start] not in tuple(_OPEN) or text[end : end + 1] not in tuple(_CLOSE):
        return False
    # Run on in one line: a list set out line by line with marks of its own ("- ") is the
    # list's business (pipeline/listed_items.py), and its items are quotations of their own.
    _, before = quote.token_source(op.q0 - 1, op.q0)
    after, _ = quote.token_source(op.q0, op.q0 + 1)
    return "\n" not in quote.text[before:after]


def is_sentence_number(quote: QuoteForm, target: Target, op: Op) -> bool:
    """One quotation word that is a stored word with one or two digits glued before it ("1In"
    for "In"), at the quotation's start or after a sentence's end."""
    if op.tag != "replace" or op.q1 - op.q0 != 1 or op.s1 - op.s0 != 1:
        return False
    mine, theirs = quote.token_texts[op.q0], target.token_texts[op.s0]
    if not theirs or not theirs[0].isalpha() or not mine.endswith(theirs):
        return False
    digits = mine[: len(mine) - len(theirs)]
    if not (1 <= len(digits) <= 2 and digits.isascii() and digits.isdigit()):
        return False
    start, _ = quote.token_source(op.q0, op.q1)
    before = quote.text[:start].rstrip()
    return not before or before[-1] in SENTENCE_OR_LEAD_IN_ENDS


def is_item_ordinal(quote: QuoteForm, target: Target, op: Op) -> bool:
    """The 是 of an item the quotation numbers 一是， (二是、) at its line's start, where the
    law's same item opens its line with the same numeral in brackets, （一）: the item numbered
    in another style, none of the law's words changed."""
    if op.tag != "insert" or op.q1 - op.q0 != 1 or op.q0 == 0 or op.s0 == 0:
        return False
    if quote.token_texts[op.q0] != "是":
        return False
    start, end = quote.token_source(op.q0, op.q1)
    if quote.text[end : end + 1] not in ("，", ",", "、"):
        return False
    mine = _ORDINAL_LINE.search(quote.text, 0, start)
    mark_start, mark_end = target.token_span_source(op.s0 - 1, op.s0)
    theirs = _MARK_LINE.search(target.text, 0, mark_end)
    if mine is None or theirs is None or target.text[mark_end : mark_end + 1] not in _CLOSE:
        return False
    return mine.group(1) == theirs.group(1)
