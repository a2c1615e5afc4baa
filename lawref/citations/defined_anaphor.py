"""An English anaphor a text gives a law as its short name — "The Data Security Law (the Law)" —
cites that law wherever the text uses it later, even after other laws are named in between: "It,
along with the National Security Law, the Cybersecurity Law, the upcoming Personal Information
Protection Law … In particular, the Law: …" is the Data Security Law, not the last law named.

The definition is the anaphor alone in brackets right after the stored law's name (the walk reads
it as that law already); its later uses are the same words ("the Law", "the Act", "the
Regulations"; case aside). A bare article after such a use ("The Law provides definitions …
(Article 3)") then reads the defined law too, as it reads the law an anaphor points back to.
Chinese and Japanese give a short name in quotation or title marks (以下简称“情报法”), which
citations/defined_term_uses.py reads; an anaphor (该法, 同法) is never given as one.
"""

from __future__ import annotations

from lawref.text.regex_code import constant

__all__ = ["defines_anaphor", "anaphor_key"]

# Between the law's name and the anaphor that defines its short name: the bracket that opens it.
_OPENS = constant(r"\s{0,3}[(（]\s{0,3}")
# After the anaphor: the bracket that closes it.
_CLOSES = constant(r"\s{0,3}[)）]")


def anaphor_key(words: str) -> str:
    """The anaphor's words as they are compared: "The  Law" and "the Law" alike."""
    return " ".join(words.split()).casefold()


def defines_anaphor(text: str, name_end: int, start: int, end: int) -> bool:
    """Whether the anaphor ``text[start:end]`` stands alone in brackets right after a law's name
    ending at ``name_end``: "Data Security Law (the Law)"."""
    return (
        name_end <= start
        and _OPENS.fullmatch(text, name_end, start) is not None
        and _CLOSES.match(text, end) is not None
    )
