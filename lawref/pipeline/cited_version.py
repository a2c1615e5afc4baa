"""A citation's version against the text a quotation matched: whether a cited number is the
matched article in the cited version's numbering, and the sentence a report gives when the
citation names a version other than the one the words are from (issue 14, point 7).

:mod:`lawref.pipeline.attribution` asks both when it judges a quotation against a citation.
"""

from __future__ import annotations

from lawref.pipeline.checkable import base_article
from lawref.report import Match
from lawref.spans import CitationSpan
from lawref.store.files import Store
from lawref.store.versions import reading

__all__ = ["renumbered_reading", "version_note"]


def renumbered_reading(
    citation: CitationSpan, match: Match, store: Store | None
) -> tuple[bool, str | None] | None:
    """For a statute whose versions number articles differently (a renumbering is recorded):
    whether the cited article is the matched one in the cited (or dated) version's numbering,
    and the note saying which version the words come from. None: not such a case."""
    if store is None or citation.statute != match.statute or not citation.article:
        return None
    if match.version is None or not store.records_renumbering(match.statute):
        return None  # reading() would read the numbers as they are, and give no note
    statute = store.get(match.statute)
    if statute is None:
        return None
    fits, note = reading(
        statute,
        base_article(citation.article),
        citation.version,
        citation.dated,
        match.article,
        match.version,
    )
    return (fits, note) if note is not None else None


def version_note(citation: CitationSpan, match: Match, store: Store | None = None) -> str | None:
    """A sentence when the citation names a version other than the one the quotation matched:
    the store lacks the cited version's text ("cited as the 2017 text; compared with the 2018
    text, the 2017 text is not in the store"), or its text of the article differs ("the 2014
    law" quoted with 2023 words). None when they agree or either names no version."""
    if not citation.version or not match.version or citation.version == match.version:
        return None
    if citation.statute != match.statute:
        return None
    where = f"Article {match.article}"
    cited_version, matched_version = citation.version, match.version
    if store is not None:
        statute = store.get(match.statute)
        if statute is None:
            return None
        cited_articles = statute.articles_in(cited_version)
        if not cited_articles:
            return (
                f"cited as the {cited_version} text; compared with the {matched_version} text, "
                f"the {cited_version} text is not in the store"
            )
        cited = next((a for a in cited_articles if a.number == match.article), None)
        matched = statute.article(match.article, matched_version)
        if cited is not None and matched is not None and cited.text == matched.text:
            return None
        if cited is None:
            return (
                f"cited as the {cited_version} version, but the quoted words are from the "
                f"{matched_version} version; {where} is not in the {cited_version} version"
            )
    return (
        f"cited as the {cited_version} version, but the quoted words are from the "
        f"{matched_version} version, whose {where} differs"
    )
