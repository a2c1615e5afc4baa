"""A law's name used as a common noun names no particular law: "a domestic national security law"
(one Hong Kong has yet to pass), "Basic law means a law subordinate only to the Constitution" (a
term being defined), 重新寫成一條《國家安全法》 ("rewritten into a National Security Law": a law yet to
be written, counted with a numeral and a classifier). Such a mention is not a citation of the
stored law of that name. Reporting also introduces the law itself that way ("China has adopted a
controversial cyber security law", dev, a label left out of the figures); reading it as no
citation costs that citation and can accuse nobody, reading a generic mention as the law can."""

from __future__ import annotations

from lawref.text.regex_code import constant

__all__ = ["generic_mention"]

# Before a name written in lower case: an indefinite or quantifying word, and up to two lower-case
# words between ("a domestic ", "another new ", "its own "). Not "first": "the country's first
# foreign relations law" is the Foreign Relations Law (heldout5).
_INDEFINITE_BEFORE = constant(
    r"(?<![A-Za-z])(?:a|an|any|another|each|every|one|such\s{1,2}a|its\s{1,2}own|their\s{1,2}own)"
    r"\s{1,2}(?:[a-z][a-z-]{1,20}\s{1,2}){0,2}$"
)
# After a name written in lower case: it is a term being defined.
_DEFINED_AFTER = constant(r"\s{1,2}(?:means|refers\s{1,2}to|is\s{1,2}defined\s{1,2}as)\b")
# Before a Chinese name: a numeral and a classifier (一条, 一部, 一項), maybe 新的; not 第一部.
_CLASSIFIER_BEFORE = constant(
    r"(?<![第每])[一两兩][条條部项項个個套]\s{0,2}(?:新的|新|单独的|單獨的)?\s{0,2}[《〈]?$"
)
_REACH = 40


def generic_mention(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is used as a common noun: written in lower case
    (but for its first letter) after an indefinite word, or before "means"; or, in Chinese,
    after a numeral and a classifier."""
    before = text[max(0, start - _REACH) : start]
    if _CLASSIFIER_BEFORE.search(before):
        return True
    words = text[start:end].split()
    if len(words) < 2 or not all(w.isascii() and w.isalpha() for w in words):
        return False
    if any(not w.islower() for w in words[1:]):
        return False  # "a Cybersecurity Law", "the Basic Law means that …": a name
    if words[0].islower() and _INDEFINITE_BEFORE.search(before):
        return True
    return _DEFINED_AFTER.match(text, end) is not None
