"""English sentences, without quotation marks, that restate the article a nearby citation names:
"What Article 50(4) AI Act Requires⏎⏎Deployers of AI systems that generate … must disclose that
the content has been artificially generated or manipulated."

Explainers, law-firm notes and compliance pages often give an article's rule in the law's own
words, lightly changed (plurals, "must" for "shall", a dropped clause), unquoted and under or
after a citation of the article. The reuse scan needs long stretches of exact words and misses
them; the quote finder has no marks to find. Each English sentence of at least
RESTATEMENT_MIN_WORDS words that no quotation or reproduction covers, standing in the paragraph of
a citation that names an article of a stored statute or at most RESTATEMENT_PARAGRAPHS paragraphs
after it, is matched with that article preferred (an English text: match/matcher.py; a Chinese
statute: the citation-guided cross-lingual check, xling/link.py ``cited``, held to the open bar).
It is reported only when the match is to the cited article itself and clears
RESTATEMENT_MIN_SCORE: the words must follow that article, not merely be about it. The writer's
lead-in ("Article 50(4) says that …", "According to Article 3, …") is not part of the words.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.match.matcher import Matcher
from lawref.match.results import MatchResult
from lawref.pipeline.headed import Headed
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store
from lawref.text.regex_code import constant
from lawref.text.sentences import Segments
from lawref.xling.link import CrossLingualLinker, citable, is_english

# Chosen on tests/realworld (all ten sets, 2026-12): of the unquoted English sentences that no
# quotation covers and that the matcher links to the article a citation at most two paragraphs
# before names, those scoring 62 or more were labelled a quotation of that article in 9 of 10
# cases (the other: a table cell giving the Cybersecurity Law's Art. 28 under a heading of
# another article); under 62 labelled ones and writers' summaries ("the recitals indicate that
# personal data must be adequate …", "Article 38 stipulates that the law applies to …") mix,
# about half each.
RESTATEMENT_MIN_SCORE = 62.0
RESTATEMENT_MIN_WORDS = 8
RESTATEMENT_PARAGRAPHS = 2
# Work bounds (linear time on hostile text): sentences tried in one document, their length, and
# the citations tried for one sentence.
_SENTENCES_MAX = 200
_SENTENCE_MAX_CHARS = 1500
_CITATIONS_PER_SENTENCE = 3
# A sentence ends as a statement does (a heading or a caption line does not).
_STATEMENT_ENDS = ".;:"
_LINKED = ("verbatim", "minor", "elided", "altered", "paraphrase")
# The writer's lead-in before the law's words: "Article 50(4) says that", "The Article requires
# that", "According to Article 3,", "Art. 12(2) —".
_LEAD_IN = constant(
    r"(?i)^(?:[^,.;:\n]{0,80}?\b(?:says|states|provides|requires|stipulates|specifies|mandates"
    r"|establishes|sets out|prescribes)\s+that\s+|according to [^,.;\n]{1,80},\s*"
    r"|(?:art(?:icle)?\.?\s*[0-9]{1,3}(?:\([0-9a-z]{1,3}\))*)\s*[—–:-]\s*)"
)


def cited_restatements(
    text: str,
    spans: Sequence[QuoteSpan],
    citations: Sequence[CitationSpan],
    matcher: Matcher,
    linker: CrossLingualLinker,
    store: Store,
) -> list[Headed]:
    """The unquoted English restatements of a cited article, with their links (the citation is the
    one they were verified against, and cites them)."""
    cited = [c for c in citations if citable(c)]
    if not cited or not any(c.isascii() and c.isalpha() for c in text[:4000]):
        return []
    taken = [(s.start, s.end) for s in spans]
    segments = Segments(text, taken)
    places = [(segments.paragraph(c.start), c) for c in cited]
    found: list[Headed] = []
    tried = 0
    for index in range(len(segments.sentence_starts)):
        start, end = _words(text, *segments.sentence_span(index))
        words = text[start:end]
        if (
            end - start > _SENTENCE_MAX_CHARS
            or words[-1:] not in tuple(_STATEMENT_ENDS)
            or len(words.split()) < RESTATEMENT_MIN_WORDS
            or not is_english(words)
            or any(s < end and start < e for s, e in taken)
        ):
            continue
        paragraph = segments.paragraph(start)
        near = _citations_before(places, paragraph, end)
        if not near:
            continue
        tried += 1
        if tried > _SENTENCES_MAX:
            break
        lead = _LEAD_IN.match(words)
        if lead and len(words[lead.end() :].split()) >= RESTATEMENT_MIN_WORDS:
            start += lead.end()
            words = text[start:end]
        for citation in near:
            result = _restates(words, citation, matcher, linker, store)
            if result is not None:
                found.append(Headed(QuoteSpan(words, start, end, "none"), result, citation))
                taken.append((start, end))
                break
    return found


def _words(text: str, start: int, end: int) -> tuple[int, int]:
    """A sentence's bounds without the whitespace around it."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _citations_before(
    places: Sequence[tuple[int, CitationSpan]], paragraph: int, end: int
) -> list[CitationSpan]:
    """The citations of an article that stand before the sentence's end in its paragraph or at
    most RESTATEMENT_PARAGRAPHS paragraphs before it, the nearest first, one per article."""
    near = [
        c
        for p, c in places
        if paragraph - RESTATEMENT_PARAGRAPHS <= p <= paragraph and c.start < end
    ]
    out: list[CitationSpan] = []
    seen: set[tuple[str | None, str | None]] = set()
    for citation in sorted(near, key=lambda c: -c.start):
        key = (citation.statute, citation.article)
        if key not in seen:
            seen.add(key)
            out.append(citation)
    return out[:_CITATIONS_PER_SENTENCE]


def _restates(
    words: str,
    citation: CitationSpan,
    matcher: Matcher,
    linker: CrossLingualLinker,
    store: Store,
) -> MatchResult | None:
    """The link of ``words`` to the cited article, when they follow it closely enough."""
    wanted = (citation.statute, str(citation.article))
    result = matcher.match(words, prefer=(citation.statute or "", citation.article))
    match = result.match
    if (
        match is not None
        and result.verdict in _LINKED
        and (match.statute, str(match.article)) == wanted
        and result.score >= RESTATEMENT_MIN_SCORE
    ):
        return result
    statute = store.get(citation.statute or "")
    if statute is None or not statute.language.startswith("zh"):
        return None
    # (a Chinese article: its rendering checked against the original, held to the open bar)
    return linker.cited(words, citation, unquoted=True)
