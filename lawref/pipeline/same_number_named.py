"""Exact words of the article of the cited number in another law the page names accuse no one
when the citation's own words do not name its law.

A bare article number — a heading 第二十七條 over an article's text, "Article 27 provides" — gets
its law from the text around it: the title above, the law named last, the one law the page names.
When the words under it are, exactly, the article of that same number of another law the page
names, two readings fit: the writer gave that law's article under a number whose law lawref
guessed wrong, or the writer credited one law's words to another law's article of the same
number. Only the second is a misattribution, and the words cannot tell the two apart; lawref's
reading of a bare number is the weaker evidence (a Japanese page titled on Hong Kong's National
Security Law set out the Basic Law's Art. 27 under 第二十七條, read as the title's law). So such a
`misattributed` becomes `unverified`, with a note naming both laws: say less when the evidence is
thin. A citation whose own words name its law ("Article 27 of the National Security Law",
國安法第二十七條) still accuses, and so do words changed from the law's (altered, elided: the
writer's own work on them is in question), words of another number, and words of a law the page
never names.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.citations.headings import names_its_law
from lawref.match.results import MatchResult
from lawref.pipeline.attribution import Link
from lawref.pipeline.checkable import base_article
from lawref.spans import CitationSpan

__all__ = ["same_number_named"]

# The verdicts of words the law holds as they stand (harmless differences only).
_EXACT = ("verbatim", "minor")


def same_number_named(
    results: Sequence[MatchResult], links: Sequence[Link], citations: Sequence[CitationSpan]
) -> list[Link]:
    """``links`` with each misattribution of a law's exact words turned ``unverified`` (with a
    note) when the citation names the same article number without naming its law in its own
    words, and the page names the law the words are from."""
    named = {c.statute for c in citations if c.statute is not None and names_its_law(c)}
    return [
        _spared(result, link, named) or link for result, link in zip(results, links, strict=True)
    ]


def _spared(result: MatchResult, link: Link, named: set[str]) -> Link | None:
    citation, match = link.citation, result.match
    if link.attribution != "misattributed" or match is None or citation is None:
        return None
    if result.verdict not in _EXACT or citation.statute == match.statute:
        return None
    if citation.article is None or names_its_law(citation) or match.statute not in named:
        return None
    if base_article(str(citation.article)) != base_article(str(match.article)):
        return None
    note = (
        f"cited as “{citation.text}”, a bare number read as {citation.statute}'s; the words are, "
        f"exactly, Art. {match.article} of {match.title}, which the page names too: which law's "
        f"article the number means cannot be told"
    )
    return Link("unverified", link.cited_as, citation, note)
