"""A short phrase a page puts in quotation marks again and again is the writer's term, not a quotation.

A writer who discusses a thing a law names sets its name in quotation marks each time they use it:
「新界原居民」 ten times in a blog on the New Territories' indigenous villagers, "work secrets",
"important data". The phrase is also in an article (“新界”原居民的合法传统权益…), and the matcher
linked every one of its mentions to that article. A quotation of the law is made once, where the
writer gives the law's words; a term used over and over is the writer's vocabulary. So a quoted
span shorter than ``TERM_MAX_UNITS`` whose words the page sets in quotation marks at least
``TERM_MIN_QUOTED`` times is unlinked, with a note — unless it is verbatim and a citation of the
matched article stands right before it (《國安法》第二十九條所指的「罪行重大」: the article's
words, cited as such).

Measured on the labelled real-world sets (dev to heldout17): of the short quotations the page
quotes two or more times, the labelled quotations of an article that are scored are 7.0 units and
longer ("defecting to espionage organizations and their agents", quoted twice as the 2023 Counter-
espionage Law's new words); the terms linked wrongly were 3.3 units (新界原居民). The other
labelled ones (言論自由, 罪行重大, "undertaking") are labelled too short to score.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.match.align import QuoteForm
from lawref.pipeline.renderings import Weighed, unlinked
from lawref.quotes.marks import CLOSERS
from lawref.report import Match
from lawref.spans import CitationSpan, QuoteSpan

__all__ = ["repeated_term"]

# A term, in word units (a Latin word 1, a CJK character 2/3): between the 3.3 units of the terms
# linked wrongly and the 7.0 of the shortest scored quotation a page quotes twice (see above).
TERM_MAX_UNITS = 6.0
# How often the page quotes the phrase before it reads as the writer's term.
TERM_MIN_QUOTED = 2
# How far before the quotation a citation of its article may end to cite it ("所指的「").
_CITED_REACH = 8


def repeated_term(
    text: str, span: QuoteSpan, weighed: Weighed, citations: Sequence[CitationSpan]
) -> Weighed:
    """``weighed`` unlinked, with a note, when the quoted span is a short phrase the page quotes
    again and again, not cited right before it as the matched article's verbatim words."""
    result = weighed.result
    match = result.match
    if span.marks != "quoted" or match is None or result.verdict == "unmatched":
        return weighed
    term = span.text.strip()
    if not term or QuoteForm.of(term).units >= TERM_MAX_UNITS:
        return weighed
    quoted = _times_quoted(text, term)
    if quoted < TERM_MIN_QUOTED:
        return weighed
    if result.verdict == "verbatim" and _cited_right_before(span, citations, match):
        return weighed
    note = (
        f"not linked: a term the page sets in quotation marks {quoted} times, the writer's word "
        f"for a thing, not a quotation of Art. {match.article} of {match.title}"
    )
    return Weighed(unlinked(result), note)


def _times_quoted(text: str, term: str) -> int:
    """How many times the page sets exactly ``term`` between an opening mark and its closer."""
    count = 0
    at = text.find(term)
    while at != -1:
        end = at + len(term)
        if at > 0 and end < len(text):
            closers = CLOSERS.get(text[at - 1])
            if closers is not None and text[end] in closers:
                count += 1
        at = text.find(term, end)
    return count


def _cited_right_before(span: QuoteSpan, citations: Sequence[CitationSpan], match: Match) -> bool:
    """Whether a citation of the matched statute and article ends just before the span."""
    return any(
        c.statute == match.statute
        and c.article == match.article
        and c.end <= span.start
        and span.start - c.end <= _CITED_REACH
        for c in citations
    )
