"""``lawref import``: a whole law, or a folder of laws (``lawref add`` is in add_command.py).

Both write only to the store folder named by ``--store DIR`` (or ./statutes when it is a store),
never into the installed package, and say which file they wrote.
"""

from __future__ import annotations

import difflib
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import click

from lawref.cli import add_command  # noqa: F401  (registers add)
from lawref.cli.app import cli, emit_json, format_option
from lawref.cli.import_options import (
    input_size_option,
    metadata_from,
    statute_options,
    write_options,
)
from lawref.ingest.importer import ImportPlan, plan_import, read_input, write_plan
from lawref.store.lock import store_lock
from lawref.store.write import writable_store
from lawref.text.wording import counted

# --- import --------------------------------------------------------------------------------------


@cli.command("import")
@click.argument("source_file", metavar="FILE|DIR|-")
@statute_options
@click.option("--licence", help="Licence or reuse status of the source text.")
@click.option("--note", help="A note on the statute.")
@click.option("--history", is_flag=True, help="Also record the header's earlier dates as versions.")
@click.option("--force", is_flag=True, help="Replace a version (or file) that holds another text.")
@click.option(
    "--official-language",
    is_flag=True,
    help="FILE is version --version of statute --id in another official language (--language), "
    "equally authentic: attach each article to the stored article of the same number.",
)
@write_options
@input_size_option
@format_option("text", "json")
def import_command(
    source_file: str,
    force: bool,
    official_language: bool,
    dry_run: bool,
    store: str | None,
    max_bytes: int,
    output_format: str,
    **values: Any,
) -> None:
    """Split a whole law text (plain text or Markdown, UTF-8) into articles and store it.

    A Chinese text is cut at 第…条 lines, an English one at "Article N", "§ N." or "Section N"
    lines. Importing a new version of a statute in the store adds the version, keeps the
    articles that did not change and reports those that changed, were added or were removed.
    A folder (DIR) is imported file by file: ids come from the titles (cn-<pinyin>), files
    that cannot be split or whose title is already in the store are reported and skipped.
    """
    root = writable_store(store)
    meta = metadata_from(
        values,
        licence=values.pop("licence"),
        note=values.pop("note"),
        history=values.pop("history"),
    )
    if source_file != "-" and Path(source_file).is_dir():
        from lawref.ingest.bulk import import_directory

        with nullcontext() if dry_run else store_lock(root):
            import_directory(
                Path(source_file),
                root,
                meta,
                dry_run=dry_run,
                force=force,
                echo=click.echo,
                max_bytes=max_bytes,
            )
        return
    text = read_input(source_file, max_bytes)
    # Plan and write under the store's lock: the plan is made from the file as it is then.
    with nullcontext() if dry_run else store_lock(root):
        if official_language:
            from lawref.ingest.language_versions import plan_language_version

            plan = plan_language_version(text, source_file, meta, root)
        else:
            plan = plan_import(text, source_file, meta, root, force=force)
        if not dry_run:
            write_plan(plan)
    if output_format == "json":
        emit_json(plan_record(plan, dry_run))
        return
    print_plan(plan)
    if dry_run:
        _show_pending(plan.path, plan.text)
    elif plan.up_to_date:
        click.echo(f"already up to date: {plan.path}")
    else:
        click.echo(f"wrote {plan.path}")


def _excerpt(text: str, width: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[:width] + "…"


def print_plan(plan: ImportPlan) -> None:
    split, statute = plan.split, plan.statute
    articles = split.articles
    chapters = len({a.chapter for a in articles if a.chapter})
    sections = len({(a.chapter, a.section) for a in articles if a.section})
    structure = f", {counted(chapters, 'chapter')}" if chapters else ""
    structure += f", {counted(sections, 'section')}" if sections else ""
    click.echo(f"read {split.source}: {counted(len(articles), 'article')}{structure}")
    click.echo(f"  first: {articles[0].label} {_excerpt(articles[0].text)}")
    click.echo(f"  last:  {articles[-1].label} {_excerpt(articles[-1].text)}")
    if split.dates:
        click.echo("  dates: " + ", ".join(f"{e.kind} {e.date}" for e in split.dates))
    for warning in split.warnings:
        click.echo(f"  warning: {warning}")
    for note in plan.notes:
        click.echo(f"  note: {note}")
    if plan.previous is None:
        click.echo(f"{statute.id}: new statute, version {plan.version}")
        return
    click.echo(
        f"{statute.id}: version {plan.version}; versions now {', '.join(statute.version_ids())}"
    )
    if plan.compared_with is None:
        return
    click.echo(
        f"  compared with version {plan.compared_with}: {len(plan.unchanged)} unchanged, "
        f"{len(plan.changed)} changed, {len(plan.added)} added, {len(plan.removed)} removed"
    )
    for label, numbers in (
        ("changed", plan.changed),
        ("added", plan.added),
        ("removed", plan.removed),
    ):
        if numbers:
            click.echo(f"  {label}: {', '.join(numbers)}")
    if plan.moved:
        click.echo("  same text, new number: " + ", ".join(f"{a}→{b}" for a, b in plan.moved))


def plan_record(plan: ImportPlan, dry_run: bool) -> dict[str, Any]:
    return {
        "statute": plan.statute.id,
        "file": str(plan.path),
        "written": not dry_run and not plan.up_to_date,
        "new_statute": plan.previous is None,
        "version": plan.version,
        "versions": plan.statute.version_ids(),
        "articles": plan.split.numbers(),
        "warnings": list(plan.split.warnings),
        "notes": list(plan.notes),
        "compared_with": plan.compared_with,
        "unchanged": list(plan.unchanged),
        "changed": list(plan.changed),
        "added": list(plan.added),
        "removed": list(plan.removed),
        "moved": [list(pair) for pair in plan.moved],
    }


def _show_pending(path: Path, text: str) -> None:
    """--dry-run: the diff against the file as it is, or the whole new file."""
    if path.is_file():
        old = path.read_text(encoding="utf-8")
        diff = difflib.unified_diff(
            old.splitlines(keepends=True), text.splitlines(keepends=True), str(path), str(path)
        )
        shown = "".join(diff)
        click.echo(shown if shown else f"(no change to {path})", nl=not shown)
    else:
        click.echo(f"--- would write {path} ---")
        click.echo(text, nl=False)
    click.echo("(dry run: nothing written)")
