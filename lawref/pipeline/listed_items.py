"""A list reproduced without quotation marks is judged as one: items dropped or changed make it altered.

A page reproduces an article's lead-in and its items as a list of its own, unquoted: "The data
subject shall have the right to obtain … where one of the following grounds applies:" and then
three of the six grounds, each on a line of its own behind "- "; or "间谍行为是指以下行为:" and four
numbered items where the law has five. The reuse scan finds each line that is the law's word for
word and reports it as a quotation of its own, ``verbatim``: the reader is told the list is
faithful, when items were silently left out or run together. The writer presents the list as one
reproduction, so it is one quotation: the lead-in and the item lines (the scan's pieces and the
lines it passed over, each found in the same stored text), joined into one span and judged
``altered`` when the law's text between two consecutive pieces holds a whole item they left out,
or when a piece of it is altered, with every difference listed (a ``delete`` for each item left
out). A list whose pieces follow the law item for item, each faithful, is left as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from lawref.match.results import EXACT, MatchResult
from lawref.pipeline.listed_paragraphs import each_a_paragraph
from lawref.report import Difference, Match
from lawref.spans import CitationSpan, QuoteSpan
from lawref.text.regex_code import Deferred
from lawref.text.scripts import ideograph_count

__all__ = ["listed_items"]

# Letters a stretch of the law between two pieces must hold to be an item left out (a Latin
# letter 1, a CJK character 3: the shortest items of the store's lists, "(b) for a fee;" aside).
_DROPPED_MIN = 18
_LINES_MAX = 40  # item lines a list may run to
_JOINABLE = (*EXACT, "altered")  # a list's first piece: the law's words, changed or not


# An item's marker: a bullet, a number or letter, a Chinese number, a circled digit.
_MARKER = (
    r"[-–•*·▪◦●]|\(?[0-9]{1,2}[.)、．]|\(?[a-zA-Z][.)]|[（(][一二三四五六七八九十]{1,3}[）)]"
    r"|[一二三四五六七八九十]{1,3}[、.．]|[①-⑳]"
)
# (All compiled on first use.) A list item's line: its marker (a bullet may stand before the
# law's own: "- (a) ").
_ITEM = Deferred(rf"[ \t\u3000]*(?:{_MARKER})(?:[ \t\u3000]*(?:{_MARKER}))?[ \t\u3000]*")
# What may stand between two pieces of one list: line breaks, spaces, an item's marker.
_BETWEEN = Deferred(rf"[ \t\u3000]*[;；,，.。:：]?[ \t\u3000]*\n\s*(?:{_MARKER})[ \t\u3000]*")
# The law's own item marker, just before an item's words in the stored text.
_STORED_MARKER = Deferred(rf"(?:^|\n)[ \t\u3000]*({_MARKER})[ \t\u3000]*$")
# …and a paragraph's number as the EU's texts set it, with no-break spaces ("2.\xa0\xa0\xa0Where
# …"). A page that keeps those numbers shows what it left out, and each paragraph is its own
# quotation: one altered paragraph does not make the exact one after it altered, nor does a
# paragraph left out (heldout21: AI Act Art. 23(1), altered, and 23(2), verbatim, were joined and
# the exact paragraph lost; heldout20: Art. 49(1), (2) and (5)). The lines the scan passed over
# (a paragraph's lead-in whose points are left out: heldout15, GDPR Art. 14) stay quotations.
_NUMBER_SPACED = Deferred(rf"(?:^|\n)[^\S\n]*({_MARKER})[^\S\n]*$")
# A stored item's own marker and the punctuation around it, set aside when counting.
_STORED_MARKS = Deferred(rf"(?:{_MARKER})|[\s，,。.;；:：、()（）]", re.IGNORECASE)


@dataclass(frozen=True)
class _Piece:
    """A stretch of the list: where it stands in the document and in the stored text."""

    start: int
    end: int
    result: MatchResult
    index: int | None  # its place among the pipeline's spans; None for a line the scan passed


def _letters_weight(text: str) -> int:
    letters = "".join(ch for ch in text if ch.isalnum())
    return len(letters) + 2 * ideograph_count(letters)  # an ideograph weighs 3, other letters 1


def _same_text(a: Match, b: Match) -> bool:
    return a.statute == b.statute and a.article == b.article and a.text == b.text


def _next_line(text: str, at: int) -> tuple[int, int] | None:
    """The next non-blank line after ``at`` when it is a list item: its words' bounds (after the
    marker), or None."""
    newline = text.find("\n", at)
    if newline < 0 or text[at:newline].strip(" \t\u3000;；,，.。:："):
        return None
    start = newline + 1
    while True:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            break
        if end >= len(text):
            return None
        start = end + 1
    marker = _ITEM.match(text, start)
    if marker is None or marker.end() >= end:
        return None
    words_end = len(text[:end].rstrip())
    return marker.end(), words_end


def _marker_kept(
    text: str, start: int, stored: str, stored_start: int, stored_marker: Deferred = _STORED_MARKER
) -> bool:
    """Whether the document's item marker at ``start`` (on its line before it, or opening the
    piece) is the law's own at the item's stored words ("(c)" for "(c)"): a list that keeps the
    law's numbering shows what it left out, and each of its items is judged on its own."""
    line_start = text.rfind("\n", 0, start) + 1
    written = _ITEM.match(text, line_start)
    if written is None or written.end() < start:
        return False
    own = stored_marker.search(stored[max(0, stored_start - 16) : stored_start])
    opening = _ITEM.match(stored, stored_start)
    form = own.group(1) if own else opening.group(0) if opening else None
    return form is not None and _marker_form(written.group(0)).endswith(_marker_form(form))


def _marker_form(marker: str) -> str:
    return marker.strip(" \t\u3000").replace("（", "(").replace("）", ")").lower()


def _dropped(stored: str, pieces: Sequence[_Piece]) -> list[str] | None:
    """The stored stretches between consecutive pieces that hold a whole item left out; None when
    the pieces do not follow the stored text in order."""
    out = []
    for before, after in zip(pieces, pieces[1:], strict=False):
        gap_start = before.result.match.span[1]  # type: ignore[union-attr]
        gap_end = after.result.match.span[0]  # type: ignore[union-attr]
        if gap_end < gap_start:
            return None
        gap = stored[gap_start:gap_end]
        if _letters_weight(_STORED_MARKS.compiled.sub("", gap)) >= _DROPPED_MIN:
            out.append(gap.strip())
    return out


def listed_items(
    text: str,
    spans: Sequence[QuoteSpan],
    results: Sequence[MatchResult],
    groups: Sequence[list[CitationSpan]],
    match_line: Callable[[str, Match], MatchResult],
) -> tuple[list[QuoteSpan], list[MatchResult], list[list[CitationSpan]]]:
    """The spans, results and citation groups with each unquoted list reproduction that left
    items out or changed one made one ``altered`` quotation (see the module's docstring).
    ``match_line(words, match)`` matches a line the scan passed over, preferring ``match``'s
    article."""
    spans, results, groups = list(spans), list(results), list(groups)
    if "\n" not in text:
        return spans, results, groups
    # first index, last index, and the quotations in their place: the joined one, or each piece
    merged: list[tuple[int, int, list[tuple[QuoteSpan, MatchResult]]]] = []
    index = 0
    while index < len(spans):
        run = _run_from(text, spans, results, index, match_line)
        if run is None:
            index += 1
            continue
        pieces, whole = run
        first, last = pieces[0].index, _last_index(pieces)
        if whole is None:  # numbered as the law numbers it: each piece, the lines passed over too
            kept = [
                (spans[p.index], p.result)
                if p.index is not None
                else (QuoteSpan(text[p.start : p.end], p.start, p.end, "none"), p.result)
                for p in pieces
            ]
        else:
            kept = [whole]
        merged.append((first, last, kept))  # type: ignore[arg-type]
        index = last + 1
    for first, last, kept in reversed(merged):
        group = next((g for g in groups[first : last + 1] if g), [])
        own = {spans[i].start: groups[i] for i in range(first, last + 1)}
        spans[first : last + 1] = [span for span, _ in kept]
        results[first : last + 1] = [result for _, result in kept]
        groups[first : last + 1] = [own.get(span.start, group) for span, _ in kept]
    return spans, results, groups


def _last_index(pieces: Sequence[_Piece]) -> int:
    return max(p.index for p in pieces if p.index is not None)


def _whole_paragraphs(pieces: Sequence[_Piece]) -> bool:
    """Whether each exact piece but the last ends where its stored line does: what a page under
    the law's paragraph numbers left out between them is whole paragraphs or points, not a
    sentence cut from a paragraph it gives (an abridgement, which stays one altered quotation)."""
    for piece in pieces[:-1]:
        match = piece.result.match
        if piece.result.verdict not in ("verbatim", "minor") or match is None:
            continue
        rest = match.text[match.span[1] :]
        if rest.strip(" \t\u00a0") and not rest.lstrip(" \t\u00a0").startswith("\n"):
            return False
    return True


def _run_from(
    text: str,
    spans: Sequence[QuoteSpan],
    results: Sequence[MatchResult],
    index: int,
    match_line: Callable[[str, Match], MatchResult],
) -> tuple[list[_Piece], tuple[QuoteSpan, MatchResult] | None] | None:
    """The list starting with span ``index``, when it is one to join: its pieces and the joined
    quotation (None for a list under the EU's paragraph numbers: each piece on its own); None
    otherwise."""
    first, result = spans[index], results[index]
    if first.marks != "none" or result.match is None or result.verdict not in _JOINABLE:
        return None
    if _marker_kept(text, first.start, result.match.text, result.match.span[0]):
        return None
    pieces = [_Piece(first.start, first.end, result, index)]
    numbered = _marker_kept(
        text, first.start, result.match.text, result.match.span[0], _NUMBER_SPACED
    )
    at, following = first.end, index + 1
    for _ in range(_LINES_MAX):
        following_span = spans[following] if following < len(spans) else None
        if (
            following_span is not None
            and following_span.marks == "none"
            and _BETWEEN.fullmatch(text, at, following_span.start) is not None
        ):
            found = results[following]
            if found.match is None or not _same_text(found.match, result.match):
                break
            if _marker_kept(text, following_span.start, result.match.text, found.match.span[0]):
                return None
            numbered = numbered or _marker_kept(
                text, following_span.start, result.match.text, found.match.span[0], _NUMBER_SPACED
            )
            pieces.append(_Piece(following_span.start, following_span.end, found, following))
            at, following = following_span.end, following + 1
            continue
        line = _next_line(text, at)
        if line is None or (following_span is not None and following_span.start < line[1]):
            break
        found = match_line(text[line[0] : line[1]], result.match)
        if (
            found.match is None
            or found.verdict not in EXACT
            or not _same_text(found.match, result.match)
        ):
            break
        if _marker_kept(text, line[0], result.match.text, found.match.span[0]):
            return None
        numbered = numbered or _marker_kept(
            text, line[0], result.match.text, found.match.span[0], _NUMBER_SPACED
        )
        pieces.append(_Piece(line[0], line[1], found, None))
        at = line[1]
    if len(pieces) < 2:
        return None
    dropped = _dropped(result.match.text, pieces)
    changed = [p for p in pieces if p.result.verdict not in ("verbatim", "minor")]
    if dropped is None or not (dropped or changed):
        return None
    # (an article's paragraphs under the page's own bullets, none left out between them:
    # pipeline/listed_paragraphs.py)
    apart = numbered or (not dropped and each_a_paragraph([p.result for p in pieces]))
    if apart and _whole_paragraphs(pieces):
        return pieces, None
    start, end = pieces[0].start, pieces[-1].end
    differences: list[Difference] = []
    for piece in pieces:
        differences += piece.result.differences
    differences += [Difference.model_construct(op="delete", quote="", statute=d) for d in dropped]
    match = result.match.model_copy(
        update={"span": (pieces[0].result.match.span[0], pieces[-1].result.match.span[1])}  # type: ignore[union-attr]
    )
    joined = replace(
        result,
        verdict="altered",
        score=min(p.result.score for p in pieces),
        match=match,
        differences=differences,
    )
    span = QuoteSpan(text=text[start:end], start=start, end=end, marks="none")
    return pieces, (span, joined)
