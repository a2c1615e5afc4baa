"""The layout side of finding quotations: paragraphs, lead-ins, and block quotes.

Paragraphs are separated by blank lines; a single line break joins two lines of one paragraph
(hard-wrapped text) when the document uses blank lines at all, the line is short, does not end a
sentence, and the next line is not indented deeper. Every loop here is over lines or paragraphs,
each regex is bounded, so the work is linear (counted in the ``steps`` returned).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from lawref.spans import QuoteSpan
from lawref.text.regex_code import constant
from lawref.text.saying import CHINESE_AFFIRMING, CHINESE_SAYING, ENGLISH_SAYING

MAX_QUOTE_CHARS = 8000  # GDPR Art. 6 quoted whole is ~4,000 characters
MAX_QUOTE_PARAGRAPHS = 20
SOFT_LINE_MAX = 100

_NONSPACE = constant(r"\S")
_SENTENCE_END = frozenset(".!?。！？…:：;；\"'”’»」』")
ENUMERATOR = constant(
    r"(?:\(?[0-9]{1,3}[).]|\([a-zA-Z]{1,4}\)|[（(][一二三四五六七八九十〇0-9]{1,4}[）)]"
    r"|[一二三四五六七八九十]{1,3}、)"
)
# Lead-ins, as the end of the paragraph before the colon reads (lower case); an English verb may
# be followed by "in part" / "in full" / "as follows".
_LEAD_VERBS = (
    *ENGLISH_SAYING,  # the verbs of saying every lead-in pattern shares (text/saying.py)
    # this list's own: other tenses, other verbs, a list announced
    *("stated", "state", "read", "provided", "provide", "stipulated", "stipulate", "said", "say"),
    *("declares", "specifies", "requires", "mandates", "the following", "following", "as follows"),
)
_LEAD_MODIFIERS = ("", " in part", " in full", " as follows")
# The shared verbs of saying and of affirming, then this list's own (规定如下 before 如下: the
# first phrase the window ends with says where the lead-in's verb starts).
_LEAD_ZH = (
    *CHINESE_SAYING,
    *CHINESE_AFFIRMING,
    *("规定如下", "規定如下", "写明", "寫明", "说", "說", "称", "稱", "表示"),
    *("如下", "原文为", "原文為"),
)
# A bare citation before the colon ("Article 7:", "Section 230(c)(1):", "第七条：") introduces
# the text it cites.
_CITED_LEAD = constant(
    r"(?:\b(?:article|art\.|section|sec\.|§)\s?[0-9]{1,4}[a-z]?(?:\([0-9a-z]{1,4}\)){0,4}"
    r"|第[一二三四五六七八九十百零〇0-9]{1,8}[条條](?:之[一二三四五六七八九十]{1,3})?"
    r"(?:第[一二三四五六七八九十0-9]{1,3}款)?)$"
)
_LEAD_WINDOW = 40


# --- paragraphs ---------------------------------------------------------------------------------


@dataclass(slots=True)
class Paragraph:
    """A paragraph of a document: where it starts, where its text starts and ends, its indent."""

    start: int  # first character of its first line
    content: int  # its first non-space character
    end: int  # one past its last non-space character
    indent: int  # width of the first line's indentation (tab = 4, ideographic space = 2)
    lead_in: str | None = None


def paragraphs(text: str) -> tuple[list[Paragraph], int]:
    lines: list[tuple[int, int, int, bool]] = []  # (start, content, end, blank line before)
    steps = 0
    pos = 0
    length = len(text)
    while pos < length:
        found = _NONSPACE.search(text, pos)
        if found is None:
            break
        content = found.start()
        blank_before = text.find("\n", pos, content) >= 0 and bool(lines)
        start = text.rfind("\n", pos, content) + 1 or pos
        line_end = text.find("\n", content)
        if line_end < 0:
            line_end = length
        end = line_end
        while text[end - 1].isspace():
            end -= 1
            steps += 1
        lines.append((start, content, end, blank_before))
        pos = line_end + 1
        steps += 1
    uses_blank_lines = any(line[3] for line in lines)
    paragraphs: list[Paragraph] = []
    previous: tuple[int, int, int, bool] | None = None
    for line in lines:
        start, content, end, blank_before = line
        indent = _indent(text, start, content)
        steps += content - start + 1
        if previous is not None and not blank_before and uses_blank_lines:
            last = paragraphs[-1]
            if (
                previous[2] - previous[1] <= SOFT_LINE_MAX
                and text[previous[2] - 1] not in _SENTENCE_END
                and indent <= _indent(text, previous[0], previous[1])
            ):
                last.end = end  # a hard-wrapped line: same paragraph
                previous = line
                continue
        paragraphs.append(Paragraph(start, content, end, indent))
        previous = line
    for paragraph in paragraphs:
        paragraph.lead_in = _lead_in(text, paragraph)
        steps += 1
    return paragraphs, steps


def ends_sentence(text: str, end: int) -> bool:
    """Whether the line or paragraph whose text ends at ``end`` ends a sentence (or a lead-in,
    or a quotation): then a single line break after it parts paragraphs."""
    return end > 0 and text[end - 1] in _SENTENCE_END


def indent_of(text: str, paragraph: Paragraph) -> int:
    """The width of the indent before the paragraph's first line."""
    return _indent(text, paragraph.start, paragraph.content)


def _indent(text: str, start: int, content: int) -> int:
    width = 0
    for char in text[start:content]:
        width += 4 if char == "\t" else 2 if char == "\u3000" else 1
    return width


def _lead_in(text: str, paragraph: Paragraph) -> str | None:
    """The lead-in ("states:", "规定：", "Article 7:") that ends the paragraph, as written."""
    return lead_in_at(text, paragraph.end - 1, paragraph.content)


def lead_in_at(text: str, colon: int, floor: int = 0) -> str | None:
    """The lead-in that ends with the colon at ``colon`` ("The law states:", "其中规定：",
    "Article 7:"), as written, looking back no further than ``floor``; None when the words
    before the colon are not a lead-in ("A spokesman said it was misread:")."""
    if not 0 <= colon < len(text) or text[colon] not in ":：":
        return None
    window_start = max(floor, colon - _LEAD_WINDOW)
    window = text[window_start:colon].rstrip()
    lowered = window.lower()
    found = -1
    for phrase in _LEAD_ZH:
        if lowered.endswith(phrase):
            found = len(window) - len(phrase)
            break
    if found < 0:
        for verb in _LEAD_VERBS:
            for modifier in _LEAD_MODIFIERS:
                phrase = verb + modifier
                at = len(window) - len(phrase)
                if lowered.endswith(phrase) and (at == 0 or not window[at - 1].isalpha()):
                    found = at  # a whole word: "essays:" is not "says:"
                    break
            if found >= 0:
                break
    if found < 0:
        cited = _CITED_LEAD.search(lowered)
        if cited is None:
            return None
        found = cited.start()
    return text[window_start + found : colon + 1]


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the white space at either end (empty when all of it is)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _paragraph_at(paragraphs: list[Paragraph], starts: list[int], position: int) -> int:
    return max(bisect.bisect_right(starts, position) - 1, 0)


def recorded_blocks(
    text: str,
    paragraphs: list[Paragraph],
    blockquotes: Sequence[tuple[int, int]],
    quoted: Sequence[tuple[int, int]],
) -> tuple[list[QuoteSpan], int]:
    """Block quotes from the markup's spans; a span wholly in quote marks loses the marks.

    ``quoted`` holds the (opening mark, closing mark) positions of the quotations found."""
    found: list[QuoteSpan] = []
    steps = 0
    starts = [p.start for p in paragraphs]
    close_of = dict(quoted) if blockquotes else {}
    last_end = -1
    for raw_start, raw_end in sorted(blockquotes):
        steps += 1
        if not (0 <= raw_start < raw_end <= len(text)) or raw_start < last_end:
            continue  # out of range, or overlapping the previous span
        start, end = trimmed(text, raw_start, raw_end)
        steps += (start - raw_start) + (raw_end - end)
        if start >= end:
            continue
        last_end = raw_end
        close = close_of.get(start, -1)  # a quotation opening right where the span starts
        if close >= 0 and close < end <= close + 4:
            if not any(ch.isalnum() for ch in text[close + 1 : end]):
                start, end = trimmed(text, start + 1, close)  # wholly in quote marks
            if start >= end:
                continue
        index = _paragraph_at(paragraphs, starts, start)
        lead_in = paragraphs[index - 1].lead_in if index > 0 else None
        found.append(QuoteSpan(text[start:end], start, end, "block", lead_in))
    return found, steps


def implied_blocks(
    text: str, paragraphs: list[Paragraph], quoted: Sequence[tuple[int, int]], openers: str
) -> tuple[list[QuoteSpan], int]:
    """Block quotes that only the layout shows: what follows a lead-in without quote marks.

    ``quoted``: (opening, closing mark) of the quotations found, in order; ``openers``: the quote
    marks that can open a quotation (a paragraph opening with one is the scanner's business)."""
    found: list[QuoteSpan] = []
    steps = 0
    quote_starts = [open_mark for open_mark, _ in quoted]
    for index in range(len(paragraphs) - 1):
        steps += 1
        lead = paragraphs[index]
        if lead.lead_in is None:
            continue
        first = paragraphs[index + 1]
        mark = text[first.content]
        if mark in openers:
            continue
        last = index + 1
        if first.indent > lead.indent:
            while last + 1 < len(paragraphs) and paragraphs[last + 1].indent >= first.indent:
                last += 1
                steps += 1
                if last - index > MAX_QUOTE_PARAGRAPHS:
                    break
        elif ENUMERATOR.match(text, first.content):
            while last + 1 < len(paragraphs) and ENUMERATOR.match(
                text, paragraphs[last + 1].content
            ):
                last += 1
                steps += 1
                if last - index > MAX_QUOTE_PARAGRAPHS:
                    break
        elif first.lead_in is not None or _has_quote(quote_starts, first.content, first.end):
            continue  # narrative with its own quotations, or another lead-in
        start = first.content
        while text[start] == ">" and start < first.end:
            start += 1  # "> " lines in plain text
            steps += 1
        start, end = trimmed(text, start, paragraphs[last].end)
        if last - index > MAX_QUOTE_PARAGRAPHS or end - start > MAX_QUOTE_CHARS or start >= end:
            continue
        found.append(QuoteSpan(text[start:end], start, end, "block", lead.lead_in))
    return found, steps


def _has_quote(quote_starts: list[int], start: int, end: int) -> bool:
    at = bisect.bisect_left(quote_starts, start)
    return at < len(quote_starts) and quote_starts[at] < end


def merge(kept: list[QuoteSpan], extra: list[QuoteSpan]) -> list[QuoteSpan]:
    """``kept`` plus the spans of ``extra`` that overlap none of them (both sorted, disjoint)."""
    merged: list[QuoteSpan] = []
    k = 0
    for candidate in extra:
        while k < len(kept) and kept[k].end <= candidate.start:
            merged.append(kept[k])
            k += 1
        if k < len(kept) and kept[k].start < candidate.end:
            continue
        if merged and merged[-1].end > candidate.start:
            continue
        merged.append(candidate)
    merged.extend(kept[k:])
    return merged
