"""The tokens of a matching form (lawref/text/normalize.py): words of Latin script and numbers,
and single CJK characters, with their spans; whether a character is CJK; a text's length in words.

Punctuation is never a token, so it never makes a word difference; a CJK character weighs two
thirds of a Latin word (:func:`word_units`).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate
from typing import NamedTuple, Protocol

from lawref.text.folds import CJK_RANGES, CJK_RE
from lawref.text.regex_code import constant


class Form(Protocol):
    """A matching form (lawref/text/normalize.py's ``Skeleton``): its text is what is tokenized.
    (Named by its shape, not imported: normalize.py reads :func:`is_cjk` from here.)"""

    text: str


# A token: one CJK character, or a run of other letters/digits (a Latin word, a number).
# Only letters and digits: CJK_RANGES also holds marks such as the katakana middle dot "・"
# (a list separator in Chinese and Japanese text, like "、"), and punctuation is never a token,
# so it never makes a word difference.
TOKEN_RE = constant(f"(?=\\w)[{CJK_RANGES}]|[^\\W_{CJK_RANGES}]+")
_TOKEN_RE = TOKEN_RE


class Token(NamedTuple):
    """A word (Latin script, digits) or one CJK character, with its span in the skeleton."""

    text: str
    start: int
    end: int


def tokenize(form: Form | str) -> list[Token]:
    """Words of Latin script and numbers, and single CJK characters; punctuation is not a token."""
    text = form if isinstance(form, str) else form.text
    return list(map(Token, *token_columns(text)))


# TOKEN_RE as one group: re.split gives the text before the first token, a token, the text up to
# the next, … (TOKEN_RE never matches an empty string, and has no group of its own).
_TOKEN_SPLIT_RE = constant(f"({TOKEN_RE.pattern})")


def token_columns(text: str) -> tuple[list[str], list[int], list[int]]:
    """The tokens of ``text`` (TOKEN_RE's matches), their starts and their ends, made in C-level
    loops without a match object each: the pieces of one split, their lengths summed."""
    pieces = _TOKEN_SPLIT_RE.split(text)
    bounds = list(accumulate(map(len, pieces), initial=0))
    return pieces[1::2], bounds[1:-1:2], bounds[2::2]


def token_texts(form: Form | str) -> list[str]:
    text = form if isinstance(form, str) else form.text
    return _TOKEN_RE.findall(text)


class _CjkTable(dict):  # type: ignore[type-arg]
    """character -> whether it is CJK (a match of CJK_RE), memoised: asked of every character
    or token of a quotation, where a dictionary look-up costs a fraction of a regex match."""

    def __missing__(self, text: str) -> bool:
        value = CJK_RE.match(text) is not None
        if len(text) <= 1 and len(self) < 65536:
            self[text] = value
        return value


_IS_CJK = _CjkTable()


def is_cjk(char: str) -> bool:
    """Whether ``char`` (or the first character of a string) is CJK."""
    return _IS_CJK[char] if len(char) <= 1 else CJK_RE.match(char) is not None


def has_cjk(text: str) -> bool:
    return bool(CJK_RE.search(text))


class _UnitTable(dict):  # type: ignore[type-arg]
    """token -> its length in word units (:func:`word_units`), memoised like _CjkTable: a
    quotation's tokens are weighed several times a check, each a dictionary look-up in C."""

    def __missing__(self, text: str) -> float:
        value = 2 / 3 if len(text) == 1 and _IS_CJK[text] else 1.0
        if len(self) < 65536:
            self[text] = value
        return value


_UNITS = _UnitTable()


def word_units(tokens: Sequence[Token] | Sequence[str]) -> float:
    """Length in "words": a Latin word counts one, a CJK character two thirds (about 1.5 per word)."""
    if not tokens:
        return 0.0
    texts = tokens if isinstance(tokens[0], str) else [token.text for token in tokens]  # type: ignore[union-attr]
    # Added one by one from 0.0 in order, as a loop would (not math.fsum, nor sum(), whose
    # rounding of floats differs between Python versions): the same float every time. (Not
    # functools.reduce: batch_work.py's callgrind count is toggled on that call.)
    *_, units = accumulate(map(_UNITS.__getitem__, texts), initial=0.0)
    return units
