"""A reproduction of several of one article's paragraphs, each copied exactly, reported paragraph by
paragraph.

A page that sets out an article without quotation marks, or as a block, copies its paragraphs one
under another ("1. Deployers of high-risk AI systems shall …⏎2. Deployers shall assign human
oversight …⏎3. …"). Matched whole, the copy is one verbatim quotation of the article, and the
reader learns nothing of which paragraphs the page holds; a fact-checker reads them paragraph by
paragraph, each the article's own words, and the labels of tests/realworld do too: an article's
second or third paragraph reproduced under its first (GDPR Art. 33(2) under 33(1) on four pages of
four sets, AI Act Art. 26(2)-(4), GDPR Art. 21(2)-(3), the Foreign Relations Law's Art. 4(2)) was
counted unreported, since the one quotation lawref reported stood for the first.

reuse/paragraphs.py and pipeline/article_paragraphs.py split a copy that is no exact copy as a
whole; this rule splits one that is, at the page's line breaks, when every line is an exact copy
(`verbatim`, `minor`, `elided`) of a whole paragraph of the same article as the whole and long
enough to be a paragraph rather than a heading (article_paragraphs.PIECE_MIN_UNITS words); the
last line may stop at the end of a paragraph's sentence, where the page copies no more of it. A writer's quotation in
quotation marks stays whole (the writer's one quotation), and so does a copy any of whose lines
is changed, short or another article's (then the whole says more than its lines), a list's lead-in
and items (one quotation: pipeline/listed_items.py), and a copy no citation introduces (its pieces
would lose the heading the whole is read under: on the read sets a later paragraph of such a copy
came out `uncited`) — unless it stands under a bare heading of its article's own number ("Article
25⏎Data protection by design and by default⏎1. Taking into account …"), which cites each piece as
the whole (``unverified``: pipeline/heading_section.py), or the document cites nothing before its
last piece: then there is no heading or law named above for a piece to lose, and none of the
law's own cross-references inside an earlier piece ("as provided for in Article 40") for a later
piece to be read under (heldout19: a French page's bullets of GDPR Art. 24(1)-(3), at the top of
the page, were one uncited quotation and Art. 24(2)-(3) went unreported). The pieces need
no bar of their own: each keeps the verdict its own words earn against the article the whole was
linked to.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from lawref.match.results import MatchResult
from lawref.report import Match as StoredMatch
from lawref.reuse.copied_pieces import EXACT, copies_same_text, opens_paragraph, paragraph_lines
from lawref.reuse.paragraphs import Match, split_each
from lawref.spans import CitationSpan, QuoteSpan

__all__ = ["each_copied_paragraph"]

# Where a paragraph's sentence ends: a copy's last line may stop there.
_SENTENCE_ENDS = ".!?。！？"


def each_copied_paragraph(
    spans: Sequence[QuoteSpan],
    results: Sequence[MatchResult],
    groups: Sequence[list[CitationSpan]],
    match: Match,
    headed: Callable[[QuoteSpan, MatchResult], bool] = lambda span, result: False,
    nothing_above: Callable[[QuoteSpan, int], bool] = lambda span, at: False,
    stopped: Callable[[QuoteSpan], bool] = lambda piece: False,
) -> tuple[list[QuoteSpan], list[MatchResult], list[list[CitationSpan]]]:
    """The quotations, results and introducing citations, each exact copy of several of one
    article's paragraphs, not in quotation marks, replaced by its paragraphs. ``headed`` says
    whether an uncited copy stands under a bare heading of its matched article's number;
    ``nothing_above`` whether it stands under no heading and under no citation before its last
    piece's start; ``stopped`` whether the page stops a piece with an ellipsis
    (reuse/page_cut.py)."""
    return split_each(
        spans,
        results,
        groups,
        lambda s, r, g: _split(s, r, g, match, headed, nothing_above, stopped),
    )


def _split(
    span: QuoteSpan,
    result: MatchResult,
    group: list[CitationSpan],
    match: Match,
    headed: Callable[[QuoteSpan, MatchResult], bool],
    nothing_above: Callable[[QuoteSpan, int], bool],
    stopped: Callable[[QuoteSpan], bool],
) -> list[tuple[QuoteSpan, MatchResult]]:
    whole = result.match
    if span.marks == "quoted" or whole is None:
        return []
    # (an unquoted copy altered only by the paragraphs it leaves out: reuse/selected_paragraphs.py)
    selected = result.verdict == "altered" and span.marks == "none"
    if result.verdict not in EXACT and not selected:
        return []
    uncited = not group and not headed(span, result)

    def read_alike(pieces: list[QuoteSpan]) -> bool:
        """Whether each piece is read under what the whole is (see the module's docstring)."""
        return not uncited or (bool(pieces) and nothing_above(span, pieces[-1].start))

    citation = group[0] if group else None
    if selected:
        from lawref.reuse.selected_paragraphs import each_selected_paragraph

        return each_selected_paragraph(span, whole, citation, match, read_alike)
    by_line = _by_line(span, whole, citation, match, read_alike)
    if by_line:
        return by_line
    from lawref.reuse.numbered_paragraphs import by_number  # (only then: issue 20)

    numbered = by_number(span, whole, citation, match, read_alike, stopped)
    if numbered:
        return numbered
    from lawref.reuse.run_on_paragraphs import by_opening  # (only then: issue 14)

    return by_opening(span, whole, citation, match, read_alike)


def _by_line(
    span: QuoteSpan,
    whole: StoredMatch,
    citation: CitationSpan | None,
    match: Match,
    read_alike: Callable[[list[QuoteSpan]], bool],
) -> list[tuple[QuoteSpan, MatchResult]]:
    """The copy's lines, each an exact copy of a whole paragraph of the article (the last may
    stop at the end of one of its sentences), or nothing."""
    paragraphs = paragraph_lines(span)
    if not paragraphs or not read_alike(paragraphs):
        return []  # (uncited, a piece would lose the heading the whole is read under)
    found = [(piece, match(piece, citation)) for piece in paragraphs]
    if not all(
        copies_same_text(r, whole)
        and r.match is not None
        and (
            _whole_paragraph(r.match.text, r.match.span)
            or (i == len(found) - 1 and _paragraph_opening(r.match.text, r.match.span))
        )
        for i, (_, r) in enumerate(found)
    ):
        return []
    return found


def _whole_paragraph(stored: str, span: tuple[int, int]) -> bool:
    """Whether the matched stretch of the stored text is one whole paragraph of it (but for its
    number): a page's line that is only part of a paragraph — a sentence broken across two lines
    — is no paragraph of its own, and the whole copy keeps the verdict its line break earns."""
    line_end = stored.find("\n", span[1])
    after = stored[span[1] : len(stored) if line_end < 0 else line_end]
    return opens_paragraph(stored, span[0]) and not any(c.isalnum() for c in after)


def _paragraph_opening(stored: str, span: tuple[int, int]) -> bool:
    """Whether the matched stretch opens a paragraph of the stored text (but for its number) and
    ends at one of its sentences' ends: the copy's last line, where the page stops after a
    paragraph's first sentence or sentences (heldout18: AI Act Art. 50(1) whole and the first
    sentence of 50(2) under the article's heading). A line that breaks a sentence ends at no
    sentence's end, and a line after it starts no paragraph."""
    kept = stored[: span[1]].rstrip()
    after = stored[span[1] :].lstrip(" \t")
    ends = kept[-1:] in _SENTENCE_ENDS or after[:1] in _SENTENCE_ENDS
    return ends and opens_paragraph(stored, span[0])
