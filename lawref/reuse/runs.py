"""Finding the runs of a document that follow a stored text closely (for lawref/reuse/scan.py).

Seeds from the index's postings, chains of anchors on one diagonal, and a local alignment of
each chain with rapidfuzz; see lawref/reuse/scan.py for the whole recipe and what is kept.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from operator import itemgetter

from rapidfuzz.distance import LCSseq

from lawref.match import thresholds as T
from lawref.match.matcher import Matcher
from lawref.reuse.tokens import Tokens, stored_words
from lawref.text.tokens import is_cjk

WINDOW = 8  # index terms (token pairs) per probe window
STRIDE = 8  # tokens between window starts: the windows do not overlap
MIN_INDEXED = 5  # of a window's terms that must be in the index at all for it to be probed
RAREST = 4  # terms of a window whose postings are read
MAX_DF = 64  # a term in more texts than this is too common to seed anything
MIN_TERM_HITS = 2  # of a window's read terms a text must hold to be a hit
TEXTS_PER_WINDOW = 4  # hits kept per window (most terms first)
MAX_POSITIONS = 4  # occurrences of one term in one text used as anchors
# Chains with fewer anchors are not aligned. Measured on clauses sampled from the store and set
# in prose (tests/test_reuse.py::test_sampled_clauses_are_found): 3 finds the same clauses as 2
# (every miss is boilerplate several laws share) with less than half the alignments.
MIN_ANCHORS = 3
MAX_DRIFT = 24  # tokens the diagonal may drift within a chain (insertions, deletions)
MAX_CHAIN_GAP = 3 * WINDOW  # tokens between two anchors of one chain
MARGIN = 16  # tokens aligned beyond a chain's anchors, doubled while the match reaches them
MAX_EXTENSIONS = 8

# A run is dense when its token similarity (2 x matched / tokens on both sides) reaches that of
# an altered quotation.
MIN_DENSITY = T.ALTERED_MIN / 100


@dataclass
class ScanStats:
    """Work done by one scan (for the tests that bound it; no clocks)."""

    tokens: int = 0  # content tokens of the document
    lookups: int = 0  # index terms looked up (one per pair of tokens)
    windows: int = 0  # windows whose postings were read
    probes: int = 0  # posting entries read
    chains: int = 0  # chains aligned
    aligned: int = 0  # tokens (both sides) passed to the aligner
    verified: int = 0  # matcher calls


@dataclass(frozen=True)
class Run:
    """A stretch of the document aligned with one stored text."""

    text_id: int
    a: int  # document content tokens [a, b)
    b: int
    c: int  # stored content tokens [c, d)
    d: int
    matched: int  # tokens equal on both sides
    chars: int  # characters of the matched tokens (CJK characters; letters and digits)
    cjk: bool  # most of those characters are CJK

    @property
    def density(self) -> float:
        return 2 * self.matched / ((self.b - self.a) + (self.d - self.c))


def find_runs(
    tokens: Tokens, matcher: Matcher, stats: ScanStats, long_enough: Callable[[Run], bool]
) -> list[Run]:
    """Dense aligned runs, one per chain (duplicates dropped), however short; ``long_enough``
    says which count as found (a chain inside one of those is not aligned again)."""
    stats.tokens += len(tokens)
    if len(tokens) < 2:
        return []
    anchors = _seed(tokens, matcher, stats)
    chains = [
        (chain, text_id)
        for text_id, points in anchors.items()
        for chain in anchor_chains(points, tokens.segments)
    ]
    # Best-evidenced chains first; a chain wholly inside a run already long enough to keep (the
    # same words in another version or a similar article) is not aligned again.
    chains.sort(key=lambda c: (-c[0].anchors, c[0].p0, c[1]))
    covered = _Covered()
    stretches: list[Run] = []
    seen: set[tuple[int, int, int]] = set()
    for chain, text_id in chains:
        if covered.holds(chain.p0, chain.p1 + 2):
            continue
        stats.chains += 1
        stretch = _align(tokens, matcher, text_id, chain, stats)
        if stretch is None or (text_id, stretch.a, stretch.b) in seen:
            continue
        seen.add((text_id, stretch.a, stretch.b))
        stretches.append(stretch)
        if long_enough(stretch):
            covered.add(stretch.a, stretch.b)
    return stretches


class _Covered:
    """Disjoint token ranges, merged as they are added; is a range inside one of them?"""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def holds(self, a: int, b: int) -> bool:
        at = bisect_right(self.starts, a) - 1
        return at >= 0 and self.ends[at] >= b

    def add(self, a: int, b: int) -> None:
        lo = bisect_left(self.ends, a)  # first range that ends at or after a
        hi = bisect_right(self.starts, b)  # ranges starting after b are untouched
        if lo < hi:
            a, b = min(a, self.starts[lo]), max(b, self.ends[hi - 1])
        self.starts[lo:hi] = [a]
        self.ends[lo:hi] = [b]


# --- seeds and chains -----------------------------------------------------------------------


def _seed(tokens: Tokens, matcher: Matcher, stats: ScanStats) -> dict[int, list[tuple[int, int]]]:
    """For each stored text hit: anchors (document position, stored position) of shared terms."""
    index = matcher.index
    postings = index.postings
    keys = tokens.keys()
    stats.lookups += len(keys)
    dfs = [df for df, _ in postings.weighted(keys)]
    indexed = [0]
    for df in dfs:
        indexed.append(indexed[-1] + (df > 0))
    read = 0
    hits: dict[int, set[int]] = {}  # text id -> document positions of its shared terms
    for start in range(0, len(keys), STRIDE):
        end = min(start + WINDOW, len(keys))
        if indexed[end] - indexed[start] < min(MIN_INDEXED, end - start):
            continue
        rare = sorted((dfs[i], i) for i in range(start, end) if 0 < dfs[i] <= MAX_DF)[:RAREST]
        if len(rare) < MIN_TERM_HITS:
            continue
        stats.windows += 1
        counts: Counter[int] = Counter()
        read_ids = {i: postings[keys[i]] for _, i in rare}  # type: ignore[index]
        for df, i in rare:
            read += df
            counts.update(read_ids[i])
        # (Counter.most_common's order, ties first counted first, sorted in C rather than by
        # heapq's Python loop: a window counts a few dozen texts)
        best = sorted(counts.items(), key=itemgetter(1), reverse=True)[:TEXTS_PER_WINDOW]
        for text_id, count in best:
            if count < MIN_TERM_HITS:
                break
            mine = hits.setdefault(text_id, set())
            mine.update(i for _, i in rare if text_id in read_ids[i])
    stats.probes += read
    index.probes += read  # the index's own counter of posting entries read
    anchors: dict[int, list[tuple[int, int]]] = {}
    for text_id, points in hits.items():
        if len(points) < MIN_ANCHORS:
            # A chain needs anchors at MIN_ANCHORS distinct document positions: this text can
            # give none, so its tokens (what a hit costs) are not made.
            continue
        stored = stored_words(index, text_id)
        out = anchors.setdefault(text_id, [])
        for i in points:
            out += [(i, q) for q in stored.positions(keys[i], MAX_POSITIONS)]  # type: ignore[arg-type]
        out.sort()
    return anchors


@dataclass
class _Chain:
    """A run of anchors on one diagonal: where it lies in the document and in the stored text."""

    p0: int
    p1: int
    q0: int
    q1: int
    diagonal: int
    anchors: int = 1


def anchor_chains(points: list[tuple[int, int]], segments: list[int]) -> list[_Chain]:
    """Anchors (sorted by document position) grouped by diagonal; chains of fewer than
    MIN_ANCHORS anchors (at distinct document positions) dropped."""
    open_: list[_Chain] = []
    done: list[_Chain] = []
    for p, q in points:
        still = []
        for chain in open_:
            (still if p - chain.p1 <= MAX_CHAIN_GAP else done).append(chain)
        open_ = still
        for chain in open_:
            if abs((p - q) - chain.diagonal) <= MAX_DRIFT and segments[p] == segments[chain.p1]:
                if p != chain.p1:
                    chain.anchors += 1
                chain.p1, chain.diagonal = p, p - q
                chain.q0, chain.q1 = min(chain.q0, q), max(chain.q1, q)
                break
        else:
            open_.append(_Chain(p, p, q, q, p - q))
    return [c for c in done + open_ if c.anchors >= MIN_ANCHORS]


# --- alignment ------------------------------------------------------------------------------


def _segment_bounds(segments: list[int], p: int) -> tuple[int, int]:
    segment = segments[p]
    return bisect_left(segments, segment), bisect_left(segments, segment + 1)


def _align(
    tokens: Tokens, matcher: Matcher, text_id: int, chain: _Chain, stats: ScanStats
) -> Run | None:
    stored = stored_words(matcher.index, text_id)
    low, high = _segment_bounds(tokens.segments, chain.p0)
    left = right = MARGIN
    best: tuple[int, int, int, int, list[tuple[int, int]]] | None = None
    for _ in range(MAX_EXTENSIONS):
        da, db = max(low, chain.p0 - left), min(high, chain.p1 + 2 + right)
        qa, qb = max(0, chain.q0 - left), min(len(stored), chain.q1 + 2 + right)
        stats.aligned += (db - da) + (qb - qa)
        best = _local(tokens.words[da:db], stored.words[qa:qb], da, qa)
        if best is None:
            return None
        a, b, c, d, _ = best
        grow_left = a - da < 2 and c - qa < 2 and da > low and qa > 0
        grow_right = db - b < 2 and qb - d < 2 and db < high and qb < len(stored)
        if not (grow_left or grow_right):
            break
        left, right = (left * 2 if grow_left else left), (right * 2 if grow_right else right)
    assert best is not None
    a, b, c, d, pieces = best
    # The LCS may have matched an edge word elsewhere ("the" of the sentence before): equal
    # tokens right at the edges belong to the run.
    words = tokens.words
    while a > low and c > 0 and words[a - 1] == stored.words[c - 1]:
        a, c = a - 1, c - 1
        pieces.append((a, 1))
    while b < high and d < len(stored) and words[b] == stored.words[d]:
        pieces.append((b, 1))
        b, d = b + 1, d + 1
    matched = sum(size for _, size in pieces)
    if 2 * matched < MIN_DENSITY * ((b - a) + (d - c)):
        return None
    chars = cjk_chars = 0
    for start, size in pieces:
        for word in words[start : start + size]:
            chars += len(word)
            cjk_chars += len(word) == 1 and is_cjk(word)
    return Run(text_id, a, b, c, d, matched, chars, 2 * cjk_chars >= chars)


def _local(
    doc: list[str], stored: list[str], da: int, qa: int
) -> tuple[int, int, int, int, list[tuple[int, int]]] | None:
    """The best local run of matching blocks of an LCS alignment: each block adds its length,
    each gap between blocks costs the longer of its two sides. Absolute coordinates: the run's
    document and stored ranges, and its blocks as (document start, size)."""
    blocks = [b for b in LCSseq.editops(doc, stored).as_matching_blocks() if b.size]
    best: tuple[int, int, int] | None = None  # (score, first block, last block)
    score = 0
    first = 0
    for k, block in enumerate(blocks):
        if k == 0:
            score, first = block.size, 0
        else:
            prev = blocks[k - 1]
            gap = max(block.a - (prev.a + prev.size), block.b - (prev.b + prev.size))
            if score - gap <= 0:  # a block that does not pay for its gap starts no run
                score, first = block.size, k
            else:
                score += block.size - gap
        if best is None or score > best[0]:
            best = (score, first, k)
    if best is None:
        return None
    _, i, j = best
    return (
        da + blocks[i].a,
        da + blocks[j].a + blocks[j].size,
        qa + blocks[i].b,
        qa + blocks[j].b + blocks[j].size,
        [(da + block.a, block.size) for block in blocks[i : j + 1]],
    )


def disjoint(
    stretches: list[Run], line_break_before: Callable[[int], bool] | None = None
) -> list[Run]:
    """Longest first; a stretch overlapping one already kept (another version, a similar
    article) is dropped — except, given ``line_break_before`` (whether a line break stands
    before a document token), one that shares a word or two with it at a paragraph's edge
    (:func:`_edge_only`). Kept stretches barely overlap, so one bisection finds any overlap."""
    kept: list[Run] = []
    starts: list[int] = []
    ends: list[int] = []
    for stretch in sorted(stretches, key=lambda s: (-s.chars, -s.matched, s.text_id, s.a)):
        at = bisect_left(starts, stretch.a)
        later = at < len(starts) and starts[at] < stretch.b
        earlier = at > 0 and ends[at - 1] > stretch.a
        if (later or earlier) and not (
            line_break_before is not None
            and _edge_only(stretch, starts, ends, at, line_break_before)
        ):
            continue
        starts.insert(at, stretch.a)
        ends.insert(at, stretch.b)
        kept.append(stretch)
    return kept


# Tokens two stretches may share at their edge and both be kept: the later article's alignment
# reaching back across a paragraph break for a word the earlier one ends with ("…制定本法。⏎⏎
# 在中华人民共和国境外…" aligned with an article that also holds 本法). A real overlap (another
# version, a similar article) shares far more.
_EDGE_TOKENS = 2


def _edge_only(
    stretch: Run,
    starts: list[int],
    ends: list[int],
    at: int,
    line_break_before: Callable[[int], bool],
) -> bool:
    """Whether ``stretch`` overlaps the kept stretches beside it (``at`` is where it would be
    inserted) by a few tokens at its edges only, neither inside the other, with a line break
    right after the shared tokens (one paragraph's last words, another's alignment reaching back
    for them; within a line, the two runs are one sentence spliced from two places)."""
    size = stretch.b - stretch.a
    near = slice(max(0, at - 1), at + 1)
    for start, end in zip(starts[near], ends[near], strict=True):
        shared = min(end, stretch.b) - max(start, stretch.a)
        if shared <= 0:
            continue
        if not line_break_before(min(end, stretch.b)):
            return False
        if shared > _EDGE_TOKENS or shared * 10 > min(size, end - start):
            return False
        if start >= stretch.a and end <= stretch.b or stretch.a >= start and stretch.b <= end:
            return False
    # Not when it reaches over a whole kept stretch to the next one.
    return not (at + 1 < len(starts) and starts[at + 1] < stretch.b)
