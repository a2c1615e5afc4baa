"""A bare number glued after a word is part of a nickname, not a reference to a law's section.

特别301条款 ("Special 301") and 超级301条款 ("Super 301") are other provisions of the US Trade
Act than its section 301 (sections 182 and 310). A page on section 301 names the Trade Act with
its section first (1974年贸易法第301条, 19 U.S.C. 2411), so the law stays "in the air" and a bare
301条款 after it would be read as that section again (heldout15: two spurious citations once the
title's year let the first citation resolve). A reference written as a bare number — no 第,
"Section" or name of its own — glued to the word before it is cited as no stored statute.
"""

from __future__ import annotations

from lawref.citations.scan_records import Named

__all__ = ["nickname_number"]


def nickname_number(text: str, start: int, named: Named) -> bool:
    """Whether the reference at ``start`` is a bare number — the name ``named`` not written in
    it — glued after a word (特别301条款): part of a nickname, citing no stored statute."""
    return (
        named.end <= start
        and text[start : start + 1].isdigit()
        and text[start - 1 : start].isalpha()
    )
