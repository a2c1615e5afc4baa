"""``lawref import DIR``: every ``*.txt``/``*.md`` law under a folder, one single-file import each.

Ids are derived from the titles: ``cn-`` and the pinyin of the short title (国家情报法 →
``cn-guo-jia-qing-bao-fa``), shortened with a hash when very long. A file whose title or short
name is already used by a statute in the store is skipped (the store refuses two statutes under
one name), as is a file that cannot be split; the import reports both and goes on.

An ``INDEX.tsv`` beside the files (columns path, kind, title, version_date, source_path; a first
line ``# source: <host>/<owner>/<repo> @ <commit>; …``) supplies kind, version date and provenance.
The bulk texts have no English titles: ``title`` holds the original only, and the entry's note
says so.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from lawref.errors import LawrefError
from lawref.ingest.importer import (
    MAX_INPUT_BYTES,
    Metadata,
    plan_import,
    read_input,
    short_title,
    write_plan,
)
from lawref.ingest.splitter import split_text
from lawref.store.files import collect, name_key, store_paths
from lawref.store.write import find_statute_files
from lawref.text.wording import counted

MAX_ID_LENGTH = 100
_SOURCE_LINE = re.compile(
    r"^#\s*source:\s*(?:[\w.-]+/)?(?P<repo>[\w.-]+/[\w.-]+)\s*@\s*(?P<commit>[0-9a-f]{7,40})"
)


@dataclass
class DirectoryReport:
    imported: list[str] = field(default_factory=list)  # statute ids written (or to be written)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, why)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, error)
    articles: int = 0


def read_index(folder: Path) -> tuple[dict[str, dict[str, str]], str | None, str | None]:
    """Rows of ``folder/INDEX.tsv`` by path, and the source repository and commit it names."""
    index_file = folder / "INDEX.tsv"
    if not index_file.is_file():
        return {}, None, None
    # Read like a law text: a binary, huge or non-UTF-8 index is one InputError naming it.
    lines = read_input(str(index_file)).splitlines()
    repo = commit = None
    if lines and lines[0].startswith("#"):
        match = _SOURCE_LINE.match(lines[0])
        if match:
            repo, commit = match["repo"], match["commit"]
        lines = lines[1:]
    rows = {row["path"]: row for row in csv.DictReader(lines, delimiter="\t") if row.get("path")}
    return rows, repo, commit


def pinyin_id(title: str, prefix: str = "cn") -> str:
    """``cn-guo-jia-qing-bao-fa`` for 国家情报法; very long titles end in a short hash."""
    from pypinyin import lazy_pinyin

    syllables = [re.sub(r"[^a-z0-9]", "", s.casefold()) for s in lazy_pinyin(title)]
    words = [s for s in syllables if s]
    slug = "-".join(words) or "law"
    if len(slug) > MAX_ID_LENGTH:
        digest = hashlib.sha1(title.encode("utf-8")).hexdigest()[:8]
        slug = slug[: MAX_ID_LENGTH - 9].rsplit("-", 1)[0] + "-" + digest
    return f"{prefix}-{slug}"


def import_directory(
    folder: Path,
    root: Path,
    meta: Metadata,
    *,
    dry_run: bool = False,
    force: bool = False,
    echo: Callable[[str], None] = print,
    max_bytes: int = MAX_INPUT_BYTES,
) -> DirectoryReport:
    """Import every law text under ``folder`` into the store folder ``root``; ``max_bytes`` is the
    size limit of each file (``--max-size``)."""
    rows, repo, commit = read_index(folder)
    files = find_statute_files(root)
    store, _ = collect(store_paths([root]))
    names = {key: ids[0] for key, ids in store.names().items()}
    used_ids = set(store.statutes) | set(files)
    report = DirectoryReport()
    paths = sorted(p for p in folder.rglob("*") if p.suffix in (".txt", ".md") and p.is_file())
    for path in paths:
        relative = path.relative_to(folder).as_posix()
        row = rows.get(relative, {})
        try:
            text = read_input(str(path), max_bytes)
            split = split_text(text, relative)
            title = split.title or row.get("title") or path.stem
            short = short_title(title) or row.get("title")
            own_names = (title, short, row.get("title"))
            taken = next(
                (names[name_key(n)] for n in own_names if n and name_key(n) in names), None
            )
            if taken is not None and taken not in files:
                report.skipped.append((relative, f"already in the store as {taken}"))
                continue
            statute_id = taken or _unique(pinyin_id(short or title), used_ids)
            file_meta = _file_meta(meta, split, row, relative, title, short, repo, commit)
            # A statute already in this store keeps its titles; a new one gets the file's.
            file_meta = replace(file_meta, id=statute_id, title=None)
            plan = plan_import(text, relative, file_meta, root, force=force, files=files)
        except LawrefError as exc:
            report.failed.append((relative, str(exc).removeprefix(f"{relative}: ")))
            echo(f"{relative}: {report.failed[-1][1]}")
            continue
        if not dry_run:
            write_plan(plan)
        files[plan.statute.id] = plan.path
        used_ids.add(plan.statute.id)
        for name in plan.statute.names():
            names.setdefault(name_key(name), plan.statute.id)
        (report.unchanged if plan.up_to_date else report.imported).append(plan.statute.id)
        report.articles += len(split.articles)
        if split.warnings:
            more = f" (and {len(split.warnings) - 1} more)" if len(split.warnings) > 1 else ""
            echo(f"{relative}: warning: {split.warnings[0]}{more}")
    verb = "would import" if dry_run else "imported"
    echo(
        f"{verb} {counted(len(report.imported), 'statute')} ({counted(report.articles, 'article')}) into {root}; "
        f"{len(report.unchanged)} unchanged, {len(report.skipped)} skipped, "
        f"{len(report.failed)} could not be imported"
    )
    for relative, why in report.skipped:
        echo(f"  skipped {relative}: {why}")
    return report


def _unique(statute_id: str, used: set[str]) -> str:
    candidate, number = statute_id, 2
    while candidate in used:
        candidate, number = f"{statute_id}-{number}", number + 1
    return candidate


def _file_meta(
    meta: Metadata,
    split: object,
    row: dict[str, str],
    relative: str,
    title: str,
    short: str | None,
    repo: str | None,
    commit: str | None,
) -> Metadata:
    dates = getattr(split, "dates", ())
    version = meta.version
    if version is None and not any(e.kind != "effective" for e in dates):
        version = (row.get("version_date") or "")[:4] or "undated"
    aliases = tuple(a for a in (short, row.get("title")) if a and a != title)
    return replace(
        meta,
        title_original=title,
        aliases=tuple(dict.fromkeys((*meta.aliases, *aliases))),
        kind=meta.kind or row.get("kind") or None,
        version=version,
        source=meta.source or repo or "local files",
        source_path=row.get("source_path") or relative,
        commit=meta.commit or commit,
        note=meta.note or "No English title recorded.",
    )
