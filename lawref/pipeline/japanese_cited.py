"""Japanese sentences that render a Chinese article and cite it in their own words, without
quotation marks: "…組織及び個人を保護する(第7条)。", "同法は、第十条で、…情報活動を行う旨規定している".

Japanese writing on a Chinese law often gives an article's content in its own Japanese, unquoted,
and names the article in the same sentence: in brackets right after the words ("…保護する(第7
条)", "…罰する(第15条)としており"), or before them as the place the law says it ("第十条で、…旨規定
している"). Neither the quote finder nor the reuse scan (which never takes words with kana for the
Chinese text) sees these. The words are checked against the article the citation names, and only
that one, by the kanji they share with it (xling/link.py ``cited``, xling/kanji.py: the bars of
JA_CHARACTERS_MIN and JA_PAIRS_MIN, and no other article of the statute holding more); a link is
a `paraphrase` that accuses no citation. The writer's frame around the words ("旨規定している",
"としており") is not part of them.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.pipeline.headed import Headed
from lawref.spans import CitationSpan, QuoteSpan
from lawref.text.regex_code import constant
from lawref.text.sentences import SURE_SENTENCE_ENDS
from lawref.xling.kanji import is_japanese
from lawref.xling.link import CrossLingualLinker, citable, renders_enough

# Work bounds (linear time on hostile text): the citations tried in one document, and how far a
# rendering may run from its citation (a paragraph of a few sentences).
_CITATIONS_MAX = 400
_REACH = 600
_OPEN = "(（"
_CLOSE = ")）"
# What may start a line before the words: spaces, bullets, a list item's number.
_LINE_LEAD = constant(r"[\s\u3000•・*\-–—]*(?:[①-⑳]|[(（]?[0-9０-９]{1,2}[.．)）、])?[\s\u3000]*")
# The words after an article that say it is where the law provides what follows: 第十条で、
# 第七条では、 第3条において、.
_PLACE_AFTER = constant(r"[\s\u3000]*(?:で|では|において|には)[、,，][\s\u3000]*")
# The writer's frame after the words: …を行う旨規定している, …と定めている, …と規定しており.
_FRAME_AFTER = constant(r"(?:旨|と)(?:を)?[\s\u3000]*(?:規定|定め)[^。\n]{0,16}$")


def japanese_cited_renderings(
    text: str,
    spans: Sequence[QuoteSpan],
    citations: Sequence[CitationSpan],
    linker: CrossLingualLinker,
) -> list[Headed]:
    """The Japanese renderings that a citation of their article in the same sentence names,
    with their links (as text under a heading is: the citation is the one they are verified
    against and are cited by)."""
    taken = [(s.start, s.end) for s in spans]
    found: list[Headed] = []
    for citation in citations[:_CITATIONS_MAX]:
        if not citable(citation):
            continue
        place = _bracketed(text, citation) or _placed_before(text, citation)
        if place is None:
            continue
        start, end = place
        words = text[start:end]
        if not is_japanese(words) or not renders_enough(words):
            continue
        if any(s < end and start < e for s, e in taken):
            continue  # a quotation, or a rendering found already
        result = linker.cited(words, citation, unquoted=True)
        if result is None:
            continue
        span = QuoteSpan(words, start, end, "none")
        found.append(Headed(span, result, citation))
        taken.append((start, end))
    return found


def _bracketed(text: str, citation: CitationSpan) -> tuple[int, int] | None:
    """The words before a citation in brackets that follows them ("…保護する(第7条)"): from the
    start of their line to the bracket."""
    start, end = citation.start, citation.end
    if citation.text[:1] in _OPEN:
        opening = start
    elif start > 0 and text[start - 1] in _OPEN:
        opening = start - 1
    else:
        return None
    closing = end - 1 if citation.text[-1:] in _CLOSE else end
    if closing >= len(text) or text[closing] not in _CLOSE:
        return None
    line = text.rfind("\n", max(0, opening - _REACH), opening) + 1
    if line == 0 and opening > _REACH:
        return None
    lead = _LINE_LEAD.match(text, line)
    first = lead.end() if lead else line
    last = opening
    while last > first and text[last - 1] in " \t\u3000":
        last -= 1
    return (first, last) if last > first else None


def _placed_before(text: str, citation: CitationSpan) -> tuple[int, int] | None:
    """The words after a citation that names where the law says them ("第十条で、…旨規定して
    いる"): to the end of their sentence, the writer's frame left out."""
    place = _PLACE_AFTER.match(text, citation.end)
    if place is None:
        return None
    first = place.end()
    limit = min(len(text), first + _REACH)
    last = first
    while last < limit and text[last] not in SURE_SENTENCE_ENDS:
        last += 1
    if last == limit and limit < len(text):
        return None
    frame = _FRAME_AFTER.search(text, first, last)
    if frame is None:
        return None  # no words that say the law provides them: the writer's own sentence
    return (first, frame.start()) if frame.start() > first else None
