"""A bare clause number glued after a word is part of a nickname, not a reference to a section.

特别301条款 ("Special 301") and 超级301条款 ("Super 301") are other provisions of the US Trade
Act than its section 301 (sections 182 and 310). A page on section 301 names the Trade Act with
its section first (1974年贸易法第301条, 19 U.S.C. 2411), so the law stays "in the air" and a bare
301条款 after it would be read as that section again (heldout15: two spurious citations once the
title's year let the first citation resolve). A reference written as a bare clause number — no
第, "Section" or name against it, NNN条款 — glued to the Chinese character before it is cited as no
stored statute. Japanese bare numbers after kana (した3条1項) and an anaphor's article (同法37条)
are left alone.
"""

from __future__ import annotations

from lawref.citations.scan_records import Named
from lawref.text.regex_code import constant

__all__ = ["nickname_number"]


# A Chinese character (not kana: Japanese writes a bare number after a verb's ending, した3条1項).
_HAN = constant(r"[\u3400-\u4dbf\u4e00-\u9fff]")
# The number as a clause's name, 301条款: an anaphor's article is written 同法37条, 该法第7条.
_CLAUSE_NUMBER = constant(r"[0-9]{1,4}(?:条款|條款)")


def nickname_number(text: str, start: int, named: Named) -> bool:
    """Whether the reference at ``start`` is a bare clause number — 301条款, the name ``named``
    written before, not against it — glued after a Chinese character (特别301条款): part of a
    nickname, citing no stored statute."""
    return (
        named.end < start
        and _CLAUSE_NUMBER.match(text, start) is not None
        and _HAN.fullmatch(text[start - 1 : start]) is not None
    )
