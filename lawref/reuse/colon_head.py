"""A run that opens with a few of the writer's words closed by a colon: the reproduction starts
after the colon.

A commentary that restates an article's second sentence after a lead-in of its own — "目的在于强化
受托方的数据安全义务：受托方应当依照法律、法规的规定和合同约定履行数据安全保护义务，…" — ends its
lead-in with words the law's first sentence ends with too (…的数据安全保护义务。). The scan's
alignment reaches back over the colon for them, and the run, matched whole, is ``altered`` by the
writer's head: the copy after the colon, word for word the law's, is not reported as such (and a
changed stretch in a commentary section is the commentator's, unlinked: pipeline/commentary.py).

When a run that is not an exact copy as a whole holds a colon (：, :) within its first
``HEAD_MAX_CJK`` CJK characters (``HEAD_MAX_LATIN`` Latin letters) and the words after the colon
are an exact copy (verbatim, minor, elided) that the scan would keep, the reproduction is those
words: a colon closes a lead-in, and the law's sentence does not hold the writer's colon there.
A run matched exactly as a whole, or whose words after the colon are changed too, is left as it
was, and so is a head the matched article holds itself with its colon ("Personal data shall be:
(c) adequate, …": the law's own lead-in, its points (a) and (b) left out, stays one elided or
altered reproduction).

How the bounds were chosen: the heads seen on the real-world sets are 7 CJK characters
(heldout14's commentary on the Data Security Law's Art. 40); a lead-in clause of a sentence is
rarely longer than a dozen characters or six or seven English words (40 letters), and a longer
head is no stray edge.
"""

from __future__ import annotations

from lawref.text.folds import simplified_text

__all__ = ["after_colon_head", "law_holds_head", "letters_between"]

HEAD_MAX_CJK = 12
HEAD_MAX_LATIN = 40
_COLONS = ":："
_HEAD_MAX_CHARS = 200  # characters read for the head, whatever stands between its letters


def after_colon_head(text: str, start: int, end: int) -> int | None:
    """Where the words after a colon start, when a colon closes a short head at the start of
    ``text[start:end]`` (the head's letters within the bounds), else None."""
    letters = cjk = 0
    at = start
    stop = min(end, start + _HEAD_MAX_CHARS)  # (spaces and marks between letters: bounded too)
    while at < stop:
        ch = text[at]
        if ch in _COLONS:
            break
        if ch.isalnum():
            letters += 1
            cjk += "\u3400" <= ch <= "\u9fff"
            if cjk > HEAD_MAX_CJK or letters - cjk > HEAD_MAX_LATIN:
                return None
        at += 1
    else:
        return None
    if letters == 0:
        return None
    after = at + 1
    while after < min(end, at + _HEAD_MAX_CHARS) and text[after].isspace():
        after += 1
    return after if after < end and not text[after].isspace() else None


def law_holds_head(text: str, start: int, cut: int, stored: str) -> bool:
    """Whether the stored text holds the head before ``cut`` with its colon (the law's own
    lead-in), compared in Simplified script with either colon."""
    head = simplified_text(text[start:cut].strip()).replace("：", ":")
    return bool(head) and head in simplified_text(stored).replace("：", ":")


def letters_between(text: str, start: int, end: int) -> int:
    """Letters and digits of ``text[start:end]`` (the words after the colon must be long enough
    to be kept as a run on their own)."""
    return sum(ch.isalnum() for ch in text[start:end])
