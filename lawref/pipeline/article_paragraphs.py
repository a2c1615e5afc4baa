"""An unquoted reproduction that runs over two or more paragraphs of one article, reported paragraph
by paragraph where the writer's text starts the article's next paragraph.

A page that reproduces an article without quotation marks often copies one paragraph word for word
and rewords the next ("公民和组织应当为反间谍工作提供便利或者其他协助。⏎因协助反间谍工作致使本人
…"), or puts its own markup or only a full stop where the law starts a new paragraph ("…依法追究刑事
责任。实施间谍行为，有自首…", "…进行监督。</p><p>个人信息处理者应当公开…"). Matched whole, such a
reproduction is one `altered` quotation, and the paragraph that is the law's words word for word
is not reported as such. A person reading it says which paragraph is the law's and
which was changed: the reproduction is split where the writer's text, after a line break, a
sentence's end or markup, starts one of the matched article's later paragraphs, and each piece is
matched on its own. It is split only when every piece is linked to the same article as the whole,
the pieces follow the article's paragraphs in order, and nothing of the law's words lies between
one piece's end and the next piece's start in the stored text: an abridged text, altered for the
words it drops between its paragraphs, stays whole and altered. Quotations in quotation marks stay
whole (a writer's one quotation), as do reproductions matched as a paraphrase
(reuse/paragraphs.py splits those) and those matched `minor` as a whole: that verdict is already
true of each of their paragraphs (the law's words, but for punctuation or script). Nor is a reproduction split at a list's items (an article's
lead-in and items are one quotation: pipeline/listed_items.py), at a stored paragraph that is the
body of a heading line, where the writer keeps the article's paragraph numbers (the article's
layout reproduced as one text), or into a piece shorter than PIECE_MIN_UNITS words (a heading).
Each of these was a split that the labels of tests/realworld (all eleven read sets, 2026-12) did
not make.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.match.results import MatchResult
from lawref.reuse.paragraphs import Match, split_each
from lawref.spans import CitationSpan, QuoteSpan
from lawref.text.folds import simplified_text
from lawref.text.regex_code import constant
from lawref.text.tokens import token_texts, word_units

_SPLIT_VERDICTS = frozenset({"altered"})
# The letters (folded) a stored paragraph's opening and the writer's text must share for the writer
# to have started that paragraph: eight, as many as the shortest opening of a second paragraph
# among the reproductions split on tests/realworld ("实施间谍行为有自首"), far more than a chance
# agreement after a sentence's end.
OPENING_LETTERS = 8
# Where a writer ends a paragraph or a sentence: a line break, a sentence's end, markup's closing >.
_BREAK = constant(r"\n|[。．!?！？;；]|(?<![0-9])\.|>")
# What may stand between the break and the next paragraph's first letter: spaces and markup tags.
_FILLER = constant(r"(?:\s|<[^<>\n]{0,200}>)*")
# A paragraph's number as a statute or a page writes it at the paragraph's start.
_NUMBER = constant(r"^\s*[(（]?(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})[)）.、]?\s*")
# An item of a list as a statute marks it: "(a)", "(1)", "（一）", "一、", "a)". Items are not split
# off: an article's lead-in and items reproduced as a list are one quotation, altered when items
# were left out (pipeline/listed_items.py), and US Code subsections are labelled whole.
ITEM = constant(
    r"^\s*(?:[(（][0-9a-zA-Z一二三四五六七八九十]{1,4}[)）]|[一二三四五六七八九十]{1,3}、|[a-z]\))"
)
# A page that keeps the article's paragraph numbers ("2. This Regulation does not apply …")
# reproduces the article's layout, as one text: it is labelled one quotation on tests/realworld (a
# condensed GDPR's Art. 2), and is not split where its text carries the next paragraph's number.
_NUMBERED = constant(r"[(（]?(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})[)）.、]")
# Each piece is a paragraph of the law's text, not a heading line ("Civil liability", "Publication
# by Commission."): at least as many words as a cited restatement (pipeline/cited_restatements.py).
PIECE_MIN_UNITS = 8
_MAX_PIECES = 12
_PARAGRAPH_ENDS = tuple("。．.;；:：!?！？")


def by_article_paragraph(
    spans: Sequence[QuoteSpan],
    results: Sequence[MatchResult],
    groups: Sequence[list[CitationSpan]],
    match: Match,
) -> tuple[list[QuoteSpan], list[MatchResult], list[list[CitationSpan]]]:
    """The quotations, results and introducing citations, each unquoted reproduction of several
    of one article's paragraphs, not an exact copy as a whole, replaced by its paragraphs."""
    return split_each(spans, results, groups, lambda s, r, g: _split(s, r, g, match))


def _split(
    span: QuoteSpan, result: MatchResult, group: list[CitationSpan], match: Match
) -> list[tuple[QuoteSpan, MatchResult]]:
    whole = result.match
    if span.marks != "none" or result.verdict not in _SPLIT_VERDICTS or whole is None:
        return []
    stored = [p for p in whole.text.split("\n") if p.strip()]
    if len(stored) < 2:
        return []
    starts = paragraph_starts(span.text, stored)
    if not starts:
        return []
    pieces = pieces_at(span, starts)
    if any(word_units(token_texts(p.text)) < PIECE_MIN_UNITS for p in pieces):
        return []
    citation = group[0] if group else None
    found = [(piece, match(piece, citation)) for piece in pieces]
    if len(found) < 2 or not all(
        r.match is not None
        and r.verdict != "unmatched"
        and (r.match.statute, r.match.article, r.match.version)
        == (whole.statute, whole.article, whole.version)
        and r.match.translation == whole.translation
        for _, r in found
    ):
        return []
    spans_in_law = [r.match.span for _, r in found if r.match is not None]
    if not all(
        adjacent(whole.text, a, b) for a, b in zip(spans_in_law, spans_in_law[1:], strict=False)
    ):
        return []  # words of the law left out between two pieces: the whole stays altered
    return found


def _opening(text: str) -> str:
    """The first OPENING_LETTERS letters of a paragraph, its number aside, folded (Simplified
    script, lower case, punctuation and spaces left out)."""
    letters = [c for c in simplified_text(_NUMBER.sub("", text, count=1)).lower() if c.isalnum()]
    return "".join(letters[:OPENING_LETTERS])


def paragraph_starts(text: str, stored: list[str]) -> list[int]:
    """Where, after a break of the writer's, the text starts the stored article's later
    paragraphs, each in turn (the second, third, … paragraphs, none skipped)."""
    # (a paragraph after a heading line of the stored text, "(a) Publication of … List", is that
    # heading's body, not a paragraph of its own)
    openings = [
        ""
        if ITEM.match(p) or (i > 0 and stored[i - 1].rstrip()[-1:] not in _PARAGRAPH_ENDS)
        else _opening(p)
        for i, p in enumerate(stored)
    ]
    starts: list[int] = []
    wanted = 1
    for found in _BREAK.finditer(text):
        if len(starts) >= _MAX_PIECES or wanted >= len(openings):
            break
        start = _FILLER.match(text, found.end()).end()
        if start >= len(text) or (starts and start <= starts[-1]):
            continue
        if _NUMBERED.match(text, start):
            break  # the article's own numbering: one text (see _NUMBERED)
        opening = _opening(text[start : start + 4 * OPENING_LETTERS])
        if len(opening) < OPENING_LETTERS:
            continue
        # The writer may start at any later paragraph first (the page began mid-article), then
        # must go on paragraph by paragraph.
        later = [i for i in range(wanted, len(openings)) if openings[i] == opening != ""]
        if later and (not starts or later[0] == wanted):
            starts.append(start)
            wanted = later[0] + 1
    return starts


def pieces_at(span: QuoteSpan, starts: list[int]) -> list[QuoteSpan]:
    """The span cut at ``starts`` (offsets in the span's text), each piece without the spaces and
    markup it ends with."""
    pieces = []
    bounds = [0, *starts, len(span.text)]
    for begin, end in zip(bounds, bounds[1:], strict=False):
        words = span.text[begin:end]
        words = _without_trailing_filler(words)
        if words.strip():
            pieces.append(
                QuoteSpan(
                    words,
                    span.start + begin,
                    span.start + begin + len(words),
                    span.marks,
                    span.lead_in,
                )
            )
    return pieces


def _without_trailing_filler(words: str) -> str:
    """``words`` without the spaces and markup tags they end with (each step strips at least one
    character: linear)."""
    while True:
        words = words.rstrip()
        opening = words.rfind("<")
        if not words.endswith(">") or opening < 0 or len(words) - opening > 202:
            return words
        if "\n" in words[opening:] or ">" in words[opening:-1]:
            return words
        words = words[:opening]


def adjacent(stored: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether nothing of the law's words lies between two matched stretches of the stored
    text: the second starts after the first, past only spaces, punctuation and a paragraph's
    number."""
    if second[0] < first[1]:
        return False
    between = _NUMBER.sub("", stored[first[1] : second[0]].strip(), count=1)
    return not any(c.isalnum() for c in between)
