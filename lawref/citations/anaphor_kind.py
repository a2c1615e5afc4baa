""" "Article 48 of the Regulation" points back only to a law that is a regulation.

An English anaphor after a reference — "of the Regulation", "of the Act", "under this Directive" —
says which kind of instrument the writer means. It reads as the law named before only when that
law is of that kind: a text that names China's Export Control Law and then cites "Article 48 of
the Regulation" (the EU's dual-use regulation, named in words the store does not know) does not
cite the Export Control Law's Article 48. The kind is read from the stored law's own names (its
words, kept by the name table): the GDPR and the AI Act are regulations, the CII Regulations too;
the Chinese laws are laws; the US statutes are acts. Without a fitting law before it, the reference
is left to the rules for a law the text does not name (citations/inference.py), as 该条例 after a
law named …法 is (references.py).

Chinese 该条例 / 該條例 ("the said regulation") before a reference likewise points only to a
regulation (该条例第四十八条 after 《出口管制法》 is not that law's Article 48). Only these head
words are read so: "the law", "the statute", "the legislation" and "the
code" are said of any kind of law ("Article 5 of the law" of the GDPR), so they keep pointing to
the law named before whatever it is.
"""

from __future__ import annotations

from collections.abc import Mapping, Set

from lawref.text.regex_code import constant

# The head word of an anaphor that names a kind of instrument: "of the Regulation", "the Act's",
# 该条例 / 該條例 (Chinese writing calls a regulation, the GDPR too, 条例).
_KIND_WORD = constant(
    r"(?i:\b(?P<en>regulations?|act|directive)(?:['’]s)?\s{0,3}$)|(?P<zh>[条條]例)"
)
# The kind a head word names, and the words of a stored law's names that make it that kind.
_KINDS: dict[str, tuple[str, ...]] = {
    "regulation": ("regulation", "regulations"),
    # "the Regulations" (plural) is a law named so, the NDSMR: after the GDPR it is some other
    # set of regulations
    "regulations": ("regulations",),
    "act": ("act",),
    "directive": ("directive",),
}


def kind_word(anaphor: str) -> str | None:
    """The kind of instrument the anaphor's English head word names ("regulation", "act"), or
    None ("the law", 该条例: its Chinese kind is read by citations/kind_reach.py)."""
    head = _KIND_WORD.search(anaphor)
    return head["en"].casefold() if head is not None and head["en"] else None


def kind_fits(anaphor: str, statute: str | None, name_tokens: Mapping[str, Set[str]]) -> bool:
    """Whether the anaphor's words (" of the Regulation", 该条例) can point back to ``statute``:
    true unless their head word names a kind of instrument none of the statute's names is."""
    head = _KIND_WORD.search(anaphor)
    if statute is None or head is None:
        return True
    kinds = _KINDS[head["en"].casefold()] if head["en"] else _KINDS["regulation"]
    tokens = name_tokens.get(statute, set())
    return any(kind in tokens for kind in kinds)
