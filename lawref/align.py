"""Aligning one quotation with one stored text: exact finds, elided pieces, and word-level diffs.

The matcher (lawref/matcher.py) decides which texts to try and what the results mean; this module
only compares. Latin script is compared word by word and CJK character by character (the tokens
of lawref/normalize.py); punctuation never makes a word-level difference.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from lawref.normalize import (
    ELLIPSIS,
    TOKEN_RE,
    Skeleton,
    Token,
    is_cjk,
    letters_form,
    skeleton,
    tokenize,
    verbatim_form,
)

# An editorial insertion in a quotation: "[the state]", "provid[e]", "[…]", "[ ]".
_BRACKET_RE = re.compile(r"\[[^\[\]]{0,80}\]")


def _latin_alnum(char: str) -> bool:
    return char.isalnum() and not is_cjk(char)


@dataclass(eq=False)
class Target:
    """A stored text (or two consecutive ones joined) prepared for comparison; forms are lazy."""

    text: str

    @cached_property
    def verbatim(self) -> Skeleton:
        return verbatim_form(self.text)

    @cached_property
    def letters(self) -> Skeleton:
        return letters_form(self.text)

    @cached_property
    def skeleton(self) -> Skeleton:
        return skeleton(self.text)

    @cached_property
    def _token_table(self) -> tuple[list[str], list[int], list[int]]:
        text = self.skeleton.text
        spans = [match.span() for match in TOKEN_RE.finditer(text)]
        return (
            [text[a:b] for a, b in spans],
            [a for a, _ in spans],
            [b for _, b in spans],
        )

    @property
    def token_texts(self) -> list[str]:
        return self._token_table[0]

    def token_span_source(self, first: int, last: int) -> tuple[int, int]:
        """Original offsets of tokens ``[first, last)``."""
        _, starts, ends = self._token_table
        if first < last:
            return self.skeleton.to_source(starts[first], ends[last - 1])
        at = starts[first] if first < len(starts) else len(self.skeleton.text)
        return self.skeleton.to_source(at, at)

    def tokens_within(self, start: int, end: int) -> tuple[int, int]:
        """Tokens ``[first, last)`` that overlap skeleton characters ``[start, end)``."""
        _, starts, ends = self._token_table
        return bisect_right(ends, start), bisect_left(starts, end)


@dataclass(eq=False)
class QuoteForm:
    """A quotation split into pieces at ellipses and [bracketed] insertions."""

    text: str
    skeleton: Skeleton = field(init=False)
    tokens: list[Token] = field(init=False)  # the quotation's own words (not the bracketed ones)
    pieces: list[list[int]] = field(init=False)  # token indices of each piece, in order
    attached: set[int] = field(init=False)  # tokens glued to a bracket: "provid[e]"
    has_brackets: bool = field(init=False)

    def __post_init__(self) -> None:
        self.skeleton = skeleton(self.text)
        sk = self.skeleton.text
        brackets = [m.span() for m in _BRACKET_RE.finditer(sk)]
        self.has_brackets = bool(brackets)
        inside = [False] * len(sk)
        for a, b in brackets:
            for i in range(a, b):
                inside[i] = True
        self.tokens = []
        self.pieces = []
        self.attached = set()
        previous_end = None
        for token in tokenize(self.skeleton):
            if inside[token.start]:
                continue
            between = sk[previous_end : token.start] if previous_end is not None else ""
            gap = ELLIPSIS in between or any(inside[previous_end or 0 : token.start])
            if previous_end is None or gap:
                self.pieces.append([])
            index = len(self.tokens)
            self.tokens.append(token)
            self.pieces[-1].append(index)
            if (token.start > 0 and sk[token.start - 1] == "]") or sk[
                token.end : token.end + 1
            ] == "[":
                self.attached.add(index)
            previous_end = token.end

    @property
    def token_texts(self) -> list[str]:
        return [t.text for t in self.tokens]

    @property
    def mostly_cjk(self) -> bool:
        cjk = sum(1 for t in self.tokens if is_cjk(t.text[0]))
        return 2 * cjk > len(self.tokens)

    @property
    def elided(self) -> bool:
        return len(self.pieces) > 1 or self.has_brackets

    def piece_source(self, piece: list[int]) -> tuple[int, int]:
        return self.skeleton.to_source(self.tokens[piece[0]].start, self.tokens[piece[-1]].end)

    def token_source(self, first: int, last: int) -> tuple[int, int]:
        return _token_span(self.skeleton, self.tokens, first, last)

    def piece_skeleton(self, piece: list[int]) -> str:
        return self.skeleton.text[self.tokens[piece[0]].start : self.tokens[piece[-1]].end]

    @cached_property
    def core_verbatim(self) -> str:
        """The verbatim form without edge punctuation: a quote's own trailing comma or full stop
        ("…in accordance with law," the article said) is not part of the quoted words."""
        return _strip_edges(verbatim_form(self.text).text)

    @cached_property
    def full_verbatim(self) -> str:
        """The verbatim form with the edge punctuation kept (ellipses at the edges dropped)."""
        return verbatim_form(self.text).text.strip(ELLIPSIS + " ")

    @cached_property
    def letters(self) -> str:
        return letters_form(self.text).text

    @cached_property
    def piece_letters(self) -> list[str]:
        """The letters of each piece (the quotation's own words only)."""
        out = []
        for piece in self.pieces:
            a, b = self.piece_source(piece)
            out.append(letters_form(self.text[a:b]).text)
        return out


def _token_span(form: Skeleton, tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    if first < last:
        return form.to_source(tokens[first].start, tokens[last - 1].end)
    at = (
        form.to_source(tokens[first].start, tokens[first].start)[0]
        if first < len(tokens)
        else form.source_length
    )
    return at, at


def _strip_edges(text: str) -> str:
    start, end = 0, len(text)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return text[start:end]


# --- exact finds ----------------------------------------------------------------------------


def _at_word_edges(source: str, start: int, end: int, check_start: bool, check_end: bool) -> bool:
    """The original span ``[start, end)`` neither starts nor ends inside a Latin word."""
    if (
        check_start
        and start > 0
        and _latin_alnum(source[start - 1])
        and _latin_alnum(source[start])
    ):
        return False
    return not (
        check_end
        and end < len(source)
        and _latin_alnum(source[end])
        and _latin_alnum(source[end - 1])
    )


def find_in_form(
    needle: str,
    form: Skeleton,
    source: str,
    *,
    begin: int = 0,
    check_start: bool = True,
    check_end: bool = True,
    limit: int = 64,
) -> tuple[int, int] | None:
    """The first occurrence of ``needle`` in ``form`` at or after ``begin`` that sits on word
    edges of the original; returns the form span, or None. ``limit`` bounds the tries."""
    if not needle:
        return None
    at = form.text.find(needle, begin)
    tries = 0
    while at >= 0 and tries < limit:
        a, b = form.to_source(at, at + len(needle))
        if _at_word_edges(source, a, b, check_start, check_end):
            return at, at + len(needle)
        at = form.text.find(needle, at + 1)
        tries += 1
    return None


def find_verbatim(quote: QuoteForm, target: Target) -> tuple[int, int] | None:
    """Original span of ``target`` that the quotation reproduces verbatim, or None."""
    found = find_in_form(quote.core_verbatim, target.verbatim, target.text)
    return target.verbatim.to_source(*found) if found else None


def find_letters(quote: QuoteForm, target: Target) -> tuple[int, int] | None:
    """Original span whose letters and digits are exactly the quotation's (a minor difference)."""
    found = find_in_form(quote.letters, target.letters, target.text)
    return target.letters.to_source(*found) if found else None


def find_pieces(quote: QuoteForm, target: Target) -> list[tuple[int, int]] | None:
    """Each piece's letters found in order in ``target`` (an elided quotation), or None."""
    spans: list[tuple[int, int]] = []
    begin = 0
    for piece, needle in zip(quote.pieces, quote.piece_letters, strict=True):
        found = find_in_form(
            needle,
            target.letters,
            target.text,
            begin=begin,
            check_start=piece[0] not in quote.attached,
            check_end=piece[-1] not in quote.attached,
        )
        if found is None:
            return None
        spans.append(target.letters.to_source(*found))
        begin = found[1]
    return spans


# --- word-level alignment -------------------------------------------------------------------


@dataclass
class Op:
    """One edit, in token indices: quotation tokens ``[q0, q1)``, stored tokens ``[s0, s1)``."""

    tag: str  # equal, replace, insert (quotation only), delete (stored text only)
    q0: int
    q1: int
    s0: int
    s1: int


@dataclass
class Alignment:
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
    _, starts, _ = target._token_table
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


def align_piece(piece: list[str], needle: str, target: Target, begin: int = 0) -> Alignment:
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
        for o in Levenshtein.opcodes(window, piece)
    ]
    # Stored words beyond the quotation's ends belong to the context, not to the quotation.
    ops = _slide_edges(_trim(ops), stored)
    ops = _trim(ops)
    matched = sum(op.q1 - op.q0 for op in ops if op.tag == "equal")
    stored_count = sum(op.s1 - op.s0 for op in ops)
    return Alignment(ops, len(piece), stored_count, matched)


def align_quote(quote: QuoteForm, target: Target) -> tuple[Alignment, list[Alignment]]:
    """Align each piece in order; returns the combined alignment (quotation token indices are
    the QuoteForm's) and the per-piece alignments."""
    texts = quote.token_texts
    begin = 0
    parts: list[Alignment] = []
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
    total = Alignment(
        combined,
        sum(p.quote_tokens for p in parts),
        sum(p.stored_tokens for p in parts),
        sum(p.matched for p in parts),
    )
    return total, parts


def differing_ops(quote: QuoteForm, target: Target, alignment: Alignment) -> list[Op]:
    """The edits that are changes: a word glued to a bracket that the stored word starts or
    ends with ("provid[e]" for "providing") is the quoting writer's marked edit, not a change."""
    out = []
    for op in alignment.ops:
        if op.tag == "equal":
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
