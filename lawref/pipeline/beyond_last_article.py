"""Text under an article heading whose number the matched law does not reach is another law's.

A page that reproduces an article of a law the store lacks under its own heading ("第一千零三十五条
处理个人信息的，……", the Civil Code) may read close to an article of a stored law (the PIPL's
Art. 4, "个人信息的处理包括……"). When the heading's number is beyond the matched law's last article
(the PIPL has 74), the words under it cannot be that law's text: the near-copy is unlinked, with
a note naming the nearest stored text. Only a reproduction without quotation marks that is not
word for word is judged, and only under a heading that heads its block: the heading's line, then
list items or nothing, then the reproduction's line (or the reproduction on the heading's line).
"""

from __future__ import annotations

import re

from lawref.match.results import MatchResult
from lawref.pipeline.renderings import Weighed, unlinked
from lawref.spans import QuoteSpan
from lawref.store.files import Store
from lawref.text.article_headings import chinese_article
from lawref.text.numerals import cn_to_int
from lawref.text.regex_code import Deferred

__all__ = ["beyond_last_article"]

_EXACT = ("verbatim", "minor")
# An article heading at a line's start: 第一千零三十五条, 第1035條, Article 1035.
_HEADING = Deferred(r"\s*(?:" + chinese_article("cn") + r"|Article\s{1,3}(?P<latin>\d{1,4})\b)")
_LINES_UP = 12  # list items read back to the heading over them


def beyond_last_article(text: str, span: QuoteSpan, weighed: Weighed, store: Store) -> Weighed:
    """``weighed`` unlinked, with a note, when ``span`` stands under an article heading whose
    number is beyond the last article of the law it was matched to."""
    result: MatchResult = weighed.result
    match = result.match
    if span.marks != "none" or match is None or result.verdict in _EXACT + ("unmatched",):
        return weighed
    number = _heading_number(text, span.start)
    statute = store.get(match.statute)
    if number is None or statute is None:
        return weighed
    numbers = [n for n in (_number(a.number) for a in statute.articles) if n is not None]
    last = max(numbers, default=None)
    if last is None or number <= last:
        return weighed
    note = (
        f"not linked: under an “Article {number}” heading, beyond the last article ({last}) of "
        f"{match.title}: another law's text; nearest stored text: Art. {match.article}"
    )
    return Weighed(unlinked(result), note)


def _heading_number(text: str, start: int) -> int | None:
    """The number of the article heading over the block ``start`` is in, or None."""
    from lawref.pipeline.sentence import ITEM_NUMBER

    line_start = text.rfind("\n", 0, start) + 1
    found = _HEADING.match(text, line_start)
    if found is not None:
        return _heading_value(found)
    end = line_start - 1
    for _ in range(_LINES_UP):
        if end < 0:
            return None
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        end = begin - 1
        if not line.strip():
            return None  # a blank line ends the block
        found = _HEADING.match(line)
        if found is not None:
            return _heading_value(found)
        item = ITEM_NUMBER.match(line)
        if item is None or not line[: item.end()].strip():
            return None  # a line of the writer's, not a list item
    return None


def _heading_value(found: re.Match[str]) -> int | None:
    try:
        return cn_to_int(found.group("cn") or found.group("latin"))
    except ValueError:
        return None


def _number(article: str) -> int | None:
    digits = re.match(r"\d+", str(article))
    return int(digits.group()) if digits else None
