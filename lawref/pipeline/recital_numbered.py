"""Words a page sets under their own recital number: the number names them.

A reader of a regulation's article lists the recitals that go with it below the article, each
under its number ("(74) The responsibility and liability of the controller … should be
established."), the article's heading still the last citation above. The heading then seemed to
credit the recital's words to the article, and lawref accused it. A person reads the number at
the head of the words as their citation: "(74)" before words of Recital 74 says where they are
from, whatever heading stands higher up. So a quotation matched to a recital whose line opens
with that recital's own number — "(74)", "[74]", "74." or "Recital 74", before the words or as
their first token — is ``consistent`` with the page (pipeline/attribution.py), with a note.

Only the matched recital's own number counts: a list item "(3)" over Recital 74's words is no
such label, and the accusation stands.
"""

from __future__ import annotations

import re

from lawref.report import Match
from lawref.spans import QuoteSpan
from lawref.store.schema import RECITAL_PREFIX
from lawref.text.regex_code import constant

__all__ = ["RECITAL", "numbered_as_recital"]

# How the store numbers an EU act's recitals (store/schema.py): recital-74.
RECITAL = RECITAL_PREFIX
# A recital's number as a page sets it at the head of its words: "(74)", "[74]", "74.", "74)",
# "Recital 74", "Erwägungsgrund 74", "（74）", "第74段" — then spaces or a colon or dash.
_OWN_NUMBER = constant(
    r"[ \t\u3000>*#-]{0,8}(?:(?:recital|considérant|erwägungsgrund|considerando|序言|鉴于条款|鑒於條款)"
    r"[ \t\u3000]{0,3})?(?:[(（\[]([0-9]{1,3})[)）\]]|([0-9]{1,3})[.)])[ \t\u3000:：—–-]{0,4}",
    re.IGNORECASE,
)
_HEAD_MAX = 40  # characters between the line's start and the quotation that may hold the number


def numbered_as_recital(text: str, quote: QuoteSpan, match: Match) -> bool:
    """Whether the quotation's line opens with the number of the recital it matched."""
    number = str(match.article)
    if not number.startswith(RECITAL):
        return False
    own = number[len(RECITAL) :]
    line_start = text.rfind("\n", 0, quote.start) + 1
    if quote.start - line_start > _HEAD_MAX:
        return False
    head = text[line_start : quote.start] + quote.text[:_HEAD_MAX]
    found = _OWN_NUMBER.match(head)
    return found is not None and (found.group(1) or found.group(2)) == own
