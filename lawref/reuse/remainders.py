"""The part of a run that reaches beyond a longer run it overlaps: a reproduction of its own.

A page that reproduces a law article by article ("第十二条 安全保护措施应当与关键信息基础设施同步
规划、同步建设、同步使用。⏎第十三条 运营者应当建立健全网络安全保护制度和责任制，…") can put two
short articles side by side whose words another article of the same law holds together (Art. 39
of the CII Regulations lists the breaches of Arts. 12 and 13 one after the other: "安全保护措施未
与关键信息基础设施同步规划、同步建设、同步使用的；（三）未建立健全网络安全保护制度和责任制的").
The scan then aligns the two paragraphs with that article as one run, and the longer run of the
second article overlaps it: overlapping runs are one reproduction (another version, a similar
article), so the shorter is dropped whole (reuse/runs.py ``disjoint``), and the first article's
sentence, which no other run covers, is reported nowhere.

A dropped run that overlaps the runs kept at one edge only, and reaches before the first of them
(or after the last) by a stretch that ends at a sentence's end or a line break, keeps that stretch
as a run of its own when it is long enough to be kept at all (the scan's MIN_*_CHARS, counted on
its matched words) and overlaps nothing kept. The scan's verification then matches its words with
every stored text, as for any run: the stretch is linked to the article whose words it is (Art. 12,
not Art. 39), or dropped. What lies inside the longer run is never reported twice.

How it was measured: on the real-world sets (every read set, dev to heldout14, 2026-12) three
remainders are reported: that article's sentence (heldout14, Art. 12 of the CII Regulations,
labelled verbatim), a grants policy's rewording of NDAA § 889(b)'s list linked `altered` inside a
passage labelled as § 889's paraphrase (heldout11), and a clause of an invented "Art. 66" left
unlinked as the rest of it is (heldout10). No other reported span changes.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import replace

from lawref.reuse.runs import Run
from lawref.reuse.tokens import Tokens
from lawref.text.tokens import is_cjk

__all__ = ["remainders"]

# Where a remainder may end or begin against the longer run: a sentence's end or a line break
# between its last token and the next (a remainder that stops mid-sentence is the same sentence
# aligned with two articles, not a reproduction of its own).
_ENDS = frozenset("。；！？.;!?:：\n")


def remainders(
    dropped: Sequence[Run],
    kept: Sequence[Run],
    tokens: Tokens,
    text: str,
    long_enough: Callable[[Run], bool],
) -> list[Run]:
    """The stretches of ``dropped`` runs beyond the ``kept`` ones they overlap at one edge, each
    long enough and overlapping nothing kept (nor another remainder), longest first."""
    starts = sorted((run.a, run.b) for run in kept)
    found: list[Run] = []
    for run in sorted(dropped, key=lambda r: (-r.chars, r.text_id, r.a)):
        part = _beyond(run, starts, tokens, text)
        if part is None or not long_enough(part):
            continue
        if _overlaps(part, starts):
            continue
        found.append(part)
        starts.insert(bisect_left(starts, (part.a, part.b)), (part.a, part.b))
    return found


def _overlaps(run: Run, ranges: list[tuple[int, int]]) -> bool:
    at = bisect_left(ranges, (run.a, run.b))
    later = at < len(ranges) and ranges[at][0] < run.b
    earlier = at > 0 and ranges[at - 1][1] > run.a
    return later or earlier


def _beyond(run: Run, ranges: list[tuple[int, int]], tokens: Tokens, text: str) -> Run | None:
    """The part of ``run`` before the kept ranges it overlaps (or after them), cut back to a
    sentence's end or a line break; None when it overlaps on both sides or none."""
    inside = _overlapping(run, ranges)
    if not inside:
        return None
    first, last = inside[0][0], max(b for _, b in inside)
    if run.a < first and last >= run.b:
        # the part before: up to the last sentence end at or before the kept run's start
        end = first
        while end > run.a and not _ends_after(tokens, text, end - 1):
            end -= 1
        if end <= run.a:
            return None
        return _part(run, tokens, run.a, end, shift_end=run.b - end)
    if first <= run.a and last < run.b:
        begin = last
        while begin < run.b and not _ends_after(tokens, text, begin - 1):
            begin += 1
        if begin >= run.b:
            return None
        return _part(run, tokens, begin, run.b, shift_start=begin - run.a)
    return None


def _overlapping(run: Run, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges (sorted by start, overlapping one another by a few tokens at most) that overlap
    ``run``: found by bisection and a walk over those ranges only (no scan of every range)."""
    at = bisect_left(ranges, (run.b, run.b))
    found = []
    while at > 0 and ranges[at - 1][1] > run.a:
        at -= 1
        if ranges[at][0] < run.b:
            found.append(ranges[at])
    return found[::-1]


def _ends_after(tokens: Tokens, text: str, i: int) -> bool:
    """Whether a sentence's end or a line break stands between token ``i`` and the next."""
    following = tokens.starts[i + 1] if i + 1 < len(tokens) else len(text)
    return any(ch in _ENDS for ch in text[tokens.ends[i] : following])


def _part(
    run: Run, tokens: Tokens, a: int, b: int, shift_start: int = 0, shift_end: int = 0
) -> Run:
    """``run`` cut to document tokens [a, b), its stored range moved by as many tokens; its
    matched words counted as every token of the part (the scan's matcher verifies them)."""
    words = tokens.words[a:b]
    chars = sum(len(w) for w in words)
    cjk = sum(len(w) == 1 and is_cjk(w) for w in words)
    c = min(run.c + shift_start, run.d - 1)
    d = max(run.d - shift_end, c + 1)
    return replace(
        run, a=a, b=b, c=c, d=d, matched=min(b - a, d - c), chars=chars, cjk=2 * cjk >= chars
    )
