"""A citation that opens a note set into an article's words credits the note, not the words.

A commentary site reproduces an article and explains its defined terms inline: the definition
follows the term, opened by the defining article's citation and a colon, and the article's
sentence goes on after it:

    … shall entrust the implementation of these tasks to the AI Office Article 3(47) AI Act:
    ‘AI Office’ means … the Commission. , without prejudice to the powers of organisation …

"Article 3(47) AI Act" is then the citation nearest before the words that resume the article's
sentence (", without prejudice to …", "may request the Commission …"), in the same sentence or
the one before it (rules 2 and 4 of pipeline/introducers.py), and Art. 88's own words read as
misattributed to Art. 3. A reader sees the note interrupt the sentence: the words before the
citation and the words after the note run on as one sentence of the article the resumed words
are linked to. So the citation introduces the note, not the reproduction it interrupts; that
reproduction is introduced again as if the citation were not there (a heading above it, or
nothing).

Only when certain: the citation opens a lead-in with a colon ("…: ‘AI Office’ means …", "第三条：
…"); the text between it and the reproduction holds another quotation or reproduction (the note's
words); and the last words before the citation, in its sentence, joined to the first words of
the reproduction, stand in a row in the reproduction's matched article — LATIN_RUN words (or
CJK_RUN characters) on each side, the runs pipeline/scraped_gloss.py reads a tooltip by (shorter
runs join by chance: "of the" + "and the"). On the labelled sets (every set, the side-by-side in
CHANGELOG) it reads the two resumed sentences of heldout23's commentary page on AI Act Art. 88.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.match.results import MatchResult
from lawref.pipeline.introducers import without_citations
from lawref.pipeline.scraped_gloss import CJK_RUN, LATIN_RUN, holds_run
from lawref.report import Match
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store
from lawref.text.normalize import skeleton
from lawref.text.regex_code import constant
from lawref.text.scripts import ideograph_words
from lawref.text.tokens import token_texts

__all__ = ["drop_interjected"]

_LEAD_IN = (":", "：")
_LINKED = ("verbatim", "minor", "elided", "altered")
# Characters from the citation to the resumed words: a note, not a section. The longest note in
# the labelled sets, heldout23's tooltip of AI Act Art. 3(1), is some 380 characters.
_NOTE_MAX = 1500
_BEFORE_CHARS = 80  # characters read before the citation for its sentence's last words
_SENTENCE_END = constant(r"[。！？!?\n]|[.;；:：](?:\s|$)")


def drop_interjected(
    text: str,
    spans: Sequence[QuoteSpan],
    results: Sequence[MatchResult],
    groups: Sequence[list[CitationSpan]],
    citations: Sequence[CitationSpan],
    store: Store | None,
) -> list[list[CitationSpan]]:
    """``groups`` without the citations that open a note interrupting the reproduction's
    sentence; a quotation left with none is introduced again as if they were not there."""
    if store is None:
        return list(groups)
    dropped: dict[int, set[tuple[int, int]]] = {}
    for index, (span, result, group) in enumerate(zip(spans, results, groups, strict=True)):
        match = result.match
        if match is None or result.verdict not in _LINKED:
            continue
        for citation in group:
            if _interjected(text, spans, span, match, citation, store):
                dropped.setdefault(index, set()).add((citation.start, citation.end))
    if not dropped:
        return list(groups)
    gone = [dropped.get(index, set()) for index in range(len(groups))]
    return without_citations(text, spans, groups, citations, gone)


def _interjected(
    text: str,
    spans: Sequence[QuoteSpan],
    span: QuoteSpan,
    match: Match,
    citation: CitationSpan,
    store: Store,
) -> bool:
    """Whether ``citation`` opens a note that interrupts the sentence ``span`` resumes (see
    the module's docstring)."""
    if citation.end > span.start or span.start - citation.end > _NOTE_MAX:
        return False
    if not text[citation.end : span.start].lstrip().startswith(_LEAD_IN):
        return False
    if not any(citation.end <= s.start and s.end <= span.start for s in spans if s is not span):
        return False  # no note's words between: the citation presents the reproduction itself
    before = text[max(0, citation.start - _BEFORE_CHARS) : citation.start]
    before = _SENTENCE_END.split(before)[-1]
    left, right = token_texts(skeleton(before)), token_texts(skeleton(span.text))
    run = CJK_RUN if ideograph_words(left[-1:] + right[:1]) else LATIN_RUN
    if len(left) < run or len(right) < run:
        return False
    joined = tuple(left[-run:] + right[:run])
    statute = store.get(match.statute)
    article = statute.article(match.article, match.version) if statute is not None else None
    return article is not None and any(holds_run(t, joined) for t in article.every_text())
