"""Split the whole text of a law into its articles.

Chinese texts are cut at lines that begin ``第七条`` / ``第7条`` / ``第二十条之一`` (stored as "7",
"20-1"); English texts at ``Article 7`` / ``Art. 7`` or, when there are none, ``§ 230.`` /
``Sec. 230.`` / ``SEC. 889.`` / ``Section 301`` lines. Chapter and section headings (第一章 …,
第一节 …, CHAPTER II, Section 3) become structure, not text. Every article's text is a slice of the
input (``text[start:end]``): paragraphs and line breaks stay exactly as they are in the source.

All patterns work line by line with bounded repeats, so the cost is linear in the input.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Literal

from lawref.errors import InputError
from lawref.ingest import eu_parts
from lawref.ingest.law_header import (
    DateEvent,
    DateKind,
    effective_date,
    header_dates,
    header_preamble,
    header_title,
)
from lawref.ingest.line_kinds import (
    EN_STRUCTURE,
    Heading,
    Line,
    Style,
    detect_style,
    headings,
    is_blank,
    is_caption,
    split_lines,
)


@dataclass(frozen=True)
class SplitArticle:
    number: str  # as the store writes it: "7", "20-1", "230"
    label: str  # as the source writes it: "第七条", "Article 17", "§ 230."
    text: str  # == source[start:end]
    start: int
    end: int
    line: int  # 1-based line of the heading
    part: str | None = None  # 第一编 …, TITLE I …
    chapter: str | None = None
    section: str | None = None
    heading: str | None = None  # the article's own caption (GDPR, US Code)
    kind: Literal["article", "recital", "annex", "item"] = "article"


@dataclass(frozen=True)
class SplitResult:
    source: str
    style: Style
    language: str  # "zh" or "en", from the kind of headings found
    title: str | None  # the first line, when it is not a heading
    articles: tuple[SplitArticle, ...]
    warnings: tuple[str, ...]
    dates: tuple[DateEvent, ...]  # header lines, then a date found in a "本法自…起施行" article
    preamble: str | None  # text between the header and the first heading (not stored as an article)

    def numbers(self) -> list[str]:
        return [a.number for a in self.articles]

    def first_date(self, kind: DateKind) -> dt.date | None:
        return next((e.date for e in self.dates if e.kind == kind), None)

    def last_date(self, kind: DateKind) -> dt.date | None:
        found = [e.date for e in self.dates if e.kind == kind]
        return found[-1] if found else None


# A last line wholly in square brackets: a collector's note such as "[the copy … ends here]".
_EDITORIAL_NOTE = re.compile(r"\n[ \t]{0,8}\[[^\[\]\n]{1,300}\][ \t\r]{0,8}\Z")
_SPACE = " \t\r\n\u3000"
# A short line opening an annex after the last article: "附件一", "附表：", "附录 …".
_ANNEX = re.compile(r"\n[ \u3000]{0,8}(?P<name>(?:附件|附表|附录|附：)[^\n。；]{0,40})\r?(?:\n|\Z)")
_LEVELS = ("part", "chapter", "section")


# --- splitting -----------------------------------------------------------------------------------


def split_text(text: str, source: str = "<text>") -> SplitResult:
    """Split a whole law into articles; InputError when the text has no article headings."""
    if text.startswith("\ufeff"):
        raise InputError(f"{source}: remove the byte-order mark first (offsets would shift)")
    lines = split_lines(text)
    style = detect_style(lines)
    if style is None:
        raise InputError(
            f"{source}: no article headings found (expected lines starting 第…条, "
            "'Article N', '§ N.', 'Sec. N.' or 'Section N')"
        )
    annex_from = eu_parts.annex_start(lines) if style == "article" else None
    body_lines = lines if annex_from is None else lines[:annex_from]
    events = list(headings(body_lines, style))
    articles: list[SplitArticle] = []
    warnings: list[str] = []
    context: dict[str, str | None] = {"part": None, "chapter": None, "section": None}
    boundaries = [e[0] if isinstance(e, tuple) else e.index for e in events] + [len(body_lines)]
    for position, event in enumerate(events):
        limit = boundaries[position + 1]
        if isinstance(event, tuple):
            index, level, heading = event
            heading, last = _structure_caption(lines, index, heading, limit, style)
            context[level] = heading
            for lower in _LEVELS[_LEVELS.index(level) + 1 :]:
                context[lower] = None
            stray = next((line for line in lines[last + 1 : limit] if not is_blank(line)), None)
            if stray is not None:
                warnings.append(
                    f"line {stray.number}: text after the heading {heading!r} belongs to no "
                    f"article and is not stored: {stray.content.strip()[:40]!r}"
                )
            continue
        article = _article(text, lines, event, limit, style, context, warnings)
        if article is None:
            warnings.append(f"line {lines[event.index].number}: {event.label} has no text; skipped")
        else:
            articles.append(article)
    if not articles:
        raise InputError(f"{source}: article headings found, but none has any text")
    warnings += numbering_warnings(articles, style)
    if style == "article":
        articles = _eu_parts(text, lines, boundaries[0], annex_from, articles, warnings)
    annex = _ANNEX.search(text, articles[-1].start, articles[-1].end)
    if annex is not None:
        last = articles[-1]
        start, end = _trim(text, last.start, annex.start())
        articles[-1] = replace(last, text=text[start:end], end=end)
        warnings.append(
            f"line {text.count(chr(10), 0, annex.start()) + 2}: {annex['name']!r} after "
            f"{last.label} looks like an annex; not stored"
        )
    header = lines[: boundaries[0]]
    title = header_title(header, style)
    # the date a closing article says the law takes effect (本法自…起施行), from the last five
    dates = header_dates(header) + effective_date((a.text, a.line) for a in reversed(articles[-5:]))
    preamble = header_preamble(text, header, title, style)
    return SplitResult(
        source=source,
        style=style,
        language="zh" if style == "zh" else "en",
        title=title,
        articles=tuple(articles),
        warnings=tuple(warnings),
        dates=tuple(dates),
        preamble=preamble,
    )


def _eu_parts(
    text: str,
    lines: list[Line],
    first_heading: int,
    annex_from: int | None,
    articles: list[SplitArticle],
    warnings: list[str],
) -> list[SplitArticle]:
    """Recitals before the articles, the closing formula cut off the last one, annexes after."""
    last = articles[-1]
    closing = eu_parts.closing_formula(text, last.start, last.end)
    if closing is not None:
        start, end = _trim(text, last.start, closing)
        articles[-1] = replace(last, text=text[start:end], end=end)
        warnings.append(
            f"line {text.count(chr(10), 0, closing) + 2}: the closing formula, signatures and "
            f"footnotes after {last.label} are not stored"
        )
    parts = [(p, "recital") for p in eu_parts.recitals(lines[:first_heading])]
    if annex_from is not None:
        parts += [(p, "annex") for p in eu_parts.annexes(text, lines, annex_from)]
    pieces = [
        SplitArticle(
            number=p.number,
            label=p.label,
            text=text[p.start : p.end],
            start=p.start,
            end=p.end,
            line=p.line,
            heading=p.heading,
            kind=kind,  # type: ignore[arg-type]
        )
        for p, kind in parts
    ]
    recitals = [p for p in pieces if p.kind == "recital"]
    return [*recitals, *articles, *(p for p in pieces if p.kind == "annex")]


def _structure_caption(
    lines: list[Line], index: int, heading: str, limit: int, style: Style
) -> tuple[str, int]:
    """English structure headings may put their name on the next line: CHAPTER II / Principles.

    Returns the heading and the index of its last line.
    """
    if index + 1 >= limit:
        return heading, index
    if style == "zh":
        # A long Chinese heading may wrap onto a line of its own: "第六节 调取、…书证" / "和视听资料".
        rest = [(i, lines[i]) for i in range(index + 1, limit) if not is_blank(lines[i])]
        if len(rest) == 1 and len(rest[0][1].content.strip()) <= 40:
            tail = rest[0][1].content.strip()
            if not re.search(r"[。；;：:]", tail):
                return heading + tail, rest[0][0]
        return heading, index
    match = EN_STRUCTURE.match(lines[index].content)
    named = match is not None and re.search(r"[A-Za-z]", lines[index].content[match.end("num") :])
    following = lines[index + 1]
    if named or is_blank(following) or not is_caption(following.content, same_line=False):
        return heading, index
    return f"{heading} {following.content.strip()}", index + 1


def _article(
    text: str,
    lines: list[Line],
    heading: Heading,
    limit: int,
    style: Style,
    context: dict[str, str | None],
    warnings: list[str],
) -> SplitArticle | None:
    caption: str | None = None
    body_from = heading.index + 1  # first line of the body when the heading line has no text
    start: int | None = heading.rest_offset
    if style != "zh":
        start, body_from, caption = _english_caption(lines, heading, limit)
    if start is None:
        start = lines[body_from].start if body_from < limit else None
    end = lines[limit - 1].end
    if start is None or start >= end:
        return None
    start, end = _trim(text, start, end)
    note = _EDITORIAL_NOTE.search(text, start, end)
    if note is not None and note.start() > start:
        # "[the copy at that address ends here]": the collector's note, not the statute's text.
        warnings.append(
            f"line {text.count(chr(10), 0, note.start()) + 2}: editorial note "
            f"{note[0].strip()[:50]!r} after {heading.label} not stored"
        )
        start, end = _trim(text, start, note.start())
    if start >= end:
        return None
    return SplitArticle(
        number=heading.number,
        label=heading.label,
        text=text[start:end],
        start=start,
        end=end,
        line=lines[heading.index].number,
        part=context["part"],
        chapter=context["chapter"],
        section=context["section"],
        heading=caption,
        kind=heading.kind,
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow [start, end) to exclude surrounding blank lines and indentation."""
    body = text[start:end]
    start += len(body) - len(body.lstrip(_SPACE))
    return start, start + len(body.strip(_SPACE))


def _english_caption(
    lines: list[Line], heading: Heading, limit: int
) -> tuple[int | None, int, str | None]:
    """(text start offset or None, first body line, caption) for an English heading."""
    index = heading.index
    has_body_after = any(not is_blank(line) for line in lines[index + 1 : limit])
    if heading.rest.strip():
        if not (has_body_after and is_caption(heading.rest, same_line=True)):
            return heading.rest_offset, index + 1, None
        caption = heading.rest.strip()
        following = index + 1
        # An all-caps caption may wrap: "SEC. 889. PROHIBITION ON … VIDEO" / "SURVEILLANCE …".
        while (
            caption.isupper()
            and not caption.endswith(".")
            and following < min(limit, index + 4)
            and lines[following].content.strip().isupper()
            and not lines[following].content.lstrip().startswith("(")
        ):
            caption = f"{caption} {lines[following].content.strip()}"
            following += 1
        return None, following, caption
    following = index + 1
    if following < limit and not is_blank(lines[following]):
        candidate = lines[following].content
        rest_of_body = any(not is_blank(line) for line in lines[following + 1 : limit])
        if rest_of_body and is_caption(candidate, same_line=False):
            return None, following + 1, candidate.strip()
    return None, following, None


def numbering_warnings(articles: list[SplitArticle], style: Style) -> list[str]:
    """Gaps, duplicates and disorder in the article numbers, as readable warnings."""
    warnings: list[str] = []
    first_line: dict[str, int] = {}
    for article in articles:
        if article.number in first_line:
            warnings.append(
                f"duplicate article {article.number} (lines {first_line[article.number]} "
                f"and {article.line})"
            )
        else:
            first_line[article.number] = article.line
    previous: tuple[int, int] | None = None
    for article in articles:
        match = re.fullmatch(r"(\d+)(?:-(\d+))?", article.number)
        if not match:
            previous = None
            continue
        current = (int(match[1]), int(match[2] or 0))
        if previous is None:
            if style != "section" and current != (1, 0) and article is articles[0]:
                warnings.append(f"numbering starts at {article.number}, not 1")
        elif current[1] == 0 and current[0] > previous[0] + 1:
            missing = (
                str(previous[0] + 1)
                if current[0] == previous[0] + 2
                else f"{previous[0] + 1}-{current[0] - 1}"
            )
            warnings.append(f"numbering gap: {missing} missing before {article.label}")
        elif current <= previous:
            warnings.append(f"numbering out of order: {article.label} follows {previous[0]}")
        elif current[1] and (current[0], current[1] - 1) != previous:
            warnings.append(f"numbering gap before {article.label}")
        previous = current
    return warnings
