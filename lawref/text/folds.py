"""Character-level folds of a text that keep, for each character they make, the ``[start, end)``
range of the input it came from: NFKC with unified punctuation and look-alike letters
(:func:`fold`), a pattern's matches rewritten (:func:`rewrite`), Traditional Chinese to Simplified
(:func:`to_simplified`), case folding (:func:`casefold`), letters and digits only
(:func:`alnum_only`). lawref/text/normalize.py chains them into its matching forms.

A fold works on a triple ``(text, starts, ends)``: offsets are lists while working, or ranges while
they are still the identity (cheap to make).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from lawref.text.confusables import fold_lookalikes, may_hold_lookalikes
from lawref.text.regex_code import constant

# Han ideographs (with extensions and compatibility forms) and kana: matched character by character.
CJK_RANGES = "\u3005\u3007\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
CJK_RE = constant(f"[{CJK_RANGES}]")

ELLIPSIS = "\u2026"
QUOTE = "'"
DASH = "-"

_QUOTES = "\"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2039\u203a\u00ab\u00bb\u300c\u300d\u300e\u300f\u301d\u301e\u301f`\u00b4\u2032\u2033"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d\u2e3a\u2e3b"
# Chinese punctuation that ASCII-punctuated Chinese text writes with these ASCII marks.
_CN_PUNCT = {
    "\u3002": ".",  # 。
    "\uff61": ".",  # ｡
    "\u3001": ",",  # 、 enumeration comma: ASCII text has only ","
    "\u300a": "<",  # 《
    "\u300b": ">",  # 》
    "\u3008": "<",  # 〈
    "\u3009": ">",  # 〉
    "\u3010": "[",  # 【
    "\u3011": "]",  # 】
    "\u3014": "(",  # 〔
    "\u3015": ")",  # 〕
    "\u22ef": ELLIPSIS,  # ⋯ midline ellipsis, common in Chinese text
    "\u2025": ELLIPSIS,  # ‥
}
_PUNCT_TABLE = str.maketrans(
    {**dict.fromkeys(_QUOTES, QUOTE), **dict.fromkeys(_DASHES, DASH), **_CN_PUNCT}
)


# Offsets are lists while working, or ranges while they are still the identity (cheap to make).
Triple = tuple[str, Sequence[int], Sequence[int]]


@lru_cache(maxsize=65536)
def _fold_char(char: str) -> str:
    """NFKC, then unified punctuation and look-alike letters folded to Latin (Cyrillic "а" is
    "a"); format characters (soft hyphen, zero-width space, bidi controls) vanish. What they
    hid is reported apart (lawref/match/characters.py)."""
    if unicodedata.category(char) == "Cf":
        return ""
    return lookalikes_folded(unicodedata.normalize("NFKC", char).translate(_PUNCT_TABLE))


def lookalikes_folded(text: str) -> str:
    if may_hold_lookalikes(text):
        return fold_lookalikes(text)
    return text


@lru_cache(maxsize=65536)
def _is_combining(char: str) -> bool:
    return unicodedata.combining(char) > 0


_NOT_SIMPLE = "\uffff"  # a noncharacter: marks characters the fast path cannot fold


class _FoldTable(dict):  # type: ignore[type-arg]
    """str.translate table: code point → its one-character fold, or _NOT_SIMPLE (memoised)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = _fold_char(char)
        simple = len(folded) == 1 and not _is_combining(char) and char != _NOT_SIMPLE
        value = folded if simple else _NOT_SIMPLE
        if len(self) < 200_000:
            self[code] = value
        return value


_FOLD_TABLE = _FoldTable()


# A text at least this long is translated with NumPy when the process has imported it (a batch
# or the web app: lawref/match/counting.py): str.translate looks each character up in the table
# (~50 to 100 ns a character), a NumPy look-up ~4 us a call and a few ns a character.
VECTOR_MIN_CHARS = 128
_vector_table: Any = None  # NumPy uint32 array: each code point's fold, 0 where not yet known


def _translated(text: str) -> str:
    """``text.translate(_FOLD_TABLE)``: every character to one character."""
    np = sys.modules.get("numpy")
    if np is None or len(text) < VECTOR_MIN_CHARS:
        return text.translate(_FOLD_TABLE)
    try:
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    except UnicodeEncodeError:  # a lone surrogate
        return text.translate(_FOLD_TABLE)
    global _vector_table
    if _vector_table is None:  # (zeroed pages cost nothing until written)
        _vector_table = np.zeros(0x110000, dtype=np.uint32)
    folded = _vector_table.take(codes)
    if not folded.all():  # characters first seen (or NUL, which folds to itself): looked up
        for code in set(codes[folded == 0].tolist()):
            _vector_table[code] = ord(_FOLD_TABLE[code])
        folded = _vector_table.take(codes)
    return folded.tobytes().decode("utf-32-le")


def fold(text: str) -> Triple:
    # Fast path: when every character folds to exactly one character (the usual case), one
    # translate does it at C speed and the offsets are the identity.
    folded = _translated(text)
    if _NOT_SIMPLE in folded:
        return _fold_slow(text)
    length = len(text)
    return folded, range(length), range(1, length + 1)


def _fold_slow(text: str) -> Triple:
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    length = len(text)
    i = 0
    while i < length:
        j = i + 1
        while j < length and _is_combining(text[j]):
            j += 1
        if j == i + 1:
            folded = _fold_char(text[i])
        else:  # a base character with combining marks: normalise them together (e + ́ → é)
            folded = unicodedata.normalize("NFKC", text[i:j]).translate(_PUNCT_TABLE)
            folded = lookalikes_folded(folded)
        for char in folded:
            out.append(char)
            starts.append(i)
            ends.append(j)
        i = j
    return "".join(out), starts, ends


def rewrite(
    triple: Triple,
    pattern: re.Pattern[str],
    replace: Callable[[re.Match[str], str], str | None],
) -> Triple:
    """Replace each match by ``replace(match, text)`` (None: keep it); a replacement's characters
    all map to the whole matched range."""
    text, starts, ends = triple
    pieces: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    last = 0
    changed = False
    for match in pattern.finditer(text):
        repl = replace(match, text)
        if repl is None:
            continue
        changed = True
        a, b = match.span()
        pieces.append(text[last:a])
        new_starts += starts[last:a]
        new_ends += ends[last:a]
        if repl:
            pieces.append(repl)
            new_starts += [starts[a]] * len(repl)
            new_ends += [ends[b - 1]] * len(repl)
        last = b
    if not changed:
        return triple
    pieces.append(text[last:])
    new_starts += starts[last:]
    new_ends += ends[last:]
    return "".join(pieces), new_starts, new_ends


@lru_cache(maxsize=1)
def t2s_converter():  # type: ignore[no-untyped-def]
    """OpenCC's Traditional-to-Simplified converter, made once a process (loading its
    dictionaries costs a few ms): the matching forms and the citation finder share it."""
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=65536)
def t2s_char(char: str) -> str:
    return t2s_converter().convert(char)


def to_simplified(triple: Triple) -> Triple:
    text, starts, ends = triple
    if not CJK_RE.search(text):
        return triple
    converted = t2s_converter().convert(text)
    if len(converted) == len(text):
        return converted, starts, ends
    # The phrase conversion changed the length somewhere: convert character by character instead.
    return per_character(triple, _simplified_char)


def to_simplified_text(text: str) -> str:
    """Just the text of :func:`to_simplified`, without offsets."""
    if not CJK_RE.search(text):
        return text
    converted = t2s_converter().convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(map(_simplified_char, text))


def _simplified_char(char: str) -> str:
    return t2s_char(char) if CJK_RE.match(char) else char


@lru_cache(maxsize=65536)
def _casefold_char(char: str) -> str:
    return char.casefold()


def casefold(triple: Triple) -> Triple:
    text, starts, ends = triple
    folded = text.casefold()
    if len(folded) == len(text):
        return folded, starts, ends
    return per_character(triple, _casefold_char)


def per_character(triple: Triple, convert: Callable[[str], str]) -> Triple:
    """Each character as ``convert`` gives it (maybe longer: "ß" casefolds to "ss"), every
    character it becomes keeping the character's offsets."""
    text, starts, ends = triple
    out: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    for char, start, end in zip(text, starts, ends, strict=True):
        made = convert(char)
        out.append(made)
        new_starts += [start] * len(made)
        new_ends += [end] * len(made)
    return "".join(out), new_starts, new_ends


# A run of letters and digits: [^\W_] is exactly str.isalnum, character for character.
_ALNUM_RUN_RE = constant(r"[^\W_]+")


def alnum_only(triple: Triple) -> Triple:
    text, starts, ends = triple
    runs = [m.span() for m in _ALNUM_RUN_RE.finditer(text)]
    if not text or (len(runs) == 1 and runs[0] == (0, len(text))):
        return triple
    # the runs' slices joined (C-level copies), not a Python step per character
    new_starts: list[int] = []
    new_ends: list[int] = []
    for a, b in runs:
        new_starts += starts[a:b]
        new_ends += ends[a:b]
    return "".join([text[a:b] for a, b in runs]), new_starts, new_ends


def alnum_text(text: str) -> str:
    """Just the text of :func:`alnum_only`: the runs of letters and digits joined."""
    return "".join(_ALNUM_RUN_RE.findall(text))


def fold_text(text: str) -> str:
    """Just the text of :func:`fold`, without offsets."""
    folded = _translated(text)
    return _fold_slow(text)[0] if _NOT_SIMPLE in folded else folded


def simplified_text(text: str) -> str:
    """``text`` with Traditional Chinese converted to Simplified by phrase (OpenCC t2s); its
    length may change, so callers that keep offsets use :func:`to_simplified`."""
    return t2s_converter().convert(text)
