"""A place at the start of a title's own words: 《欧盟通用数据保护条例》, 《美国澄清境外合法使用数据法》,
《日本个人信息保护法》. Chinese writing often puts the lawgiver's place inside the title marks; the
law is then named by the words after the place. It is the store's law of that name only when
that law is the place's own (the GDPR after 欧盟, a US section after 美国); after another place it
is that place's law, which the store does not hold (《日本个人信息保护法》 is Japan's act, not the
PRC's Personal Information Protection Law), with a note.

The places, and the store's jurisdiction each stands for, are the grammar's ``foreign_before``
window (joins.yaml), the one :mod:`lawref.citations.foreign` reads before a title's marks; 中国 and
中华人民共和国 before a Chinese law's name are the names table's own place words, read first. The
rule is tried only for a title whose words name no stored law as they stand (heldout16: 《欧盟 AI
法案》 three times, read as no law; the older sets' 《欧盟通用数据保护条例》 the same)."""

from __future__ import annotations

import re
from collections.abc import Callable

from lawref.citations.foreign import place_code
from lawref.citations.scan_records import Named, replace_named

__all__ = ["PLACE_REACH", "place_in_title"]

# The longest place words a title may start with, a year after them included: 美国1974年 (7),
# 中华人民共和国香港特别行政区 is the names table's. A constant: at most this many tries a title.
PLACE_REACH = 12


def place_in_title(
    window: re.Pattern[str],
    resolve: Callable[[str, int], Named],
    jurisdiction: Callable[[str], str | None],
    start: int,
    words: str,
) -> Named | None:
    """What the title at ``start`` names when ``words`` (inside its marks) open with a place:
    the stored law its other words name, if the place is that law's own; a law of the place the
    store does not hold, if another; None when no place opens them or the other words name no
    stored law."""
    for end in range(min(len(words) - 2, PLACE_REACH), 1, -1):
        place = window.search(words[:end])
        if place is None or place.start() != 0:
            continue
        rest = words[end:].lstrip()
        named = resolve(rest, start + 1 + len(words) - len(rest))
        if not named.statute:
            return None
        code = place_code(place)
        own = jurisdiction(named.statute)
        if code is not None and own is not None and own.split("-")[0] == code:
            return replace_named(named, start=start, name=words)
        note = f"another jurisdiction's law ({place.group().strip()}), not {named.statute}"
        return Named(start, named.end, words, None, note=note)
    return None
