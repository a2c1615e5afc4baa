"""``lawref import --official-language``: a version's text in another of its official languages.

An EU regulation is enacted in every official language of the Union, each text equally authentic:
the French GDPR is not a translation of the English one. Such a file is split like any other and
each of its articles is attached to the stored article of the same number in the same version,
as a :class:`~lawref.store.schema.LanguageVersion`; where it came from is recorded once, on the
version (:class:`~lawref.store.schema.OfficialLanguage`).
"""

from __future__ import annotations

from pathlib import Path

from lawref.errors import InputError, StoreError
from lawref.ingest.importer import ImportPlan, load_existing
from lawref.ingest.parts import Metadata, provenance
from lawref.ingest.splitter import split_text
from lawref.store.edit import checked
from lawref.store.schema import LanguageVersion, OfficialLanguage, Statute
from lawref.store.write import find_statute_files, validated_text


def plan_language_version(text: str, source_name: str, meta: Metadata, root: Path) -> ImportPlan:
    """The statute ``meta.id`` with ``text`` as version ``meta.version`` in ``meta.language``."""
    if not (meta.id and meta.language):
        raise InputError(f"{source_name}: --official-language needs --id and --language")
    path = find_statute_files(root).get(meta.id)
    old = load_existing(path, meta.id) if path else None
    if old is None or path is None:
        raise StoreError(f"{meta.id} is not in the store: import its text first")
    if meta.language == old.language:
        raise InputError(f"{source_name}: {meta.id} is already in {meta.language!r}")
    vid = meta.version or old.latest_version()
    if vid not in old.version_ids():
        raise StoreError(f"{meta.id} has no version {vid!r}")
    split = split_text(text, source_name)
    pieces = {piece.number: piece for piece in split.articles}
    numbers = [a.number for a in old.articles_in(vid)]
    missing = [n for n in numbers if n not in pieces]
    extra = [n for n in pieces if n not in numbers]
    if missing or extra:
        raise InputError(
            f"{source_name}: its articles are not those of {meta.id} {vid} "
            f"(missing {missing[:5]}, extra {extra[:5]})"
        )
    articles = []
    for article in old.articles:
        if article.versions and vid not in article.versions:
            articles.append(article)
            continue
        piece = pieces[article.number]
        kept = [lv for lv in article.language_versions if lv.language != meta.language]
        fresh = LanguageVersion(language=meta.language, text=piece.text, heading=piece.heading)
        articles.append(article.model_copy(update={"language_versions": [*kept, fresh]}))
    official = OfficialLanguage(
        language=meta.language, source=provenance(meta, source_name), note=meta.version_note
    )
    versions = []
    for version in old.versions:
        if version.id == vid:
            others = [o for o in version.official_languages if o.language != meta.language]
            version = version.model_copy(update={"official_languages": [*others, official]})
        versions.append(version)
    updated = old.model_copy(update={"articles": articles, "versions": versions})
    statute = checked(lambda: Statute.model_validate(updated.model_dump()), old.id)
    body = validated_text(statute, path)
    return ImportPlan(
        statute=statute,
        path=path,
        split=split,
        version=vid,
        previous=old,
        text=body,
        up_to_date=path.read_text(encoding="utf-8") == body,
        unchanged=tuple(numbers),
        notes=(f"attached as the {meta.language!r} official language version of {vid}",),
    )
