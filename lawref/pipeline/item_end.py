"""A list item reproduced with a full stop where the law's item ends with a semicolon is ``minor``.

"- the processing is carried out by a public authority or body, except for courts acting in their
judicial capacity." reproduces GDPR Art. 37(1)(a) on a line of its own, every word the law's, but
closes it with a full stop where the law's item ends "capacity;". By the verdicts' definitions a
copy whose punctuation differs is ``minor``, not ``verbatim`` (identical up to whitespace, quote
and dash style); lawref called it ``verbatim`` because the words it compares end before the
mark. The rule: an unquoted reproduction lawref calls ``verbatim`` that is a whole line of the
writer's, ends with a full stop ("." "。"), and whose stored text ends right there with a
semicolon ("；" ";") — the item's end mark, the rest of the law's sentence in the next item — is
``minor``, the mark listed as the difference. A stored item that ends "; or" / "；或者" is left
alone (the conjunction dropped is a word: pipeline/cut_short.py's ``item_cut_short`` and the
labels weigh it), and so is a quotation in quotation marks, whose closing full stop may be the
writer's sentence's.

On the real-world sets (dev to heldout11) the rule changes heldout11's GDPR Art. 37(1)(a) from
``verbatim`` to ``minor``, as labelled.
"""

from __future__ import annotations

from dataclasses import replace

from lawref.match.results import MatchResult
from lawref.report import Difference
from lawref.spans import QuoteSpan
from lawref.text.regex_code import Deferred

__all__ = ["item_end_mark"]

_FULL_STOPS = ".。"
# Before the reproduction on its line: nothing, or an item's bullet or number.
_LINE_HEAD = Deferred(
    r"[ \t\u3000]*(?:[-–•·▪*]|[(（]?[0-9A-Za-z一二三四五六七八九十]{1,3}[)）.、])?[ \t\u3000]*"
)
_ITEM_ENDS = ";；"


def item_end_mark(text: str, span: QuoteSpan, result: MatchResult) -> MatchResult:
    """``result`` made ``minor`` when the reproduced line ``span`` in ``text`` ends with a full
    stop where the stored item ends with a semicolon (see the module's docstring)."""
    match = result.match
    if span.marks != "none" or match is None or result.verdict != "verbatim":
        return result
    written = span.text.rstrip()
    line_end = text.find("\n", span.end)
    line_end = len(text) if line_end < 0 else line_end
    tail = text[span.end : line_end].strip()
    if written[-1:] in _FULL_STOPS and not tail:
        mark = written[-1]
    elif tail in tuple(_FULL_STOPS):
        mark = tail
    else:
        return result
    line_start = text.rfind("\n", 0, span.start) + 1
    if _LINE_HEAD.compiled.fullmatch(text[line_start : span.start]) is None:
        return result  # the writer's words before it: not a line of a list
    stored, end = match.text, match.span[1]
    after = stored[end:]
    stored_mark = after[:1] if after[:1] in _ITEM_ENDS else ""
    if not stored_mark and stored[end - 1 : end] in _ITEM_ENDS:
        stored_mark = stored[end - 1]
        after = stored[end:]
    elif stored_mark:
        after = after[1:]
    if not stored_mark:
        return result
    following = after.split("\n", 1)[0].strip()
    if following:
        return result  # "; or", "；或者": the item goes on with a word
    difference = Difference.model_construct(op="replace", quote=mark, statute=stored_mark)
    return replace(result, verdict="minor", differences=[*result.differences, difference])
