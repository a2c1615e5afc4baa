"""An unquoted reproduction whose sentence rewords some of the law's words beside its exact core.

The reuse scan reports the stretch that agrees with the law letter for letter; pipeline/unquoted.py
joins the words on each side when they stand for the stored words there. When the whole sentence
then reads as a ``paraphrase`` of the same article (a date written "the date of the enactment of
this Act" where the Code has "March 12, 2020", a few words changed in a long opening), the core is
still the law's words and most of the sentence: a careful reader calls it ``altered`` and lists
what was changed on each side, not ``verbatim`` over the core alone, nor a paraphrase.
"""

from __future__ import annotations

import dataclasses
from difflib import SequenceMatcher

from lawref.match.results import MatchResult
from lawref.pipeline.sentence import word_tokens
from lawref.report import Difference
from lawref.spans import QuoteSpan
from lawref.text.normalize import letters_text
from lawref.text.regex_code import constant
from lawref.text.scripts import holds_ideograph

__all__ = ["reworded_sides"]

_EXACT = ("verbatim", "minor")
# A word for the differences: one CJK character, or a run of other letters and digits.
_WORD = constant(r"[\u3400-\u9fff]|[^\W_\u3400-\u9fff]+")


def reworded_sides(
    text: str,
    span: QuoteSpan,
    widened: QuoteSpan,
    core: MatchResult,
    wide: MatchResult,
    stored_sides: tuple[str, str],
) -> tuple[QuoteSpan, MatchResult] | None:
    """``widened`` (the core's sentence) ``altered``, with the differences of its words beside the
    core from ``stored_sides`` (the stored words before and after the core), when ``wide`` — the
    whole matched again — is a paraphrase of the core's article and the core holds most of the
    sentence's words; None otherwise."""
    if core.verdict not in _EXACT or core.match is None or wide.match is None:
        return None
    if wide.verdict != "paraphrase":
        return None
    if (wide.match.statute, wide.match.article) != (core.match.statute, core.match.article):
        return None
    before = text[widened.start : span.start]
    after = text[span.end : widened.end]
    core_words = len(word_tokens(span.text))
    side_words = len(word_tokens(before)) + len(word_tokens(after))
    if core_words < side_words:
        return None  # the writer's words are most of it
    differences = [
        *_differences(before, stored_sides[0]),
        *_differences(after, stored_sides[1]),
    ]
    if not differences:
        return None
    result = dataclasses.replace(
        wide, verdict="altered", differences=[*differences, *core.differences]
    )
    return widened, result


def _differences(mine: str, theirs: str) -> list[Difference]:
    """The word differences between the writer's words and the stored ones on one side, in
    their own spelling (compared case folded, in Simplified script)."""
    a_words, b_words = _WORD.findall(mine), _WORD.findall(theirs)
    a_keys = [letters_text(w) for w in a_words]
    b_keys = [letters_text(w) for w in b_words]
    out: list[Difference] = []
    for tag, a, b, c, d in SequenceMatcher(None, a_keys, b_keys, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        op = {"replace": "replace", "delete": "insert", "insert": "delete"}[tag]
        quote, statute = _joined(a_words[a:b]), _joined(b_words[c:d])
        out.append(Difference.model_construct(op=op, quote=quote, statute=statute))
    return out


def _joined(words: list[str]) -> str:
    if words and all(len(w) == 1 and holds_ideograph(w) for w in words):
        return "".join(words)
    return " ".join(words)
