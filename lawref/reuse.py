"""Unquoted reuse: statute text that a document reproduces without quotation marks (issue 11).

    find_reuse(text, matcher, exclude) -> [QuoteSpan(marks="none"), ...]

How (the text-reuse recipe of passim and text-matcher, on lawref's own index):

1. **Tokens.** The document's skeleton tokens (lawref/reuse_forms.py), without layout noise
   (subtitle cues, frame numbers, list numbering) and without the quotations already found
   (``exclude``): a reproduction reads as one run across line breaks, frames and numbering.
2. **Seeds.** Every pair of neighbouring tokens is one look-up in the index's postings (the
   token bigrams of lawref/index.py). Windows of ``WINDOW`` pairs, every ``STRIDE`` tokens, whose
   pairs are mostly in the index read the postings of their ``RAREST`` rarest pairs (pairs in more
   than ``MAX_DF`` texts are never read); a text holding ``MIN_TERM_HITS`` of them is a hit, and
   each hit pair is anchored at its position in that text. Work per character is bounded by
   these constants, whatever the document: ``ScanStats`` counts it.
3. **Chains.** Anchors in one text on (nearly) one diagonal (document position minus stored
   position) chain into a candidate reproduction.
4. **Alignment.** The chain's stretch of the document, with a margin, is aligned token by token
   with the stored text's (rapidfuzz LCS); the best local run of matching blocks (gaps cost
   their length) is extended while it reaches the margin.
5. **Kept** when long and dense enough to be a reproduction rather than a shared phrase:
   ``MIN_CJK_CHARS`` / ``MIN_LATIN_CHARS`` matching letters, digits and CJK characters, and a
   token similarity of ``MIN_DENSITY``; then the matcher must link it (verbatim, minor, elided or
   altered) to no more than ``GENERIC_ARTICLES`` articles unless it is long. Where the whole
   run is not an exact match and layout noise lies inside it (a subtitle cue, a list number the
   statute does not have), it is reported piece by piece between the noise, so that the cue's
   digits are never reported as words added to the statute.

Thresholds were measured on tests/test_reuse.py's articles (see the block at the end).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import LCSseq

from lawref import thresholds as T
from lawref.found import QuoteSpan
from lawref.matcher import Matcher, MatchResult
from lawref.normalize import is_cjk
from lawref.reuse_forms import Tokens, content_tokens, merge_ranges, stored_tokens

__all__ = ["Candidate", "ScanStats", "candidates", "find_reuse", "scan_reuse"]

WINDOW = 8  # index terms (token pairs) per probe window
STRIDE = 4  # tokens between window starts
MIN_INDEXED = 5  # of a window's terms that must be in the index at all for it to be probed
RAREST = 4  # terms of a window whose postings are read
MAX_DF = 64  # a term in more texts than this is too common to seed anything
MIN_TERM_HITS = 2  # of a window's read terms a text must hold to be a hit
TEXTS_PER_WINDOW = 4  # hits kept per window (most terms first)
MAX_POSITIONS = 4  # occurrences of one term in one text used as anchors
MAX_DRIFT = 24  # tokens the diagonal may drift within a chain (insertions, deletions)
MAX_CHAIN_GAP = 3 * WINDOW  # tokens between two anchors of one chain
MARGIN = 16  # tokens aligned beyond a chain's anchors, doubled while the match reaches them
MAX_EXTENSIONS = 8

# Kept: at least this many matching characters (CJK characters; letters and digits of Latin
# words), with the token similarity of an altered quotation at least.
MIN_CJK_CHARS = 20
MIN_LATIN_CHARS = 70
MIN_DENSITY = T.ALTERED_MIN / 100
# A run the matcher finds exactly in more articles than this is boilerplate ("构成犯罪的，依法
# 追究刑事责任"), kept only when at least GENERIC_FACTOR times the minimum length.
GENERIC_ARTICLES = 3
GENERIC_FACTOR = 2.0

_LINKED = frozenset({"verbatim", "minor", "elided", "altered"})
_EXACT = frozenset({"verbatim", "minor", "elided"})
_CLOSING = frozenset(".;:,!?)]'")
_COLONS = (":", "：")
_CLAUSE_BREAK = re.compile(r"[\n，。；！？,;.!?]")


@dataclass
class ScanStats:
    """Work done by one scan (for the tests that bound it; no clocks)."""

    tokens: int = 0  # content tokens of the document
    lookups: int = 0  # index terms looked up (one per pair of tokens)
    windows: int = 0  # windows whose postings were read
    probes: int = 0  # posting entries read
    chains: int = 0
    aligned: int = 0  # tokens (both sides) passed to the aligner
    verified: int = 0  # matcher calls


@dataclass(frozen=True)
class _Stretch:
    text_id: int
    a: int  # document content tokens [a, b)
    b: int
    c: int  # stored content tokens [c, d)
    d: int
    matched: int
    chars: int
    cjk: bool


def find_reuse(
    text: str,
    matcher: Matcher,
    exclude: Sequence[tuple[int, int]] = (),
    *,
    stats: ScanStats | None = None,
) -> list[QuoteSpan]:
    """Spans of ``text`` outside ``exclude`` that reproduce stored text, sorted by start, each a
    QuoteSpan with ``marks="none"`` and ``text[start:end] == span.text``."""
    return scan_reuse(text, matcher, exclude, stats if stats is not None else ScanStats())


def scan_reuse(
    text: str, matcher: Matcher, exclude: Sequence[tuple[int, int]], stats: ScanStats
) -> list[QuoteSpan]:
    tokens = content_tokens(text, exclude)
    stretches = [s for s in _stretches(tokens, matcher, stats) if s.chars >= _min_chars(s.cjk)]
    spans: list[QuoteSpan] = []
    for stretch in _disjoint(stretches):
        spans += _verified(text, tokens, matcher, stretch, stats)
    spans.sort(key=lambda s: s.start)
    return spans


@dataclass(frozen=True)
class Candidate:
    """A dense aligned run before the length threshold and the matcher (for measurements)."""

    statute: str
    article: str
    start: int
    end: int
    chars: int
    cjk: bool
    density: float
    linked: bool  # the matcher links its text, and not as boilerplate (see _linked)


def candidates(
    text: str, matcher: Matcher, exclude: Sequence[tuple[int, int]] = ()
) -> list[Candidate]:
    """Every dense aligned run the scan considers, however short: what the thresholds were
    measured on (tests/test_reuse.py)."""
    tokens = content_tokens(text, exclude)
    out = []
    for s in _stretches(tokens, matcher, ScanStats()):
        stored = matcher.index.texts[s.text_id]
        density = 2 * s.matched / ((s.b - s.a) + (s.d - s.c))
        start, end = tokens.starts[s.a], tokens.ends[s.b - 1]
        linked = _linked(matcher.match(text[start:end]), s.chars, s.cjk)
        out.append(
            Candidate(stored.statute, stored.article, start, end, s.chars, s.cjk, density, linked)
        )
    return out


def _stretches(tokens: Tokens, matcher: Matcher, stats: ScanStats) -> list[_Stretch]:
    """Dense aligned runs, one per chain (duplicates dropped), not yet held to a length."""
    stats.tokens += len(tokens)
    if len(tokens) < 2:
        return []
    anchors = _seed(tokens, matcher, stats)
    stretches: list[_Stretch] = []
    seen: set[tuple[int, int, int]] = set()
    for text_id, points in anchors.items():
        for chain in _chains(points, tokens.segments):
            stats.chains += 1
            stretch = _align(tokens, matcher, text_id, chain, stats)
            if stretch is None or (text_id, stretch.a, stretch.b) in seen:
                continue
            seen.add((text_id, stretch.a, stretch.b))
            stretches.append(stretch)
    return stretches


def _min_chars(cjk: bool) -> int:
    return MIN_CJK_CHARS if cjk else MIN_LATIN_CHARS


# --- seeds and chains -----------------------------------------------------------------------


def _seed(tokens: Tokens, matcher: Matcher, stats: ScanStats) -> dict[int, list[tuple[int, int]]]:
    """For each stored text hit: anchors (document position, stored position) of shared terms."""
    index = matcher.index
    postings = index.postings
    keys = tokens.keys()
    stats.lookups += len(keys)
    dfs = [len(postings.get(k, ())) if k is not None else 0 for k in keys]
    indexed = [0]
    for df in dfs:
        indexed.append(indexed[-1] + (df > 0))
    hits: dict[int, set[tuple[int, int]]] = {}  # text id -> {(position, term)}
    for start in range(0, len(keys), STRIDE):
        end = min(start + WINDOW, len(keys))
        if indexed[end] - indexed[start] < min(MIN_INDEXED, end - start):
            continue
        rare = sorted((dfs[i], i) for i in range(start, end) if 0 < dfs[i] <= MAX_DF)[:RAREST]
        if len(rare) < MIN_TERM_HITS:
            continue
        stats.windows += 1
        found: dict[int, list[int]] = {}
        for df, i in rare:
            stats.probes += df
            for text_id in postings[keys[i]]:  # type: ignore[index]
                found.setdefault(text_id, []).append(i)
        ranked = sorted(
            (t for t, at in found.items() if len(at) >= MIN_TERM_HITS),
            key=lambda t: -len(found[t]),
        )
        for text_id in ranked[:TEXTS_PER_WINDOW]:
            mine = hits.setdefault(text_id, set())
            mine.update((i, keys[i]) for i in found[text_id])  # type: ignore[misc]
    index.probes += stats.probes  # the index's own counter of posting entries read
    anchors: dict[int, list[tuple[int, int]]] = {}
    for text_id, points in hits.items():
        positions = stored_tokens(index, text_id).positions
        out = anchors.setdefault(text_id, [])
        for i, key in points:
            out += [(i, q) for q in positions.get(key, ())[:MAX_POSITIONS]]
        out.sort()
    return anchors


@dataclass
class _Chain:
    p0: int
    p1: int
    q0: int
    q1: int
    diagonal: int
    anchors: int = 1


def _chains(points: list[tuple[int, int]], segments: list[int]) -> list[_Chain]:
    """Anchors (sorted by document position) grouped by diagonal; chains of one anchor dropped."""
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
    return [c for c in done + open_ if c.anchors >= 2]


# --- alignment ------------------------------------------------------------------------------


def _segment_bounds(segments: list[int], p: int) -> tuple[int, int]:
    segment = segments[p]
    return bisect_left(segments, segment), bisect_left(segments, segment + 1)


def _align(
    tokens: Tokens, matcher: Matcher, text_id: int, chain: _Chain, stats: ScanStats
) -> _Stretch | None:
    stored = stored_tokens(matcher.index, text_id).tokens
    low, high = _segment_bounds(tokens.segments, chain.p0)
    left = right = MARGIN
    best: tuple[int, int, int, int, int] | None = None
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
    a, b, c, d, matched = best
    # The LCS may have matched an edge word elsewhere ("the" of the sentence before): equal
    # tokens right at the edges belong to the run.
    while a > low and c > 0 and tokens.words[a - 1] == stored.words[c - 1]:
        a, c, matched = a - 1, c - 1, matched + 1
    while b < high and d < len(stored) and tokens.words[b] == stored.words[d]:
        b, d, matched = b + 1, d + 1, matched + 1
    if 2 * matched < MIN_DENSITY * ((b - a) + (d - c)):
        return None
    chars = 0
    cjk_chars = 0
    for word, ok in _matched_words(tokens.words[a:b], stored.words[c:d]):
        if ok:
            chars += len(word)
            cjk_chars += len(word) if len(word) == 1 and is_cjk(word) else 0
    return _Stretch(text_id, a, b, c, d, matched, chars, 2 * cjk_chars >= chars)


def _local(
    doc: list[str], stored: list[str], da: int, qa: int
) -> tuple[int, int, int, int, int] | None:
    """The best local run of matching blocks of an LCS alignment: each block adds its length,
    each gap between blocks costs the longer of its two sides. Absolute coordinates."""
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
    matched = sum(b.size for b in blocks[i : j + 1])
    return (
        da + blocks[i].a,
        da + blocks[j].a + blocks[j].size,
        qa + blocks[i].b,
        qa + blocks[j].b + blocks[j].size,
        matched,
    )


def _matched_words(doc: list[str], stored: list[str]) -> list[tuple[str, bool]]:
    matched = [False] * len(doc)
    for block in LCSseq.editops(doc, stored).as_matching_blocks():
        for i in range(block.a, block.a + block.size):
            matched[i] = True
    return list(zip(doc, matched, strict=True))


def _disjoint(stretches: list[_Stretch]) -> list[_Stretch]:
    """Longest first; a stretch overlapping one already kept (another version, a similar
    article) is dropped."""
    kept: list[_Stretch] = []
    taken: list[tuple[int, int]] = []
    for stretch in sorted(stretches, key=lambda s: (-s.chars, -s.matched, s.text_id, s.a)):
        if any(stretch.a < b and a < stretch.b for a, b in taken):
            continue
        kept.append(stretch)
        taken.append((stretch.a, stretch.b))
    return kept


# --- verification and reporting -------------------------------------------------------------


def _verified(
    text: str, tokens: Tokens, matcher: Matcher, stretch: _Stretch, stats: ScanStats
) -> list[QuoteSpan]:
    """The stretch as reported spans: whole when the matcher links it, else its pieces between
    layout noise (or between lines, past the matcher's length limit), each linked on its own."""
    stored = stored_tokens(matcher.index, stretch.text_id).tokens
    start = tokens.starts[stretch.a]
    end = tokens.ends[stretch.b - 1]
    end += _closing(tokens, stored, stretch)
    # Inline markers ("point (a) of") are the statute's own words when they differ at all:
    # only the noise that breaks lines (cues, frame numbers, a list's own numbering) cuts a run.
    noise = _within(tokens.breaks, start, end)
    if end - start <= T.MAX_QUOTE_CHARS:
        stats.verified += 1
        result = matcher.match(text[start:end])
        if _linked(result, stretch.chars, stretch.cjk) and (result.verdict in _EXACT or not noise):
            return [_span(text, start, end)]
        if not noise:
            return []
    statute = matcher.index.texts[stretch.text_id].statute
    spans = []
    for a, b in _pieces(text, start, end, noise):
        stats.verified += 1
        result = matcher.match(text[a:b])
        if result.match is not None and result.match.statute == statute and _linked(result):
            spans.append(_span(text, a, b))
    return spans


def _within(ranges: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The ranges (sorted, disjoint) that lie inside ``[start, end)``."""
    at = bisect_left(ranges, (start, start))
    out = []
    while at < len(ranges) and ranges[at][0] < end:
        if ranges[at][1] <= end:
            out.append(ranges[at])
        at += 1
    return out


def _linked(result: MatchResult, chars: int | None = None, cjk: bool = False) -> bool:
    """Linked to a stored text, and not boilerplate: words several laws share exactly
    ("违反本法规定，构成违反治安管理行为的，依法给予治安管理处罚；…") are no one law's, and
    words found in more than GENERIC_ARTICLES articles of one law must be long to count."""
    if result.verdict not in _LINKED:
        return False
    exact = {(c.statute, c.articles) for c in result.candidates if c.verdict in _EXACT}
    if len({statute for statute, _ in exact}) > 1:
        return False
    if chars is None or chars >= GENERIC_FACTOR * _min_chars(cjk):
        return True
    return len(exact) <= GENERIC_ARTICLES


def _closing(tokens: Tokens, stored: Tokens, stretch: _Stretch) -> int:
    """How many characters of closing punctuation after the run the statute has there too."""
    mine = tokens.trailing(stretch.b - 1)
    theirs = stored.trailing(stretch.d - 1)
    k = 0
    while k < min(len(mine), len(theirs)) and mine[k] == theirs[k] and mine[k] in _CLOSING:
        k += 1
    if k == 0:
        return 0
    at = tokens.sk_ends[stretch.b - 1] + k - 1
    return tokens.skeleton.ends[at] - tokens.ends[stretch.b - 1]


def _pieces(text: str, start: int, end: int, noise: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``[start, end)`` cut at the noise, then at line breaks where a piece is still too long for
    the matcher; each piece trimmed of whitespace."""
    cuts = merge_ranges(noise)
    pieces: list[tuple[int, int]] = []
    at = start
    for a, b in cuts + [(end, end)]:
        pieces += _by_lines(text, at, min(a, end))
        at = max(at, b)
    return [p for p in (_trim(text, a, b) for a, b in pieces) if p is not None]


def _by_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if end - start <= T.MAX_QUOTE_CHARS:
        return [(start, end)]
    out = []
    while end - start > T.MAX_QUOTE_CHARS:
        cut = text.rfind("\n", start, start + T.MAX_QUOTE_CHARS)
        cut = cut if cut > start else start + T.MAX_QUOTE_CHARS
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _span(text: str, start: int, end: int) -> QuoteSpan:
    """A reported span; ``lead_in`` is the words before a colon right before it ("规定：")."""
    before = text[max(0, start - 40) : start].rstrip()
    lead_in = None
    if before.endswith(_COLONS):
        lead_in = _CLAUSE_BREAK.split(before[:-1])[-1].strip()[-30:] + before[-1]
    return QuoteSpan(text[start:end], start, end, "none", lead_in)
