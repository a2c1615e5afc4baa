"""Token streams for the unquoted-reuse scan (lawref/reuse/scan.py): what is content, what is noise.

A document and a stored text are both read as the tokens of their skeleton (lawref/text/tokens.py:
Latin words and numbers, single CJK characters), each with its offsets in the original text.
Tokens that only lay the text out (subtitle cues, list numbering: lawref/reuse/layout_noise.py)
are dropped from both sides, so that a reproduction reads as one run across them.

Line breaks cost nothing already: the skeleton keeps no whitespace between CJK characters, one
space between Latin words, and joins words broken by a line break or hyphenation.

Every regex here is anchored or bounded (no nested unbounded repeats): linear on any input.
"""

from __future__ import annotations

import weakref
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import accumulate, chain, compress
from operator import gt, le

from lawref.match.index import CJK_CODES, Index, pair_key
from lawref.reuse.layout_noise import merge_ranges, noise_ranges
from lawref.text.normalize import Skeleton, skeleton, skeleton_text
from lawref.text.tokens import TOKEN_RE, token_columns

# --- windows: the scan's memory is bounded by these, not by the document --------------------------

WINDOW_CHARS = 1 << 19  # the core of a window: 512 Ki characters
OVERLAP_CHARS = 1 << 16  # read past the core's end, so that a run starting in it is read whole
LEAD_CHARS = 256  # read before the core's start (a run's lead-in colon)


@dataclass(frozen=True)
class Window:
    """A stretch of a long document: ``text`` is ``document[offset:offset + len(text)]``; the
    scan keeps what it finds starting in ``[core_start, core_end)`` (document offsets)."""

    offset: int
    core_start: int
    core_end: int
    text: str
    exclude: list[tuple[int, int]]


def windows(text: str, exclude: Sequence[tuple[int, int]] = ()) -> list[Window]:
    """``text`` cut into windows whose cores tile it (each core ends after a line break where one
    is near), so that the scan's tokens, keys and alignments are those of one window at a time:
    its memory grows with WINDOW_CHARS, not with the document. A text of at most WINDOW_CHARS
    is one window, itself."""
    length = len(text)
    if length <= WINDOW_CHARS:
        return [Window(0, 0, length, text, list(exclude))]
    out: list[Window] = []
    core = 0
    while core < length:
        core_end = min(length, core + WINDOW_CHARS)
        if core_end < length:
            newline = text.rfind("\n", core_end - WINDOW_CHARS // 4, core_end)
            core_end = newline + 1 if newline > core else core_end
        first = max(0, core - LEAD_CHARS)
        last = min(length, core_end + OVERLAP_CHARS)
        inside = [
            (max(a, first) - first, min(b, last) - first)
            for a, b in exclude
            if b > first and a < last
        ]
        out.append(Window(first, core, core_end, text[first:last], inside))
        core = core_end
    return out


@dataclass
class Tokens:
    """The content tokens of one text, in order, with where each came from.

    ``starts``/``ends`` are offsets in the original text; ``sk_ends`` the end of each token in
    the skeleton (to read the punctuation after it); ``segments`` numbers the runs between
    excluded spans (quotations already found): nothing the scan finds crosses a segment break.
    """

    skeleton: Skeleton
    noise: list[tuple[int, int]] = field(default_factory=list)  # all layout noise
    breaks: list[tuple[int, int]] = field(default_factory=list)  # the noise that breaks lines
    blocked: list[tuple[int, int]] = field(default_factory=list)  # the excluded spans, merged
    words: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    sk_ends: list[int] = field(default_factory=list)
    segments: list[int] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.words)

    def keys(self) -> list[int | None]:
        """The index term of each pair of neighbouring tokens (None across a segment break):
        lawref.match.index.pair_key, each word's CJK code read from the index's memo (CJK_CODES)."""
        words, segments = self.words, self.segments
        codes = list(map(CJK_CODES.__getitem__, words))
        return [
            None if s != t else (a << 21) | b if a >= 0 and b >= 0 else pair_key(x, y)
            for x, y, a, b, s, t in zip(
                words, words[1:], codes, codes[1:], segments, segments[1:], strict=False
            )
        ]

    def trailing(self, i: int, limit: int = 3) -> str:
        """Up to ``limit`` skeleton characters after token ``i``, up to the next letter or digit."""
        at = self.sk_ends[i]
        text = self.skeleton.text
        out = []
        while at < len(text) and len(out) < limit and not text[at].isalnum():
            out.append(text[at])
            at += 1
        return "".join(out)


def content_tokens(text: str, exclude: Sequence[tuple[int, int]] = ()) -> Tokens:
    """``text``'s tokens without layout noise and without anything inside ``exclude``."""
    form = skeleton(text)
    noise, breaks = noise_ranges(text)
    blocked = merge_ranges(exclude)
    if not blocked:
        return _unblocked_tokens(form, noise, breaks)
    found = _blocked_tokens(form, noise, breaks, blocked)
    if found is not None:
        return found
    out = Tokens(form, noise, breaks, blocked)
    offsets, ends = form.offsets, form.ends
    words, starts, stops, sk_ends, segments = (
        out.words,
        out.starts,
        out.ends,
        out.sk_ends,
        out.segments,
    )
    n_i = b_i = 0
    segment = 0
    pending_break = False
    text_of = form.text
    resume: int | None = 0
    while resume is not None:
        matches, resume = TOKEN_RE.finditer(text_of, resume), None
        for match in matches:
            a = offsets[match.start()]
            b = ends[match.end() - 1]
            while n_i < len(noise) and noise[n_i][1] <= a:
                n_i += 1
            if n_i < len(noise) and noise[n_i][0] <= a:
                continue
            while b_i < len(blocked) and blocked[b_i][1] <= a:
                b_i += 1
                pending_break = True  # even an excluded span without tokens ends a segment
            if b_i < len(blocked) and blocked[b_i][0] < b:
                pending_break = True
                resume = _past(text_of, offsets, blocked[b_i][1], match.end())
                if resume is not None:
                    break  # every token before it overlaps the excluded span too: not read
                continue
            if pending_break:
                segment += 1
                pending_break = False
            words.append(match.group())
            starts.append(a)
            stops.append(b)
            sk_ends.append(match.end())
            segments.append(segment)
    return out


def _unblocked_tokens(
    form: Skeleton, noise: list[tuple[int, int]], breaks: list[tuple[int, int]]
) -> Tokens:
    """:func:`content_tokens` of a text with nothing excluded (a stored text): every token read
    in C-level loops, then those starting inside layout noise dropped; one segment."""
    words, sk_starts, sk_ends = token_columns(form.text)
    starts = list(map(form.offsets.__getitem__, sk_starts))
    ends = list(map(form.ends.__getitem__, map((-1).__add__, sk_ends)))
    dropped: list[range] = []
    for first, last in noise:  # sorted and disjoint; ``starts`` ascends
        lo, hi = bisect_left(starts, first), bisect_left(starts, last)
        if lo < hi:
            dropped.append(range(lo, hi))
    if dropped:
        keep = [True] * len(words)
        for indices in dropped:
            keep[indices.start : indices.stop] = [False] * len(indices)
        words, starts, ends, sk_ends = (
            list(compress(column, keep)) for column in (words, starts, ends, sk_ends)
        )
    return Tokens(form, noise, breaks, [], words, starts, ends, sk_ends, [0] * len(words))


def _blocked_tokens(
    form: Skeleton,
    noise: list[tuple[int, int]],
    breaks: list[tuple[int, int]],
    blocked: list[tuple[int, int]],
) -> Tokens | None:
    """:func:`content_tokens` with excluded spans, every token read in C-level loops: those
    starting inside noise and those overlapping an excluded span dropped by ranges found with
    bisect, a token's segment the number of times the count of excluded spans ending at or before
    it has grown. The token-by-token loop's tokens and segments (a token overlapping an excluded
    span always has one ending before the next token kept); None when the tokens' offsets do not
    ascend, which those ranges need (that loop reads them then)."""
    words, sk_starts, sk_ends = token_columns(form.text)
    starts = list(map(form.offsets.__getitem__, sk_starts))
    ends = list(map(form.ends.__getitem__, map((-1).__add__, sk_ends)))
    if not (all(map(le, starts, starts[1:])) and all(map(le, ends, ends[1:]))):
        return None
    keep = [True] * len(words)
    for first, last in noise:  # sorted and disjoint; a token starting inside one is dropped
        lo, hi = bisect_left(starts, first), bisect_left(starts, last)
        if lo < hi:
            keep[lo:hi] = [False] * (hi - lo)
    for first, last in blocked:  # sorted and disjoint; a token overlapping one is dropped
        lo, hi = bisect_right(ends, first), bisect_left(starts, last)
        if lo < hi:
            keep[lo:hi] = [False] * (hi - lo)
    words, starts, ends, sk_ends = (
        list(compress(column, keep)) for column in (words, starts, ends, sk_ends)
    )
    # excluded spans ending at or before each token kept; a segment ends where that count grows
    passed = list(map(partial(bisect_right, [last for _, last in blocked]), starts))
    segments = list(accumulate(map(gt, passed, chain((0,), passed)), initial=0))[1:]
    return Tokens(form, noise, breaks, blocked, words, starts, ends, sk_ends, segments)


def _past(form_text: str, offsets: Sequence[int], end: int, after: int) -> int | None:
    """Where the scan may go on past an excluded span ending at original offset ``end``: the
    first skeleton character at or after it, when that is beyond ``after`` and no token runs
    across it (the character before is no letter or digit); else None (read on token by token).
    The skeleton's offsets ascend, so every token starting before that point overlaps the span."""
    at = bisect_left(offsets, end)
    if at <= after or (at < len(form_text) and form_text[at - 1].isalnum()):
        return None
    return at


@dataclass
class StoredTokens:
    """A stored text's content tokens (what reporting a reproduction reads: offsets, punctuation)."""

    tokens: Tokens


class StoredWords:
    """A stored text's content words and the index term of each pair of them: what seeding and
    aligning a run read (lawref/reuse/runs.py). Made without a Python object per token beyond the
    words themselves: the words by one ``findall`` when the text has no layout noise, the terms
    by one comprehension, and a term's positions by ``list.index`` (in C) when asked for."""

    __slots__ = ("words", "keys", "chars")

    def __init__(self, words: list[str], keys: list[int | None], chars: int) -> None:
        self.words = words
        self.keys = keys
        self.chars = chars

    @classmethod
    def of(cls, text: str) -> StoredWords:
        noise, _ = noise_ranges(text)
        # without noise only the matching form's text is read: made without offsets, at C speed
        # (normalize.skeleton_text, held equal to the skeleton's text by tests/test_normalize.py)
        words = TOKEN_RE.findall(skeleton_text(text)) if not noise else content_tokens(text).words
        codes = list(map(CJK_CODES.__getitem__, words))
        keys: list[int | None] = [
            (a << 21) | b if a >= 0 and b >= 0 else pair_key(x, y)
            for x, y, a, b in zip(words, words[1:], codes, codes[1:], strict=False)
        ]
        return cls(words, keys, len(text))

    def __len__(self) -> int:
        return len(self.words)

    def positions(self, key: int, limit: int) -> list[int]:
        """The first ``limit`` positions of term ``key`` (ascending)."""
        keys = self.keys
        found: list[int] = []
        at = 0
        try:
            while len(found) < limit:
                at = keys.index(key, at)
                found.append(at)
                at += 1
        except ValueError:
            pass
        return found


class _Forms:
    """A bounded LRU of one index's stored-text forms: bounded in texts and in their characters
    (a form takes some 200 bytes per token): with the whole GDPR and AI Act (AI Act Art. 3 alone
    is 40,000 characters) the store's forms are tens of megabytes, which a long document would
    otherwise fill in step with its length."""

    def __init__(self) -> None:
        self.items: OrderedDict[int, tuple[StoredWords, StoredTokens | None]] = OrderedDict()
        self.chars = 0

    def get(self, index: Index, text_id: int) -> tuple[StoredWords, StoredTokens | None]:
        items = self.items
        found = items.get(text_id)
        if found is not None:
            items.move_to_end(text_id)
            return found
        text = index.texts.text(text_id)
        found = (StoredWords.of(text), None)
        items[text_id] = found
        self.chars += len(text)
        while len(items) > 1 and (len(items) > STORED_CACHE or self.chars > STORED_CACHE_CHARS):
            _, (evicted, _tokens) = items.popitem(last=False)
            self.chars -= evicted.chars
        return found


# Stored texts' forms, per index (made when a text is first hit; a bounded LRU so that a large
# store does not keep every text's form alive).
_STORED: weakref.WeakKeyDictionary[Index, _Forms] = weakref.WeakKeyDictionary()
STORED_CACHE = 2048
STORED_CACHE_CHARS = 200_000


def _forms(index: Index) -> _Forms:
    forms = _STORED.get(index)
    if forms is None:
        forms = _STORED[index] = _Forms()
    return forms


def stored_words(index: Index, text_id: int) -> StoredWords:
    """A stored text's words and terms (memoised per index)."""
    return _forms(index).get(index, text_id)[0]


def stored_tokens(index: Index, text_id: int) -> StoredTokens:
    """A stored text's content tokens with their offsets (memoised with its words)."""
    forms = _forms(index)
    words, tokens = forms.get(index, text_id)
    if tokens is None:
        tokens = StoredTokens(content_tokens(index.texts.text(text_id)))
        forms.items[text_id] = (words, tokens)
    return tokens
