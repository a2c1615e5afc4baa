"""Text that runs on under an article's heading after that article's own text has ended.

A page reproducing consecutive articles sometimes loses a heading, so that article N+1's text
(or another article's) runs on under article N's number: "第六十条 …（三）擅自终止为其产品、
服务提供安全维护的。⏎向社会发布系统漏洞、…" — the second paragraph is the Cybersecurity Law's
Article 62, presented as more of Article 60. A reader takes it for Article 60's text, so it is
cited by that heading; attribution then says whether the words are Article 60's (only when they
are not also in Article 60 is it a misattribution). When several headings were lost, the texts of
several articles run on in turn, each reaching its article's end: all stand under the one
heading above them. A later paragraph of the heading's own article (a paragraph between left
out) stands under it too, whether or not the paragraph before reached the article's end.

Only when certain: the text before it is reproduced without quotation marks under a heading that
names an article, matches that very article and reaches the stored article's end; nothing but
white space stands between the two; and the run-on text is linked to the same statute. A citation
in prose that runs into the article's words ("第七條規定，國家…", "Article 7 provides that …")
reports them within its own paragraph: a paragraph after it is not more of that article (it
may be the writer's next point), so only a heading or a lead-in ending in a colon carries the
citation across a paragraph break.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.match.results import MatchResult
from lawref.report import Match
from lawref.spans import CitationSpan, QuoteSpan

__all__ = ["run_on_citations"]

_REPRODUCED = ("none", "block")
_LINKED = ("verbatim", "minor", "elided", "altered")


def run_on_citations(
    text: str,
    spans: Sequence[QuoteSpan],
    results: Sequence[MatchResult],
    groups: list[list[CitationSpan]],
) -> list[list[CitationSpan]]:
    """``groups`` with each uncited run-on reproduction given the heading of the article whose
    text it runs on from."""
    out = list(groups)
    ran_on: set[int] = set()
    for i in range(1, len(spans)):
        before, span = spans[i - 1], spans[i]
        if out[i] or span.marks not in _REPRODUCED or before.marks not in _REPRODUCED:
            continue
        heading = out[i - 1][0] if out[i - 1] else None
        if heading is None or heading.article is None:
            continue
        previous, current = results[i - 1].match, results[i].match
        if previous is None or current is None or results[i].verdict not in _LINKED:
            continue
        if heading.statute != previous.statute or not _under(heading, previous, i - 1 in ran_on):
            continue  # the text before is not the heading's article, nor runs on under it
        if current.statute != previous.statute:
            continue
        if previous.text[previous.span[1] :].strip(" \t\n。.;；") and not _own_paragraph(
            heading, previous, current
        ):
            continue  # the article goes on: the text before did not reach its end
        if text[before.end : span.start].strip():
            continue  # something stands between: a heading, the writer's words
        if "\n" in text[before.end : span.start] and not presents_by_layout(
            text, heading, before.start
        ):
            continue  # a citation in prose reaches the end of its paragraph only
        out[i] = [heading]
        ran_on.add(i)
    return out


def _under(heading: CitationSpan, previous: Match, ran_on: bool) -> bool:
    """Whether the text before stands under the heading: it is the heading's article, or
    another article's text that ran on under it (several headings lost in a row)."""
    return heading.article == previous.article or ran_on


def _own_paragraph(heading: CitationSpan, previous: Match, current: Match) -> bool:
    """Whether the text is a later paragraph of the heading's own article, after an earlier one
    (a paragraph between them left out): it stands under the heading whether or not the text
    before reached the article's end."""
    same = (current.article, current.version) == (previous.article, previous.version)
    return same and current.article == heading.article


_MARKS = " \t\u3000\"'“”‘’「」『』"


def presents_by_layout(text: str, citation: CitationSpan, start: int) -> bool:
    """Whether the citation presents the text that starts at ``start`` as the article's own: a
    heading above it or before it on its line ("第六十条 违反…", "GDPR Article 29⏎…"), or a lead-in
    that ends in a colon ("第二條規定：…", "Article 7 reads:"); not a citation in prose that runs
    into the article's words ("第七條規定，國家…", "Article 7 provides that …"). Stricter than
    cross_references.presents_by_words_or_layout, which also takes a verb of saying: a citation in
    prose must not carry across a paragraph break to text it never presented."""
    gap = text[citation.end : start]
    if "\n" in gap:
        return True
    bare = gap.strip(_MARKS)
    return not bare or bare.endswith((":", "："))
