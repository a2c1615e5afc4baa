"""A page's note on which version of a law's text it gives, and the date it gives for it.

A reader site sets out an article under a note such as "Updated on April 10th 2024 based on the
version and article numbering approved by the EU Parliament on March 13th 2024" (heldout23: the
AI Act's Art. 36 in the Parliament's first-reading text, adopted as law in June 2024), or
"更新于2020年6月1日", "根据2020年6月28日审议的版本". Such a note dates the text it stands above as a
date line does (pipeline/dated_page.py): when the date is before the law was first adopted, the
page cannot be giving the law as the store holds it, and its changed words are the earlier text's.

Two kinds of note, each on a short line of its own (a note, not a sentence of a story about a
draft, "the version approved by Parliament on 13 March 2024 differs from …"):

- an update line: the line opens with "Updated (on)", "Last updated", 更新于 / 更新於 / 更新日期, and a
  date with its day (an update's day names the page's state, its text no later);
- a version note: "based on the version / text … approved (adopted, voted, agreed) … on <date>",
  根据 / 依据 / 基于 … <date> … 通过 / 审议 / 公布 的版本 / 文本.

A date here names its day ("April 10th 2024", "10 April 2024", "2024-04-10", 2024年4月10日): a
note without one says too little. The day, not its month's end, is compared.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from lawref.text.regex_code import Deferred

__all__ = ["ENGLISH_MONTHS", "NOTE_LINE_MAX", "version_notes"]

# Characters of a note's line: a longer line is prose. The one such note in the labelled sets
# (heldout23, above) is 118 characters; a Chinese one is shorter still.
NOTE_LINE_MAX = 200

# The month names English dates spell out, in order (pipeline/dated_page.py reads them too).
ENGLISH_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH = "|".join(ENGLISH_MONTHS)
_ORDINAL = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)[0-9]{2}"
# An English date with its day, in the three orders pages write; the year, month and day captured
# by name (the suffix tells the alternative: a, b, c).
_EN_DATE = (
    rf"(?:(?P<ma>{_MONTH})[ \t]{{1,2}}(?P<da>[0-9]{{1,2}}){_ORDINAL},?[ \t]{{1,2}}(?P<ya>{_YEAR})"
    rf"|(?P<db>[0-9]{{1,2}}){_ORDINAL}[ \t]{{1,2}}(?:of[ \t]{{1,2}})?(?P<mb>{_MONTH}),?[ \t]{{1,2}}"
    rf"(?P<yb>{_YEAR})"
    rf"|(?P<yc>{_YEAR})-(?P<mc>[0-9]{{1,2}})-(?P<dc>[0-9]{{1,2}}))"
)
_CN_DATE = (
    rf"(?P<yd>{_YEAR})[ \t]{{0,2}}年[ \t]{{0,2}}(?P<md>[0-9]{{1,2}})[ \t]{{0,2}}月[ \t]{{0,2}}"
    r"(?P<dd>[0-9]{1,2})[ \t]{0,2}[日号號]"
)
_NOTES = Deferred(
    r"(?im)^[ \t#*>_]{0,4}(?:[^\n]{0,80}?(?:"
    # a version note: "… based on the version … approved by the EU Parliament on March 13th 2024"
    r"\bbased[ \t]+on[ \t]+the[ \t]+(?:version|text)\b[^\n]{0,100}?"
    r"\b(?:approved|adopted|voted|agreed|endorsed)\b[^\n]{0,60}?\bon[ \t]+"
    + _EN_DATE.replace("P<", "P<v")
    + r"|(?:根据|根據|依据|依據|基于|基於)[^\n。]{0,30}?"
    + _CN_DATE.replace("P<", "P<v")
    + r"[^\n。]{0,30}?(?:通过|通過|审议|審議|公布)的(?:版本|文本))"
    # an update line: "Updated on April 10th 2024 …", "Last updated: 10 April 2024"
    rf"|(?:last[ \t]+)?updated(?:[ \t]+on)?[ \t:]{{1,3}}{_EN_DATE}"
    r"|(?:更新于|更新於|更新日期)[ \t:：]{0,2}" + _CN_DATE + r")[^\n]*$"
)


def version_notes(text: str) -> Iterator[tuple[int, str, dt.date]]:
    """Each note on the version a page gives (see the module's docstring): where its line starts,
    its words, and the date it gives; a note of both kinds gives its version's date."""
    if not any(c.isdigit() for c in text):
        return  # (no date can stand there: the pattern is not compiled)
    for found in _NOTES.finditer(text):
        if len(found.group()) > NOTE_LINE_MAX:
            continue
        day = _date_of(found)
        if day is not None:
            yield found.start(), found.group().strip(" \t#*>_"), day


def _date_of(found: re.Match[str]) -> dt.date | None:
    groups = found.groupdict()
    for prefix in ("v", ""):  # (the version's date first, where a note gives both)
        for suffix in "abcd":
            year = groups.get(f"{prefix}y{suffix}")
            if year is None:
                continue
            month_word = groups[f"{prefix}m{suffix}"]
            month = (
                int(month_word)
                if month_word.isdigit()
                else ENGLISH_MONTHS.index(month_word.lower()) + 1
            )
            try:
                return dt.date(int(year), month, int(groups[f"{prefix}d{suffix}"]))
            except ValueError:
                return None
    return None
