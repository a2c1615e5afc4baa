"""Sentences and paragraphs of a document, for deciding which law a bare "Article 7" belongs to
and which citation introduces a quotation.

One linear pass over the text. A sentence does not end inside a quotation ("…aware of." Critics)
— quotations are either given (the quote finder's spans) or followed by their quote marks — and
not after an abbreviation ("Art. 7", "47 U.S.C. 230", "Pub. L.").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from lawref.text.regex_code import constant
from lawref.text.scripts import UNIFIED_HAN

_TOKEN = constant(r"\n[ \t\r\u3000]*\n\s*|\n|[.!?。！？]+|[“”「」『』\"]")
_CLOSERS = "\"'”’)）]」』》"
_OPENERS = "“「『"
_CLOSING = "”」』"
# What ends a sentence (a full stop, ! or ?, in either width); the rules that look for a
# sentence's end read it here too.
TERMINATORS = ".!?。！？"
_CJK_TERMINATORS = "。！？"
# The ends of a sentence that nothing else writes: 。！？, ! and ?, and a line break — not the Latin
# full stop, which 1.5 and Art. 5 hold too. Where a rule reads back to a Chinese or Japanese
# sentence's start or on to its end.
SURE_SENTENCE_ENDS = "。！？!?\n"
# What a statement's line ends with and a heading's, caption's or title's does not: . ; ! ? in
# either width.
STATEMENT_ENDS = ".;!?。；！？"
# What ends a sentence, a clause set off by a semicolon or a lead-in (a colon), in either width:
# after it a line or an item starts afresh.
SENTENCE_OR_LEAD_IN_ENDS = ".!?;:。！？；："
_ABBREVIATION_LIST = (
    "art arts sec secs no nos pub l u.s u.s.c u.s.c.a mr mrs ms dr st vs v e.g i.e inc co corp "
    "ltd jr sr gov jan feb mar apr jun jul aug sep sept oct nov dec para paras p pp cf al approx "
    "dept fig ch cl subsec reg dir op cit ed eds vol"
)
_ABBREVIATIONS = frozenset(_ABBREVIATION_LIST.split())
_WORD_BEFORE = constant(r"([A-Za-z][A-Za-z.]{0,8})$")
# Segments.of: the latest documents' segments, oldest first (a batch checks one at a time)
_LATEST_KEPT = 4
_LATEST: dict[tuple[str, tuple[tuple[int, int], ...]], Segments] = {}


class Segments:
    """Sentence and paragraph starts of one text; indices of the sentence/paragraph of an offset."""

    def __init__(self, text: str, quotations: Sequence[tuple[int, int]] = ()) -> None:
        self.text = text
        self.sentence_starts: list[int] = [0]
        self.paragraph_starts: list[int] = [0]
        spans = sorted((s, e) for s, e in quotations if e > s)
        depth = 0  # curly/corner quote marks open
        ascii_open = False
        # A sentence that ends inside a quotation ends where the quotation does: the place of its
        # terminator, kept until the closing mark.
        pending: int | None = None
        span_index = 0
        for match in _TOKEN.finditer(text):
            pos, token = match.start(), match.group()
            while span_index < len(spans) and spans[span_index][1] <= pos:
                end = spans[span_index][1]
                if end and text[end - 1] in TERMINATORS:
                    self._end_after_terminator(end - 1, end)
                pending = None
                span_index += 1
            in_span = span_index < len(spans) and spans[span_index][0] <= pos
            quoted = depth > 0 or ascii_open or in_span
            if token[0] == "\n":
                if "\n" in token[1:] or self._line_ends_paragraph(pos):
                    self._paragraph(match.end())
                    depth, ascii_open, pending = 0, False, None
                continue
            if token in _OPENERS:
                depth += 1
                continue
            if token in _CLOSING or token == '"':
                if token == '"' and not ascii_open and depth == 0:
                    ascii_open = True
                    continue
                if token == '"':
                    ascii_open = False
                else:
                    depth = max(0, depth - 1)
                if pending is not None and depth == 0 and not ascii_open and not in_span:
                    self._end_after_terminator(pending, pending + 1)
                    pending = None
                continue
            if quoted:
                pending = match.end() - 1
                continue
            self._end_after_terminator(pos, match.end())
        # A text that ends with a terminator has no empty sentence after it.
        self.sentence_starts = sorted({s for s in self.sentence_starts if s < len(text) or not s})
        self.paragraph_starts = sorted({s for s in self.paragraph_starts if s < len(text) or not s})

    def _line_ends_paragraph(self, newline: int) -> bool:
        before = self.text[max(0, newline - 8) : newline].rstrip(" \t\r\u3000")
        if not before:
            return True
        last = before[-1]
        return (
            last in TERMINATORS
            or last in _CLOSERS
            or last in ":："
            or UNIFIED_HAN.match(last) is not None
        )

    def _end_after_terminator(self, start: int, end: int) -> None:
        """A sentence ends after the terminator ``text[start:end]`` (and any closing marks) —
        unless what follows shows it does not: "Art. 7", "U.S.C. 230", a comma, a lower-case
        word."""
        if self.text[end - 1] in _CJK_TERMINATORS or self._ends_sentence(start, end):
            self._sentence_after_closers(end)

    def _ends_sentence(self, start: int, end: int) -> bool:
        text = self.text
        after = end
        while after < len(text) and text[after] in _CLOSERS and after - end < 3:
            after += 1
        if after < len(text) and not text[after].isspace():
            return False
        nxt = after
        while nxt < len(text) and text[nxt].isspace() and nxt - after < 8:
            nxt += 1
        if nxt < len(text) and (text[nxt].islower() or text[nxt].isdigit()):
            return False
        if text[start] == ".":
            word = _WORD_BEFORE.search(text[max(0, start - 10) : start])
            if word:
                token = word.group(1).lower().rstrip(".")
                if len(token) == 1 or token in _ABBREVIATIONS:
                    return False
        return True

    def _sentence_after_closers(self, pos: int) -> None:
        text = self.text
        while pos < len(text) and text[pos] in _CLOSERS:
            pos += 1
        while pos < len(text) and text[pos].isspace():
            pos += 1
        self.sentence_starts.append(pos)

    def _paragraph(self, pos: int) -> None:
        self.sentence_starts.append(pos)
        self.paragraph_starts.append(pos)

    @classmethod
    def of(cls, text: str, quotations: Sequence[tuple[int, int]] = ()) -> Segments:
        """``Segments(text, quotations)``, the latest few kept: a check asks for its document's
        sentences with the same quotations twice (the unquoted restatements beside a citation
        and the citations introducing quotations), and one pass over a long document is not
        cheap. Treat the result as read-only, as every reader does."""
        key = (text, tuple(sorted((s, e) for s, e in quotations if e > s)))
        found = _LATEST.get(key)
        if found is None:
            found = _LATEST[key] = cls(text, quotations)
            if len(_LATEST) > _LATEST_KEPT:
                del _LATEST[next(iter(_LATEST))]
        return found

    def sentence(self, pos: int) -> int:
        """The index of the sentence that holds offset ``pos``."""
        return bisect_right(self.sentence_starts, pos) - 1

    def paragraph(self, pos: int) -> int:
        return bisect_right(self.paragraph_starts, pos) - 1

    def sentence_span(self, index: int) -> tuple[int, int]:
        start = self.sentence_starts[index] if index >= 0 else 0
        end = (
            self.sentence_starts[index + 1]
            if index + 1 < len(self.sentence_starts)
            else len(self.text)
        )
        return start, end
