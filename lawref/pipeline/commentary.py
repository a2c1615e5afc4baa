"""A commentator's sentence under a commentary heading, borrowing the law's words with changes, is
the commentator's explanation, not a reproduction of the article.

Annotated editions, wiki commentaries and Q&A pages set the article's text under one heading and
their explanation under another ("Commentary", "==Commentary==", 【条文理解】, ◆ 理解与适用, 条文释义,
解读). The explanation retells the article in its words ("controllers must put in place appropriate
technical and organisational measures that are designed to implement data protection
principles"; "一旦这些数据遭到篡改、破坏、泄露……将造成重大危害"), and the reuse scan finds the
borrowed stretch and links it as ``altered``: a link, and a verdict of alteration, for words the
commentator never presented as the law's. When an unquoted span that is not word for word stands
in a commentary section — the nearest heading line above it names one, with no article heading or
legal-text heading in between — it is unlinked, with a note. Quotations in quotation marks, and
stretches copied exactly, keep their link: a commentator who quotes or copies presents the text.

Measured on the real-world sets (every set): five such links, all unlabelled (two on an annotated
PIPL page in heldout, one on another in heldout3, two on GDPR wiki commentary pages in heldout10);
no labelled quotation linked rightly is an unquoted, changed stretch in a commentary section (the
one exact copy found there, `minor`, keeps its link).
"""

from __future__ import annotations

import re

from lawref.pipeline.instruments import short_name
from lawref.pipeline.renderings import Weighed, unlinked
from lawref.spans import QuoteSpan
from lawref.store.files import Store
from lawref.text.regex_code import constant

__all__ = ["commentators_words"]

_LOOSE = ("altered", "paraphrase")
# Markup a heading line may carry around its word: wiki ==…==, Markdown #, bullets, 【…】.
_OPEN = r"^\s*(?:[=#*◆◇■□●•【\[]\s*)*"
_CLOSE = r"\s*(?:[=*\]】:：]\s*)*(?:\|.*)?$"  # (a diff page's table cells after the heading)
# A heading that opens a commentary section. ("Analysis" is left out: news pages use it as a
# label, and a changed reproduction under it is still one to report.)
_COMMENTARY = constant(
    _OPEN + r"(?:commentary|comments|annotations?|explanatory\s+notes?"
    r"|条文理解|條文理解|理解与适用|理解與適用|条文释义|條文釋義|释义|釋義|条文解读|條文解讀|解读|解讀"
    r"|律师解读|律師解讀|条文要旨|條文要旨|评注|評注|解説|解說)" + _CLOSE,
    re.IGNORECASE,
)
# A heading that opens the law's own text again: an article heading or a legal-text heading.
_LAW_TEXT = constant(
    _OPEN
    + r"(?:(?:legal\s+text|text|条文|條文|法条|法條|原文|法律依据|法律依據|相关法条|相關法條)"
    + _CLOSE
    + r"|第[一二三四五六七八九十百零〇0-9]{1,6}[条條]|art(?:icle|\.)\s*\d+)",
    re.IGNORECASE,
)
# How far above the span the commentary heading may stand (a long commentary): lines, and
# characters read back (so that a long page is not split whole for every span).
_LINES_UP = 60
_READ_BACK = 8000


def commentators_words(text: str, span: QuoteSpan, weighed: Weighed, store: Store) -> Weighed:
    """``weighed`` unlinked, with a note, when ``span`` is an unquoted, changed stretch of the
    law's words in a commentary section."""
    result = weighed.result
    match = result.match
    if span.marks != "none" or match is None or result.verdict not in _LOOSE:
        return weighed
    heading = _commentary_heading(text, span.start)
    if heading is None:
        return weighed
    name = short_name(match.statute, match.title, store)
    note = (
        f"not linked: the commentator's own sentence under “{heading}”, retelling Art. "
        f"{match.article} of {name} with changes, not a reproduction of it"
    )
    return Weighed(unlinked(result), note)


def _commentary_heading(text: str, start: int) -> str | None:
    """The commentary heading over the section ``start`` is in, or None (none, or the law's
    text headed again below it)."""
    line_start = text.rfind("\n", 0, start)
    if line_start < 0:
        return None
    lines = text[max(0, line_start - _READ_BACK) : line_start].split("\n")[-_LINES_UP:]
    for line in reversed(lines):
        if _COMMENTARY.match(line):
            return re.split(r"\s*\|", line.strip(), maxsplit=1)[0]
        if _LAW_TEXT.match(line):
            return None
    return None
