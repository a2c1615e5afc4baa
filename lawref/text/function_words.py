"""Words that carry grammar rather than content, in the Latin-script languages of the store.

A paraphrase must share content with the article it is said to follow: "the … of … and" lines up
with any long English text, and a store with the whole GDPR and AI Act has plenty of those.
Tokens are as :func:`lawref.text.tokens.token_texts` gives them (case-folded words; a CJK
character is a token of its own and always counts as content).
"""

from __future__ import annotations

_ENGLISH = (  # articles, prepositions, conjunctions, pronouns, auxiliaries
    "a an the of to in on at by for from with without into onto upon as than "
    "and or nor but if so that which who whom whose what this these those it its "
    "be is are was were been being am has have had having do does did done "
    "shall will would should may might can could must not no "
    "he she they them their his her him i we our you your us me my "
    "s there here such any all each other same"
)
_FRENCH = (
    "le la les l un une des du de d au aux et ou ni mais que qu qui dont ce cet cette ces "
    "son sa ses leur leurs il elle ils elles se en y à dans par pour sur sous avec sans "
    "est sont être été ont avoir ne pas"
)
FUNCTION_WORDS = frozenset(f"{_ENGLISH} {_FRENCH}".split())


def content_tokens(tokens: list[str]) -> int:
    """How many of ``tokens`` are not function words."""
    return sum(1 for token in tokens if token not in FUNCTION_WORDS)
