"""A law named after a place of another jurisdiction: 美國1917年之《間諜法》 (the US Espionage Act, not
the PRC's Counter-espionage Law), 日本《个人信息保护法》 (Japan's act), 澳门《维护国家安全法》 (Macau's law),
"Taiwan's National Security Act". The name is that place's law, which the store does not hold,
unless the store's law of that name is the place's own (美国《澄清境外数据合法使用法案》)."""

from __future__ import annotations

import re

from lawref.store.files import Store
from lawref.text.regex_code import constant

__all__ = ["FOREIGN_REACH", "foreign_place", "place_code"]

FOREIGN_REACH = 24  # characters before a name its place (and a year, 之) may take
# What follows the place in the window's match: a year, 之/的, an opening mark.
_TAIL = constant(r"\s*(?:(?:1[89]|20)\d{2}\s*年?)?\s*(?:之|的)?\s*[《〈「“\"]?$")


def foreign_place(
    window: re.Pattern[str], text: str, start: int, statute: str, store: Store
) -> str | None:
    """The place words before the name at ``start`` when they name a jurisdiction other than the
    resolved ``statute``'s (the window's named group is the store's code of the place, if any);
    None otherwise."""
    found = window.search(text[max(0, start - FOREIGN_REACH) : start])
    if found is None:
        return None
    held = store.get(statute)
    if held is None:
        return None
    place = place_code(found)
    if place is not None and held.jurisdiction.split("-")[0] == place:
        return None
    return found.group().rstrip('《〈「“" ')


def place_code(found: re.Match[str]) -> str | None:
    """The store's jurisdiction code of the place ``found`` (a match of the grammar's
    ``foreign_before``), by its named group: ``US``, or ``US_ja`` for the same code in another
    grammar file's part of the window (米国, アメリカ in ja.yaml), since the parts are joined into
    one pattern, where a group's name may stand once. None: a place the store has no law of."""
    return next((code.split("_")[0] for code, words in found.groupdict().items() if words), None)
