"""The authorities a document cites: one record per statute (or unresolved name), for ``cites``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from lawref.citations.find import CitationFinder
from lawref.citations.name_forms import key
from lawref.report import (
    CitedStatute,
    CitesDocument,
    CitesReport,
    citation_record,
    located_citations,
)
from lawref.spans import CitationSpan, SourceText
from lawref.store.files import Store
from lawref.store.schema import article_sort_key


def cited_statutes(citations: Sequence[CitationSpan], store: Store) -> list[CitedStatute]:
    """One record per statute cited (or per unresolved name), in order of first mention.
    ``mentions`` counts places in the text: "Articles 7 and 14 of X" is one mention of X."""
    groups: dict[tuple[str, ...], list[CitationSpan]] = {}
    for citation in citations:
        if citation.statute:
            group: tuple[str, ...] = ("statute", citation.statute)
        elif citation.ambiguous:
            group = ("ambiguous", *citation.ambiguous)
        else:
            group = ("unknown", key(citation.name or citation.text))
        groups.setdefault(group, []).append(citation)
    summaries = []
    for found in groups.values():
        first = found[0]
        statute = store.get(first.statute) if first.statute else None
        summaries.append(
            CitedStatute(
                statute=first.statute,
                title=statute.title_en if statute else None,
                title_original=statute.title_original if statute else None,
                name=first.name or first.text,
                ambiguous=list(first.ambiguous),
                articles=sorted({c.article for c in found if c.article}, key=article_sort_key),
                versions=sorted({c.version for c in found if c.version}),
                mentions=len({(c.start, c.end) for c in found}),
                first=min(c.start for c in found),
                pin_cites=list(
                    dict.fromkeys(
                        pin_cite(c.article, c.subdivision) for c in found if c.subdivision
                    )
                ),
                notes=list(dict.fromkeys(n for c in found if c.note for n in c.note.split("; "))),
            )
        )
    return sorted(summaries, key=lambda s: s.first)


def cites_document(
    source: SourceText, citations: Sequence[CitationSpan], store: Store
) -> CitesDocument:
    return CitesDocument(
        source=source.source,
        citations=located_citations([citation_record(c) for c in citations], source),
        statutes=cited_statutes(citations, store),
    )


def find_authorities(
    sources: Sequence[SourceText],
    store: Store,
    finder: CitationFinder | None = None,
    date: dt.date | None = None,
) -> tuple[CitesReport, list[list[CitationSpan]]]:
    """The cites report of each document, and the citations found in each (for renderers that
    need more than the contract holds: the unresolved names' candidates). ``date`` (--date), or
    else each document's own, picks the version of a citation that names none."""
    finder = finder or CitationFinder(store)
    found = [finder.find(source.text, date or source.date) for source in sources]
    report = CitesReport(
        documents=[cites_document(s, c, store) for s, c in zip(sources, found, strict=True)]
    )
    return report, found


def pin_cite(article: str | None, subdivision: str) -> str:
    """ "7(2)", "4 Paragraph 7": an article with the part of it a citation names."""
    gap = " " if article and subdivision[:1].isalpha() else ""
    return f"{article or ''}{gap}{subdivision}"
