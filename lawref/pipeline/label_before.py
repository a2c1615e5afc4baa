"""A defined term's label in brackets right before an unquoted reproduction — "A European
Artificial Intelligence Board (the ‘Board’) is hereby established", 坚持中国共产党对保守国家秘密
（以下简称“保密”）工作的领导 — stands inside the law's sentence: the sentence reaches back
through it to the law's words before it.

The quotation scanner reports the label as a quotation of its own, and the reuse scan reads
around it, so the law's words before a label are cut off from those after it. When the words
after the label are the longer stretch (the reproduction's core), the words before it — a few,
too short to be a reproduction of their own — were lost: the sentence that widens an unquoted
core stopped at the label's closing mark (pipeline/sentence.py stops at quotation marks and a
closing bracket), and the label was left as an unlinked term where the whole sentence was the
law's (heldout23's listing of the AI Act's Art. 65, “A European Artificial Intelligence Board
(the ‘Board’) is hereby established.” under its heading, reported as ‘Board’ and “is hereby
established. …”). A label after the core was already read through (pipeline/unquoted.py,
``_is_label``); this is the same label before it. Whether the writer's words before the label
join the core stays the widening's to say (the words must stand for the stored words before the
core); the label itself is then part of the reproduction and no quotation of its own.

Only a label closed by a bracket is read so (the term a law defines in brackets, ‘…’ in the EU's
acts, （以下简称“…”） in a Chinese law): a quoted term followed by the law's words without a bracket
is the writer's own ("the “right to erasure” lets a data subject …").
"""

from __future__ import annotations

from lawref.spans import QuoteSpan

__all__ = ["LABEL_GAP_MAX", "label_before"]

# Characters between the label's end and the core's start: its closing mark, the bracket, a
# space ("’) ", "”）"). The same reach as the label after a core (pipeline/unquoted.py, 6).
LABEL_GAP_MAX = 6
# The closing brackets that make a quoted term a defined term's label in the sentence.
_CLOSING_BRACKETS = ")）"


def label_before(text: str, label: QuoteSpan, core: QuoteSpan, longest: int) -> bool:
    """Whether ``label`` is a defined term's label in brackets right before the unquoted
    reproduction ``core``, in its sentence: a short quotation (at most ``longest`` words or CJK
    characters), only its closing mark, a closing bracket and spaces between it and the core."""
    from lawref.pipeline.sentence import CJK_ENDS, LATIN_ENDS, word_tokens

    if label.marks != "quoted" or core.marks != "none":
        return False
    if not 0 <= core.start - label.end <= LABEL_GAP_MAX:
        return False
    gap = text[label.end : core.start]
    if any(c.isalnum() or c in CJK_ENDS or c in LATIN_ENDS for c in gap):
        return False
    if not any(c in _CLOSING_BRACKETS for c in gap):
        return False
    return 0 < len(word_tokens(label.text)) <= longest
