"""``lawref import``: a whole law text becomes a statute entry, or a new version of one.

The work is split in two so that ``--dry-run`` and the real thing share every step:
:func:`plan_import` reads, splits, merges with what the store holds and validates, returning an
:class:`ImportPlan` (the statute, the YAML text, what changed); :func:`write_plan` writes it
atomically. A directory import (:mod:`lawref.ingest.bulk`) is a loop over the same two calls.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from lawref.errors import InputError, StoreError
from lawref.ingest.parts import (
    Metadata,
    history,
    make_version,
    provenance,
    sorted_versions,
    stored_article,
    version_id,
)
from lawref.ingest.splitter import SplitResult, split_text
from lawref.store.edit import checked
from lawref.store.files import read_statute_file
from lawref.store.schema import Article, Statute, Version, article_sort_key
from lawref.store.write import atomic_write, find_statute_files, statute_path, validated_text
from lawref.text.wording import counted

MAX_INPUT_BYTES = 32 * 1024 * 1024  # the default --max-size of import and add
# Encodings a file declares by its bytes alone (a byte-order mark, or valid UTF-8).
_EXACT_ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-32")
_PRC = "中华人民共和国"


@dataclass(frozen=True)
class ImportPlan:
    statute: Statute
    path: Path
    split: SplitResult
    version: str
    previous: Statute | None  # the entry as the store holds it (None: a new statute)
    text: str  # the YAML to write
    up_to_date: bool  # the store already holds exactly this
    unchanged: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    moved: tuple[tuple[str, str], ...] = ()  # (old number, new number) with the same text
    compared_with: str | None = None  # the version the changes are counted against
    notes: tuple[str, ...] = field(default_factory=tuple)


# --- reading -------------------------------------------------------------------------------------


def read_input(name: str, max_bytes: int = MAX_INPUT_BYTES) -> str:
    """The text of FILE, or of stdin for "-": UTF-8, or UTF-16/UTF-32 with a byte-order mark.

    Statute text is data of record, so its encoding is never guessed: a file that only reads as
    GB18030, cp1252 or BOM-less UTF-16 is refused with what it seems to be. ``max_bytes`` is
    ``--max-size``. Every problem is one InputError naming the file.
    """
    from lawref.read.decoding import decode_bytes
    from lawref.read.source import read_file_or_stdin

    raw = read_file_or_stdin(name, max_bytes)
    shown = "stdin" if name == "-" else name
    if not raw.strip():
        raise InputError(f"{shown}: empty file")
    text, encoding = decode_bytes(raw, shown)
    if encoding not in _EXACT_ENCODINGS:
        seems = "UTF-16 without a byte-order mark" if "16" in encoding else encoding.upper()
        raise InputError(
            f"{shown}: not UTF-8 (it reads as {seems}); statute text is not guessed: "
            "convert the file to UTF-8"
        )
    if not text.strip():
        raise InputError(f"{shown}: empty file")
    return text


# --- names ---------------------------------------------------------------------------------------


def slugify(text: str) -> str:
    """ "national-security-law" for "National Security Law of the People's Republic of China".

    A long title that ends in its short name, "… (General Data Protection Regulation)", gives
    the short name's slug.
    """
    short = re.search(r"\(([^()]{3,80})\)\s*$", text)
    if short and len(text) > 100:
        text = short[1]
    text = re.sub(r"(?i)\bof the people'?s republic of china\b|^the\s+|^prc\s+", "", text.strip())
    text = re.sub(r"[\u2018\u2019']", "", text)
    slug = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
    return slug if len(slug) <= 100 else slug[:100].rsplit("-", 1)[0]


def short_title(title: str) -> str | None:
    """国家安全法 for 中华人民共和国国家安全法 (the name reporting uses), else None."""
    if title.startswith(_PRC) and len(title) > len(_PRC) + 1:
        return title[len(_PRC) :]
    return None


# --- building the statute ------------------------------------------------------------------------


def _squeeze(value: str | None) -> str:
    return re.sub(r"\s+", "", value or "")


def _same_place(old: Article, new: Article) -> bool:
    """Same text in the same chapter and section ("总 则" and "总则" are the same heading)."""
    return (
        old.text == new.text
        and _squeeze(old.chapter) == _squeeze(new.chapter)
        and _squeeze(old.section) == _squeeze(new.section)
        and old.heading == new.heading
    )


def new_statute(meta: Metadata, split: SplitResult, source_name: str) -> Statute:
    language = meta.language or split.language
    jurisdiction = meta.jurisdiction or ("CN" if language == "zh" else None)
    if jurisdiction is None:
        raise InputError(f"{source_name}: pass --jurisdiction (e.g. US, EU)")
    original = meta.title_original or (split.title if language != "en" else None)
    english = meta.title or (split.title if language == "en" else None)
    if language != "en" and not original:
        raise InputError(f"{source_name}: no title line found: pass --title-original")
    if not english and not meta.id:
        raise InputError(f"{source_name}: pass --title (the English title) or --id")
    title = {language: original} if language != "en" else {}
    if english:
        title["en"] = english
    statute_id = meta.id or f"{jurisdiction.lower()}-{slugify(english or '')}"
    aliases = list(meta.aliases)
    short = short_title(original or "")
    if short and short not in aliases:
        aliases.insert(0, short)
    vid = version_id(meta, split)
    versions = [make_version(meta, split, vid, None)]
    if meta.history:
        versions = sorted_versions(history(split, vid, source_name) + versions)
    articles = [stored_article(a, [vid] if len(versions) > 1 else []) for a in split.articles]
    return Statute(
        id=statute_id,
        jurisdiction=jurisdiction,
        language=language,
        title=title,
        aliases=[a for a in dict.fromkeys(aliases) if a not in title.values()],
        kind=meta.kind,
        versions=versions,
        source=provenance(meta, source_name),
        articles=articles,
        note=meta.note,
    )


def add_version(
    old: Statute, meta: Metadata, split: SplitResult, source_name: str, *, force: bool
) -> tuple[Statute, dict[str, object]]:
    """``old`` with the split text as version ``vid``: a new version, or the same one again.

    Articles whose text (and chapter) did not change are reused: their ``versions`` list grows,
    and their translations stay. Replacing a version that has a different text needs ``force``.
    """
    vid = version_id(meta, split)
    if meta.jurisdiction and meta.jurisdiction != old.jurisdiction:
        raise StoreError(f"{old.id} is {old.jurisdiction}, not {meta.jurisdiction}")
    if meta.language and meta.language != old.language:
        raise StoreError(f"{old.id} is in {old.language!r}, not {meta.language!r}")
    versions = _versions_with(old, meta, split, vid, source_name)
    order = [v.id for v in versions]
    articles = [
        a.model_copy(update={"versions": a.versions or old.version_ids()}) for a in old.articles
    ]
    held = [(a.number, a.text) for a in articles if vid in a.versions]
    if held and held != [(a.number, a.text) for a in split.articles] and not force:
        raise StoreError(
            f"{old.id} already has version {vid} with a different text "
            "(pass --force to replace it, or --version for a new version)"
        )
    # Take the version off every article, then give it back to those the new text still has.
    articles = [
        a.model_copy(update={"versions": [v for v in a.versions if v != vid]}) for a in articles
    ]
    compare = _previous_with_text(order, vid, articles)
    before = {a.number: a for a in articles if compare in a.versions} if compare else {}
    for piece in split.articles:
        fresh = stored_article(piece, [vid])
        reuse = next(
            (
                i
                for i, a in enumerate(articles)
                if a.number == fresh.number and vid not in a.versions and _same_place(a, fresh)
            ),
            None,
        )
        if reuse is None:
            articles.append(fresh)
        else:
            kept = articles[reuse]
            articles[reuse] = kept.model_copy(update={"versions": [*kept.versions, vid]})
    dropped = [a for a in articles if not a.versions]
    articles = [
        a.model_copy(update={"versions": sorted(set(a.versions), key=order.index)})
        for a in articles
        if a.versions
    ]
    articles.sort(key=lambda a: (article_sort_key(a.number), order.index(a.versions[0])))
    if len(order) == 1:
        articles = [a.model_copy(update={"versions": []}) for a in articles]
    statute = old.model_copy(
        update={
            "versions": versions,
            "articles": articles,
            "aliases": list(dict.fromkeys([*old.aliases, *meta.aliases])),
            "title": {
                **old.title,
                **({"en": meta.title} if meta.title else {}),
                **({old.language: meta.title_original} if meta.title_original else {}),
            },
        }
    )
    changes = _changes(before, split, compare)
    changes["notes"] = tuple(
        f"article {a.number} left version {vid} and is gone, with its "
        f"{counted(len(a.translations), 'translation')}"
        for a in dropped
        if a.translations
    )
    return checked(lambda: Statute.model_validate(statute.model_dump()), old.id), changes


def _versions_with(
    old: Statute, meta: Metadata, split: SplitResult, vid: str, source_name: str
) -> list[Version]:
    """``old``'s versions with ``vid`` added (or updated in place), plus the history the text
    records with ``--history``; in date order."""
    origin = provenance(meta, source_name)
    version = make_version(meta, split, vid, None if origin == old.source else origin)
    existing = next((v for v in old.versions if v.id == vid), None)
    versions = list(old.versions)
    if existing is not None:
        version = _updated_version(existing, version)
        versions = [version if v.id == vid else v for v in versions]
    else:
        versions.append(version)
    known = {v.id for v in versions}
    if meta.history:
        versions += [v for v in history(split, vid, source_name) if v.id not in known]
    return sorted_versions(versions)


def _updated_version(old: Version, new: Version) -> Version:
    """``old`` with every field ``new`` sets."""
    values = {k: v for k, v in new.model_dump().items() if v is not None}
    return checked(lambda: Version.model_validate({**old.model_dump(), **values}), "version")


def _previous_with_text(order: list[str], vid: str, articles: list[Article]) -> str | None:
    """The latest version before ``vid`` (or else any other) that has article text."""
    with_text = [v for v in order if v != vid and any(v in a.versions for a in articles)]
    earlier = [v for v in with_text if order.index(v) < order.index(vid)]
    return (earlier or with_text or [None])[-1]


def _changes(
    before: dict[str, Article], split: SplitResult, compare: str | None
) -> dict[str, object]:
    after = {a.number: a.text for a in split.articles}
    old_text = {number: a.text for number, a in before.items()}
    by_text = {text: number for number, text in old_text.items()}
    return {
        "compared_with": compare,
        "unchanged": tuple(n for n in after if old_text.get(n) == after[n]),
        "changed": tuple(n for n in after if n in old_text and old_text[n] != after[n]),
        "added": tuple(n for n in after if n not in old_text),
        "removed": tuple(n for n in old_text if n not in after),
        "moved": tuple(
            (by_text[text], n)
            for n, text in after.items()
            if text in by_text and by_text[text] != n
        ),
    }


# --- planning and writing ------------------------------------------------------------------------


def plan_import(
    text: str,
    source_name: str,
    meta: Metadata,
    root: Path,
    *,
    force: bool = False,
    files: dict[str, Path] | None = None,
) -> ImportPlan:
    """Everything ``lawref import`` does except the write: split, merge, validate.

    ``files`` (statute id → file) saves rescanning the store when importing many files.
    """
    split = split_text(text, source_name)
    duplicates = [w for w in split.warnings if w.startswith("duplicate article")]
    if duplicates:
        raise InputError(f"{source_name}: {duplicates[0]}: fix the headings or split the text")
    files = find_statute_files(root) if files is None else files
    # A bad --id, alias or title fails the schema: one StoreError line, not a traceback.
    candidate = (
        None
        if meta.id in files
        else checked(lambda: new_statute(meta, split, source_name), meta.id or source_name)
    )
    statute_id = meta.id or candidate.id  # type: ignore[union-attr]
    jurisdiction = candidate.jurisdiction if candidate else ""
    path = files.get(statute_id) or statute_path(root, statute_id, jurisdiction)
    previous = load_existing(path, statute_id)
    notes: list[str] = []
    if previous is None:
        if candidate is None or (path.exists() and not force):
            raise StoreError(
                f"{path} exists and holds another statute (pass --force to replace it)"
            )
        statute: Statute = candidate
        changes: dict[str, object] = {"added": tuple(split.numbers())}
    else:
        statute, changes = add_version(previous, meta, split, source_name, force=force)
        notes += changes.pop("notes")  # type: ignore[arg-type]
    body = validated_text(statute, path)
    old_text = path.read_text(encoding="utf-8") if path.is_file() else None
    if split.preamble:
        notes.append(f"text before the first article is not stored: {split.preamble[:60]!r}")
    return ImportPlan(
        statute=statute,
        path=path,
        split=split,
        version=version_id(meta, split),
        previous=previous,
        text=body,
        up_to_date=old_text == body,
        notes=tuple(notes),
        **changes,  # type: ignore[arg-type]
    )


def load_existing(path: Path, statute_id: str) -> Statute | None:
    """The statute stored in ``path`` if it is ``statute_id`` (None: no file, or another
    statute's); a file with problems cannot be updated (StoreError)."""
    if not path.is_file():
        return None
    statute, problems = read_statute_file(path)
    if problems or statute is None:
        raise StoreError(f"cannot update {path}: {problems[0] if problems else 'unreadable'}")
    if statute.id != statute_id:
        return None
    return statute


def write_plan(plan: ImportPlan) -> Path:
    if not plan.up_to_date:
        atomic_write(plan.path, plan.text)
    return plan.path


def import_text(
    text: str,
    source_name: str,
    meta: Metadata,
    root: Path,
    *,
    dry_run: bool = False,
    force: bool = False,
) -> ImportPlan:
    plan = plan_import(text, source_name, meta, root, force=force)
    if not dry_run:
        write_plan(plan)
    return plan


def with_defaults(meta: Metadata, **values: object) -> Metadata:
    """``meta`` with the fields it leaves empty filled from ``values``."""
    return replace(meta, **{k: v for k, v in values.items() if getattr(meta, k) in (None, ())})
