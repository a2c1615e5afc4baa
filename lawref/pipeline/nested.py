"""Quotations inside quotations: a quoted sentence that only paraphrases an article (or matches
none) but holds quotations of its own is the speaker's sentence about the law; the law's words are
the inner ones.

The quote finder reports the outer quotation only (quotes/find.py). When the outer one comes out
a paraphrase or unmatched and quotations inside it (four words or more, or eight Chinese
characters) match an article on their own — word for word, with ellipses, or altered; or, inside
a sentence that matches nothing, as a rendering the cited article's original carries — those
inner quotations are reported instead, each judged alone with the last citation before it inside
the outer one:
“The statute immunizes computer services for ‘action voluntarily taken in good faith to restrict
… availability of material …’—but what exactly does that mean?”;
abstract: "Article 7 states that organizations and citizens 'shall support, assist, and cooperate
with state intelligence work.' This creates concerns …" (a straight single mark opens a quotation
after a space and before a letter, so the apostrophe of "China's" does not).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

from lawref.match.results import MatchResult
from lawref.quotes.layout import trimmed
from lawref.spans import CitationSpan, QuoteSpan
from lawref.text.scripts import KANA, UNIFIED_HAN
from lawref.xling.link import XlingResult

_PAIRS = {"‘": "’", "“": "”", "「": "」", "『": "』", "«": "»"}
# Four words: on every read set (round twenty) four passages quote four words inside a quotation;
# the one the labels read as the law's words (Section 301's "appropriate and feasible action") was
# lost at five, the others (a slogan, a principle's name twice) link nothing either way.
_INNER_MIN_WORDS = 4
_INNER_MIN_CJK = 8
_LINKED = ("verbatim", "minor", "elided", "altered")
_OUTER = ("paraphrase", "unmatched")
_MAX_OPENINGS = 12  # opening marks tried inside one quotation (linear time on hostile text)


def inner_quotations(
    spans: Sequence[QuoteSpan],
    results: Sequence[MatchResult],
    groups: Sequence[list[CitationSpan]],
    match: Callable[[QuoteSpan, CitationSpan | None], MatchResult],
    citations: Sequence[CitationSpan] = (),
) -> tuple[list[QuoteSpan], list[MatchResult], list[list[CitationSpan]]]:
    """The quotations, results and introducing citations, each quoted paraphrase (or quoted
    sentence that matches nothing) that holds quotations matching an article on their own
    replaced by those inner quotations. Each inner quotation is matched with the last citation
    before it inside the outer one ("Article 7 states that organizations and citizens 'shall
    support …'", 「第7条は『…』と規定しているが、第8条で『…』と定めている」), else the outer's."""
    out_spans: list[QuoteSpan] = []
    out_results: list[MatchResult] = []
    out_groups: list[list[CitationSpan]] = []
    for span, result, group in zip(spans, results, groups, strict=True):
        replaced = None
        if span.marks == "quoted" and result.verdict in _OUTER:
            replaced = _matched_inner(span, group, citations, match, result)
        if not replaced:
            out_spans.append(span)
            out_results.append(result)
            out_groups.append(group)
            continue
        for inner, found, inner_group in replaced:
            out_spans.append(inner)
            out_results.append(found)
            out_groups.append(inner_group)
    return out_spans, out_results, out_groups


def _matched_inner(
    span: QuoteSpan,
    group: list[CitationSpan],
    citations: Sequence[CitationSpan],
    match: Callable[[QuoteSpan, CitationSpan | None], MatchResult],
    outer: MatchResult,
) -> list[tuple[QuoteSpan, MatchResult, list[CitationSpan]]]:
    inners = _inners(span)
    if not inners:
        return []
    ordered = sorted(citations, key=lambda c: c.start)
    first = bisect_left([c.start for c in ordered], span.start)
    inside = []
    for citation in ordered[first:]:
        if citation.start >= span.end:
            break
        if citation.end <= span.end:
            inside.append(citation)
    found = []
    for inner in inners:
        before = [c for c in inside if c.end <= inner.start]
        citation = before[-1] if before else (group[0] if group else None)
        result = match(inner, citation)
        if result.match is None or not _carries(result, outer):
            continue
        inner_group = [citation, *(c for c in group if c is not citation)] if citation else group
        found.append((inner, result, inner_group))
    return found


def _carries(result: MatchResult, outer: MatchResult) -> bool:
    """Whether an inner quotation's result says it is the law's words: a match of its text, or
    (when the outer sentence matched nothing) a rendering its citation's article carries, or
    (when the outer sentence is a paraphrase of an article) a rendering of that same article:
    the outer sentence's likeness rests on the words it quotes ("China will reciprocate against
    countries that take 'discriminatory, prohibitive, or restrictive measures against China'")."""
    if result.verdict in _LINKED:
        return True
    if not isinstance(result, XlingResult):
        return False
    if outer.verdict == "unmatched":
        return True
    return outer.verdict == "paraphrase" and _same_article(result, outer)


def _same_article(one: MatchResult, other: MatchResult) -> bool:
    if one.match is None or other.match is None:
        return False
    return (one.match.statute, one.match.article) == (other.match.statute, other.match.article)


def _inners(span: QuoteSpan) -> list[QuoteSpan]:
    """The quotations inside a quotation, outermost pairs in order, long enough to be law text."""
    text = span.text
    out = []
    at = 0
    for _ in range(_MAX_OPENINGS):  # each try reads the rest of the text once: bounded work
        opening = _next_opening(text, at)
        if opening < 0:
            break
        close = _closing(text, opening)
        if close < 0:
            at = opening + 1
            continue
        start, end = trimmed(text, opening + 1, close)
        inner = text[start:end]
        words = len(inner.split())
        cjk = len(UNIFIED_HAN.findall(inner))
        if words >= _INNER_MIN_WORDS or cjk >= _INNER_MIN_CJK:
            out.append(
                QuoteSpan(inner, span.start + start, span.start + end, "quoted", span.lead_in)
            )
        at = close + 1
    return out


def _next_opening(text: str, at: int) -> int:
    for index in range(at, len(text)):
        char = text[index]
        if char in _PAIRS:
            return index
        # A straight single quotation mark opens a quotation after a space or an opening mark and
        # before a letter (not the apostrophe of "China's").
        if (
            char == "'"
            and (index == 0 or text[index - 1].isspace() or text[index - 1] in "([")
            and index + 1 < len(text)
            and text[index + 1].isalnum()
        ):
            return index
    return -1


def _closing(text: str, opening: int) -> int:
    """The mark that closes the quotation opened at ``opening``: for curly and corner marks the
    last one in the text (the outermost pair), for a straight mark the next one that is not an
    apostrophe; a closing mark followed by a letter is an apostrophe (doesn’t), not the end."""
    char = text[opening]
    closer = _PAIRS.get(char, "'")
    if char == "'":
        at = text.find("'", opening + 1)
        while at > 0 and at + 1 < len(text) and _word_goes_on(text[at + 1]):
            at = text.find("'", at + 1)
        return at
    close = _next_close(text, closer, opening)
    return close if close > opening else -1


def _next_close(text: str, closer: str, opening: int) -> int:
    # The closing mark that balances the opening one (nested pairs of the same kind counted).
    opener = text[opening]
    depth = 0
    for index in range(opening, len(text)):
        char = text[index]
        if char == opener and opener != closer:
            depth += 1
        elif char == closer:
            if index + 1 < len(text) and _word_goes_on(text[index + 1]) and closer in "’'":
                continue  # an apostrophe
            depth -= 1
            if depth == 0:
                return index
    return -1


def _word_goes_on(char: str) -> bool:
    """Whether a mark before ``char`` is an apostrophe (doesn’t): a letter or digit follows it,
    not a Chinese or Japanese character (‘…’的国家: the quotation closes before 的)."""
    return char.isalnum() and not (KANA.match(char) or UNIFIED_HAN.match(char))
