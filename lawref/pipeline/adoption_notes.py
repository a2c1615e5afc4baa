"""A page headed by a law's adoption note — "(1993年2月22日第七届全国人民代表大会常务委员会第三十次会议
通过)" — reproduces the law adopted that day. When no version of the stored statute a near-copy
matched was adopted, amended, revised or put in force that day, the page holds another law (a
repealed predecessor, such as the 1993 State Security Law under today's National Security Law's
articles), and its near-copies are that law's words, not the stored statute's."""

from __future__ import annotations

import datetime as dt

from lawref.store.schema import Statute
from lawref.text.regex_code import constant

__all__ = ["adopted_otherwise"]

# The note's first date (the law's adoption) and the session that passed it, in either script.
_NOTE = constant(
    r"[（(]\s{0,2}((?:19|20)[0-9]{2})\s{0,2}年\s{0,2}([0-9]{1,2})\s{0,2}月\s{0,2}([0-9]{1,2})\s{0,2}日"
    r"[^（()）\n]{0,60}?(?:会议|會議)\s{0,2}(?:审议|審議)?\s{0,2}(?:通过|通過)"
)
# The same in English: "(Adopted at the 30th Meeting of the Standing Committee of the Seventh
# National People's Congress on February 22, 1993)", in brackets or on a line of its own
# ("Adopted at the … on February 22, 1993, promulgated by Order No. 68 …").
_NOTE_EN = constant(
    r"(?:\(|^|\n)[ \t]{0,4}(?:Adopted|Passed)\s{1,3}at\s{1,3}the\s[^()\n]{0,160}?\s(?:on\s{1,3})?"
    r"(January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s{1,3}([0-9]{1,2}),?\s{1,3}((?:19|20)[0-9]{2})"
)
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_HEAD = 400  # a page's head: its title lines and the note under them


def adopted_otherwise(text: str, statute: Statute) -> str | None:
    """The adoption date of the page's own law, as its head's adoption note gives it, when it is
    none of ``statute``'s versions' dates; None when the page has no such note or the date is
    the statute's."""
    head = text[:_HEAD]
    found = _NOTE.search(head)
    english = _NOTE_EN.search(head) if found is None else None
    try:
        if found is not None:
            day = dt.date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
        elif english is not None:
            month = _MONTHS.index(english.group(1)) + 1
            day = dt.date(int(english.group(3)), month, int(english.group(2)))
        else:
            return None
    except ValueError:
        return None
    known = {
        when
        for version in statute.versions
        for when in (version.adopted, version.amended, version.revised, version.effective)
        if when is not None
    }
    if not known or day in known:
        return None
    return day.isoformat()
