"""A definition scraped into another article's text, after the term it defines, is no quotation.

Law sites show a defined term's definition as a tooltip; a scraper keeps it inline, glued to the
term: "Prior to deploying a high-risk AI systemmeans a machine-based system that is designed to
operate … environments; referred to in Article 6(2), with the exception of high-risk AI
systemsmeans a machine-based system …; intended to be used …". The page reproduces the AI Act's
Art. 27; the reuse scan finds the tooltips, which are Art. 3's definitions word for word, and
reports each as a verbatim quotation of Art. 3 — links to an article the page never quotes.

What a reader sees is another article's text running on around the inserted words: the words
right before the span (its defining word — "means", 是指 — set aside) and right after it (past a
"; ") join into a run of the law's words that another article of the same statute holds
("high-risk AI system" + "referred to in" in Art. 27), and the matched article does not. The
span is then a gloss inside that article's text, not the writer's quotation of its own source:
it is not reported (its words are not the page's; reporting it unlinked would still set a
quotation of the writer's where there is none).

The words must run on: the span does not close its sentence (a writer's own "所谓国家秘密是指…事项。"
is a sentence of its own, and the next one starts afresh), and the run stays inside one sentence
of the document and of the stored text (words across a full stop join by chance). The run is
three tokens on each side (a Latin word a token, a CJK character a token: four on each
side then, since one character carries less than a word): shorter runs join by chance ("of the"
+ "and the"). On the real-world passages (every set) the rule finds the three tooltips of one
page (heldout11, AI Act Art. 27 with Art. 3's definitions of an AI system and a deployer, one
wrong link and two unlabelled links) and nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from lawref.match.results import MatchResult
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store
from lawref.text.normalize import skeleton
from lawref.text.regex_code import constant
from lawref.text.scripts import ideograph_words
from lawref.text.tokens import token_texts

__all__ = ["CJK_RUN", "LATIN_RUN", "holds_run", "scraped_glosses"]

# Tokens on each side of the gloss that must join in another article (pipeline/interjected_notes.py
# reads a note interrupting an article's words by the same runs).
LATIN_RUN = 3
CJK_RUN = 4
_CONTEXT_CHARS = 80  # characters read on each side: enough for a run, within the line
# The defining word a tooltip opens with, glued to the term or not: "systemmeans a …", "是指";
# before the span, or inside its first words when the span starts with the term itself
# (个人信息处理者是指…, as the stored definition "个人信息处理者，是指…" has it).
_DEFINING = constant(r"(?:means|是指|係指|系指)\s{0,2}$", re.IGNORECASE)
_DEFINING_IN = constant(r"[^。.;；\n]{1,30}?[，,]?\s{0,2}(?:means|是指|係指|系指)", re.IGNORECASE)
_FULL_STOPS = ("。", ".", "!", "?", "！", "？")
_SENTENCE_END = constant(r"[。！？!?]|[.;；](?:\s|$)")
# What separates a tooltip's end from the text that goes on: "; ", "；", ",".
_AFTER = constant(r"^[\s;；,，:]{0,3}")


def scraped_glosses(
    text: str,
    spans: Sequence[QuoteSpan],
    results: Sequence[MatchResult],
    groups: Sequence[list[CitationSpan]],
    store: Store | None,
) -> tuple[list[QuoteSpan], list[MatchResult], list[list[CitationSpan]]]:
    """The spans, results and citation groups without the spans that are a definition scraped
    into another article's text (see the module's docstring)."""
    kept = [
        i
        for i, (span, result) in enumerate(zip(spans, results, strict=True))
        if not _gloss(text, span, result, store)
    ]
    if len(kept) == len(spans):
        return list(spans), list(results), list(groups)
    return [spans[i] for i in kept], [results[i] for i in kept], [groups[i] for i in kept]


def _gloss(text: str, span: QuoteSpan, result: MatchResult, store: Store | None) -> bool:
    match = result.match
    if store is None or match is None or result.verdict == "unmatched" or span.marks != "none":
        return False
    if span.text.rstrip().endswith(_FULL_STOPS):
        return False  # the words close their sentence: the text after them is another one
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line_end = len(text) if line_end < 0 else line_end
    term = _DEFINING_IN.match(span.text)
    term_end = span.start + (term.end() if term else 0)
    before = text[max(line_start, span.start - _CONTEXT_CHARS) : term_end]
    defining = _DEFINING.search(before)
    before = before[: defining.start()] if defining else before
    after = text[span.end : min(line_end, span.end + _CONTEXT_CHARS)]
    after = after[_AFTER.match(after).end() :]  # type: ignore[union-attr]
    # The run stays inside one sentence on both sides: words across a full stop join by chance.
    before = _SENTENCE_END.split(before)[-1]
    after = _SENTENCE_END.split(after)[0]
    left, right = token_texts(skeleton(before)), token_texts(skeleton(after))
    run = CJK_RUN if ideograph_words(left[-1:] + right[:1]) else LATIN_RUN
    if len(left) < run or len(right) < run:
        return False
    joined = tuple(left[-run:] + right[:run])
    statute = store.get(match.statute)
    if statute is None:
        return False
    holding = {
        article.number
        for article in statute.articles
        if any(holds_run(stored, joined) for stored in article.every_text())
    }
    # The matched article running on around the words holds them as its own text.
    return bool(holding) and match.article not in holding


def holds_run(stored: str, run: tuple[str, ...]) -> bool:
    """Whether ``stored``'s matching tokens hold ``run`` in a row."""
    tokens = _tokens(stored)
    width = len(run)
    first = run[0]
    return any(
        tokens[i : i + width] == run for i in range(len(tokens) - width + 1) if tokens[i] == first
    )


@lru_cache(maxsize=4096)
def _tokens(stored: str) -> tuple[str, ...]:
    return tuple(token_texts(skeleton(stored)))
