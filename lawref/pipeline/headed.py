"""English text under an article heading: a rendering of the cited Chinese article that no stored
translation holds, found because the text says which article it renders.

A page that reproduces a Chinese law in English sets each article under its number — "Article 1
This Law is enacted …", "Article 1: This Law …", "ARTICLE 21: SECESSION⏎⏎A person who …",
"Article 38⏎⏎Where a personal information processor …". Without quotation marks and without a
stored English text, neither the quote finder nor the reuse scan sees these. When a citation that
names an article of a stored statute starts its line, the text it heads — the rest of its line
when that begins a sentence, else the next paragraph when the line is only the heading and a
caption — is checked against that article's original (the citation-guided cross-lingual check,
xling/link.py ``cited``) and reported as a reproduction when the evidence carries it. Only the
first paragraph is taken (the article's opening; later items may be the writer's) and only the
cited article is tried: text under a heading that renders nothing, or another article, is not
reported.

Two layouts say which article without a citation of the statute. A bare heading ("Article 28"
on a page that never names its law) gives the number: the text is checked by open retrieval in
which the number stands in for the lead over the next article (xling/link.py ``numbered``), and
the heading cites it, unverifiably, once weighed (pipeline/instruments.bare_heading_citation). A
bilingual page sets the translation beside its original: the paragraph after a Chinese
reproduction of an article, word for word and a paragraph of its own, is checked against that
article; the original cites nothing.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from lawref.citations.headings import starts_its_line
from lawref.match.results import MatchResult
from lawref.pipeline.checkable import BARE_HEADING
from lawref.pipeline.inline_heading import run_on_place
from lawref.pipeline.instruments import headings_in
from lawref.spans import CitationSpan, QuoteSpan
from lawref.text.sentences import STATEMENT_ENDS
from lawref.text.tokens import token_texts, word_units
from lawref.xling.kanji import is_japanese
from lawref.xling.link import CrossLingualLinker, citable, is_english, renders_enough
from lawref.xling.thresholds import XLING_MIN_WORDS

# What may stand between a heading citation and the text it heads on the same line ("Article 1: ",
# "Article 2 — "); what may stand before it is citations/headings.starts_its_line's.
_SEPARATORS = " \t\u3000\u00a0:：.-–—*"
# A heading line's caption after the citation ("ARTICLE 21: SECESSION", "Article 46 Transfers
# subject to appropriate safeguards") has at most this many words and no sentence end.
_CAPTION_MAX_WORDS = 8
# Work bounds (linear time on hostile text): the length of a headed paragraph (an article's
# opening; longer lines are not headed text) and the headings checked in one document (a whole
# law has a few hundred articles).
_PARAGRAPH_MAX = 4000
# The verdicts of an original reproduced word for word, beside which a translation may stand.
_ORIGINAL = ("verbatim", "minor", "elided")
_HEADINGS_MAX = 400
# The indent or marks a heading's line may open with before its words (instruments._HEADING).
_HEADING_MARKS_MAX = 6
# The citations after a run-on heading read for the next heading on its line (a work bound).
_RUN_ON_LATER = 40


@dataclass(frozen=True)
class Headed:
    """A rendering found under a heading: its span, its link, and the heading's citation."""

    span: QuoteSpan
    result: MatchResult
    citation: CitationSpan
    # reproductions inside it linked to other articles, and terms it quotes
    replaces: tuple[QuoteSpan, ...] = ()
    cites: bool = True  # False: a translation beside its original, which is no citation


def headed_renderings(
    text: str,
    spans: Sequence[QuoteSpan],
    citations: Sequence[CitationSpan],
    linker: CrossLingualLinker,
    linked: Mapping[tuple[int, int], MatchResult],
) -> list[Headed]:
    """The English renderings headed by a citation of their article, with their links.
    ``linked`` holds the reuse scan's results: a reproduction inside the headed text that is
    linked to another article (a phrase it shares with that article's rendering) gives way to
    the headed text when the cited article's original carries it; one linked to the cited
    article, or a quotation, keeps its place."""
    taken = [(s.start, s.end, s) for s in spans]
    starts = {c.start for c in citations}
    found: list[Headed] = []
    places = _places(text, citations, starts)[:_HEADINGS_MAX] + _bare_headings(text, citations)
    beside = _beside_originals(text, spans, linked, starts)
    for citation, place in places + beside:
        start, end = place
        words = text[start:end]
        if not renders_enough(words):
            continue  # (English, or Japanese read by its kanji: xling/link.py)
        inside = [span for s, e, span in taken if s < end and start < e]
        held = [span for span in inside if not quoted_term(span, start, end)]
        if any(not _gives_way(span, linked.get((span.start, span.end)), citation) for span in held):
            continue  # found as a quotation, or as a reproduction of this article, already
        if citable(citation):
            result = linker.cited(words, citation, unquoted=True)
        else:  # a bare heading: its number, not a citation, says which article
            result = linker.numbered(words, citation.article or "")
        if result is None:
            continue
        span = QuoteSpan(words, start, end, "none")
        cites = not any(place == p for _, p in beside)
        found.append(Headed(span, result, citation, tuple(inside), cites))
        taken.append((start, end, span))
    return found


def _beside_originals(
    text: str,
    spans: Sequence[QuoteSpan],
    linked: Mapping[tuple[int, int], MatchResult],
    starts: set[int],
) -> list[tuple[CitationSpan, tuple[int, int]]]:
    """A translation set beside its original ("第三十五条 公安机关……⏎English Translation⏎Where
    public security organs …"): the paragraph after a Chinese reproduction that stands as a
    paragraph of its own and reproduces an article word for word (verbatim, minor or elided),
    with at most a caption line between, is checked against that article as text under its
    heading is. The reproduction stands in for the citation (it says which article the next
    paragraph renders); it cites nothing itself."""
    out = []
    for span in spans[:_HEADINGS_MAX]:
        result = linked.get((span.start, span.end))
        if span.marks != "none" or result is None or result.match is None:
            continue
        if result.verdict not in _ORIGINAL or is_english(span.text):
            continue
        line_end = _line_end(text, span.end)
        if line_end is None or text[span.end : line_end].strip(_SEPARATORS + "。"):
            continue  # the original's line goes on: the writer's sentence, not a paragraph
        place = _next_paragraph(text, line_end, starts)
        if place is not None and _is_caption(text[place[0] : place[1]]):
            place = _next_paragraph(text, place[1], starts)
        if place is None:
            continue
        match = result.match
        out.append(
            (CitationSpan(span.text, span.start, span.end, match.statute, match.article), place)
        )
    return out


def _bare_headings(
    text: str, citations: Sequence[CitationSpan]
) -> list[tuple[CitationSpan, tuple[int, int]]]:
    """Article headings whose law the page does not name ("Article 28⏎⏎Where …"), each as a
    citation of its number alone, with the text it heads; a heading that a citation of a stored
    statute's article covers is that citation's."""
    named = [(c.start, c.end) for c in citations if citable(c)]
    out = []
    for heading in headings_in(text)[:_HEADINGS_MAX]:
        start = heading_words_start(text, heading.start, heading.text)
        end = start + len(heading.text)
        if any(s < end and start < e for s, e in named):
            continue
        citation = CitationSpan(heading.text, start, end, None, heading.number, note=BARE_HEADING)
        place = headed_text(text, citation, set())
        if place is not None:
            out.append((citation, place))
    return out


def quoted_term(span: QuoteSpan, start: int, end: int) -> bool:
    """Whether a quotation inside a headed text is a term the text itself quotes, not a
    quotation of its own: fewer than XLING_MIN_WORDS words, wholly inside ("… (hereinafter
    referred to as the "Law") is formulated …", 'The term "data" as mentioned in this Law …').
    It gives way to the headed text, which holds it."""
    return (
        span.marks == "quoted"
        and start <= span.start
        and span.end <= end
        and len(span.text.split()) < XLING_MIN_WORDS
    )


def _gives_way(span: QuoteSpan, result: MatchResult | None, citation: CitationSpan) -> bool:
    """Whether a span found inside a headed text gives way to it: an unquoted reproduction of
    part of it linked to another article than the heading names."""
    if span.marks != "none" or result is None or result.match is None:
        return False
    if citation.statute is None:  # a bare heading: only its number says which article
        return result.match.article != citation.article
    return (result.match.statute, result.match.article) != (citation.statute, citation.article)


def introduced_by_headings(
    text: str,
    spans: Sequence[QuoteSpan],
    groups: Sequence[list[CitationSpan]],
    citations: Sequence[CitationSpan],
    headed: Sequence[Headed],
) -> list[list[CitationSpan]]:
    """The introducing citations, with the heading's citation first for each headed rendering
    (the citation it was verified against) and for each reproduction the reading rules left
    uncited that starts within the text a heading citation heads ("Title⏎⏎Article 21 The State …",
    where the citation runs from the title line and so is no short heading line of its own)."""
    # (A bare heading's citation is added after weighing, as for any text under a bare heading:
    # it says nothing of which text the words are; pipeline/instruments.bare_heading_citation.)
    heading = {
        (h.span.start, h.span.end): h.citation for h in headed if h.cites and citable(h.citation)
    }
    places = sorted(
        ((place, citation) for citation, place in _places(text, citations)),
        key=lambda item: item[0],
    )
    place_starts = [place[0] for place, _ in places]
    out = []
    for span, group in zip(spans, groups, strict=True):
        citation = heading.get((span.start, span.end))
        if citation is None and not group and span.marks == "none":
            at = bisect_right(place_starts, span.start) - 1
            if at >= 0 and span.start < places[at][0][1]:
                citation = places[at][1]
        if citation is None:
            out.append(group)
        else:
            out.append([citation, *(c for c in group if c is not citation)])
    return out


def _places(
    text: str, citations: Sequence[CitationSpan], starts: set[int] | None = None
) -> list[tuple[CitationSpan, tuple[int, int]]]:
    """Each citation of an article that heads text, with where that text lies (on a bilingual
    line, up to the original's own heading: pipeline/bilingual_line.py)."""
    starts = {c.start for c in citations} if starts is None else starts
    in_order = sorted(citations, key=lambda c: c.start)
    order_starts = [c.start for c in in_order]
    out = []
    for citation in citations:
        place = headed_text(text, citation, starts) if citable(citation) else None
        if place is None and citable(citation) and is_english(citation.text):
            # A heading after the article before it on a line whose breaks were lost.
            later = in_order[bisect_right(order_starts, citation.start) :][:_RUN_ON_LATER]
            place = run_on_place(text, citation, later)
        if place is not None:
            from lawref.pipeline.bilingual_line import translation_end  # (a heading: issue 20)

            end = translation_end(text, *place, citation, in_order, order_starts)
            if end > place[0]:
                out.append((citation, (place[0], end)))
    return out


def headed_text(text: str, citation: CitationSpan, starts: set[int]) -> tuple[int, int] | None:
    """Where the text a heading citation heads lies, or None when the citation heads nothing
    (it does not start its line, or prose follows it: "Article 7 requires …")."""
    # The line the article reference ends on (a citation may run from a title line above it).
    if "\n" not in text[citation.start : citation.end] and not starts_its_line(
        text, citation.start
    ):
        return None
    line_end = _line_end(text, citation.end)
    if line_end is None:
        return None
    rest = citation.end
    while rest < line_end and text[rest] in _SEPARATORS:
        rest += 1
    tail = text[rest:line_end].rstrip()
    if not tail or _is_caption(tail):
        return _next_paragraph(text, line_end, starts)
    opening = tail.lstrip("\"'“‘«")[:1]  # ('"Cryptography" as used in this Law …')
    if not (opening.isupper() or is_japanese(tail)):
        return None  # "Article 7 requires all organizations …": the writer's sentence
    return rest, rest + len(tail)


def _is_caption(tail: str) -> bool:
    if tail[-1] in STATEMENT_ENDS or len(tail.split()) > _CAPTION_MAX_WORDS:
        return False
    # A caption is a title: no lowercase word that starts a clause ("The State shall …").
    return len(tail.split()) < XLING_MIN_WORDS or tail.isupper()


def _line_end(text: str, at: int) -> int | None:
    """The end of the line ``at`` stands in, if it ends within _PARAGRAPH_MAX characters."""
    end = text.find("\n", at, at + _PARAGRAPH_MAX)
    if end >= 0:
        return end
    return len(text) if len(text) - at <= _PARAGRAPH_MAX else None


def _next_paragraph(text: str, after: int, starts: set[int]) -> tuple[int, int] | None:
    """The next non-empty line after ``after``, unless a citation heads it (its own article)."""
    at = after
    limit = min(len(text), after + _PARAGRAPH_MAX)
    while at < limit and text[at] in " \t\r\n\u3000\u00a0":
        at += 1
    if at >= limit or at in starts:
        return None
    end = _line_end(text, at)
    if end is None:
        return None
    while end > at and text[end - 1].isspace():
        end -= 1
    return (at, end) if end > at else None


def heading_words_start(text: str, line_at: int, words: str) -> int:
    """Where a heading's ``words`` ("Article 1", 第一条) start on the line ``instruments.headings_in``
    found them on, reported from ``line_at``, the start of that line's indent or list marks
    ("  Article 1 This Law …", "　　第一条 …", "• Article 1: …"): the heading's citation holds its
    words, so the text it heads starts after them, not two characters into them."""
    found = text.find(words, line_at, line_at + _HEADING_MARKS_MAX + len(words))
    return line_at if found < 0 else found


def gives_way(
    span: QuoteSpan, start: int, end: int, handed: Mapping[tuple[int, int], MatchResult]
) -> bool:
    """Whether ``span``, inside a retelling ``[start, end)`` read whole (a sentence or a list
    item beside a citation), gives way to it: the reuse scan found it and linked it to no
    article, or it is a term the retelling quotes (``quoted_term``: "in case of an
    “undertaking”, 2% of …")."""
    return left_unlinked(span, start, end, handed) or (
        quoted_term(span, start, end) and word_units(token_texts(span.text)) < XLING_MIN_WORDS
    )  # (counted in words of any script: quoted_term splits on spaces, as English text is)


def left_unlinked(
    span: QuoteSpan, start: int, end: int, handed: Mapping[tuple[int, int], MatchResult]
) -> bool:
    """Whether ``span`` lies inside ``[start, end)`` and the reuse scan found it but linked it to
    no article (``handed``, verdict `unmatched`): a retelling read whole there replaces it."""
    result = handed.get((span.start, span.end))
    return (
        start <= span.start
        and span.end <= end
        and result is not None
        and (result.verdict == "unmatched")
    )
