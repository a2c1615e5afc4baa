"""The pieces of an import: the metadata flags, version ids and dates, provenance, articles.

Shared by a new statute (:func:`lawref.ingest.importer.new_statute`) and a new version of one
(:func:`lawref.ingest.importer.merge_version`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from lawref.errors import InputError
from lawref.ingest.law_header import DateEvent
from lawref.ingest.splitter import SplitArticle, SplitResult
from lawref.store.schema import Article, Provenance, Version


@dataclass(frozen=True)
class Metadata:
    """What the flags of ``lawref import`` say about the text; None = take it from the text."""

    id: str | None = None
    title: str | None = None  # English title
    title_original: str | None = None
    aliases: tuple[str, ...] = ()
    jurisdiction: str | None = None
    language: str | None = None
    kind: str | None = None
    version: str | None = None
    adopted: dt.date | None = None
    amended: dt.date | None = None
    revised: dt.date | None = None
    effective: dt.date | None = None
    version_note: str | None = None
    source: str | None = None  # publisher or repository ("LawRefBook/Laws")
    source_url: str | None = None
    source_path: str | None = None
    commit: str | None = None
    licence: str | None = None
    retrieved: dt.date | None = None
    source_note: str | None = None
    note: str | None = None
    history: bool = False  # also record earlier header dates as versions (without their text)


def _latest_event(split: SplitResult) -> DateEvent | None:
    events = [e for e in split.dates if e.kind != "effective"]
    return max(events, key=lambda e: e.date) if events else None


def version_id(meta: Metadata, split: SplitResult) -> str:
    if meta.version:
        return meta.version
    dates = [meta.revised, meta.amended, meta.adopted]
    event = _latest_event(split)
    day = next((d for d in dates if d), None) or (event.date if event else None)
    if day is None:
        raise InputError(f"{split.source}: no date in the text to name the version: pass --version")
    return str(day.year)


def header_versions(split: SplitResult) -> list[tuple[str, dict[str, dt.date], DateEvent]]:
    """One (id, dates, event) per adoption/amendment/revision in the header, oldest first."""
    events = sorted((e for e in split.dates if e.kind != "effective"), key=lambda e: e.date)
    effective = split.last_date("effective")
    found: list[tuple[str, dict[str, dt.date], DateEvent]] = []
    years = [e.date.year for e in events]
    for index, event in enumerate(events):
        vid = str(event.date.year) if years.count(event.date.year) == 1 else event.date.isoformat()
        dates: dict[str, dt.date] = {event.kind: event.date}
        following = events[index + 1].date if index + 1 < len(events) else dt.date.max
        if effective and event.date <= effective < following:
            dates["effective"] = effective  # "本法自…起施行" belongs to the event it follows
        found.append((vid, dates, event))
    return found


def make_version(
    meta: Metadata, split: SplitResult, vid: str, source: Provenance | None
) -> Version:
    dates: dict[str, dt.date] = {}
    for header_id, header_dates, _ in header_versions(split):
        if header_id == vid:
            dates = dict(header_dates)
    for name in ("adopted", "amended", "revised", "effective"):
        if getattr(meta, name) is not None:
            dates[name] = getattr(meta, name)
    return Version(id=vid, note=meta.version_note, source=source, **dates)


def provenance(meta: Metadata, source_name: str) -> Provenance:
    path = meta.source_path
    if not (meta.source_url or path or meta.commit or meta.retrieved):
        if source_name == "-":
            raise InputError(
                "-: reading stdin: say where the text is from (--source-url or --source-path)"
            )
        path = Path(source_name).name
    return Provenance(
        source=meta.source or (Path(source_name).name if source_name != "-" else "stdin"),
        url=meta.source_url,
        path=path,
        commit=meta.commit,
        retrieved=meta.retrieved,
        licence=meta.licence,
        note=meta.source_note,
    )


def stored_article(piece: SplitArticle, versions: list[str]) -> Article:
    chapter = " / ".join(h for h in (piece.part, piece.chapter) if h) or None
    return Article(
        number=piece.number,
        text=piece.text,
        versions=versions,
        chapter=chapter,
        section=piece.section,
        heading=piece.heading,
        kind=piece.kind,
    )


def history(split: SplitResult, current: str, source_name: str) -> list[Version]:
    """Versions for the header's earlier events; their text is not in the store."""
    return [
        Version(
            id=vid,
            note=f"recorded from the header of {Path(source_name).name}; its text is not in the store",
            **dates,
        )
        for vid, dates, _ in header_versions(split)
        if vid != current
    ]


def sorted_versions(versions: list[Version]) -> list[Version]:
    def first_date(version: Version) -> dt.date:
        days = [version.adopted, version.amended, version.revised, version.effective]
        return min((d for d in days if d), default=dt.date.max)

    if any(first_date(v) == dt.date.max for v in versions):
        return versions  # an undated version: keep the order the store had
    return sorted(versions, key=first_date)
