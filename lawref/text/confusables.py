"""Look-alike letters of other scripts (Unicode TR39 confusables) and characters nobody sees.

A quotation typed with Cyrillic "а о е с р" in Latin words reads the same as the statute and is
not the same text. For matching, :data:`LOOKALIKES` folds every Cyrillic, Greek and Armenian
letter that TR39 lists as confusable with one Latin letter into that letter (on both sides, so a
Latin letter in a Cyrillic word is caught as well); :func:`confusable_words` then finds the words
where the quotation and the stored text differ only by such letters, so that the report can say
so. The table is the confusable-homoglyphs package's copy of Unicode's confusables data.

:func:`hidden_characters` finds bidirectional controls (which reorder what a reader sees) and
invisible format characters; :func:`visible` writes each as ``⟨U+202E⟩`` for reports.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache

from lawref.text.regex_code import constant

_SCRIPTS = ("CYRILLIC", "GREEK", "ARMENIAN")

# Bidirectional controls: embeddings, overrides, isolates and marks.
BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# Invisible characters that carry nothing a reader sees (zero-width space, word joiner, invisible
# operators, byte order mark, Mongolian vowel separator, tag characters). Not reported: the soft
# hyphen (a hyphenation hint) and the zero-width (non-)joiner, which some scripts and emoji need.
_INVISIBLE = "\u180e\u200b\u2060\u2061\u2062\u2063\u2064\ufeff"
HIDDEN_CHARS = f"{BIDI}{_INVISIBLE}\U000e0000-\U000e007f"  # (a character class's contents)
_HIDDEN_RE = constant(f"[{HIDDEN_CHARS}]")
_WORD_RE = constant(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def lookalikes() -> dict[int, str]:
    """Code point → the Latin letter it is confusable with (a str.translate table)."""
    from importlib import resources  # with tempfile and shutil: ~5 ms that a check without
    # a letter of those scripts need not pay

    data = json.loads(
        resources.files("confusable_homoglyphs").joinpath("confusables.json").read_text("utf-8")
    )
    table: dict[int, str] = {}
    for char, glyphs in data.items():
        if len(char) != 1 or not char.isalpha() or script(char).upper() not in _SCRIPTS:
            continue
        latin = [
            g["c"]
            for g in glyphs
            if len(g["c"]) == 1 and g["c"].isalpha() and script(g["c"]) == "Latin"
        ]
        if not latin:
            continue
        target = next((c for c in latin if c.isascii()), latin[0])
        if char.isupper() and target == "l":
            target = "I"  # TR39 files capital I with l; a capital iota is read as I
        table[ord(char)] = target
    return table


def fold_lookalikes(text: str) -> str:
    """``text`` with every look-alike letter replaced by its Latin twin (same length)."""
    return text.translate(lookalikes())


_LOOKALIKE_BLOCKS = constant("[\u0370-\u058f\u1c80-\u1dbf\u1f00-\u1fff\ua640-\ua69f]")


def may_hold_lookalikes(text: str) -> bool:
    """Cheap pre-test (at C speed): whether ``text`` has a letter from a block with look-alikes."""
    return _LOOKALIKE_BLOCKS.search(text) is not None


def mark_lookalikes(text: str) -> str:
    """``text`` with each look-alike letter followed by its script: "shа⟨Cyrillic⟩ll"."""
    if not may_hold_lookalikes(text):
        return text
    table = lookalikes()
    return "".join(f"{c}⟨{script(c)}⟩" if ord(c) in table else c for c in text)


def script(char: str) -> str:
    """The script a letter belongs to, from its Unicode name ("Cyrillic", "Latin", "Greek")."""
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0].title() if name else "Unknown"


def _plain(word: str) -> str:
    return unicodedata.normalize("NFKC", word).casefold()


def _key(word: str) -> str:
    return fold_lookalikes(_plain(word)).casefold()


def confusable_words(quote: str, stored: str) -> list[tuple[str, str]]:
    """(quotation word, stored word) for each quotation word that equals a stored word only once
    look-alike letters are folded (first occurrence of each, in order)."""
    stored_words: dict[str, dict[str, str]] = {}  # key → plain form → the word as stored
    for word in _WORD_RE.findall(stored):
        stored_words.setdefault(_key(word), {}).setdefault(_plain(word), word)
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    for word in _WORD_RE.findall(quote):
        forms = stored_words.get(_key(word))
        if not forms or _plain(word) in forms or word in seen:
            continue
        seen.add(word)
        found.append((word, next(iter(forms.values()))))
    return found


def describe_confusable(quote_word: str, stored_word: str) -> str:
    """ "а (Cyrillic) for a, о (Cyrillic) for o": the letters that differ, with their scripts."""
    pairs = []
    for mine, theirs in zip(_plain(quote_word), _plain(stored_word), strict=False):
        if mine != theirs:
            pairs.append(f"{visible(mine)} ({script(mine)}) for {theirs}")
    return ", ".join(dict.fromkeys(pairs)) or f"{quote_word} for {stored_word}"


def hidden_characters(text: str) -> list[str]:
    """The bidi controls and invisible characters in ``text``, each once, in order."""
    return list(dict.fromkeys(_HIDDEN_RE.findall(text)))


def visible(text: str) -> str:
    """``text`` with each bidi control or invisible character written as ``⟨U+XXXX⟩``."""
    return _HIDDEN_RE.sub(lambda found: f"⟨U+{ord(found.group()):04X}⟩", text)


def hidden_names(chars: list[str]) -> str:
    """ "⟨U+202E⟩ RIGHT-TO-LEFT OVERRIDE, …" for reports."""
    return ", ".join(
        f"{visible(c)} {unicodedata.name(c, 'format character').lower()}" for c in chars
    )


def escape_hidden_json(json_text: str) -> str:
    """JSON text with each bidi control or invisible character as its ``\\u`` escape (they only
    occur inside strings, so the JSON reads back the same)."""

    def escape(found: re.Match[str]) -> str:
        code = ord(found.group())
        if code <= 0xFFFF:
            return f"\\u{code:04x}"
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"

    return _HIDDEN_RE.sub(escape, json_text)
