"""Exact finds of a quotation in a stored text: verbatim, minor (letters only), elided pieces."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from lawref.match.align import QuoteForm, Target
from lawref.text.normalize import Skeleton
from lawref.text.tokens import is_cjk


def _latin_alnum(char: str) -> bool:
    return char.isalnum() and not is_cjk(char)


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
    found = find_in_form(quote.verbatim_needle, target.verbatim, target.text)
    return target.verbatim.to_source(*found) if found else None


def with_edge_punctuation(
    quote: QuoteForm, target: Target, span: tuple[int, int]
) -> tuple[int, int]:
    """``span`` widened over the stored punctuation next to it that the quotation has at that
    edge too ("aware of." for a quotation ending "aware of."), so that the matched part of the
    stored text ends where the quotation does and a display diff shows no punctuation change
    that is not there. A cut marker at an edge is the quotation's, never widened over."""
    start, end = span
    if start >= end:
        return span
    lead, _, trail = quote.edge_runs
    form = target.verbatim
    if trail and not quote.cut_end:
        at = bisect_left(form.offsets, end)
        n = 0
        while n < len(trail) and at + n < len(form) and form.text[at + n] == trail[n]:
            n += 1
        if n:
            end = max(end, form.ends[at + n - 1])
    if lead and not quote.cut_start:
        at = bisect_right(form.ends, start)
        n = 0
        while n < len(lead) and at - n > 0 and form.text[at - n - 1] == lead[-n - 1]:
            n += 1
        if n:
            start = min(start, form.offsets[at - n])
    return start, end


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
