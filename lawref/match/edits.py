"""Word-level alignment of a quotation with a stored text: the edits behind ``differences``.

Which of those edits change none of the law's words is lawref/match/harmless_edits.py.
Latin script is compared word by word and CJK character by character (the tokens of
lawref/text/tokens.py, which are letters and digits only, so punctuation never makes a word-level
difference). Stored words beyond the quotation's first and last word are context, not edits.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from lawref.match.align import QuoteForm, Target
from lawref.match.window_reach import keeps_every_word, wider_window, within_one_paragraph
from lawref.text.spelling import fold_spelling
from lawref.text.tokens import is_cjk


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
    """A quotation aligned word by word with a stored text: the edits and the counts."""

    ops: list[Op]
    quote_tokens: int
    stored_tokens: int
    matched: int
    # (aligned without ``reach``) some piece's stretch would be widened with it: only then can
    # aligning again with ``reach`` give another alignment (match/window_reach.py)
    widens: bool = False

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


def align_piece(
    piece: list[str], needle: str, target: Target, begin: int = 0, *, reach: bool = False
) -> WordAlignment:
    """Word/character-level alignment of ``piece`` with the best-matching stretch of ``target``
    at or after stored token ``begin``; stored words outside the stretch are not differences.
    A stretch that words left out in the quotation's middle push its far end beyond is widened
    (match/window_reach.py), with ``reach``."""
    stored = target.token_texts
    first, last = _locate(needle, target, begin)
    margin = 3 + len(piece) // 10
    lo, hi = max(begin, first - margin), min(len(stored), last + margin)
    found = _align_in(piece, stored, lo, hi)
    wider = wider_window(found.ops, len(piece), lo, hi, begin, len(stored))
    if wider is not None and not _may_keep_every_word(piece, stored, *wider):
        wider = None  # (the widened alignment could not be taken: not aligned)
    if wider is not None and not reach:
        found.widens = True
    elif wider is not None:
        widened = _align_in(piece, stored, *wider)
        if widened.similarity > found.similarity and keeps_every_word(widened.ops):
            return widened
    return found


def _may_keep_every_word(piece: list[str], stored: list[str], lo: int, hi: int) -> bool:
    """Whether the stored tokens ``[lo, hi)`` hold each of ``piece``'s words (as spelled for the
    alignment) at least as often as ``piece`` does: an alignment there that matches every word
    pairs each with one of them (window_reach.keeps_every_word), so without them it cannot."""
    spelled = _SPELLINGS.__getitem__
    wanted = Counter(map(spelled, piece))
    wanted.subtract(map(spelled, stored[lo:hi]))
    return max(wanted.values(), default=0) <= 0


def _align_in(piece: list[str], stored: list[str], lo: int, hi: int) -> WordAlignment:
    """``piece`` aligned with the stored tokens ``[lo, hi)``."""
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


def align_quote(
    quote: QuoteForm, target: Target, *, reach: bool = False
) -> tuple[WordAlignment, list[WordAlignment]]:
    """Align each piece in order; returns the combined alignment (quotation token indices are
    the QuoteForm's) and the per-piece alignments. ``reach``: widen a stretch that words left
    out in a one-paragraph quotation's middle push its far end beyond (match/window_reach.py)."""
    texts = quote.token_texts
    begin = 0
    one_paragraph = within_one_paragraph(quote.text)
    reach = reach and one_paragraph
    parts: list[WordAlignment] = []
    combined: list[Op] = []
    for piece in quote.pieces:
        offset = piece[0]
        part = align_piece(
            [texts[i] for i in piece], quote.piece_skeleton(piece), target, begin, reach=reach
        )
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
        # Unwidened, each piece's stretch starts where the last one's ended: when no piece
        # would be widened, aligning with ``reach`` makes this same alignment, piece by piece.
        not reach and one_paragraph and any(p.widens for p in parts),
    )
    return total, parts
