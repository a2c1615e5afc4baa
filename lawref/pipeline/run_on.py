"""Text that runs on under an article's heading after that article's own text has ended.

A page reproducing consecutive articles sometimes loses a heading, so that article N+1's text
(or another article's) runs on under article N's number: "第六十条 …（三）擅自终止为其产品、
服务提供安全维护的。⏎向社会发布系统漏洞、…" — the second paragraph is the Cybersecurity Law's
Article 62, presented as more of Article 60. A reader takes it for Article 60's text, so it is
cited by that heading; attribution then says whether the words are Article 60's (only when they
are not also in Article 60 is it a misattribution).

Only when certain: the text before it is reproduced without quotation marks under a heading that
names an article, matches that very article and reaches the stored article's end; nothing but
white space stands between the two; and the run-on text is linked to the same statute.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.match.results import MatchResult
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
        if heading.statute != previous.statute or heading.article != previous.article:
            continue  # the text before is not the heading's article
        if current.statute != previous.statute:
            continue
        if previous.text[previous.span[1] :].strip(" \t\n。.;；"):
            continue  # the article goes on: the text before did not reach its end
        if text[before.end : span.start].strip():
            continue  # something stands between: a heading, the writer's words
        out[i] = [heading]
    return out
