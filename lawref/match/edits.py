"""Word-level alignment of a quotation with a stored text: the edits behind ``differences``.

Latin script is compared word by word and CJK character by character (the tokens of
lawref/text/normalize.py, which are letters and digits only, so punctuation never makes a word-level
difference). Stored words beyond the quotation's first and last word are context, not edits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from lawref.citations.annotations import ANNOTATION
from lawref.match.align import QuoteForm, Target
from lawref.match.readings import reading_spans
from lawref.text.folds import simplified_text
from lawref.text.normalize import is_cjk
from lawref.text.numerals import DIGITS, UNITS, cn_to_int
from lawref.text.regex_code import constant
from lawref.text.regional import REGIONAL_SYNONYMS
from lawref.text.spelling import fold_spelling


@dataclass
class Op:
    """One edit, in token indices: quotation tokens ``[q0, q1)``, stored tokens ``[s0, s1)``."""

    tag: str  # equal, replace, insert (quotation only), delete (stored text only)
    q0: int
    q1: int
    s0: int
    s1: int


@dataclass
class WordAlignment:
    ops: list[Op]
    quote_tokens: int
    stored_tokens: int
    matched: int

    @property
    def similarity(self) -> float:
        """Share of tokens on both sides that align exactly, 0-100 (a token-level ratio)."""
        total = self.quote_tokens + self.stored_tokens
        return 100.0 * 2 * self.matched / total if total else 0.0

    @property
    def span(self) -> tuple[int, int]:
        """Stored tokens ``[first, last)`` the alignment covers."""
        stored = [op for op in self.ops if op.s1 > op.s0]
        if not stored:
            return (0, 0)
        return stored[0].s0, stored[-1].s1

    def edge_inserts(self) -> tuple[int, int]:
        """Quotation tokens left unaligned before the first and after the last stored token."""
        lead = sum(op.q1 - op.q0 for op in _leading(self.ops, "insert"))
        trail = sum(op.q1 - op.q0 for op in _leading(list(reversed(self.ops)), "insert"))
        return lead, trail


def _leading(ops: list[Op], tag: str) -> list[Op]:
    out = []
    for op in ops:
        if op.tag != tag:
            break
        out.append(op)
    return out


def _locate(needle: str, target: Target, begin: int) -> tuple[int, int]:
    """Stored tokens ``[first, last)`` around the best character alignment of ``needle`` (a
    skeleton) in ``target`` at or after stored token ``begin``."""
    text = target.skeleton.text
    starts = target.token_starts
    if begin >= len(starts):
        return (begin, begin)
    offset = starts[begin]
    found = fuzz.partial_ratio_alignment(needle, text[offset:])
    first, last = target.tokens_within(offset + found.dest_start, offset + found.dest_end)
    return max(first, begin), max(last, first)


def _trim(ops: list[Op]) -> list[Op]:
    start, end = 0, len(ops)
    while start < end and ops[start].tag == "delete":
        start += 1
    while end > start and ops[end - 1].tag == "delete":
        end -= 1
    return ops[start:end]


def _slide_edges(ops: list[Op], stored: list[str]) -> list[Op]:
    """Move an edge match across a deletion when the same words follow it: the quotation "a
    person who …" matches "… to a foreign country. A person who …" at the second "a", not the
    first (Levenshtein ties do not know that stored words outside the quotation are free)."""
    changed = True
    while changed:
        changed = False
        if len(ops) >= 2 and ops[0].tag == "equal" and ops[1].tag == "delete":
            eq, gap = ops[0], ops[1]
            k = eq.s1 - eq.s0
            if stored[eq.s0 : eq.s1] == stored[gap.s1 - k : gap.s1]:
                ops[:2] = [
                    Op("delete", eq.q0, eq.q0, eq.s0, gap.s1 - k),
                    Op("equal", eq.q0, eq.q1, gap.s1 - k, gap.s1),
                ]
                changed = True
        if len(ops) >= 2 and ops[-1].tag == "equal" and ops[-2].tag == "delete":
            gap, eq = ops[-2], ops[-1]
            k = eq.s1 - eq.s0
            if stored[eq.s0 : eq.s1] == stored[gap.s0 : gap.s0 + k]:
                ops[-2:] = [
                    Op("equal", eq.q0, eq.q1, gap.s0, gap.s0 + k),
                    Op("delete", eq.q1, eq.q1, gap.s0 + k, eq.s1),
                ]
                changed = True
        if changed:
            ops = _merge_equal(ops)
    return ops


def _settle_edges(ops: list[Op], piece: list[str], stored: list[str]) -> list[Op]:
    """Charge the quotation's first and last changed words only against the stored words next
    to its content: "must support" against "… and citizens shall support" is "must" for "shall",
    not "must" for "citizens" with "shall" dropped (the global alignment's tie, which cannot know
    that stored words before the quotation's first word are context). A replace pairing near
    spellings ("organisation" for "organizations") anchors like an equal run: the stored words
    up to it are the quotation's, not context."""
    anchors = [i for i, op in enumerate(ops) if _is_anchor(op, piece, stored)]
    if not anchors:
        return ops
    first, last = anchors[0], anchors[-1]
    head = _edge_block(ops[:first], piece, stored, at_start=True)
    tail = _edge_block(ops[last + 1 :], piece, stored, at_start=False)
    return head + ops[first : last + 1] + tail


def _is_anchor(op: Op, piece: list[str], stored: list[str]) -> bool:
    if op.tag == "equal":
        return True
    if op.tag != "replace" or op.q1 - op.q0 != op.s1 - op.s0:
        return False
    return any(
        _near_spelling(piece[q], stored[s])
        for q, s in zip(range(op.q0, op.q1), range(op.s0, op.s1), strict=True)
    )


def _near_spelling(a: str, b: str) -> bool:
    """Two Latin words that differ in spelling or inflection only (CJK characters never do)."""
    return (
        min(len(a), len(b)) >= 3 and a[:3] == b[:3] and not is_cjk(a[0]) and fuzz.ratio(a, b) >= 80
    )


def _edge_block(block: list[Op], piece: list[str], stored: list[str], at_start: bool) -> list[Op]:
    """Realign the edits before the first anchor (``at_start``) or after the last against the
    stored words next to it: the stretch of them that aligns best, and among equals the one
    closest in length to the quotation's words there (right-aligned at the start, left-aligned
    at the end, so "must" pairs with the "shall" before "support", not with "citizens")."""
    if not block:
        return block
    q0, q1, s0, s1 = block[0].q0, block[-1].q1, block[0].s0, block[-1].s1
    quoted = piece[q0:q1]
    k, m = q1 - q0, s1 - s0
    if m <= k:
        return block

    def stretch(j: int) -> tuple[int, int]:
        return (s1 - j, s1) if at_start else (s0, s0 + j)

    # distance(j) >= |j - k| and distance(0) = k: beyond 2k words nothing can do better.
    j = min(
        range(min(m, 2 * k) + 1),
        key=lambda j: (Levenshtein.distance(stored[slice(*stretch(j))], quoted), abs(j - k), j),
    )
    a, b = stretch(j)
    return [
        Op(o.tag, q0 + o.dest_start, q0 + o.dest_end, a + o.src_start, a + o.src_end)
        for o in Levenshtein.opcodes(stored[a:b], quoted)
    ]


def _merge_equal(ops: list[Op]) -> list[Op]:
    out: list[Op] = []
    for op in ops:
        if op.s1 == op.s0 and op.q1 == op.q0:
            continue
        if out and out[-1].tag == op.tag == "equal" and out[-1].s1 == op.s0 and out[-1].q1 == op.q0:
            out[-1] = Op("equal", out[-1].q0, op.q1, out[-1].s0, op.s1)
        else:
            out.append(op)
    return out


class _Spellings(dict):  # type: ignore[type-arg]
    """word -> :func:`fold_spelling` of it (memoised: ``map`` over a window then runs in C)."""

    def __missing__(self, word: str) -> str:
        folded = fold_spelling(word)
        if len(self) < 200_000:
            self[word] = folded
        return folded


_SPELLINGS = _Spellings()


def align_piece(piece: list[str], needle: str, target: Target, begin: int = 0) -> WordAlignment:
    """Word/character-level alignment of ``piece`` with the best-matching stretch of ``target``
    at or after stored token ``begin``; stored words outside the stretch are not differences."""
    stored = target.token_texts
    first, last = _locate(needle, target, begin)
    margin = 3 + len(piece) // 10
    lo, hi = max(begin, first - margin), min(len(stored), last + margin)
    window = stored[lo:hi]
    ops = [
        Op(
            o.tag,  # src is the stored text: "insert" = quotation only, "delete" = stored only
            o.dest_start,
            o.dest_end,
            lo + o.src_start,
            lo + o.src_end,
        )
        # British and American spellings of a word are the same word (organisation, behaviour).
        for o in Levenshtein.opcodes(
            list(map(_SPELLINGS.__getitem__, window)), list(map(_SPELLINGS.__getitem__, piece))
        )
    ]
    # Stored words beyond the quotation's ends belong to the context, not to the quotation.
    ops = _slide_edges(_trim(ops), stored)
    ops = _trim(_settle_edges(_trim(ops), piece, stored))
    matched = sum(op.q1 - op.q0 for op in ops if op.tag == "equal")
    stored_count = sum(op.s1 - op.s0 for op in ops)
    return WordAlignment(ops, len(piece), stored_count, matched)


def align_quote(quote: QuoteForm, target: Target) -> tuple[WordAlignment, list[WordAlignment]]:
    """Align each piece in order; returns the combined alignment (quotation token indices are
    the QuoteForm's) and the per-piece alignments."""
    texts = quote.token_texts
    begin = 0
    parts: list[WordAlignment] = []
    combined: list[Op] = []
    for piece in quote.pieces:
        offset = piece[0]
        part = align_piece([texts[i] for i in piece], quote.piece_skeleton(piece), target, begin)
        parts.append(part)
        for op in part.ops:
            combined.append(Op(op.tag, op.q0 + offset, op.q1 + offset, op.s0, op.s1))
        span = part.span
        if span[1] > span[0]:
            begin = span[1]
    total = WordAlignment(
        combined,
        sum(p.quote_tokens for p in parts),
        sum(p.stored_tokens for p in parts),
        sum(p.matched for p in parts),
    )
    return total, parts


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
