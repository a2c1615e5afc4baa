"""Which writing systems a text holds, read once per check: rules for Chinese or Japanese text
are skipped on a text that holds none of their script."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import NamedTuple

from lawref.text.regex_code import constant

# Han characters (CJK Unified Ideographs, Extension A, compatibility ideographs) and kana.
HAN = constant(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
KANA = constant(r"[\u3040-\u30ff]")
# The CJK Unified Ideographs block alone: the characters the rules for Chinese text count.
UNIFIED_HAN = constant(r"[\u4e00-\u9fff]")
# Extension A through the Unified Ideographs block, one span (the Yijing hexagram symbols between
# them, never in a law's text, included): the rules that weigh Chinese words apart from Latin ones.
IDEOGRAPH_SPAN = constant(r"[\u3400-\u9fff]")


class Scripts(NamedTuple):
    """Whether a text holds any Han character, any kana."""

    han: bool
    kana: bool


def holds_ideograph(text: str) -> bool:
    """Whether ``text`` holds a character of U+3400 to U+9FFF (Extension A, Unified Ideographs):
    a run of Chinese words, measured in characters rather than in Latin words."""
    return IDEOGRAPH_SPAN.search(text) is not None


def ideograph_count(text: str) -> int:
    """How many characters of U+3400 to U+9FFF ``text`` holds (the span :func:`holds_ideograph`
    looks for): the length of a Chinese head or item, in characters."""
    return len(IDEOGRAPH_SPAN.findall(text))


def ideograph_words(words: Iterable[str]) -> int:
    """How many of ``words`` (a text's tokens: a Chinese character is a token of its own) start
    with a character of the span :func:`holds_ideograph` looks for."""
    return ideograph_count("".join(word[:1] for word in words))


def scripts_of(text: str) -> Scripts:
    """The scripts ``text`` holds (one search each, linear in the text)."""
    return Scripts(HAN.search(text) is not None, KANA.search(text) is not None)


def in_latin_script(text: str) -> bool:
    """Whether every letter of ``text`` is a Latin one, accented letters included (French,
    German, Polish …; English too), and it holds one at least."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(
        c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in letters
    )
