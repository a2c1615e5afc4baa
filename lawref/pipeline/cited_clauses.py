"""The law's exact words in the clauses after a Chinese lead-in that cites them, inside a longer
sentence of the writer's: "《基本法》第二條訂明，…，第五條又訂明，香港特別行政區不實行社會主義制度和
政策，因此…".

A writer often gives a provision's words without quotation marks right after a citation and a
verb of saying ("第五条又订明，", "该法规定，"), then goes on in the same sentence with words of their
own (因此…, 这一原则要求…) or with the next citation. The reuse scan needs longer stretches than one
clause; pipeline/cited_restatements.py matches whole sentences, which the writer's own clauses
pull away from the law. Here the clauses after the lead-in, up to the sentence's end or the clause
holding the next citation, are tried from the longest run to the shortest: the first run of at
least RESTATEMENT_MIN_WORDS words that the matcher finds word for word (`verbatim`, `minor` or
`elided`) in the cited article (or, for a citation of the statute alone, in one of its articles)
is reported, linked to it, and cited by the citation, unless the clause after it is mostly the
article's words as well (the writer gives the law's sentence on, changed: its exact opening is no
verbatim quotation). Only exact words are taken: a clause that
rewords the law is the writer's telling, and nothing here says which words are the law's.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.match.matcher import Matcher
from lawref.match.results import MatchResult
from lawref.pipeline.cited_restatements import RESTATEMENT_MIN_WORDS, mostly_in, vocabulary_of
from lawref.pipeline.headed import Headed
from lawref.spans import CitationSpan, QuoteSpan
from lawref.text.regex_code import constant
from lawref.text.saying import CHINESE_AFFIRMING, CHINESE_SAYING, either
from lawref.text.tokens import token_texts, word_units
from lawref.xling.kanji import is_chinese

# The lead-in right after a citation: a few characters (又, 还, 第一款), a verb of saying, then a
# comma or colon: "第五條又訂明，", "该法规定：", "第十八条明确，".
_LEAD_IN = constant(
    r"[^，,。；;：:\n“”\"「」]{0,8}?(?:"
    + either(*CHINESE_SAYING, *CHINESE_AFFIRMING, "订明", "訂明")
    + r")[了]?[ \t]*[，,：:][ \t]*"
)
_CLAUSE_END = constant(r"[，,；;]")
_SENTENCE_END = constant(r"[。！？!?\n]")
_EXACT = ("verbatim", "minor", "elided")
# Work bounds (linear time on hostile text): characters after a lead-in, clauses tried for one.
_RUN_MAX_CHARS = 400
_CLAUSES_MAX = 8
_CITATIONS_MAX = 500
_TRIES_MAX = 200  # runs the matcher is asked about in one document


def cited_clauses(
    text: str,
    spans: Sequence[QuoteSpan],
    citations: Sequence[CitationSpan],
    matcher: Matcher,
) -> list[Headed]:
    """The runs of clauses after a citing lead-in that are the cited article's exact words."""
    taken = [(s.start, s.end) for s in spans]
    starts = sorted(c.start for c in citations)
    found: list[Headed] = []
    tries = 0
    for citation in [c for c in citations if c.statute][:_CITATIONS_MAX]:
        lead = _LEAD_IN.match(text, citation.end)
        if lead is None:
            continue
        start = lead.end()
        end = _run_end(text, start, starts)
        if any(s < end and start < e for s, e in taken):
            continue
        stops = _clause_stops(text, start, end)
        for stop, after in zip(stops, [end, *stops], strict=False):
            words = text[start:stop]
            if word_units(token_texts(words)) < RESTATEMENT_MIN_WORDS or not is_chinese(words):
                break  # (shorter runs are shorter still)
            tries += 1
            if tries > _TRIES_MAX:
                return found
            result = _exact_in_cited(words, citation, matcher)
            if result is not None and result.match is not None:
                if _goes_on_in_law_words(text[stop:after], result.match.text):
                    break  # the law's words go on, changed: no exact quotation stops here
                found.append(Headed(QuoteSpan(words, start, stop, "none"), result, citation))
                taken.append((start, stop))
                break
    return found


def _goes_on_in_law_words(following: str, stored: str) -> bool:
    """Whether the clause after a run is mostly the article's words too (SCREEN_SHARE of its
    distinct content words): then the writer gives the law's sentence on, changed ("网络运营者收集、
    使用个人信息，应当经被收集者同意" for "…，应当遵循…，并经被收集者同意"), and the exact opening
    alone would be called verbatim where the writer's clauses are altered."""
    return mostly_in(following, set(vocabulary_of(stored)))


def _run_end(text: str, start: int, citation_starts: list[int]) -> int:
    """Where the clauses after a lead-in end: at the sentence's end, or before the clause that
    holds the next citation."""
    limit = min(len(text), start + _RUN_MAX_CHARS)
    sentence_end = _SENTENCE_END.search(text, start, limit)
    end = sentence_end.start() if sentence_end else limit
    following = next((s for s in citation_starts if start < s < end), None)
    if following is not None:
        breaks = [m.start() for m in _CLAUSE_END.finditer(text, start, following)]
        end = breaks[-1] if breaks else start
    return end


def _clause_stops(text: str, start: int, end: int) -> list[int]:
    """The ends of the runs of whole clauses from ``start``, the longest first."""
    stops = [m.start() for m in _CLAUSE_END.finditer(text, start, end)][: _CLAUSES_MAX - 1]
    return sorted({*stops, end} - {start}, reverse=True)


def _exact_in_cited(words: str, citation: CitationSpan, matcher: Matcher) -> MatchResult | None:
    """The link of ``words`` when the cited article (or statute) holds them word for word."""
    result = matcher.match(words, prefer=(citation.statute or "", citation.article))
    match = result.match
    if (
        match is not None
        and result.verdict in _EXACT
        and match.statute == citation.statute
        and (citation.article is None or str(match.article) == str(citation.article))
        and match.translation is None
    ):
        return result
    return None
