"""The sentence of the lead-in that introduces a quotation (rule 5 of pipeline/introducers.py):
a colon before the quotation ("The law states:", "It reads:", 其中规定：, 條文寫道：) or a block
quotation; and whether that lead-in speaks of the law without naming it ("the law", "it", 该法,
其中), so that its citation is in the sentence before.
"""

from __future__ import annotations

import re

from lawref.quotes.layout import lead_in_at
from lawref.spans import QuoteSpan
from lawref.text.regex_code import constant
from lawref.text.sentences import Segments

__all__ = ["MARKS", "LeadingSentence"]

# A lead-in that speaks of the law without naming it, so the citation is in the sentence before.
_ANAPHOR = constant(
    r"\b(?:the|this|that|said|such)\s+(?:law|act|article|provision|section|statute|legislation"
    r"|code|regulation|clause|text|paragraph|rule|directive|measure)s?\b|\bits?\b|\bthey\b"
    r"|该|該|此|其|本条|本條|条文|條文|它",
    re.IGNORECASE,
)
_LEAD_IN_LOOKBACK = 80  # characters before a quotation searched for the colon of a lead-in
# Spaces and quotation marks around a quotation, a colon or a paragraph: read past, not words.
MARKS = " \t\r\n\u3000\u00a0\"'“”‘’「」『』«»>*-•"


class LeadingSentence:
    """The lead-in sentence of a quotation, read over the document's sentences (a part of
    pipeline/introducers.py's finder: the attributes below are the finder's)."""

    text: str
    segments: Segments

    def _lead_in(self, quote: QuoteSpan) -> int | None:
        """The sentence of the lead-in that introduces the quotation, if one does (rule 5)."""
        window_start = max(0, quote.start - _LEAD_IN_LOOKBACK)
        before = self.text[window_start : quote.start].rstrip(MARKS)
        if before.endswith((":", "：")):
            return self.segments.sentence(window_start + len(before) - 1)
        if quote.marks == "none":
            colon = self._colon_before_sentence(quote)
            if colon is not None:
                return self.segments.sentence(colon)
        if quote.lead_in or quote.marks == "block":
            start, _ = self.segments.sentence_span(self.segments.sentence(quote.start))
            return self.segments.sentence(max(0, start - 1))
        return None

    def _colon_before_sentence(self, quote: QuoteSpan) -> int | None:
        """Where the lead-in's colon stands when an unquoted core lies inside a reproduced
        sentence that follows it ("Article 5(1)(b) GDPR:⏎Personal data must be collected …"
        matched from "collected", the writer having changed the opening words): the colon ends
        the text before the core's sentence, on the line before it or the same line."""
        start, _ = self.segments.sentence_span(self.segments.sentence(quote.start))
        if "\n" in self.text[start : quote.start]:
            return None
        floor = max(0, start - _LEAD_IN_LOOKBACK)
        line = self.text[floor:start].rstrip(MARKS)
        return floor + len(line) - 1 if line.endswith((":", "：")) else None

    def _speaks_of_the_law(self, sentence: int) -> bool:
        """A lead-in sentence that speaks of the law without naming it and ends in a lead-in
        verb ("The law states:", "It reads:", 其中规定：; not "A spokesman said it was
        misread:")."""
        start, end = self.segments.sentence_span(sentence)
        colon = end
        while colon > start and self.text[colon - 1] in MARKS:
            colon -= 1  # the colon ends the sentence, give or take spaces and marks
        if colon <= start or self.text[colon - 1] not in ":：":
            return False
        if lead_in_at(self.text, colon - 1, start) is None:
            return False
        return _ANAPHOR.search(self.text, start, colon) is not None
