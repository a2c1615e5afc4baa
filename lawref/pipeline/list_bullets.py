"""Bullets a page sets before the law's items are its list layout: the copy stays ``verbatim``.

A wiki or a blog that reproduces an article's lead-in and its items may set each item on a line of
its own behind a bullet of the page's list style — "- (a) the name and contact details of the
controller …", "• （一）取得个人的同意；" — while keeping every word, number and mark of the law's.
The bullet is the page's layout, like the line break it sits on, not a mark of the law's text
changed: by the verdicts' definitions (identical up to whitespace, quote and dash style) the copy
is ``verbatim``. lawref compared the bullets as punctuation the writer added and called it
``minor``.

The rule: a quotation lawref calls ``minor`` whose lines open with a bullet ("-", "–", "•", "·",
"▪", "*" and a space) is matched again with those bullets taken out, against the article it was
linked to; when that is ``verbatim``, so is the quotation. A quotation that differs in anything
else stays ``minor`` (the second match says so), and the bullets are never taken for a word
dropped or changed. On the real-world sets (dev to heldout11) the rule changes heldout11's GDPR
Art. 30(1) set out by a wiki with list dashes from ``minor`` to ``verbatim``, as labelled, and
heldout7's bulleted Art. 2, which lawref reports up to the point the page elides (labelled
``elided`` for the whole), from ``minor`` to ``verbatim``.
"""

from __future__ import annotations

import re

from lawref.match.results import MatchResult
from lawref.pipeline.verbatim_again import Rematch, verbatim_without_marks
from lawref.spans import QuoteSpan
from lawref.text.regex_code import Deferred

__all__ = ["bullets_are_layout"]

# A bullet of the page's list style at a line's start (or the quotation's), and its space.
_BULLET = Deferred(r"^[ \t\u3000]*[-–•·▪*][ \t\u3000]+", re.MULTILINE)


def bullets_are_layout(span: QuoteSpan, result: MatchResult, rematch: Rematch) -> MatchResult:
    """``result`` made ``verbatim`` when ``span`` differs from the law only by the bullets before
    its lines (see the module's docstring)."""
    return verbatim_without_marks(span, result, rematch, _BULLET.compiled, "")
