"""Unquoted reuse: statute text that a document reproduces without quotation marks (issue 11).

    find_reuse(text, matcher, exclude) -> [QuoteSpan(marks="none"), ...]

How (the text-reuse recipe of passim and text-matcher, on lawref's own index):

1. **Tokens.** The document's skeleton tokens (lawref/reuse/tokens.py), without layout noise
   (subtitle cues, frame numbers, list numbering) and without the quotations already found
   (``exclude``): a reproduction reads as one run across line breaks, frames and numbering.
2. **Seeds** (lawref/reuse/runs.py, with steps 3-4). Every pair of neighbouring tokens is one
   look-up in the index's postings (the token bigrams of lawref/match/index.py, the same index the
   matcher retrieves with: no second index). Windows of ``WINDOW`` pairs, every ``STRIDE``
   tokens, whose pairs are mostly in the index read the postings of their ``RAREST`` rarest
   pairs (pairs in more than ``MAX_DF`` texts are never read); a text holding
   ``MIN_TERM_HITS`` of them is a hit, and
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
   altered), not as words several laws share exactly, and, unless it is long, to no more than
   ``GENERIC_ARTICLES`` articles. Overlapping runs: the longest wins. Where the whole
   run is not an exact match and layout noise lies inside it (a subtitle cue, a list number the
   statute does not have), it is reported piece by piece between the noise, so that the cue's
   digits are never reported as words added to the statute; a piece not linked as a whole is read
   line by line (lawref/reuse/piece_lines.py).

The returned spans are then judged by the pipeline like any quotation (same verdicts,
differences and attribution), with the matcher's result on each handed over (``scan_reuse``)
rather than computed again; ``lead_in`` is set when a colon ends the words just before one.
Thresholds were measured on tests/test_reuse.py's articles (see the block at the end).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace

from lawref.match import thresholds as T
from lawref.match.choice import articles_holding
from lawref.match.matcher import Matcher
from lawref.match.results import MatchResult
from lawref.quotes.layout import trimmed
from lawref.reuse.layout_noise import merge_ranges
from lawref.reuse.remainders import remainders
from lawref.reuse.runs import Run, ScanStats, disjoint, find_runs
from lawref.reuse.thresholds import (
    GENERIC_ARTICLES,
    GENERIC_FACTOR,
    MIN_CJK_CHARS,
    MIN_LATIN_CHARS,
    SENTENCE_MIN_CJK_CHARS,
    SENTENCE_MIN_LATIN_LETTERS,
    STRAY_MAX_CJK_CHARS,
    STRAY_MAX_LATIN_LETTERS,
)
from lawref.reuse.tokens import Tokens, content_tokens, stored_tokens, windows
from lawref.spans import QuoteSpan
from lawref.text.regex_code import constant
from lawref.text.tokens import is_cjk

__all__ = ["Reproduction", "ReuseCandidate", "ScanStats", "candidates", "find_reuse", "scan_reuse"]

_LINKED = frozenset({"verbatim", "minor", "elided", "altered"})
_EXACT = frozenset({"verbatim", "minor", "elided"})
_CLOSING = frozenset(".;:,!?)]'")
_COLONS = (":", "：")
_CLAUSE_BREAK = constant(r"[\n，。；！？,;.!?]")
# Where a whole sentence starts and ends (_whole_sentence): a stored sentence after a full stop,
# a semicolon or a line break, and before one or a list's lead-in's colon (or the text's end); in
# the document the same, or a clause: after a comma or colon (规定，…), before a comma (…教育日，
# 以…为指导).
_SENTENCE_OPENS = "。；！？;!?\n"
_CLAUSE_OPENS = _SENTENCE_OPENS + "，,：:"
_SENTENCE_CLOSES = "。；！？;!?\n：:"
_CLAUSE_CLOSES = _SENTENCE_CLOSES + "，,"
# Where a list's lead-in starts in Latin script (on both sides): after a sentence's end, a colon
# or a line break (or a paragraph's number, "1. Each Member State …", whose point ends it).
_LATIN_OPENS = ".;:!?\n"
_LEAD_IN_ENDS = ":："
_SPACES = " \t\u3000\u00a0"
_BOUNDARY_REACH = 8
_BLANK_LINE = constant(r"\n[ \t\u3000]*\n")
# Hiragana and katakana: no Chinese statute's text holds them, so words with kana among them are a
# Japanese rendering (checked as one by xling/kanji.py where a citation names the article), never
# the Chinese text reproduced, however many kanji it shares with it.
_KANA = constant(r"[\u3041-\u3096\u30a1-\u30fa]")


def find_reuse(
    text: str,
    matcher: Matcher,
    exclude: Sequence[tuple[int, int]] = (),
    *,
    stats: ScanStats | None = None,
) -> list[QuoteSpan]:
    """Spans of ``text`` outside ``exclude`` that reproduce stored text, sorted by start, each a
    QuoteSpan with ``marks="none"`` and ``text[start:end] == span.text``."""
    return [
        found.span
        for found in scan_reuse(text, matcher, exclude, stats if stats is not None else ScanStats())
    ]


@dataclass(frozen=True)
class Reproduction:
    """A reported span and the matcher's result on its text, handed on so that the pipeline does
    not match the same words twice."""

    span: QuoteSpan
    result: MatchResult


def scan_reuse(
    text: str, matcher: Matcher, exclude: Sequence[tuple[int, int]], stats: ScanStats
) -> list[Reproduction]:
    # A long document is scanned window by window (memory bounded by the window, not the text).
    found: list[Reproduction] = []
    for window in windows(text, exclude):
        for one in _scan(window.text, matcher, window.exclude, stats):
            span = one.span
            start = span.start + window.offset
            if window.core_start <= start < window.core_end:
                shifted = replace(span, start=start, end=span.end + window.offset)
                found.append(replace(one, span=shifted))
    found.sort(key=lambda r: r.span.start)
    return found


def _scan(
    text: str, matcher: Matcher, exclude: Sequence[tuple[int, int]], stats: ScanStats
) -> list[Reproduction]:
    tokens = content_tokens(text, exclude)
    stretches = [
        s
        for s in find_runs(tokens, matcher, stats, _long_enough)
        if _long_enough(s) or _whole_sentence(text, tokens, matcher, s)
    ]
    found: list[Reproduction] = []

    def line_break_before(index: int) -> bool:
        if not 0 < index < len(tokens):
            return False
        return "\n" in text[tokens.ends[index - 1] : tokens.starts[index]]

    kept = disjoint(stretches, line_break_before)
    # (a dropped run's stretch beyond the longer run it overlaps at one edge: reuse/remainders.py)
    kept_ids = {id(s) for s in kept}
    dropped = [s for s in stretches if id(s) not in kept_ids and _long_enough(s)]
    for stretch in kept + remainders(dropped, kept, tokens, text, _long_enough):
        found += _verified(text, tokens, matcher, stretch, stats)
    found.sort(key=lambda r: r.span.start)
    return found


@dataclass(frozen=True)
class ReuseCandidate:
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
) -> list[ReuseCandidate]:
    """Every dense aligned run the scan considers, however short: what the thresholds were
    measured on (tests/test_reuse.py)."""
    tokens = content_tokens(text, exclude)
    out = []
    for s in find_runs(tokens, matcher, ScanStats(), _long_enough):
        stored = matcher.index.texts[s.text_id]
        start, end = tokens.starts[s.a], tokens.ends[s.b - 1]
        linked = _linked(matcher.match(text[start:end]), s.chars, s.cjk)
        out.append(
            ReuseCandidate(
                stored.statute, stored.article, start, end, s.chars, s.cjk, s.density, linked
            )
        )
    return out


def _min_chars(cjk: bool) -> int:
    return MIN_CJK_CHARS if cjk else MIN_LATIN_CHARS


def _long_enough(run: Run) -> bool:
    return run.chars >= _min_chars(run.cjk)


def _whole_sentence(text: str, tokens: Tokens, matcher: Matcher, run: Run) -> bool:
    """A run too short for MIN_CJK_CHARS (MIN_LATIN_CHARS) that is kept all the same: a whole
    sentence of the stored text (from a sentence's start to its end), reproduced word for word as
    a whole sentence or clause of the document (密码分为核心密码、普通密码和商用密码。), at least
    SENTENCE_MIN_CJK_CHARS long. A phrase shared with the law is not a whole sentence of it. In
    Latin script only a list's lead-in is kept so ("Each Member State shall provide by law for all
    of the following:", SENTENCE_MIN_LATIN_LETTERS letters at least): the stored sentence ends in
    its colon, and the document's, after a sentence's end or a line break, ends in the colon too —
    the article's layout copied, announcing its list. A short English sentence ending in a full
    stop stays below MIN_LATIN_CHARS: stock wording a writer may use as their own."""
    least = SENTENCE_MIN_CJK_CHARS if run.cjk else SENTENCE_MIN_LATIN_LETTERS
    if run.chars < least:
        return False
    if not (run.matched == run.b - run.a == run.d - run.c):
        return False
    stored_text = matcher.index.texts.text(run.text_id)
    stored = stored_tokens(matcher.index, run.text_id).tokens
    stored_opens, stored_closes = (
        (_SENTENCE_OPENS, _SENTENCE_CLOSES) if run.cjk else (_LATIN_OPENS, _LEAD_IN_ENDS)
    )
    if not _opens(stored_text, stored.starts[run.c], stored_opens):
        return False
    if not _closes(stored_text, stored.ends[run.d - 1], stored_closes):
        return False
    opens, closes = (_CLAUSE_OPENS, _CLAUSE_CLOSES) if run.cjk else (_LATIN_OPENS, _LEAD_IN_ENDS)
    return _opens(text, tokens.starts[run.a], opens) and _closes(
        text, tokens.ends[run.b - 1], closes
    )


def _opens(text: str, at: int, after: str) -> bool:
    """Whether a sentence (or clause) starts at ``at``: the text's start, or after ``after``."""
    before = text[max(0, at - _BOUNDARY_REACH) : at].rstrip(_SPACES)
    return not before or before[-1] in after


def _closes(text: str, at: int, marks: str) -> bool:
    """Whether a sentence (or clause) ends at ``at``: one of ``marks`` follows, or the line's or
    the text's end."""
    after = text[at : at + _BOUNDARY_REACH].lstrip(_SPACES)
    return not after or after[0] in marks


# --- verification and reporting -------------------------------------------------------------


def _verified(
    text: str, tokens: Tokens, matcher: Matcher, stretch: Run, stats: ScanStats
) -> list[Reproduction]:
    """The stretch as reported spans: whole when the matcher links it, else its pieces between
    layout noise (or between lines, past the matcher's length limit), each linked on its own."""
    stored = stored_tokens(matcher.index, stretch.text_id).tokens
    start = tokens.starts[stretch.a]
    end = tokens.ends[stretch.b - 1]
    end += _closing(tokens, stored, stretch)
    start, end = _without_stray_edges(text, start, end)
    if stretch.cjk and _KANA.search(text, start, end):
        return []  # Japanese with the law's kanji, not the law reproduced
    # Inline markers ("point (a) of") are the statute's own words when they differ at all:
    # only the noise that breaks lines (cues, frame numbers, a list's own numbering) cuts a run.
    noise = _within(tokens.breaks, start, end)
    if end - start <= T.MAX_QUOTE_CHARS:
        stats.verified += 1
        result = matcher.match(text[start:end])
        # (a head of the writer's closed by a colon before the law's words: reuse/colon_head.py)
        from lawref.reuse.colon_head import after_colon_head, law_holds_head, letters_between

        cut = None if result.verdict in _EXACT else after_colon_head(text, start, end)
        if cut is not None and letters_between(text, cut, end) >= _min_chars(stretch.cjk):
            stats.verified += 1
            after = matcher.match(text[cut:end])
            if (
                after.verdict in _EXACT
                and _linked(after, stretch.chars, stretch.cjk)
                and after.match is not None
                and not law_holds_head(text, start, cut, after.match.text)
            ):
                start, result = cut, after
        if _linked(result, stretch.chars, stretch.cjk) and (result.verdict in _EXACT or not noise):
            return [Reproduction(_span(text, start, end), result)]
        if not noise:
            return []
    statute = matcher.index.texts[stretch.text_id].statute
    found = []
    for a, b in _pieces(text, start, end, noise):
        stats.verified += 1
        result = matcher.match(text[a:b])
        if result.match is not None and result.match.statute == statute and _linked(result):
            found.append(Reproduction(_span(text, a, b), result))
            continue
        # (a piece of two lines, the law's and the writer's: each line on its own)
        from lawref.reuse.piece_lines import long_lines

        for c, d in long_lines(text, a, b):
            stats.verified += 1
            result = matcher.match(text[c:d])
            if result.match is not None and result.match.statute == statute and _linked(result):
                found.append(Reproduction(_span(text, c, d), result))
    return found


def _without_stray_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without a word or two across a blank line at either edge: the alignment's
    margin reaching into the next paragraph ("… or CCTV footage⏎⏎The elements …", whose "The"
    matched the next point's "the")."""
    breaks = list(_BLANK_LINE.finditer(text, start, end))
    if not breaks:
        return start, end
    if _stray(text[breaks[-1].end() : end]):
        end = breaks[-1].start()
    if _stray(text[start : breaks[0].start()]) and breaks[0].end() < end:
        start = breaks[0].end()
    return start, end


def _stray(piece: str) -> bool:
    letters = [ch for ch in piece if ch.isalnum()]
    if any(is_cjk(ch) for ch in letters):
        return len(letters) < STRAY_MAX_CJK_CHARS
    return len(letters) < STRAY_MAX_LATIN_LETTERS


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
    exact = [c for c in result.candidates if c.verdict in _EXACT]
    if len({c.statute for c in exact}) > 1:
        return False
    if chars is None or chars >= GENERIC_FACTOR * _min_chars(cjk):
        return True
    return articles_holding(exact) <= GENERIC_ARTICLES  # versions of one law count once


def _closing(tokens: Tokens, stored: Tokens, stretch: Run) -> int:
    """How many characters of closing punctuation after the run the statute has there too."""
    mine = tokens.trailing(stretch.b - 1)
    theirs = stored.trailing(stretch.d - 1)
    k = 0
    while k < min(len(mine), len(theirs)) and mine[k] == theirs[k] and mine[k] in _CLOSING:
        k += 1
    if k == 0:
        return 0
    at = tokens.sk_ends[stretch.b - 1] + k - 1
    end = tokens.ends[stretch.b - 1]
    grown = tokens.skeleton.ends[at]
    following = bisect_left(tokens.blocked, (end, end))  # never into an excluded span
    if following < len(tokens.blocked):
        grown = min(grown, max(end, tokens.blocked[following][0]))
    return grown - end


def _pieces(text: str, start: int, end: int, noise: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``[start, end)`` cut at the noise, then at line breaks where a piece is still too long for
    the matcher; each piece trimmed of whitespace."""
    cuts = merge_ranges(noise)
    pieces: list[tuple[int, int]] = []
    at = start
    for a, b in cuts + [(end, end)]:
        pieces += _by_lines(text, at, min(a, end))
        at = max(at, b)
    return [(a, b) for a, b in (trimmed(text, a, b) for a, b in pieces) if a < b]


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


def _span(text: str, start: int, end: int) -> QuoteSpan:
    """A reported span; ``lead_in`` is the words before a colon right before it ("规定：")."""
    before = text[max(0, start - 40) : start].rstrip()
    lead_in = None
    if before.endswith(_COLONS):
        lead_in = _CLAUSE_BREAK.split(before[:-1])[-1].strip()[-30:] + before[-1]
    return QuoteSpan(text[start:end], start, end, "none", lead_in)
