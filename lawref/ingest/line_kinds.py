"""Line classification for the splitter: article headings, structure headings, captions.

Every pattern is applied to one line (without its line break) and has bounded repeats only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from lawref.text.numerals import NUMERAL_PATTERN, article_number, cn_to_int

Style = Literal["zh", "article", "section"]

# --- patterns (applied to one line without its line break) -------------------------------------

_MD = r"(?:#{1,6}[ \t]{1,4})?(?:\*\*)?"  # a Markdown heading mark or bold around a label
_ZH_ARTICLE = re.compile(
    rf"^[ \u3000]{{0,8}}{_MD}(?P<label>第(?P<num>{NUMERAL_PATTERN})条(?:之(?P<sub>{NUMERAL_PATTERN}))?)"
    r"(?:\*\*)?(?P<sep>[ \u3000]{1,8}|$)"
)
# An item of a decision that has no 第…条 articles: "一、增加一条，作为第三条: …".
_ZH_ITEM = re.compile(r"^[ \u3000]{0,8}(?P<label>(?P<num>[一二三四五六七八九十百]{1,6})、)")
_ZH_STRUCTURE = re.compile(
    rf"^[ \u3000]{{0,8}}{_MD}第(?P<num>{NUMERAL_PATTERN})(?P<kind>分编|编|章|节)"
    r"(?:[ \u3000]{1,8}[^。；，,;：:\t]{1,60})?(?:\*\*)?[ \u3000]{0,8}$"
)
_EN_ARTICLE = re.compile(
    rf"^[ \t]{{0,8}}{_MD}(?P<label>(?:Article|ARTICLE|Art\.)[ \t\u00a0]{{1,4}}"
    r"(?P<num>\d{1,4}[a-z]?|premier))(?:\*\*)?"
    r"(?:[ \t]*$|[ \t]*[.:\u2013\u2014-][ \t]*(?P<rest>.*)$|[ \t]{1,4}(?P<cap>[A-Z(\u2018'\"\u201c].*)$)"
)
_EN_SECTION = re.compile(
    rf"^[ \t]{{0,8}}{_MD}(?P<label>(?:§|Sec\.|SEC\.|Section|SECTION)[ \t]{{0,4}}"
    r"(?P<num>\d{1,5}[a-z]?(?:-\d{1,3})?))(?:\*\*)?"
    r"(?:[ \t]*$|\.[ \t]*(?P<rest>.*)$|[ \t]*[\u2013\u2014:-][ \t]*(?P<rest2>.*)$)"
)
EN_STRUCTURE = re.compile(
    rf"^[ \t]{{0,8}}{_MD}(?P<kind>TITLE|Title|SUBTITLE|Subtitle|PART|Part|CHAPTER|Chapter|CHAPITRE|Chapitre"
    r"|SUBCHAPTER|Subchapter|SECTION|Section)[ \t\u00a0]{1,4}(?P<num>\d{1,4}[A-Z]?|[IVXLCDM]{1,8}|[A-Z])"
    r"(?:[ \t]*$|[ \t]*[.:\u2013\u2014-].{0,200}$)"
)
_STRUCTURE_LEVEL = {
    "编": "part",
    "分编": "part",
    "章": "chapter",
    "节": "section",
    "title": "part",
    "subtitle": "part",
    "part": "part",
    "chapter": "chapter",
    "chapitre": "chapter",
    "subchapter": "section",
    "section": "section",
}


@dataclass(frozen=True)
class Line:
    number: int  # 1-based
    start: int
    end: int  # end of the content, before "\r\n" / "\n"
    content: str


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    position = 0
    for number, raw in enumerate(text.split("\n"), 1):
        content = raw[:-1] if raw.endswith("\r") else raw
        lines.append(Line(number, position, position + len(content), content))
        position += len(raw) + 1
    return lines


def is_blank(line: Line) -> bool:
    return not line.content.strip()


# --- classification ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    index: int  # index into the line list
    number: str
    label: str
    rest_offset: int | None  # where text after the label starts on the heading line, if any
    rest: str
    kind: Literal["article", "item"] = "article"


def _zh_item(line: Line, index: int) -> Heading | None:
    match = _ZH_ITEM.match(line.content)
    if not match:
        return None
    try:
        number = str(cn_to_int(match["num"]))
    except ValueError:
        return None
    rest = line.content[match.end() :]
    offset = line.start + match.end() if rest.strip() else None
    return Heading(index, number, match["label"], offset, rest, "item")


def _zh_heading(line: Line, index: int) -> Heading | None:
    match = _ZH_ARTICLE.match(line.content)
    if not match:
        return None
    try:
        number = article_number(match["num"], match["sub"])
    except ValueError:
        return None
    rest = line.content[match.end() :]
    offset = line.start + match.end() if rest.strip() else None
    return Heading(index, number, match["label"], offset, rest)


def _en_heading(line: Line, index: int, pattern: re.Pattern[str]) -> Heading | None:
    match = pattern.match(line.content)
    if not match:
        return None
    group = next((g for g in ("rest", "rest2", "cap") if match.groupdict().get(g)), None)
    rest = match[group] if group else ""
    offset = line.start + match.start(group) if group else None
    number = "1" if match["num"] == "premier" else match["num"]  # French "Article premier"
    return Heading(index, number, match["label"].strip(), offset, rest)


def structure_heading(line: Line, style: Style) -> tuple[str, str] | None:
    """(level, heading) when the line is a part/chapter/section heading."""
    if style == "zh":
        match = _ZH_STRUCTURE.match(line.content)
        if match and _valid_numeral(match["num"]):
            return _STRUCTURE_LEVEL[match["kind"]], clean_heading(line.content)
        return None
    match = EN_STRUCTURE.match(line.content)
    if not match:
        return None
    kind = match["kind"].lower()
    if kind == "section" and style == "section":
        return None  # there "Section 301" is an article
    return _STRUCTURE_LEVEL[kind], clean_heading(line.content)


def _valid_numeral(numeral: str) -> bool:
    try:
        cn_to_int(numeral)
    except ValueError:
        return False
    return True


def clean_heading(content: str) -> str:
    return content.strip(" \t\u3000").removeprefix("**").lstrip("#").strip().removesuffix("**")


def is_caption(candidate: str, *, same_line: bool) -> bool:
    """A short heading like "Right to erasure" rather than the first sentence of the text."""
    text = candidate.strip()
    if not text or len(text) > 200 or text[-1] in ",;:\u2014\u2013-":
        return False
    if text[0] in "(0123456789" and not same_line:
        return False
    if re.search(r"[.;:] [A-Z(]", text[:-1]):
        return False  # more than one sentence
    if text.isupper() or not text.endswith("."):
        return True
    return len(text.split()) <= 8


def detect_style(lines: list[Line]) -> Style | None:
    counts = {"zh": 0, "article": 0, "section": 0, "item": 0}
    for line in lines:
        if _ZH_ITEM.match(line.content):
            counts["item"] += 1
        elif _ZH_ARTICLE.match(line.content):
            counts["zh"] += 1
        elif _EN_ARTICLE.match(line.content):
            counts["article"] += 1
        elif _EN_SECTION.match(line.content):
            counts["section"] += 1
    if counts["zh"] and counts["zh"] >= counts["article"] + counts["section"]:
        return "zh"
    if counts["article"]:
        return "article"
    if counts["section"]:
        return "section"
    if counts["item"] >= 2:
        return "zh"  # a decision of numbered items (see zh_items)
    return None


def zh_items(lines: list[Line]) -> bool:
    """A Chinese text cut at 一、二、… items: it has no 第…条 line at all."""
    return not any(_ZH_ARTICLE.match(line.content) for line in lines)


def headings(lines: list[Line], style: Style) -> Iterator[Heading | tuple[int, str, str]]:
    """Article headings and (index, level, heading) structure lines, in order."""
    pattern = _EN_ARTICLE if style == "article" else _EN_SECTION
    zh_heading = _zh_item if style == "zh" and zh_items(lines) else _zh_heading
    for index, line in enumerate(lines):
        if "\t" in line.content.lstrip(" \u3000")[:16]:
            continue  # a row of a table (tabs separate its cells), not a heading
        structure = structure_heading(line, style)
        if structure is not None:
            yield (index, *structure)
            continue
        heading = zh_heading(line, index) if style == "zh" else _en_heading(line, index, pattern)
        if heading is not None:
            yield heading
