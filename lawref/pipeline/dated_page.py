"""A page dated before a stored law was adopted holds another text of it: a draft or a proposal.

A page that sets a law's articles under a date line ("Article 35 Designation of the data
protection officer⏎October 2013⏎1. …", heldout22: the European Parliament's 2013 text of the
GDPR, adopted in 2016) or whose own publication date comes before the law's first adoption cannot
be quoting the law as the store holds it: no stored version existed yet. Its numbers are the
draft's (the 2013 text's Art. 35 is the enacted Art. 37) and its changed words the draft's
(tests/realworld/README.md, labelling policy C). Read by pipeline/enacted.py (its near-copies are
not linked) and pipeline/draft_claims.py (it accuses no one).

A page's note on the version of the text it gives — "Updated on April 10th 2024 based on the
version … approved by the EU Parliament on March 13th 2024", 根据2020年6月28日审议的版本 — dates
the text below it too (pipeline/version_line.py).

A date line is a line that holds a date and nothing else — a month and a year at least ("October
2013", "23 October 2013", "October 23, 2013", "23.10.2013", "2013-10-23", 2013年10月, 2013년 10월);
a year alone says too little. A month is read as its last day, so a page dated in the month of the
adoption is not before it. Only a line before the quotation dates it, and only statutes whose
versions carry dates are compared (the US Code sections carry none).
"""

from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange
from functools import lru_cache
from typing import TYPE_CHECKING

from lawref.pipeline import version_line
from lawref.pipeline.version_line import ENGLISH_MONTHS
from lawref.text.regex_code import Deferred

if TYPE_CHECKING:
    from lawref.store.schema import Statute

__all__ = ["dated_before"]

_MONTH = "|".join(ENGLISH_MONTHS)
# A line that is a date and nothing else (Markdown marks and a full stop around it).
_DATE_LINE = Deferred(
    r"(?im)^[ \t#*>]{0,4}(?:"
    rf"(?:(?P<d1>[0-9]{{1,2}})[ \t]{{1,2}})?(?P<m1>{_MONTH})"
    r"(?:[ \t]{1,2}(?P<d2>[0-9]{1,2}),?)?[ \t]{1,2}(?P<y1>(?:19|20)[0-9]{2})"
    r"|(?P<d3>[0-9]{1,2})\.(?P<m3>[0-9]{1,2})\.(?P<y3>(?:19|20)[0-9]{2})"
    r"|(?P<y4>(?:19|20)[0-9]{2})-(?P<m4>[0-9]{1,2})-(?P<d4>[0-9]{1,2})"
    r"|(?P<y5>(?:19|20)[0-9]{2})[ \t]{0,2}[年년][ \t]{0,2}(?P<m5>[0-9]{1,2})[ \t]{0,2}[月월]"
    r"(?:[ \t]{0,2}(?P<d5>[0-9]{1,2})[ \t]{0,2}[日일])?"
    r")[ \t.*]{0,3}$"
)
_LINE_MAX = 40  # characters of a date line: longer lines are prose, read no further


def dated_before(
    text: str, at: int, statute: Statute | None, published: dt.date | None
) -> str | None:
    """Why the words at ``at`` are dated before ``statute`` was first adopted — "the page is
    dated October 2013, before <name> was adopted (2016-04-27)" — from a date line above them or
    the page's publication date; None when neither is earlier, or the statute carries no dates."""
    first = _first_date(statute)
    if first is None:
        return None
    said = None
    if published is not None and published < first:
        said = f"the page is dated {published.isoformat()}"
    else:
        line = _earlier_date_line(text, at, first)
        if line is not None:
            said = f"the page is dated “{line}” above these words"
    if said is None or statute is None:
        return None
    name = statute.aliases[0] if statute.aliases else statute.title
    return f"{said}, before {name} was adopted ({first.isoformat()}): a draft's text"


def _first_date(statute: Statute | None) -> dt.date | None:
    """The earliest date any of the statute's versions records (adopted, amended, in force)."""
    if statute is None:
        return None
    days = [
        day
        for version in statute.versions
        for day in (version.adopted, version.amended, version.revised, version.effective)
        if day is not None
    ]
    return min(days) if days else None


def _earlier_date_line(text: str, at: int, first: dt.date) -> str | None:
    """The first date line before ``at`` whose date (a month read as its last day) is before
    ``first``, or None. The text's whole lines are read once a text (``_first_earlier``); the
    line ``at`` stands on is read up to ``at``, as a line of its own."""
    # A date line is _LINE_MAX characters at most, so only that far back need the line's start
    # be looked for: a line that started farther back is no date line, up to ``at`` or whole.
    reach = max(0, at - _LINE_MAX - 1)
    newline = text.rfind("\n", reach, at)
    line_start = newline + 1 if newline >= 0 or reach == 0 else None
    earliest = _first_earlier(text, first)
    if earliest is not None and earliest[0] < (at if line_start is None else line_start):
        return earliest[1]
    if line_start is None or not any(c.isdigit() for c in text[line_start:at]):
        return None
    found = _DATE_LINE.search(text, line_start, at)
    day = _date_of(found) if found is not None and len(found.group()) <= _LINE_MAX else None
    return found.group().strip(" \t#*>.") if found and day is not None and day < first else None


@lru_cache(maxsize=16)
def _first_earlier(text: str, first: dt.date) -> tuple[int, str] | None:
    """Where the text's first date line whose date is before ``first`` starts, and its words; read
    once a text and law, however many of its quotations ask (each reading the lines before it
    made a long page with many quotations quadratic)."""
    if not any(c.isdigit() for c in text):
        return None  # (no date can stand there: the pattern is not compiled)
    earliest: tuple[int, str] | None = None
    for found in _DATE_LINE.finditer(text):
        if len(found.group()) > _LINE_MAX:
            continue
        day = _date_of(found)
        if day is not None and day < first:
            earliest = found.start(), found.group().strip(" \t#*>.")
            break
    # A note on the version the page gives dates its text as a date line does
    # (pipeline/version_line.py: "… based on the version approved … on March 13th 2024"). Called
    # through its module so that a test taking that rule out reaches this call too.
    for start, words, day in version_line.version_notes(text):
        if earliest is not None and start >= earliest[0]:
            break
        if day < first:
            return start, words
    return earliest


def _date_of(found: re.Match[str]) -> dt.date | None:
    """The date a date line gives, its month's last day when it names no day."""
    groups = found.groupdict()
    for n in "12345":
        year = groups.get(f"y{n}")
        if year is None:
            continue
        if n == "1":
            month = ENGLISH_MONTHS.index(groups["m1"].lower()) + 1
            day = groups["d1"] or groups["d2"]
        else:
            month = int(groups[f"m{n}"])
            day = groups.get(f"d{n}")
        try:
            last = monthrange(int(year), month)[1]
            return dt.date(int(year), month, int(day) if day else last)
        except ValueError:
            return None
    return None
