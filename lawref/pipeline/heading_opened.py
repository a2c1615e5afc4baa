"""An article's heading glued to the front of its text in a quotation is the page's numbering, not
words of the law changed: an exact copy stays ``verbatim``.

A page that quotes or reproduces articles one by one often sets each article's heading right against
its text, without a space, inside the quotation marks or not ("“第七条任何组织和公民都应当…”",
"第四十四条任何个人和组织不得窃取…"). The heading's characters, which the stored article does not
hold, made an exact copy ``minor`` — or ``altered``, where the alignment paired the heading's
number with the paragraph's ("Article 82. Any person …" against "1. Any person …"). A reader reads the heading as the article's number and the text
after it as the law's, which is ``verbatim`` when it is the law's text (by the verdicts'
definitions: identical up to whitespace, quote and dash style, width and script).

The rule: a quotation lawref calls ``minor`` or ``altered`` that opens with an article heading (第N条, 第N條,
"Article N", "Art. N", its colon or full stop) whose number is the matched article's is matched
again without the heading, against that article; when that is ``verbatim``, so is the quotation
(its span is kept as written). A heading of another number is left as it is (what it says is for
the attribution to weigh), and so is a quotation that differs in anything else.
On the real-world sets (dev to heldout12) the rule changes three quotations from ``minor`` to
``verbatim``, as labelled: heldout3's Cybersecurity Law Art. 44 and heldout4's National Intelligence
Law Arts. 7 and 9, each glued to its heading.
"""

from __future__ import annotations

from lawref.match.results import MatchResult
from lawref.pipeline.checkable import base_article
from lawref.pipeline.verbatim_again import Rematch, verbatim_when_again
from lawref.spans import QuoteSpan
from lawref.text.article_headings import chinese_article
from lawref.text.numerals import article_number
from lawref.text.regex_code import constant

__all__ = ["heading_opened"]

# An article heading at a quotation's start, with the separators a heading takes.
_OPENING = constant(
    rf"[ \t\u3000]*(?:{chinese_article('cn')}|Art(?:icle|\.)[ \t]*"
    r"(?P<latin>[0-9]{1,3}))[ \t\u3000]*[:：.]?[ \t\u3000]*"
)


def heading_opened(span: QuoteSpan, result: MatchResult, rematch: Rematch) -> MatchResult:
    """``result`` made ``verbatim`` when ``span`` differs from the law only by its own article's
    heading glued to its front (see the module's docstring)."""
    match = result.match
    if match is None or result.verdict not in ("minor", "altered"):
        return result
    opening = _OPENING.match(span.text)
    if opening is None or opening.end() >= len(span.text):
        return result
    if _number(opening.group("cn"), opening.group("latin")) != base_article(match.article):
        return result
    return verbatim_when_again(result, span.text[opening.end() :], rematch)


def _number(cn: str | None, latin: str | None) -> str | None:
    """The heading's article number, in Arabic digits; None for a number in digits with a
    leading zero (第07条), which no law prints as its heading: such an opening is left as written."""
    if latin:
        return latin
    if cn is None or (len(cn) > 1 and cn[0] in "0０"):
        return None
    return article_number(cn)
