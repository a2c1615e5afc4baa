"""The JSON record of one stored article, as ``lawref show --format json`` and the web API give it."""

from __future__ import annotations

from typing import Any

from lawref.store.schema import Article, Statute


def article_record(statute: Statute, article: Article) -> dict[str, Any]:
    """An article with its versions, translations and the sources of its texts: the statute's
    ``source``, and ``version_sources`` for each of the article's versions whose text has a source
    of its own (the 2025 text of a law amended in 2025 is not the 2016 file)."""
    versions = article.versions or statute.version_ids()
    version_sources = [
        {"version": v.id, **v.source.model_dump(mode="json", exclude_none=True)}
        for v in statute.versions
        if v.source is not None and v.id in versions
    ]
    return {
        "statute": statute.id,
        "title": statute.title_en,
        "title_original": statute.title_original,
        "article": article.number,
        "versions": versions,
        "chapter": article.chapter,
        "section": article.section,
        "heading": article.heading,
        "language": statute.language,
        "text": article.text,
        "source": statute.source.model_dump(mode="json", exclude_none=True),
        "version_sources": version_sources,
        "translations": [
            t.model_dump(mode="json", exclude_none=True) for t in article.translations
        ],
    }
