"""Words a page sets under its "Relevant Recitals" heading: the heading names them as recitals.

A reader of a regulation's article sets the article's text under its heading ("Article 51 GDPR",
"Legal Text") and then, under a heading of their own ("Relevant Recitals", "Corresponding
Recitals", 相关序言), the recitals that go with it, sometimes without their numbers. The
article's heading is still the last citation above the recital's words, so lawref read it as
their citation and accused it. A reader sees the recitals heading between them: the words are
given as the law's recitals, not as the article. So a quotation matched to a recital whose
section heading — the nearest line above it that is not a sentence of running text — is such a
recitals heading is ``consistent`` with the page (pipeline/attribution.py), with a note.

Not when the words' own line opens with a number: their own is read by recital_numbered.py, and
another ("(3) …" over Recital 74's words) is a list item's, no recital's label; nor when any other heading ("Commentary", "Article 52") stands
between the recitals heading and the words.
"""

from __future__ import annotations

import re

from lawref.pipeline.recital_numbered import RECITAL
from lawref.report import Match
from lawref.spans import QuoteSpan
from lawref.text.regex_code import constant
from lawref.text.sentences import STATEMENT_ENDS

__all__ = ["recitals_heading_note", "under_recitals_heading"]

# A heading that names what follows as recitals, alone on its line: "Relevant Recitals",
# "Related recital:", "Corresponding Recitals", "Erwägungsgründe", 相关序言, 相關鑒於條款.
_RECITALS_HEADING = constant(
    r"[ \t\u3000>*#-]{0,8}"
    r"(?:(?:relevant|related|corresponding|applicable|suitable|see)[ \t]{1,3})?"
    r"(?:recitals?|considérants?|(?:passende[ \t]{1,3})?erwägungsgründe?"
    r"|(?:相关|相關|对应|對應)?(?:序言|[鉴鑒鑑][于於][条條]款))"
    r"[ \t\u3000]{0,3}[:：]?[ \t\u3000]{0,3}",
    re.IGNORECASE,
)
# A number at the head of the words' own line — "(3)", "[3]", "3." — labels them itself.
_LINE_NUMBER = constant(r"[ \t\u3000>*#-]{0,8}(?:[(（\[][0-9]{1,3}[)）\]]|[0-9]{1,3}[.)])")
# How many lines above the words the walk reads: a recitals section holds a few recitals, each
# one paragraph (the labelled GDPRhub pages: one to three).
_LINES_MAX = 16


def under_recitals_heading(text: str, quote: QuoteSpan, match: Match) -> bool:
    """Whether the recital's words stand in a section a recitals heading opens."""
    if not match.article.startswith(RECITAL):
        return False
    line_start = text.rfind("\n", 0, quote.start) + 1
    if _LINE_NUMBER.match(text, line_start, quote.start + 12):
        # A number labels the words itself: their own (recital_numbered.py reads it) or another
        # (a list item's), and then the accusation stands.
        return False
    end = line_start - 1
    for _ in range(_LINES_MAX):
        if end < 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        end = start - 1
        if not line:
            continue
        if _RECITALS_HEADING.fullmatch(line):
            return True
        if line[-1] not in STATEMENT_ENDS:
            return False  # another heading stands between: the words are in its section
    return False


def recitals_heading_note(text: str, quote: QuoteSpan, match: Match, cited: str) -> str | None:
    """The note of words a recitals heading names, or None when no such heading stands over them."""
    if not under_recitals_heading(text, quote, match):
        return None
    recital = match.article.replace(RECITAL, "Recital ")
    return (
        f"set under a recitals heading, {recital} of {match.title}: the heading names the words "
        f"a recital, not the article cited above it (“{cited}”)"
    )
