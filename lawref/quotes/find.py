"""Finding quotations in a document: quote-marked spans and block quotes, in linear time.

How it reads a text:

* Paragraphs are separated by blank lines. A single line break joins two lines of one paragraph
  (hard-wrapped text) when the document uses blank lines at all, the line is short (at most
  ``SOFT_LINE_MAX`` characters), does not end a sentence, and the next line is not indented
  deeper; otherwise every line is a paragraph (one-paragraph-per-line text, Chinese text).
* One pass over the quote marks of each paragraph with a small stack (``MAX_DEPTH`` entries) and
  a lookaround of at most a few characters per mark; marks are found by a single-character-class
  regex, so the scan is linear. No backtracking pattern runs on the text.
* Pairs: “…” ‘…’ «…» ‹…› »…« 「…」 『…』 〝…〞 „…“ „…” ‚…‘ and the straight "…" '…' ＂…＂ ＇…＇;
  and “…“, whose closing mark scraping or a keyboard printed as an opening one: a “ after a
  word or punctuation and before no letter or digit (CJK included) closes an open “; and ”…”,
  whose opening one: a ” after a space, before a word or a space, with no “ open, opens.
  Straight marks open or close by what flanks them (as CommonMark decides emphasis): a mark
  before a word opens, after one closes; between two characters of a word it closes when one is
  open. Apostrophes are not quote marks: it's, Huawei's, the '90s, rock 'n' roll, 'em; and a
  closing ' or ’ right after an "s" (students' rights) closes a quote only when no later mark
  closes it.
* Nesting: an inner quote wholly inside an outer one is NOT reported on its own: the outer quote
  is the quotation, its text contains the inner one. An inner quote is reported only when its
  outer quote never closes.
* Quotations over several paragraphs: when a paragraph ends inside a quotation and the next one
  opens with the same kind of mark, the quotation continues (the convention of every style
  guide); its text runs from the first opening mark to the last closing mark, the re-opening
  marks included. In a text without blank lines, read a paragraph per line, a quotation opened
  with a directional mark (“, 「 …) runs on over a line wrapped inside it (wrapped_lines.py); a
  quotation open at a provision's opening words runs on over its items "(a)" … (quoted_lists.py).
  Otherwise an unclosed quotation ends at its paragraph and is dropped.
* Bounds: a quotation longer than ``MAX_QUOTE_CHARS`` characters or ``MAX_QUOTE_PARAGRAPHS``
  paragraphs is dropped: an unbalanced mark never swallows the rest of the document.
* Block quotes (``marks="block"``): each span the markup set off (``blockquotes``: HTML
  <blockquote>, Markdown "> "); a paragraph wholly in quote marks right after a lead-in
  paragraph ending in "states:", "reads in part:", "provides:", "规定：", "Article 7:",
  "第七条：" …; the indented paragraphs after a lead-in; and, after a lead-in, the next paragraph
  even without marks or indent (formatting lost by scraping) when no quotation was found in it —
  plus the enumerated items ("(1)", "（一）") that follow it. ``lead_in`` holds the lead-in as
  written ("states:").

Every QuoteSpan satisfies ``text[q.start:q.end] == q.text``; whitespace at either end of a quote
is left out by moving start/end, never by editing the text. Quotes come sorted and disjoint.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from lawref.quotes import flanking
from lawref.quotes.closing_citation import quotation_span
from lawref.quotes.flanking import left_flanking, punctuation, right_flanking, word_char
from lawref.quotes.layout import (
    MAX_QUOTE_CHARS,
    MAX_QUOTE_PARAGRAPHS,
    Paragraph,
    implied_blocks,
    merge,
    paragraphs,
    recorded_blocks,
)
from lawref.quotes.marks import (
    APOSTROPHES,
    CLOSERS,
    CONTINUERS,
    ELISIONS,
    MARKS,
    OPENERS,
    SINGLE,
    SYMMETRIC,
)
from lawref.spans import QuoteSpan

__all__ = [
    "MAX_DEPTH",
    "MAX_QUOTE_CHARS",
    "MAX_QUOTE_PARAGRAPHS",
    "STEPS_PER_CHAR",
    "QuoteScan",
    "find_quotes",
    "scan_quotes",
]

MAX_DEPTH = 8
# What the design guarantees: per character, a mark is found once, searched for on a stack of at
# most MAX_DEPTH entries, closes at most MAX_DEPTH entries, and a finished quote moves out at most
# MAX_DEPTH levels; so QuoteScan.steps <= STEPS_PER_CHAR * (len(text) + spans) + a constant.
STEPS_PER_CHAR = 4 * MAX_DEPTH


@dataclass(frozen=True)
class QuoteScan:
    """The quotations found, and how many steps of work finding them took (for the tests that
    bound the work: Python-level operations; the regex that finds the next quote mark is a single
    character class, linear by construction)."""

    quotes: list[QuoteSpan]
    steps: int


def find_quotes(text: str, blockquotes: Sequence[tuple[int, int]] = ()) -> list[QuoteSpan]:
    """The quotations in ``text`` (see the module's docstring), sorted by position, disjoint."""
    return scan_quotes(text, blockquotes).quotes


def scan_quotes(text: str, blockquotes: Sequence[tuple[int, int]] = ()) -> QuoteScan:
    """find_quotes, with the count of work done."""
    layout, steps = paragraphs(text)
    scanner = _Scanner(text, layout)
    scanner.run()
    steps += scanner.steps
    marks = [(record.open_mark, record.close_mark) for record in scanner.emitted]
    recorded, more = recorded_blocks(text, layout, blockquotes, marks)
    steps += more
    implied, more = implied_blocks(text, layout, marks, OPENERS)
    steps += more
    quoted = [
        q
        for record in scanner.emitted
        if (q := quotation_span(text, record.open_mark, record.close_mark, record.block_lead_in))
        is not None
    ]
    quoted.sort(key=lambda q: q.start)  # already in order: a check that costs one pass
    steps += len(scanner.emitted)
    merged = merge(merge(recorded, implied), quoted)
    steps += len(merged)
    return QuoteScan(merged, steps)


# --- the scanner ----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Entry:
    """An opening quotation mark waiting for its closing one."""

    opener: str
    mark: int  # position of the opening mark
    paragraphs: int = 0  # paragraph breaks crossed
    lead_in: str | None = None  # set when the mark opens the paragraph after a lead-in
    tentative: int = -1  # a closing ' or ’ after "s" that may be an apostrophe
    children: list[_Record] = field(default_factory=list)


@dataclass(slots=True)
class _Record:
    """A quotation's opening and closing marks, once both are found."""

    open_mark: int
    close_mark: int
    block_lead_in: str | None  # not None: a block quote (a quoted paragraph after a lead-in)


class _Scanner:
    def __init__(self, text: str, paragraphs: list[Paragraph]) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.stack: list[_Entry] = []
        self.emitted: list[_Record] = []
        self.steps = 0
        self.skip = -1  # a mark already accounted for (continuation mark, 'n' apostrophe)

    def run(self) -> None:
        text = self.text
        for index, paragraph in enumerate(self.paragraphs):
            self.paragraph = paragraph
            self.index = index
            for found in MARKS.finditer(text, paragraph.content, paragraph.end):
                self.steps += 1
                position = found.start()
                if position == self.skip:
                    continue
                self._expire(position)
                self._mark(position, text[position])
            self._paragraph_end(index)
        while self.stack:
            self._drop(len(self.stack) - 1)

    # The roles of a mark ------------------------------------------------------------------------

    def _mark(self, j: int, char: str) -> None:
        text = self.text
        lo, hi = self.paragraph.content, self.paragraph.end
        before = text[j - 1] if j > lo else " "
        after = text[j + 1] if j + 1 < hi else " "
        if char in APOSTROPHES and self._apostrophe(j, before, after, hi):
            return
        if char in SYMMETRIC:
            left, right = left_flanking(before, after), right_flanking(before, after)
            if left and right:
                found = self._find(char)
                if found >= 0:
                    self._close(found, j, char, before, after)
                else:
                    self._open(j, char)
            elif left:
                self._open(j, char)
            elif right:
                found = self._find(char)
                if found >= 0:
                    self._close(found, j, char, before, after)
        elif char == "’":
            found = self._find(char)
            if found >= 0:
                self._close(found, j, char, before, after)
        elif char == "‘":
            found = self._find(char)
            if found >= 0 and self.stack[found].opener == "‚" and not before.isspace():
                self._close(found, j, char, before, after)
            else:
                self._open(j, char)
        elif char == "“":
            found = self._find(char)
            if found < 0 and not before.isspace() and not after.isalnum():
                found = self._open_with("“")  # “…“: a closing mark printed as an opening one
            if found >= 0 and not before.isspace():
                self._close(found, j, char, before, after)  # „German“
            else:
                self._open(j, char)
        elif char in "«‹":
            found = self._find(char)  # closes a »reversed« quote
            if found >= 0:
                self._close(found, j, char, before, after)
            else:
                self._open(j, char)
        elif char in "»›":
            found = self._find(char)
            if found >= 0:
                self._close(found, j, char, before, after)
            elif before.isspace() and not after.isspace():
                self._open(j, char)  # not "Home » News"
        elif char in "「『〝„":
            self._open(j, char)
        elif char == "‚":
            if not after.isspace() and (before.isspace() or punctuation(before)):
                self._open(j, char)  # else it is a comma-like mark
        else:  # ” 」 』 〞 〟
            found = self._find(char)
            if found >= 0:
                self._close(found, j, char, before, after)
            elif char == "”" and flanking.reversed_opening(before, after):
                self._open(j, "“")  # ”…”: an opening mark printed as a closing one

    def _apostrophe(self, j: int, before: str, after: str, hi: int) -> bool:
        text = self.text
        if word_char(before) and word_char(after):
            return True  # it's, Huawei's, don't
        if word_char(before):
            return False
        if after.isdigit() and j + 2 < hi and text[j + 2].isdigit():
            following = text[j + 3] if j + 3 < hi else " "
            return not following.isdigit() and following != "%"  # the '90s, class of '08
        word = text[j + 1 : j + 7].lower()
        for elision in ELISIONS:
            if word.startswith(elision):
                end = j + 1 + len(elision)
                following = text[end] if end < hi else " "
                if elision == "n" and following in APOSTROPHES:
                    self.skip = end  # rock 'n' roll: the second mark goes too
                    return True
                if elision != "n" and not word_char(following):
                    return True
        return False

    def _find(self, closer: str) -> int:
        """Index of the innermost open entry that ``closer`` closes; -1 when none."""
        stack = self.stack
        for index in range(len(stack) - 1, -1, -1):
            self.steps += 1
            if closer in CLOSERS[stack[index].opener]:
                return index
        return -1

    def _open_with(self, opener: str) -> int:
        """Index of the innermost open entry opened by ``opener``; -1 when none."""
        stack = self.stack
        for index in range(len(stack) - 1, -1, -1):
            self.steps += 1
            if stack[index].opener == opener:
                return index
        return -1

    # Stack operations ---------------------------------------------------------------------------

    def _open(self, j: int, char: str) -> None:
        stack = self.stack
        if stack and stack[-1].tentative >= 0:
            self._resolve_tentative(len(stack) - 1)
        if len(stack) >= MAX_DEPTH:
            self._drop(0)
        lead_in = None
        if j == self.paragraph.content and self.index > 0:
            lead_in = self.paragraphs[self.index - 1].lead_in
        stack.append(_Entry(char, j, lead_in=lead_in))
        self.steps += 1

    def _close(self, index: int, j: int, char: str, before: str, after: str) -> None:
        stack = self.stack
        entry = stack[index]
        if (
            char in SINGLE + "’"
            and before in "sS"
            and not word_char(after)
            and entry.opener in SINGLE
        ):
            if index == len(stack) - 1:
                entry.tentative = j  # students' … : decided by what follows
            return  # under another open quote, an "s'" is taken as an apostrophe
        self.steps += len(stack) - index
        del stack[index + 1 :]  # unclosed quotes inside this one: part of its text
        stack.pop()
        self._finish(entry, j, index)

    def _finish(self, entry: _Entry, close_mark: int, index: int) -> None:
        block = None
        if entry.lead_in is not None and self._ends_paragraph(close_mark):
            block = entry.lead_in
        record = _Record(entry.mark, close_mark, block)
        if index == 0:
            self.emitted.append(record)
        else:
            self.stack[index - 1].children.append(record)

    def _ends_paragraph(self, close_mark: int) -> bool:
        end = self.paragraph.end
        if end - close_mark - 1 > 3:
            return False
        return not any(ch.isalnum() for ch in self.text[close_mark + 1 : end])

    def _resolve_tentative(self, index: int) -> None:
        entry = self.stack.pop(index)
        self.steps += 1
        self._finish(entry, entry.tentative, index)

    def _drop(self, index: int) -> None:
        """Give up on an unclosed entry; quotes completed inside it move out one level."""
        entry = self.stack[index]
        if entry.tentative >= 0:
            self._resolve_tentative(index)
            return
        self.stack.pop(index)
        self.steps += 1 + len(entry.children)
        if index == 0:
            self.emitted.extend(entry.children)
        else:
            self.stack[index - 1].children.extend(entry.children)

    def _expire(self, position: int) -> None:
        stack = self.stack
        while stack and position - stack[0].mark > MAX_QUOTE_CHARS:
            self._drop(0)

    def _paragraph_end(self, index: int) -> None:
        stack = self.stack
        if not stack:
            return
        self._expire(self.paragraphs[index].end)
        if stack and stack[-1].tentative >= 0:
            self._resolve_tentative(len(stack) - 1)
        keep = -1
        if index + 1 < len(self.paragraphs):
            here, after = self.paragraphs[index], self.paragraphs[index + 1]
            mark = self.text[after.content]
            for position in range(len(stack) - 1, -1, -1):
                self.steps += 1
                if mark in CONTINUERS[stack[position].opener]:
                    keep = position
                    break
            if keep >= 0:
                self.skip = after.content
            elif stack:
                # (two rules for a quotation left open at a paragraph's end, imported only when
                # one is: issue 20)
                from lawref.quotes.quoted_lists import runs_into_item
                from lawref.quotes.wrapped_lines import runs_on

                if runs_on(self.text, here, after, stack[-1].opener) or runs_into_item(
                    self.text, here, after
                ):  # a wrapped line (wrapped_lines), a quoted list's item (quoted_lists)
                    keep = len(stack) - 1
        while len(stack) > keep + 1:
            self._drop(len(stack) - 1)
        for entry in stack:
            entry.paragraphs += 1
        while stack and stack[0].paragraphs >= MAX_QUOTE_PARAGRAPHS:
            self._drop(0)
