"""Article headings of a reproduced text: a bare 第N条 that starts its line belongs to the
instrument the reproduction is of, not to whatever law was named last.

A page that reproduces a law sets each article under its number ("第一条 为了……", "第二條⏎…")
and names the law once — in a title at the top ("中华人民共和国反间谍法", "《…》（全文）") or in a
credit at the foot ("——摘自反间谍法"). Reading each heading like a reference in running prose
goes wrong both ways: a heading far below the title finds no law in reach, and a heading right
after an article whose text names another law ("根据《中华人民共和国网络安全法》……制定本办法")
takes that law. So, for headings only:

- a law named in the body of an article (on a line that starts with a heading) is the
  reproduced text's own words, and never the law of a later heading;
- the law of a heading is the last law named above it on a title line of its own, in a
  lead-in line ending in a colon, or in a heading that names its law ("《反间谍法》第二十条：…"),
  the line naming that law alone — a law named in narrative prose
  ("…纳入香港《基本法》附件三后…") does not say which law the headings below are of;
- a title line of another instrument (measures, regulations, rules, a draft: "……评估办法",
  "（征求意见稿）") makes its headings that instrument's, which the store does not hold: the
  citation keeps the instrument's name and no statute, so it can be `unverified`, never
  `misattributed`;
- a title line naming a law the store does not hold (民法典) makes its headings that law's;
- headings with nothing above them take the law named in a credit below them.

Headings whose law this cannot tell (no title, no credit) are left as the finder read them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace

from lawref.citations.heading_under_citation import cited_just_above
from lawref.citations.scan_records import Atom, Named
from lawref.citations.windows import Windows
from lawref.spans import CitationSpan
from lawref.text.article_headings import PROSE_AFTER_ARTICLE
from lawref.text.normalize import letters_text
from lawref.text.regex_code import constant
from lawref.text.sentences import STATEMENT_ENDS

# What may stand before a heading on its line (Markdown and list marks).
_LEADING = " \t\u3000\u00a0#*>-•|"
# The title of an instrument the store does not hold, on a line of its own, and a draft marker
# (of such a title or of a law's) are the grammar's windows instrument_kind_end and
# draft_line_end (statutes/grammar/instruments.yaml).
# A line that starts with an article heading (after list or Markdown marks).
_HEADING_START = constant(r"[ \t\u3000#*>•|-]{0,16}第[零〇一二三四五六七八九十百千0-9]{1,8}[条條]")
# A line that starts with a division heading of the reproduced text (第一章, 第二节, 第一编): its
# caption ("第一节 一般规定", or on the next line, "第一章⏎一般规定") names a part of the text,
# never another instrument, though it may end like one (规定).
_DIVISION_START = constant(
    r"[ \t\u3000#*>•|-]{0,16}第[零〇一二三四五六七八九十百千0-9]{1,8}[章节節编編]"
)
_TITLE_MAX = 60  # characters: a longer line is a paragraph, not a title
_DIVISION_ALONE = 8  # characters: a division heading with no caption on its line ("第一章")
# A credit before a law's name at the foot of a reproduction ("——摘自反间谍法", "来源：").
_CREDIT = constant(
    r"(?:——|—|摘自|引自|选自|节录自|来源|出处|source(?:\s{1,2}reference)?)[ \t\u3000:：《]*$", re.I
)
_CREDIT_REACH = 20
_BODY_NOTE = (
    "inferred: a heading whose law the page does not say; the law named last is inside the text "
    "of the article above it"
)
_LEADING_REACH = 16  # characters of marks before a heading on its line, at most

HeadingCitations = Callable[[Atom, Named], list[CitationSpan]]


def reproduction_headings(
    text: str,
    scanned: str,
    atoms: Sequence[Atom],
    found: list[CitationSpan],
    cite: HeadingCitations,
    windows: Windows,
) -> list[CitationSpan]:
    """``found`` with the citations of each article heading replaced by its instrument's.
    ``scanned`` is ``text`` in its Simplified form (same offsets); ``cite`` makes a heading's
    citations for a named law (the finder's numbering and notes); ``windows`` are the grammar's
    (another instrument's title line)."""
    headings = [a for a in atoms if a.kind == "cnref" and is_heading(scanned, a)]
    if not headings:
        return found
    line_starts = [0] + [i + 1 for i, ch in enumerate(scanned) if ch == "\n"]
    heading_lines = {_line_of(line_starts, h.start) for h in headings}
    named = sorted((c for c in found if names_its_law(c)), key=lambda c: (c.start, c.end))
    owners = _owners(text, scanned, headings, named, line_starts, heading_lines, windows)
    replaced: dict[int, list[CitationSpan]] = {}
    bodies = _BodyNamed(named, line_starts, heading_lines)
    at_start: dict[int, list[CitationSpan]] = {}
    for citation in found:
        at_start.setdefault(citation.start, []).append(citation)
    lines = frozenset(heading_lines)
    for at, heading in enumerate(headings):
        # "基本法第二十七条保障…⏎第二十七条⏎…": the article the line above cites, not the title's
        line = _line_of(line_starts, heading.start)
        read = at_start.get(heading.start, [])
        above = cited_just_above(scanned, heading.start, read, found, lines, line_starts, line)
        if above is not None:
            owners[at] = _as_named(above)
    for heading, owner in zip(headings, owners, strict=True):
        if owner is None:
            # The walk gave the heading a law named only inside the text of the articles above
            # it ("…根据…基本法…制定本法。第二条 …": the reproduced law cites the Basic Law; its
            # own second article is likely not the Basic Law's): the reading stays, marked
            # inferred, so that it can make the words under it unverified, never misattributed.
            # Other headings whose law the page does not say are left as read.
            read = at_start.get(heading.start, [])
            if bodies.only_in_bodies_above({c.statute for c in read if c.statute}, heading.start):
                replaced[heading.start] = [replace(c, inferred=True, note=_BODY_NOTE) for c in read]
            continue
        replaced[heading.start] = cite(heading, owner)
    if not replaced:
        return found
    kept = [c for c in found if c.start not in replaced or names_its_law(c)]
    for citations in replaced.values():
        kept += citations
    return sorted(kept, key=lambda c: (c.start, c.end))


def _owners(
    text: str,
    scanned: str,
    headings: list[Atom],
    named: list[CitationSpan],
    line_starts: list[int],
    heading_lines: set[int],
    windows: Windows,
) -> list[Named | None]:
    """For each heading, the law (or other instrument) it belongs to, or None."""
    events: list[tuple[int, Named]] = []
    by_line: dict[int, list[CitationSpan]] = {}
    for citation in named:
        by_line.setdefault(_line_of(line_starts, citation.start), []).append(citation)
    for number, on_line in by_line.items():
        if number in heading_lines:
            continue  # the reproduced text's own words
        on_line = [c for c in on_line if c.statute or c.ambiguous]  # unknown names: below
        if len({c.statute or c.ambiguous for c in on_line}) != 1:
            continue  # a line naming several laws does not say which one is reproduced
        start = line_starts[number]
        end = scanned.find("\n", start)
        line = scanned[start : len(scanned) if end < 0 else end].strip()
        opens = not scanned[start : on_line[0].start].strip(_LEADING)
        if _title_line(line) or line.endswith((":", "：")) or (opens and on_line[0].article):
            events.append((on_line[-1].start, _as_named(on_line[-1])))
    previous = ""
    division = False  # the line before was a division heading alone (第一章)
    for number, start in enumerate(line_starts):
        end = scanned.find("\n", start)
        end = len(scanned) if end < 0 else end
        line = scanned[start:end].strip()
        if number in heading_lines or not line:
            previous = "" if line else previous
            continue
        caption = division
        division = bool(_DIVISION_START.match(line)) and len(line) <= _DIVISION_ALONE
        if caption or _DIVISION_START.match(line):
            previous = text[start:end].strip()
            continue  # a division's caption: a part of the text, not another instrument
        title = _other_instrument(line, by_line.get(number, []), scanned[:end], windows)
        if title is not None:
            words = text[start:end].strip().strip("《》〈〉")
            if windows.draft_line_end.fullmatch(line) and previous:
                words = f"{previous}{words}"  # "……办法⏎（征求意见稿）"
            note = f"a heading of {words}, an instrument the store does not hold"
            events.append((start + len(line), Named(start, end, words, None, note=note)))
        previous = text[start:end].strip().strip("《》〈〉")
    events.sort(key=lambda e: e[0])
    places = [e[0] for e in events]
    owners: list[Named | None] = []
    starts = [c.start for c in named]
    for heading in headings:
        at = bisect_right(places, heading.start) - 1
        owners.append(events[at][1] if at >= 0 else _credit_below(scanned, heading, named, starts))
    return owners


class _BodyNamed:
    """For each statute, where the page first names it and where it first names it outside the
    text of a reproduced article (on a line that is not a heading's): what
    :meth:`only_in_bodies_above` asks, answered in constant time per heading."""

    def __init__(
        self, named: list[CitationSpan], line_starts: list[int], heading_lines: set[int]
    ) -> None:
        self.first: dict[str | None, int] = {}
        self.first_outside: dict[str | None, int] = {}
        for citation in named:  # in order of place
            self.first.setdefault(citation.statute, citation.start)
            if _line_of(line_starts, citation.start) not in heading_lines:
                self.first_outside.setdefault(citation.statute, citation.start)

    def only_in_bodies_above(self, statutes: set[str | None], at: int) -> bool:
        """Whether one of ``statutes`` is named before ``at``, and all of them only inside
        articles' text there."""
        first = min((self.first.get(s, at) for s in statutes), default=at)
        outside = min((self.first_outside.get(s, at) for s in statutes), default=at)
        return first < at <= outside


def _title_line(line: str) -> bool:
    """A title on a line of its own ("中华人民共和国反间谍法", "《…》（全文）"): short, and no
    sentence ends inside it."""
    return 0 < len(line) <= _TITLE_MAX and not any(ch in STATEMENT_ENDS for ch in line)


def _other_instrument(
    line: str, on_line: list[CitationSpan], upto: str, windows: Windows
) -> str | None:
    """The title on ``line`` (whose citations are ``on_line``; ``upto`` is the scanned text up to
    the line's end) when it is one of an instrument or law the store does not hold."""
    if not line or len(line) > _TITLE_MAX or any(ch in STATEMENT_ENDS for ch in line):
        return None
    if windows.draft_line_end.search(line):
        return line
    stored = [c for c in on_line if c.statute or c.ambiguous]
    if stored:
        # A stored law's title (网络数据安全管理条例 is one), unless the title goes on after the
        # law's name to another instrument's: 实施《中华人民共和国反外国制裁法》的规定, …法实施条例.
        tail = upto[max(c.end for c in stored) :].strip("《》〈〉 \t\u3000")
        return line.strip("《》〈〉 \t\u3000") if goes_on_to_instrument(tail, windows) else None
    bare = line.strip("《》〈〉 \t\u3000")
    if on_line:
        return bare  # a law the store does not hold, named by its title (民法典)
    return bare if windows.instrument_kind_end.search(bare) else None


def goes_on_to_instrument(tail: str, windows: Windows) -> bool:
    """Whether the words after a stored law's name on a title line end in another instrument's
    kind (的规定, 实施条例, 实施细则, 办法): the title is of that instrument, not of the law."""
    return windows.instrument_kind_end.search(tail) is not None


def _credit_below(
    scanned: str, heading: Atom, named: list[CitationSpan], starts: list[int]
) -> Named | None:
    """The law named in a credit below a heading that has none above it: the first law named
    after the heading, when a credit stands right before it."""
    at = bisect_left(starts, heading.end)
    if at >= len(named):
        return None
    citation = named[at]
    before = scanned[max(0, citation.start - _CREDIT_REACH) : citation.start]
    return _as_named(citation) if _CREDIT.search(before) else None


def starts_its_line(text: str, at: int) -> bool:
    """Whether position ``at`` starts its line, after list or Markdown marks (at most
    _LEADING_REACH characters of them): where an article heading stands."""
    window = text[max(0, at - _LEADING_REACH) : at]
    newline = window.rfind("\n")
    if newline < 0 and at > _LEADING_REACH:
        return False
    return not window[newline + 1 :].strip(_LEADING)


def is_heading(scanned: str, atom: Atom) -> bool:
    """Whether the reference starts its line, or follows the end of the article before it on a
    line that starts with a heading (line breaks lost: "…制定本法。第二条 …"), and is not followed
    by words of prose."""
    if PROSE_AFTER_ARTICLE.match(scanned, atom.end) is not None:
        return False
    if starts_its_line(scanned, atom.start):
        return True
    before = scanned[max(0, atom.start - 2) : atom.start].rstrip(" \t\u3000")
    if not before.endswith("。"):
        return False
    line_start = scanned.rfind("\n", 0, atom.start) + 1
    return _HEADING_START.match(scanned, line_start) is not None


def on_heading_line(text: str, at: int) -> bool:
    """Whether position ``at`` stands on a line that starts with a Chinese article heading
    (第七条 …): in the text of a reproduced article, whose own words cite other laws."""
    return _HEADING_START.match(text, text.rfind("\n", 0, at) + 1) is not None


def names_its_law(citation: CitationSpan) -> bool:
    """Whether the citation's own words name its law (a bare 第二条 carries a name the finder
    gave it from context)."""
    if not citation.name or (citation.statute is None and not citation.ambiguous):
        return bool(citation.name) and citation.name in citation.text
    return letters_text(citation.name) in letters_text(citation.text)


def _as_named(citation: CitationSpan) -> Named:
    return Named(
        citation.start,
        citation.end,
        citation.name or citation.text,
        citation.statute,
        citation.ambiguous,
        citation.version,
        None,
        citation.note,
    )


def _line_of(line_starts: list[int], position: int) -> int:
    return bisect_right(line_starts, position) - 1
