"""The header of a law text, before its first article: its title, the dates it was adopted,
amended, revised and took effect (第…次会议通过, …修正), its preamble; and the date its closing
article gives (本法自…起施行)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from lawref.ingest.line_kinds import Line, Style, clean_heading, is_blank, structure_heading

DateKind = Literal["adopted", "amended", "revised", "effective"]

_ZH_DATE = re.compile(
    r"(\d{4})[ \t]{0,2}年[ \t]{0,2}(\d{1,2})[ \t]{0,2}月[ \t]{0,2}(\d{1,2})[ \t]{0,2}日"
)
_ZH_EFFECTIVE = re.compile(
    r"本(?:法|条例|规定|办法|决定|解释|细则|规则)(?:自|于)(\d{4})年(\d{1,2})月(\d{1,2})日起(?:施行|生效)"
)


@dataclass(frozen=True)
class DateEvent:
    kind: DateKind
    date: dt.date
    text: str  # the phrase the date was read from
    line: int


def header_title(header: list[Line], style: Style) -> str | None:
    """The header's first line, when it is neither a heading nor a date line."""
    for line in header:
        if is_blank(line):
            continue
        if structure_heading(line, style) is not None or _ZH_DATE.search(line.content):
            return None
        return clean_heading(line.content) or None
    return None


def _classify(phrase: str, seen_adoption: bool) -> DateKind | None:
    if "修订" in phrase:
        return "revised"
    if "修正" in phrase or "修改" in phrase:
        return "amended"
    if "通过" in phrase:
        return "amended" if seen_adoption and "通过的" in phrase else "adopted"
    if "施行" in phrase:
        return "effective"
    return None


def header_dates(header: list[Line]) -> list[DateEvent]:
    """Every dated event of the header's lines, in order (a date that is no date is passed over)."""
    events: list[DateEvent] = []
    for line in header:
        matches = list(_ZH_DATE.finditer(line.content))
        for position, match in enumerate(matches):
            stop = matches[position + 1].start() if position + 1 < len(matches) else None
            phrase = line.content[match.start() : stop].strip(" \t\u3000()（）")
            kind = _classify(phrase, any(e.kind == "adopted" for e in events))
            try:
                day = dt.date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                continue
            if kind is not None:
                events.append(DateEvent(kind, day, phrase, line.number))
    return events


def effective_date(clauses: Iterable[tuple[str, int]]) -> list[DateEvent]:
    """The date the first of ``clauses`` (text, line) that says 本法自…起施行 gives: one event,
    or none (no such clause, or its date is no date)."""
    for text, line in clauses:
        match = _ZH_EFFECTIVE.search(text)
        if match:
            try:
                day = dt.date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                return []
            return [DateEvent("effective", day, match[0], line)]
    return []


def header_preamble(text: str, header: list[Line], title: str | None, style: Style) -> str | None:
    """The header's text other than its title, dates and headings (not stored as an article)."""
    body = [
        line
        for line in header
        if not is_blank(line)
        and not _ZH_DATE.search(line.content)
        and structure_heading(line, style) is None
        and clean_heading(line.content) != title
        and not line.content.lstrip().startswith("<!--")
    ]
    if not body:
        return None
    return text[body[0].start : body[-1].end]
