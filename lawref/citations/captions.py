"""An article heading that names its law by its caption: "Article 22 - Automated individual
decision-making, including profiling" on a page that never names the GDPR.

A stored article's own caption (the store's ``heading``: GDPR Art. 22 "Automated individual
decision-making, including profiling") set after a bare reference to that article's number, on
the reference's line, says which law the reference is of, as plainly as the law's name would.
Only captions of at least CAPTION_MIN_WORDS words are read ("Definitions", "Scope" head articles
of many instruments), and only when one statute has that number with that caption.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from lawref.citations.pattern_pieces import RefItem
from lawref.citations.scan_records import CiteNoted
from lawref.spans import CitationSpan, SpanReach
from lawref.text.regex_code import constant


class _Span(Protocol):
    start: int
    end: int


class Reference(Protocol):
    """A reference the walk left unresolved (citations/walk.py ``Unresolved``)."""

    atom: _Span
    items: tuple[RefItem, ...]
    points_back: bool


CAPTION_MIN_WORDS = 4
# Markup or punctuation that may close a heading line after its caption ("'''", "</center>", ".").
_TAIL_MAX = 12
_LINE_MAX = 240  # characters after the reference: a heading line is no longer
# What may stand between the reference and its caption: spaces, a dash, a colon, a full stop.
_SEPARATOR = constant(r"[ \t\u00a0]{0,3}[-–—:.]?[ \t\u00a0]{0,3}")
_WORDS = constant(r"[A-Za-z]+")
_NON_KEY = constant(r"[\W_]+")

# (number, the caption's key) -> each statute whose article of that number has that caption, and
# the caption as stored
Captions = dict[tuple[str, str], dict[str, str]]


def _key(words: str) -> str:
    return _NON_KEY.sub("", words.casefold())


def caption_table(articles: Iterable[tuple[str, str, str | None]]) -> Captions:
    """The captions of (statute, number, heading) triples that are long enough to name one."""
    table: Captions = {}
    for statute, number, heading in articles:
        if heading and len(_WORDS.findall(heading)) >= CAPTION_MIN_WORDS:
            table.setdefault((number, _key(heading)), {})[statute] = heading
    return table


def captioned(
    text: str,
    found: list[CitationSpan],
    unresolved: Sequence[Reference],
    captions: Captions,
    cite: CiteNoted,
) -> list[CitationSpan]:
    """``found`` with each bare reference still unresolved whose line goes on with the caption of
    one stored statute's article of that number read as that article."""
    if not captions or not unresolved:
        return found
    taken = SpanReach((c.start, c.end) for c in found).overlaps
    added: list[CitationSpan] = []
    for reference in unresolved:
        start, end = reference.atom.start, reference.atom.end
        if reference.points_back or len(reference.items) != 1 or taken(start, end):
            continue
        line_end = text.find("\n", end, end + _LINE_MAX + 1)
        if line_end < 0 and len(text) - end > _LINE_MAX:
            continue  # a long line: prose, not a heading (and the work stays linear)
        line_end = len(text) if line_end < 0 else line_end
        gap = _SEPARATOR.match(text, end, line_end)
        rest = _key(text[gap.end() if gap else end : line_end])
        for statutes in _candidates(captions, reference.items[0].number, rest):
            if len(statutes) == 1:
                ((statute, caption),) = statutes.items()
                added += cite(start, end, reference.items, statute, f"captioned: {caption}")
                break
    return sorted(found + added, key=lambda c: (c.start, c.end)) if added else found


def _candidates(captions: Captions, number: str, rest: str) -> list[dict[str, str]]:
    """The statutes whose article ``number`` has a caption that ``rest`` (a line's key after the
    reference) opens with, followed by at most _TAIL_MAX letters of markup: the longest first."""
    cuts = range(len(rest), max(0, len(rest) - _TAIL_MAX) - 1, -1)
    found = (captions.get((number, rest[:cut])) for cut in cuts if cut)
    return [statutes for statutes in found if statutes][:1]
