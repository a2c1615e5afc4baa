"""A law's name used as a common noun names no particular law: "a domestic national security law"
(one Hong Kong has yet to pass), "Basic law means a law subordinate only to the Constitution" (a
term being defined), 重新寫成一條《國家安全法》 ("rewritten into a National Security Law": a law yet to
be written, counted with a numeral and a classifier). Such a mention is not a citation of the
stored law of that name. Reporting also introduces the law itself that way ("China has adopted a
controversial cyber security law", dev, a label left out of the figures); reading it as no
citation costs that citation and can accuse nobody, reading a generic mention as the law can.

A mention that says the law was made is the law itself, not a kind of law: "China has passed a
new foreign relations law", "a new foreign relations law has been passed", "a national security
law imposed on the city", 国家于2010年便通过了一条《国家秘密法》 — a law already passed, adopted,
enacted, imposed or unveiled, not one to be written ("to pass a domestic national security law",
重新寫成一條《國家安全法》, 将通过一部…)."""

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
# The law said to be made, in the past: a verb of making before the indefinite word ("has passed
# a new", "imposed a", "unveiled a sweeping") or after the name ("has been passed", "was adopted",
# "imposed on"). Not the infinitive ("to pass a"): a law yet to be made.
_MADE_BEFORE = constant(
    r"(?<![A-Za-z])(?<!to\s)(?:passed|adopted|enacted|imposed|unveiled|approved|promulgated)"
    r"\s{1,2}(?:a|an)\s{1,2}(?:[a-z][a-z-]{1,20}\s{1,2}){0,2}$"
)
_MADE_AFTER = constant(
    r"\s{1,2}(?:(?:(?:has|have|had)\s{1,2}been|was|were)\s{1,2}"
    r"(?:passed|adopted|enacted|imposed|approved|promulgated)|imposed\s{1,2}on)(?![A-Za-z])"
)
# …and in Chinese, a verb of making before the numeral and classifier (通过了一条《…》), not one
# still to come (将通过, 拟制定, 要出台).
_MADE_CLASSIFIER = constant(
    r"(?<![将將拟擬要会會需须須应應])(?:通过|通過|颁布|頒布|制定|出台)了?\s{0,2}"
    r"[一两兩][条條部项項个個套]\s{0,2}(?:新的|新)?\s{0,2}[《〈]?$"
)
_REACH = 40


def generic_mention(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is used as a common noun: written in lower case
    (but for its first letter) after an indefinite word, or before "means"; or, in Chinese,
    after a numeral and a classifier — unless the words around it say that law was made."""
    before = text[max(0, start - _REACH) : start]
    if _CLASSIFIER_BEFORE.search(before):
        return _MADE_CLASSIFIER.search(before) is None
    words = text[start:end].split()
    if len(words) < 2 or not all(w.isascii() and w.isalpha() for w in words):
        return False
    if any(not w.islower() for w in words[1:]):
        return False  # "a Cybersecurity Law", "the Basic Law means that …": a name
    if words[0].islower() and _INDEFINITE_BEFORE.search(before):
        return not (_MADE_BEFORE.search(before) or _MADE_AFTER.match(text, end))
    return _DEFINED_AFTER.match(text, end) is not None
