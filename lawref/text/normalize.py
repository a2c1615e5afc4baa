"""Matching forms of a text ("skeletons") with a map back to the original offsets.

Stored statute text is data of record and is never changed; these forms exist only to compare a
quotation with it. Every form keeps, for each of its characters, the ``[start, end)`` range of the
original text it came from, so an aligned span can be reported in the original's coordinates.

Three forms, from strict to loose:

- :func:`verbatim_form` — what the JSON contract calls "identical up to whitespace, quote-mark and
  dash style, Unicode width": NFKC, quote marks and dashes unified, ellipses unified, look-alike
  Cyrillic/Greek letters folded to Latin (reported apart, see lawref/text/confusables.py), Chinese
  full-width punctuation folded to ASCII, whitespace kept only between two Latin words,
  Traditional Chinese converted to Simplified.
- :func:`skeleton` — the matching form: the above plus case folding and words broken by a stray
  line break or hyphenation joined again ("T\\n\\nhey" → "they", "sup-\\nport" → "support").
- :func:`letters_form` — letters and digits only, case folded: two texts with equal letter forms
  differ only in punctuation, capitalisation, hyphenation or scrape damage (a "minor" difference).
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from lawref.text.folds import (
    CJK_RANGES,
    CJK_RE,
    DASH,
    ELLIPSIS,
    Triple,
    alnum_only,
    alnum_text,
    casefold,
    fold,
    fold_text,
    lookalikes_folded,
    rewrite,
    simplified_text,
    to_simplified,
    to_simplified_text,
)
from lawref.text.regex_code import constant
from lawref.text.regional import fold_regional, fold_regional_triple
from lawref.text.tokens import is_cjk

# Runs of three or more dots and of ellipsis characters (whitespace is already gone by then).
_ELLIPSIS_RE = constant(r"(?:\u2026|\.{3})[.\u2026]*")
_DASH_RUN_RE = constant(r"-{2,}")
_SPACE_RE = constant(r"\s+")
# "sup-\nport": a hyphen after a letter, then a line break, then (checked in code) a lowercase letter.
_HYPHEN_BREAK_RE = constant(
    f"(?<=[^\\W\\d_{CJK_RANGES}])-[^\\S\\n]{{0,8}}\\n\\s{{0,8}}(?=[^\\W\\d_])"
)
# "T\n\nhey": one letter starting a word, then a line break, then (checked in code) lowercase.
_LETTER_BREAK_RE = constant(
    f"(?<![^\\W_{CJK_RANGES}])([^\\W\\d_{CJK_RANGES}])[^\\S\\n]{{0,8}}\\n\\s{{0,8}}(?=[^\\W\\d_])"
)

# What each of the two needs, beginning with a character class or a character: searched for
# first (from a test of each position's character, in C), the two (each beginning with a
# lookbehind, tried at every position) only where it is found.
_HYPHEN_BREAK_NEEDS = constant(r"-[^\S\n]{0,8}\n")
_LETTER_BREAK_NEEDS = constant(f"[^\\W\\d_{CJK_RANGES}][^\\S\\n]{{0,8}}\\n")


@dataclass(frozen=True, eq=False)
class Skeleton:
    """A matching form of a text: ``text[i]`` came from ``source[offsets[i]:ends[i]]``.

    ``offsets`` and ``ends`` are non-decreasing; ``source_length`` is the original's length, the
    end offset of the whole text.
    """

    text: str
    offsets: array  # array("I"): original start index of each character
    ends: array  # array("I"): original end index of each character
    source_length: int

    def __len__(self) -> int:
        return len(self.text)

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """The original ``[start, end)`` covered by skeleton characters ``[start, end)``."""
        if start >= end:
            at = self.offsets[start] if start < len(self.text) else self.source_length
            return at, at
        return self.offsets[start], self.ends[end - 1]


# --- the character-level stages ---------------------------------------------------------------
# Each stage maps (text, starts, ends) to a new triple; starts/ends are plain lists while working.


def _ellipsis(match: re.Match[str], text: str) -> str:
    return ELLIPSIS


def _dash_run(match: re.Match[str], text: str) -> str:
    return DASH


def _is_latin_word_char(char: str) -> bool:
    return char.isalnum() and not is_cjk(char)


def _space(match: re.Match[str], text: str) -> str | None:
    """Whitespace matters only between two Latin words or numbers; elsewhere it goes."""
    a, b = match.span()
    if a == 0 or b == len(text):
        return ""
    if _is_latin_word_char(text[a - 1]) and _is_latin_word_char(text[b]):
        return " " if match.group() != " " else None
    return ""


def _hyphen_break(match: re.Match[str], text: str) -> str | None:
    return "" if text[match.end()].islower() else None


def _letter_break(match: re.Match[str], text: str) -> str | None:
    letter = match.group(1)
    # "a" and "I" are words on their own; anything else alone before a line break is a fragment.
    if letter in "aAI" or not text[match.end()].islower():
        return None
    return letter


def _skeleton_of(triple: Triple, source_length: int) -> Skeleton:
    text, starts, ends = triple
    return Skeleton(text, _offsets_array(starts), _offsets_array(ends), source_length)


_IDENTITY = array("I", range(4097))  # 0, 1, 2, …: sliced for offsets that are still a range


def _offsets_array(offsets: Sequence[int]) -> array:
    """``array("I", offsets)``; an identity range (a form no fold changed) copied from a slice."""
    global _IDENTITY
    if type(offsets) is range and offsets.step == 1:
        if offsets.stop >= len(_IDENTITY):
            _IDENTITY = array("I", range(2 * offsets.stop + 1))
        return _IDENTITY[offsets.start : offsets.stop]
    return array("I", offsets)


# --- the public forms -------------------------------------------------------------------------


# The forms below are asked for again and again of the same short strings: a quotation's letters
# by the matcher, the law-text screen and both citation readings of it; its verbatim form for its
# edges and its core. The latest few of each are kept (strings up to RECENT_MAX_CHARS, so that a
# document scanned whole is never kept); a Skeleton is never changed by its readers.
RECENT_FORMS = 256
RECENT_MAX_CHARS = 4096


def _recent(make: Callable[[str], Skeleton]) -> Callable[[str], Skeleton]:
    kept = lru_cache(maxsize=RECENT_FORMS)(make)

    def form(text: str) -> Skeleton:
        return kept(text) if len(text) <= RECENT_MAX_CHARS else make(text)

    form.__doc__ = make.__doc__
    form.__name__ = make.__name__
    form.cache_clear = kept.cache_clear  # type: ignore[attr-defined]
    return form


_Made = TypeVar("_Made")


def _kept(kept: dict[str, _Made], text: str, make: Callable[[str], _Made]) -> _Made:
    """``make(text)``, the latest RECENT_FORMS kept in ``kept`` (first in, first out) for texts
    up to RECENT_MAX_CHARS: a plain dict rather than an lru_cache, so that a form can be looked
    for without being made (``_letters_text`` reads ``_FOLDED``)."""
    if len(text) > RECENT_MAX_CHARS:
        return make(text)
    found = kept.get(text)
    if found is None:
        found = kept[text] = make(text)
        if len(kept) > RECENT_FORMS:
            del kept[next(iter(kept))]
    return found


def _folded(text: str) -> Triple:
    """:func:`lawref.text.folds.fold` of ``text``, the latest few kept: the three forms of one
    string start from it (its triple is never changed by the stages, which make new ones)."""
    return _kept(_FOLDED, text, fold)


_FOLDED: dict[str, Triple] = {}


@_recent
def verbatim_form(text: str) -> Skeleton:
    """Equal verbatim forms: identical up to whitespace, quote/dash style, width and script."""
    triple = _punctuation_runs(_spaces_rewritten(_folded(text)))
    return _skeleton_of(to_simplified(triple), len(text))


@_recent
def skeleton(text: str) -> Skeleton:
    """The matching form: the verbatim form, case folded, with broken words joined."""
    if "\n" in text:  # (folding makes a line break of no other character: tests/test_normalize)
        if _has_broken_word(_folded(text)[0]):
            return _skeleton_of(_skeleton_triple(text), len(text))
        # No word to join: _skeleton_triple's stages are the verbatim form's, then case and
        # regional words folded (the verbatim form is made once and kept).
        verbatim = verbatim_form(text)
        triple = fold_regional_triple(casefold((verbatim.text, verbatim.offsets, verbatim.ends)))
        return _skeleton_of(triple, len(text))
    # No word broken across lines: the verbatim form case folded, made from it (a quotation and a
    # stored text are asked for both), its offsets shared when folding keeps the length.
    verbatim = verbatim_form(text)
    folded = fold_regional(verbatim.text.casefold())
    if len(folded) == len(verbatim.text):
        return Skeleton(folded, verbatim.offsets, verbatim.ends, verbatim.source_length)
    triple = casefold((verbatim.text, verbatim.offsets, verbatim.ends))
    return _skeleton_of(triple, len(text))


def _skeleton_triple(text: str) -> Triple:
    triple = _join_broken_words(_folded(text))
    triple = _punctuation_runs(_spaces_rewritten(triple))
    return fold_regional_triple(casefold(to_simplified(triple)))


@_recent
def letters_form(text: str) -> Skeleton:
    """Letters and digits only, case folded and in Simplified script."""
    triple = alnum_only(_folded(text))
    triple = fold_regional_triple(casefold(to_simplified(triple)))
    return _skeleton_of(triple, len(text))


def letters_text(text: str) -> str:
    """``letters_form(text).text``, made without the offsets (most readers of a letters form want
    only its text: headings compared, a quotation's letters looked for in a sentence), the latest
    few kept. Each step is the text of :func:`letters_form`'s (tests/test_normalize.py holds the
    two equal)."""
    return _kept(_LETTERS, text, _letters_text)


_LETTERS: dict[str, str] = {}


def _letters_text(text: str) -> str:
    folded = _FOLDED.get(text)
    letters = to_simplified_text(alnum_text(fold_text(text) if folded is None else folded[0]))
    # (str.casefold folds each character by itself: folds.casefold's text either way)
    return fold_regional(letters.casefold())


def _spaces_rewritten(triple: Triple) -> Triple:
    """``rewrite(triple, _SPACE_RE, _space)``. A text with no whitespace (most Chinese texts) is
    its own rewriting: every character ``\\s`` matches other than " " is one ``str.isprintable``
    calls unprintable (tests/test_normalize.py), so the test runs at C speed, not the scan."""
    text = triple[0]
    if " " not in text and text.isprintable():
        return triple
    return rewrite(triple, _SPACE_RE, _space)


def _punctuation_runs(triple: Triple) -> Triple:
    """After whitespace is gone: ". . ." and "……" become one ellipsis, "——" one dash. Each
    pattern is scanned for only where its first characters occur (``in`` runs at C speed, and
    most texts have neither): a text without them is its own rewriting."""
    text = triple[0]
    if ELLIPSIS in text or "..." in text:
        triple = rewrite(triple, _ELLIPSIS_RE, _ellipsis)
    if "--" in triple[0]:
        triple = rewrite(triple, _DASH_RUN_RE, _dash_run)
    return triple


def _has_broken_word(folded: str) -> bool:
    """Whether :func:`_join_broken_words` may join anything in ``folded`` (else it is a no-op)."""
    return bool(
        (_HYPHEN_BREAK_NEEDS.search(folded) and _HYPHEN_BREAK_RE.search(folded))
        or (_LETTER_BREAK_NEEDS.search(folded) and _LETTER_BREAK_RE.search(folded))
    )


def _join_broken_words(triple: Triple) -> Triple:
    if "\n" not in triple[0]:
        return triple
    triple = rewrite(triple, _HYPHEN_BREAK_RE, _hyphen_break)
    return _rewrite_keep_letter(triple)


def _rewrite_keep_letter(triple: Triple) -> Triple:
    """Join "T\\n\\nhey": keep the letter with its own offsets, drop the whitespace after it."""
    text, starts, ends = triple
    drop: list[tuple[int, int]] = []
    for match in _LETTER_BREAK_RE.finditer(text):
        if _letter_break(match, text) is not None:
            drop.append((match.start(1) + 1, match.end()))
    if not drop:
        return triple
    keep = [True] * len(text)
    for a, b in drop:
        for i in range(a, b):
            keep[i] = False
    return (
        "".join(c for c, k in zip(text, keep, strict=True) if k),
        [s for s, k in zip(starts, keep, strict=True) if k],
        [e for e, k in zip(ends, keep, strict=True) if k],
    )


_NON_ALNUM_RE = constant(r"[\W_]+")


def quick_letters(text: str) -> str:
    """Nearly :func:`letters_form`'s text, computed at C speed without offsets: for screening
    candidates before the exact forms are built (it may differ on rare combining sequences)."""
    normal = lookalikes_folded(unicodedata.normalize("NFKC", text))
    if CJK_RE.search(normal):
        normal = simplified_text(normal)
    return fold_regional(_NON_ALNUM_RE.sub("", normal).casefold())


def _sub(pattern: re.Pattern[str], replace: Callable[[re.Match[str], str], str | None]):  # type: ignore[no-untyped-def]
    def apply(match: re.Match[str]) -> str:
        repl = replace(match, match.string)
        return match.group() if repl is None else repl

    return lambda text: pattern.sub(apply, text)


def _letter_keep(match: re.Match[str], text: str) -> str | None:
    return None if _letter_break(match, text) is None else match.group(1)


_TEXT_STAGES = (
    _sub(_HYPHEN_BREAK_RE, _hyphen_break),
    _sub(_LETTER_BREAK_RE, _letter_keep),
)
_SPACE_STAGE = _sub(_SPACE_RE, _space)
_ELLIPSIS_STAGE = _sub(_ELLIPSIS_RE, _ellipsis)
_DASH_STAGE = _sub(_DASH_RUN_RE, _dash_run)


def skeleton_text(text: str) -> str:
    """Just the text of :func:`skeleton`, without offsets, at C speed where it can be (for
    building the index). Must equal ``skeleton(text).text``; a property test holds it to that."""
    folded = fold_text(text)
    if "\n" in folded:
        for stage in _TEXT_STAGES:
            folded = stage(folded)
    folded = _DASH_STAGE(_ELLIPSIS_STAGE(_SPACE_STAGE(folded)))
    return fold_regional(to_simplified_text(folded).casefold())
