"""Edits that change none of the law's words (readings, footnotes, numbering); the rest differ.

Of a word alignment's edits (lawref/match/edits.py), a pinyin reading scraped in after a character,
a footnote's number, an item numbered in another style, the article's heading or a paragraph's
number, a Taiwanese word for the mainland's, a variant form of a character and a writer's bracketed
edit are no change of the law.
"""

from __future__ import annotations

import re

from lawref.citations.annotations import ANNOTATION
from lawref.match.align import QuoteForm, Target
from lawref.match.edits import Op, WordAlignment
from lawref.match.item_marks import is_dropped_item_mark, is_item_ordinal, is_sentence_number
from lawref.match.readings import reading_spans
from lawref.match.spaced_numbers import is_spaced_sentence_number
from lawref.text.folds import simplified_text
from lawref.text.numerals import DIGITS, UNITS, cn_to_int
from lawref.text.regex_code import constant
from lawref.text.regional import REGIONAL_SYNONYMS
from lawref.text.tokens import is_cjk

# Variant forms of a character (异体字) that the Traditional-to-Simplified fold leaves as they are
# — 谘 for 咨 (谘询, a converter's Simplified form of 諮), 讬 for 托, 衞 for 卫 — each only ever a
# way of writing the law's character: none stands in the store's Chinese texts or in the shared
# corpus's PRC laws, so a quotation with one where the law has the other is the law's word
# written another way (`minor`), not a word the writer changed.
VARIANT_CHARACTERS = {"谘": "咨", "讬": "托", "衞": "卫"}

# The same reading with spaces kept inside its brackets by the copy ("會(huì )").
_SPACED_ANNOTATION = constant(
    r"(?<=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])[(（] ?[a-zü]{0,6}"
    r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,6} ?[)）]"
)


def annotation_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds a pinyin reading scraped in after a Chinese character ("國(guó)"):
    the bracketed syllable, brackets included (as for citations, a tone mark is required, but
    for two or more whole syllables without one: match/readings.py ``reading_spans``)."""
    if "(" not in text and "（" not in text:
        return []
    pattern = _SPACED_ANNOTATION if " " in text else ANNOTATION
    spans = {m.span() for m in pattern.finditer(text)}
    return sorted(spans | set(reading_spans(text)))


def _is_annotation(quote: QuoteForm, op: Op, spans: list[tuple[int, int]]) -> bool:
    """An insert whose every word is a pinyin reading in brackets after a Chinese character: the
    layout of a page that shows readings above the characters, lost in copying; the law's
    characters are all there."""
    if op.tag != "insert" or not spans:
        return False
    for q in range(op.q0, op.q1):
        start, end = quote.token_source(q, q + 1)
        if not any(a < start and end < b for a, b in spans):
            return False
    return True


def _is_item_number(quote: QuoteForm, target: Target, op: Op) -> bool:
    """A list item's number written in Arabic digits where the law has it in Chinese numerals
    in brackets ("1、" or "(1)" for "（一）"): the same item, numbered in another style."""
    if op.tag != "replace":
        return False
    mine = "".join(quote.token_texts[op.q0 : op.q1])
    theirs = "".join(target.token_texts[op.s0 : op.s1])
    if not mine.isascii() or not mine.isdigit() or not theirs:
        return False
    if any(ch not in DIGITS and ch not in UNITS for ch in theirs):
        return False
    start, end = target.token_span_source(op.s0, op.s1)
    if target.text[start - 1 : start] not in ("（", "(") or target.text[end : end + 1] not in (
        "）",
        ")",
    ):
        return False
    try:
        return cn_to_int(theirs) == int(mine)
    except ValueError:
        return False


_FOOTNOTE = constant(r"[0-9]{1,3}")


def _is_footnote_mark(quote: QuoteForm, target: Target, op: Op) -> bool:
    """A footnote's number glued to the end of a word ("movements12", "事项12。"): the page's
    reference to its notes, not a word of the law's."""
    if op.tag == "replace" and op.q1 - op.q0 == 1 and op.s1 - op.s0 == 1:
        mine, theirs = quote.token_texts[op.q0], target.token_texts[op.s0]
        if not is_cjk(theirs[0]):
            return (
                mine.startswith(theirs)
                and theirs.isalpha()
                and _FOOTNOTE.fullmatch(mine[len(theirs) :]) is not None
            )
    # In Chinese the number is a token of its own after the sentence's last character; at the
    # quotation's end the alignment may pair it with the stored character that follows.
    last = op.q1 == len(quote.tokens) and op.s1 - op.s0 <= 1
    if op.tag not in ("insert", "replace") or op.q1 - op.q0 != 1 or op.q0 == 0:
        return False
    if op.tag == "replace" and not last:
        return False
    if _FOOTNOTE.fullmatch(quote.token_texts[op.q0]) is None:
        return False
    start, end = quote.token_source(op.q0, op.q0 + 1)
    after = quote.text[end : end + 1]
    return is_cjk(quote.text[start - 1 : start] or "a") and (not after or after in "。；;，,.")


# An article's heading as a quotation may open with it ("第四十四条任何个人……", "Article 7 …").
_HEADING = constant(
    r"\s*(?:第[0-9一二三四五六七八九十百零〇]{1,6}[条條]|Art(?:icle|\.)\s*\d{1,3}[a-z]?)\s*[:：.]?\s*",
    re.IGNORECASE,
)


def _is_numbering(quote: QuoteForm, target: Target, op: Op) -> bool:
    """The article's heading at the quotation's start, or a paragraph's number the quotation
    runs past ("2." before "The processor shall…"): the law's numbering, not its words."""
    if op.tag == "insert" and op.q0 == 0:
        start, end = quote.token_source(op.q0, op.q1)
        return _HEADING.fullmatch(quote.text[:end]) is not None
    number = target.token_texts[op.s0] if op.s1 - op.s0 == 1 else ""
    if op.tag != "delete" or not number.isdigit() or len(number) > 2:
        return False
    # Only a numbered paragraph ("2.   The processor …"): an item's letter or number in brackets
    # joins a list's lead-in to its items, which a quotation of one item does not do.
    start, end = target.token_span_source(op.s0, op.s1)
    text = target.text
    return not text[text.rfind("\n", 0, start) + 1 : start].strip() and text[end : end + 1] == "."


def _is_regional_word(quote: QuoteForm, target: Target, op: Op) -> bool:
    """A Taiwanese word for the law's mainland word (資訊 for 信息), written in Traditional script:
    a PRC law converted with its region's vocabulary, not a word the writer changed."""
    if op.tag != "replace":
        return False
    mine = "".join(quote.token_texts[op.q0 : op.q1])
    if REGIONAL_SYNONYMS.get(mine) != "".join(target.token_texts[op.s0 : op.s1]):
        return False
    start, end = quote.token_source(op.q0, op.q1)
    written = quote.text[start:end]
    return simplified_text(written) != written


def _is_variant_character(quote: QuoteForm, target: Target, op: Op) -> bool:
    """One character written in a variant form of the law's (谘 for 咨): see
    ``VARIANT_CHARACTERS``."""
    if op.tag != "replace" or op.q1 - op.q0 != op.s1 - op.s0:
        return False
    mine = quote.token_texts[op.q0 : op.q1]
    theirs = target.token_texts[op.s0 : op.s1]
    return all(VARIANT_CHARACTERS.get(m) == t for m, t in zip(mine, theirs, strict=True))


def differing_ops(quote: QuoteForm, target: Target, alignment: WordAlignment) -> list[Op]:
    """The edits that are changes: a word glued to a bracket that the stored word starts or
    ends with ("provid[e]" for "providing") is the quoting writer's marked edit, not a change;
    a pinyin reading scraped in after a character ("國(guó)") adds no word to the law's, nor
    does a footnote's number glued to a word or the article's heading before its text; a list
    item numbered "1、" for "（一）" is the same item, and a paragraph's number left out is no
    word of the law's."""
    out = []
    spans = annotation_spans(quote.text)
    for op in alignment.ops:
        if op.tag == "equal" or _is_annotation(quote, op, spans):
            continue
        if _is_item_number(quote, target, op) or _is_footnote_mark(quote, target, op):
            continue
        if _is_numbering(quote, target, op) or _is_regional_word(quote, target, op):
            continue
        if _is_variant_character(quote, target, op):
            continue
        if is_dropped_item_mark(quote, target, op) or is_sentence_number(quote, target, op):
            continue  # an item's mark left out, a sentence's number glued on (item_marks.py)
        if is_item_ordinal(quote, target, op):
            continue  # an item numbered 一是， for （一） (item_marks.py)
        if is_spaced_sentence_number(quote, op):
            continue  # a sentence's number set apart before it (spaced_numbers.py)
        if (
            op.tag == "replace"
            and op.q1 - op.q0 == 1
            and op.s1 - op.s0 == 1
            and op.q0 in quote.attached
        ):
            mine = quote.tokens[op.q0].text
            theirs = target.token_texts[op.s0]
            if theirs.startswith(mine) or theirs.endswith(mine):
                continue
        out.append(op)
    return out
