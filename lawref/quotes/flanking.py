"""What flanks a quote mark: whether a straight mark opens or closes by the characters beside it
(as CommonMark decides emphasis), and what counts as a letter of a word written with spaces."""

from __future__ import annotations

import unicodedata

# Punctuation after which a closing mark may be followed by a footnote's number ('… States."2').
_NOTE_AFTER = frozenset(".,;!?。，；！？")


def word_char(char: str) -> bool:
    """A letter or digit of a word written with spaces (CJK characters are not: "说'好'")."""
    return char.isalnum() and char < "\u2e80"


def punctuation(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"


def left_flanking(before: str, after: str) -> bool:
    return not after.isspace() and (
        not punctuation(after) or before.isspace() or punctuation(before)
    )


def right_flanking(before: str, after: str) -> bool:
    """Before a space or punctuation, or after a word; or after a sentence's punctuation and
    before a footnote's number ('."2 Importantly'), which a closing mark precedes."""
    return not before.isspace() and (
        not punctuation(before)
        or after.isspace()
        or punctuation(after)
        or (after.isdigit() and before in _NOTE_AFTER)
    )


def reversed_opening(before: str, after: str) -> bool:
    """Whether a ” that closes no open “ opens a quotation: after a space (or a paragraph's
    start), before a word or a space — ”…”, an opening mark printed as a closing one (a French
    page's ” mettent en œuvre … ”, a Japanese page's ”…”)."""
    return before.isspace() and not punctuation(after)
