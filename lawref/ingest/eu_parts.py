"""The parts of an EU act around its articles: recitals, the closing formula, annexes.

EUR-Lex texts as the corpus has them lay out each recital as one table row, ``(26)<TAB>…``, before
"HAVE ADOPTED THIS REGULATION:"; after the last article come the closing formula ("This Regulation
shall be binding in its entirety…"), the signatures and footnotes, and then ``ANNEX I`` … lines.
Every part found is a slice of the input, like an article. Patterns are per line, bounded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lawref.ingest.line_kinds import Line, is_blank
from lawref.store.schema import ANNEX_PREFIX, RECITAL_PREFIX

_RECITAL = re.compile(r"^\((?P<num>\d{1,3})\)\t(?=\S)")
_ANNEX = re.compile(r"^(?P<label>(?:ANNEX|ANNEXE)[ \u00a0](?P<num>[IVXLC]{1,8}))[ \t]{0,4}$")
# The enacting terms' closing formula: what follows it (signatures, footnotes) is no article's text.
_CLOSING = re.compile(
    r"\n(?:This Regulation shall be binding in its entirety"
    r"|Le présent règlement est obligatoire dans tous ses éléments)"
)
_ELI_FOOTER = re.compile(r"\nELI: http")


@dataclass(frozen=True)
class Part:
    number: str  # "recital-26", "annex-III"
    label: str  # "(26)", "ANNEX III"
    start: int
    end: int
    line: int  # 1-based line of the label
    heading: str | None = None  # an annex's title line


def recitals(lines: list[Line]) -> list[Part]:
    """The ``(n)<TAB>text`` rows of the header (the lines before the first heading)."""
    found: list[Part] = []
    for line in lines:
        match = _RECITAL.match(line.content)
        if match is None:
            continue
        start = line.start + match.end()
        end = line.start + len(line.content.rstrip(" \t\u00a0"))
        if end > start:
            found.append(
                Part(RECITAL_PREFIX + match["num"], f"({match['num']})", start, end, line.number)
            )
    numbers = [int(p.number.removeprefix(RECITAL_PREFIX)) for p in found]
    # Only a run 1, 2, 3, … is a list of recitals (a footnote list or a stray row is not).
    if numbers != list(range(1, len(numbers) + 1)) or len(numbers) < 2:
        return []
    return found


def annex_start(lines: list[Line]) -> int | None:
    """Index of the first ``ANNEX I`` line: the articles end before it."""
    return next((i for i, line in enumerate(lines) if _ANNEX.match(line.content)), None)


def annexes(text: str, lines: list[Line], first: int) -> list[Part]:
    """Each ``ANNEX N`` from line index ``first`` to the next one (or to the ELI footer)."""
    starts = [i for i in range(first, len(lines)) if _ANNEX.match(lines[i].content)]
    found: list[Part] = []
    for position, index in enumerate(starts):
        match = _ANNEX.match(lines[index].content)
        assert match is not None
        stop = starts[position + 1] if position + 1 < len(starts) else len(lines)
        body = [i for i in range(index + 1, stop) if not is_blank(lines[i])]
        if not body:
            continue
        heading = None
        caption = lines[body[0]].content.strip()
        if len(body) > 1 and len(caption) <= 300 and "\t" not in caption:
            heading = caption
            body = body[1:]
        start = lines[body[0]].start
        end = lines[body[-1]].end
        footer = _ELI_FOOTER.search(text, start, end)
        if footer is not None:
            end = footer.start()
        end = start + len(text[start:end].rstrip())
        found.append(
            Part(
                ANNEX_PREFIX + match["num"],
                match["label"],
                start,
                end,
                lines[index].number,
                heading,
            )
        )
    return found


def closing_formula(text: str, start: int, end: int) -> int | None:
    """Where the closing formula begins inside ``text[start:end]`` (None: it is not there)."""
    found = _CLOSING.search(text, start, end)
    return found.start() if found is not None else None
