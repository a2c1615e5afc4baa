"""The end of a reproduced sentence changed: the words after the exact core stand for the law's.

An unquoted reproduction is judged over its sentence (pipeline/unquoted.py): the words after its
exact core join it when they stand for the stored words after it. Two ends of a sentence that
the writer changed were left outside the span, so the exact core was reported `verbatim`:

- **a clause left out**: the writer's sentence goes on, to its end, with words the law's sentence
  has further on — "… may designate a data protection officer." for the law's "… may or, where
  required by Union or Member State law shall, designate a data protection officer." (heldout22:
  a 2013 text of the GDPR, reported verbatim against the enacted Art. 37(4));
- **a cross-reference rewritten**: the writer's sentence ends with a reference to a provision
  where the law's ends with one too — "… to comply with a request as per article 61(4)." for
  "… pursuant to paragraph 4." (heldout22: GDPR Art. 61(5) in a privacy blog's bullets, whose
  other changes the labels call altered).

Either way the sentence is not the law's words as they stand: the whole is matched again and
comes out `altered` with the change listed. Both need the writer's words to run to the end of
their sentence, so a writer's own sentence going on after the law's words is not taken in.
"""

from __future__ import annotations

from lawref.text.regex_code import Deferred

__all__ = ["changed_end"]

# Words (CJK characters) the writer's sentence must go on with for a clause left out before them
# (fewer is a coincidence of a few common words: "the controller"). On the labelled passages the
# one such end (heldout22) goes on for 6 words, and with 4 nothing else on the read sets moved
# (score.py --set all before and after, the twenty-second round).
LATER_MIN_WORDS = 4
# Words at most on each side for a rewritten reference: a reference and its connecting words, no
# more (heldout22's "as per article 61(4)" has 5, the law's "pursuant to paragraph 4" 4).
REFERENCE_MAX_WORDS = 6
# A reference to a provision: "Article 61(4)", "paragraph 4", "point (b)", "Section 2", 第四款.
_REFERENCE = Deferred(
    r"(?i)\b(?:articles?|art\.|paragraphs?|para\.|points?|sections?|subparagraphs?)\s{0,2}"
    r"(?:\d|\([a-z0-9]{1,4}\))"
    r"|第[一二三四五六七八九十百零〇0-9]{1,6}[条條款项項]"
)
_SENTENCE_ENDS = ".。;；!?！？"
_REACH = 300  # characters of the writer's sentence read after the core


def changed_end(text: str, at: int, ceiling: int, stored_after: str) -> int | None:
    """Where the writer's sentence ends, when its words after the core (which ends at ``at``)
    stand for the stored words after it (``stored_after``, the rest of the stored text): a
    clause left out before them, or a rewritten reference (see the module's docstring); None
    when they do not, or the sentence does not end before ``ceiling`` (the next quotation)."""
    from lawref.pipeline.sentence import word_tokens

    written = _sentence_rest(text[at : min(ceiling, at + _REACH)])
    mine = word_tokens(written)
    if not mine or written[-1:] not in _SENTENCE_ENDS:
        return None  # the sentence does not end here: the writer's words go on
    stored = _sentence_rest(stored_after)
    theirs = word_tokens(stored)
    size = len(mine)
    if size >= LATER_MIN_WORDS and len(theirs) > size and _one_run_left_out(mine, theirs):
        return at + len(written)  # the law's sentence with a run of its words left out
    if size > REFERENCE_MAX_WORDS or len(theirs) > REFERENCE_MAX_WORDS:
        return None
    if _REFERENCE.search(written) is None or _REFERENCE.search(stored) is None:
        return None
    return at + len(written)


def _one_run_left_out(mine: list[str], theirs: list[str]) -> bool:
    """Whether ``mine`` is ``theirs`` with one run of words left out before its last word: the
    words they open with and the words they end with make up all of ``mine``."""
    size = len(mine)
    opening = 0
    while opening < size and mine[opening] == theirs[opening]:
        opening += 1
    ending = 0
    while ending < size - opening and mine[size - 1 - ending] == theirs[len(theirs) - 1 - ending]:
        ending += 1
    return ending > 0 and opening + ending == size


def _sentence_rest(stored: str) -> str:
    """The stored words up to the end of their sentence (or paragraph)."""
    paragraph = stored.split("\n", 1)[0]
    for at, char in enumerate(paragraph):
        if char in "。；！？" or (char in ".;!?" and paragraph[at + 1 : at + 2] in ("", " ")):
            return paragraph[: at + 1]
    return paragraph
