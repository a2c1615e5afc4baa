"""Citations a reproduction carries: the law's own cross-references, not the quotation's source.

An unquoted reproduction of Art. 5(1)(b) GDPR goes on "… shall not be considered incompatible with
the original purposes in accordance with Article 89(1)": "Article 89(1)" stands in the reproduced
sentence after the core the reuse scan matched, so it reads like a citation that follows the
quotation in its sentence — but the words up to it and the citation itself are the matched
article's own text. A reader takes it as part of the law's words, never as the writer saying where
the words come from; so it introduces no quotation, and cannot make one ``misattributed``. The
same holds before the core ("…不履行本法第二十七条规定的安全保护义务的…" with the core starting
after a changed word). The quotation then takes the citation it would have had without it (a
lead-in, a heading) or none. A citation the article's text does not hold is the writer's own.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.match.results import MatchResult
from lawref.pipeline.introducers import introducing_citations
from lawref.report import Match
from lawref.spans import CitationSpan, QuoteSpan
from lawref.text.normalize import letters_form
from lawref.text.regex_code import constant
from lawref.text.scripts import holds_ideograph

__all__ = ["drop_carried"]

# How far after an unquoted core a citation may stand and still be read as the law's words
# running on (a clause of the article, not a paragraph of the writer's).
_CARRY_REACH = 200
# What ends the reproduced sentence before a citation: then it is the writer's, not the law's.
_BREAKS = "\n.!?。！？"
# A run of the words between: CJK characters, other letters, or digits.
_WORD = constant(r"[\u3400-\u9fff]+|[^\W\d_\u3400-\u9fff]+|\d+")


def drop_carried(
    text: str,
    spans: Sequence[QuoteSpan],
    results: Sequence[MatchResult],
    groups: Sequence[list[CitationSpan]],
    citations: Sequence[CitationSpan],
) -> list[list[CitationSpan]]:
    """``groups`` without the citations that reproduced law text carries; a quotation left with
    none is introduced again as if those citations were not there."""
    carried = {
        (c.start, c.end)
        for span, result in zip(spans, results, strict=True)
        if span.marks == "none" and result.match is not None
        for c in citations
        if _carried(text, span, result.match, c)
    }
    if not carried:
        return list(groups)
    redone: list[list[CitationSpan]] | None = None
    out: list[list[CitationSpan]] = []
    for index, group in enumerate(groups):
        kept = [c for c in group if (c.start, c.end) not in carried]
        if group and not kept:
            if redone is None:
                others = [c for c in citations if (c.start, c.end) not in carried]
                redone = introducing_citations(text, spans, others)
            kept = redone[index]
        out.append(kept)
    return out


def _carried(text: str, span: QuoteSpan, match: Match, citation: CitationSpan) -> bool:
    """Whether ``citation`` stands beside the unquoted ``span`` in its sentence (after it, or
    before it), the matched article's own text cites it too, and the words between are mostly
    the article's (the writer may have reordered them: "shall not be considered incompatible …
    in accordance with Article 89(1)" for "shall, in accordance with Article 89(1), not be
    considered to be incompatible")."""
    if citation.start >= span.end:
        between = text[span.end : citation.start]
    elif citation.end <= span.start:
        between = text[citation.end : span.start]
    else:
        return False
    if len(between) > _CARRY_REACH or any(ch in _BREAKS for ch in between):
        return False
    stored = letters_form(match.text).text
    if letters_form(citation.text).text not in stored:
        return False
    words = [w for w in (letters_form(w).text for w in _words(between)) if w]
    found = sum(w in stored for w in words)
    return 2 * found >= len(words)


def _words(text: str) -> list[str]:
    """Latin words and numbers, and each pair of CJK characters in a row (one character says
    little: most stand somewhere in a long article)."""
    out: list[str] = []
    for run in _WORD.findall(text):
        if holds_ideograph(run):  # (a _WORD run is all ideographs or holds none)
            out += [run[i : i + 2] for i in range(max(1, len(run) - 1))]
        else:
            out.append(run)
    return out
