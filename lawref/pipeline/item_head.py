"""A list item reproduced on its own line without the item's first words has dropped them.

A page that lists an article's points as bullets — "Art. 37 para. 1 … where:", then "- the
processing is carried out by …", "- core activities of the controller …" — presents each line as
the point's text. When the stored point opens with words the line leaves out ("(b) the core
activities …"), the line silently drops them: by the definition of the verdicts that is
``altered`` (a word dropped), not ``verbatim``, however small the word. lawref matched the line's
words and called them ``verbatim``, since the words it found are the law's: the head it lacked is
outside what it found. pipeline/cut_short.py's ``_opening_dropped`` reads the same class for a
paragraph under an article heading, but only when a whole clause (a comma's worth) was cut; and
``item_cut_short`` reads a list item's lost end, not its lost head.

The rule: an unquoted reproduction lawref calls ``verbatim`` or ``minor`` is ``altered``, the
dropped words listed, when

- it is a whole line of the writer's (nothing before it on its line but a bullet or an item
  number, nothing after it but punctuation) in a list: it opens with a bullet or item number, or
  the line before it ends with a colon or is itself such an item;
- the stored line it matches (the law's item) opens, after its item number or article heading,
  with words before the match — at most ``HEAD_MAX_WORDS`` words (``HEAD_MAX_CJK`` CJK
  characters): a longer head is a clause, which the writer's line may well not be presenting
  as the item (pipeline/cut_short.py weighs that case).

On the real-world sets (dev to heldout11) the rule changes heldout11's GDPR Art. 37(1)(b) with its
opening "the" dropped from ``verbatim`` to ``altered``, as labelled, and no other labelled
quotation (one unlabelled one, a glossary line of Art. 17(3)(a) without its "for", likewise).
"""

from __future__ import annotations

from dataclasses import replace

from lawref.match.results import MatchResult
from lawref.report import Difference
from lawref.spans import QuoteSpan
from lawref.text.regex_code import Deferred
from lawref.text.scripts import ideograph_words

__all__ = ["HEAD_MAX_CJK", "HEAD_MAX_WORDS", "item_head_dropped"]

HEAD_MAX_WORDS = 3
HEAD_MAX_CJK = 6
_EXACT = ("verbatim", "minor")
# A line's bullet or item number before the writer's item: "- ", "• ", "(b) ", "2. ", "（二）".
_LINE_MARK = Deferred(
    r"[ \t\u3000]*(?:[-–•·▪*][ \t\u3000]+|[(（][0-9A-Za-z一二三四五六七八九十]{1,4}[)）][ \t\u3000]*"
    r"|[0-9A-Za-z]{1,3}[.)][ \t\u3000]+|[0-9一二三四五六七八九十]{1,3}、[ \t\u3000]*)"
)
# The stored line's item number or article heading before the item's words.
_STORED_MARK = Deferred(
    r"[\s\u00a0]*(?:[(（][0-9A-Za-z一二三四五六七八九十]{1,4}[)）]|[0-9A-Za-z]{1,3}[.)]"
    r"|[0-9一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十百零〇0-9]+[条條款项項])?[\s\u00a0]*"
)


def item_head_dropped(text: str, span: QuoteSpan, result: MatchResult) -> MatchResult:
    """``result`` made ``altered`` when ``span`` (a whole list line in ``text``) leaves out the
    first words of the stored item it reproduces (see the module's docstring)."""
    match = result.match
    if span.marks != "none" or match is None or result.verdict not in _EXACT:
        return result
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line_end = len(text) if line_end < 0 else line_end
    if any(ch.isalnum() for ch in text[span.end : line_end]) or "\n" in span.text.strip():
        return result
    head = text[line_start : span.start]
    marked = _LINE_MARK.compiled.fullmatch(head) is not None
    if not marked and head.strip():
        return result
    if not marked and not _in_list(text, line_start):
        return result
    stored = match.text
    stored_line = stored.rfind("\n", 0, match.span[0]) + 1
    number = _STORED_MARK.compiled.match(stored, stored_line, match.span[0])
    opening = stored[number.end() if number is not None else stored_line : match.span[0]]
    from lawref.pipeline.sentence import word_tokens  # (a list line's only: issue 20)

    words = word_tokens(opening)
    if not words:
        return result
    cjk = ideograph_words(words)
    if (cjk and cjk > HEAD_MAX_CJK) or (not cjk and len(words) > HEAD_MAX_WORDS):
        return result
    if any(ch in opening for ch in ",，;；:：。"):
        return result  # a clause of the law's before the words, not the item's first words
    difference = Difference.model_construct(op="delete", quote="", statute=opening.strip())
    return replace(result, verdict="altered", differences=[difference, *result.differences])


def _in_list(text: str, line_start: int) -> bool:
    """Whether the line before the one at ``line_start`` leads into a list (ends with a colon)
    or is itself a marked item."""
    if line_start == 0:
        return False
    previous_start = text.rfind("\n", 0, line_start - 1) + 1
    previous = text[previous_start : line_start - 1].rstrip()
    return previous.endswith((":", "：")) or _LINE_MARK.compiled.match(previous) is not None
