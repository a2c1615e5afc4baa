"""The year of an act's title before a Chinese name the store does not know: 1974年貿易法第301條.

A Chinese rendering of a US act's title puts its year first — 1974年貿易法 is "the Trade Act of
1974" — and the store knows the act's sections by such a name with the year (19 U.S.C. § 2411 as
1974年贸易法第301条). The name of a law the store lacks is read before its reference as a run of
Chinese characters (joins.yaml: ``cn_unknown_before``), which leaves the digits out and starts at
年; the name read so takes its year back.
"""

from __future__ import annotations

from lawref.text.regex_code import constant

__all__ = ["titled_year"]

_YEAR = constant(r"(?:19|20)[0-9]{2}")


def titled_year(text: str, start: int, floor: int) -> int:
    """Where a name read from 年 at ``start`` begins with its year's digits (none before
    ``floor``, the end of the atom before it); else ``start``."""
    year = start - 4
    if text.startswith("年", start) and year >= floor and _YEAR.fullmatch(text, year, start):
        return year
    return start
