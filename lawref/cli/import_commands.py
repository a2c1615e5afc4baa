"""``lawref import`` (a whole law, or a folder of laws) and ``lawref add`` (one piece at a time).

Both write only to the store folder named by ``--store DIR`` (or ./statutes when it is a store),
never into the installed package, and say which file they wrote.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from lawref.cli.app import cli, emit_json, format_option
from lawref.errors import InputError, StoreError
from lawref.importer import ImportPlan, Metadata, plan_import, read_input, write_plan
from lawref.models import Example, Statute, Translation
from lawref.store_edit import (
    add_article,
    add_citations,
    add_example,
    add_translation,
    checked,
    find_statute,
)
from lawref.store_write import statute_path, writable_store, write_statute

F = TypeVar("F", bound=Callable[..., Any])
_DATE = click.DateTime(formats=["%Y-%m-%d"])


def _options(*specs: tuple[tuple[str, ...], dict[str, Any]]) -> Callable[[F], F]:
    def decorate(func: F) -> F:
        for names, kwargs in reversed(specs):
            func = click.option(*names, **kwargs)(func)
        return func

    return decorate


statute_options = _options(
    (
        ("--id", "statute_id"),
        {"help": "Statute id, e.g. cn-cybersecurity-law (default: from --title)."},
    ),
    (("--title",), {"help": "English title."}),
    (("--title-original",), {"help": "Title in the original language (default: the first line)."}),
    (
        ("--alias", "aliases"),
        {"multiple": True, "help": "A short name it is cited by (repeatable)."},
    ),
    (("--jurisdiction",), {"help": "CN, US, EU, … (default CN for Chinese text)."}),
    (("--language",), {"help": "Language of the text (default: from its headings, zh or en)."}),
    (("--kind",), {"help": "law, administrative-regulation, code-section, …"}),
    (("--version",), {"help": "Version id (default: the year of the latest header date)."}),
    (("--adopted",), {"type": _DATE, "help": "Adoption date YYYY-MM-DD."}),
    (("--amended",), {"type": _DATE, "help": "Amendment date."}),
    (("--revised",), {"type": _DATE, "help": "Revision date."}),
    (("--effective",), {"type": _DATE, "help": "Date it took effect."}),
    (("--version-note",), {"help": "A note on this version."}),
    (("--source",), {"help": "Where the text is from: a publisher or repository (owner/name)."}),
    (("--source-url",), {"help": "Address of the page or file the text is from."}),
    (("--source-path",), {"help": "Path of the file inside the source repository."}),
    (("--commit",), {"help": "Commit of the source repository."}),
    (("--retrieved",), {"type": _DATE, "help": "Date the text was retrieved."}),
    (("--source-note",), {"help": "A note on the source."}),
)
write_options = _options(
    (
        ("--store", "store"),
        {
            "type": click.Path(file_okay=False, path_type=str),
            "help": "Store folder to write to (default: ./statutes when it is a store).",
        },
    ),
    (("--dry-run",), {"is_flag": True, "help": "Show what would be written; write nothing."}),
)


def _date(value: dt.datetime | None) -> dt.date | None:
    return value.date() if value is not None else None


def _metadata(values: dict[str, Any], **extra: Any) -> Metadata:
    return Metadata(
        id=values["statute_id"],
        title=values["title"],
        title_original=values["title_original"],
        aliases=tuple(values["aliases"]),
        jurisdiction=values["jurisdiction"],
        language=values["language"],
        kind=values["kind"],
        version=values["version"],
        adopted=_date(values["adopted"]),
        amended=_date(values["amended"]),
        revised=_date(values["revised"]),
        effective=_date(values["effective"]),
        version_note=values["version_note"],
        source=values["source"],
        source_url=values["source_url"],
        source_path=values["source_path"],
        commit=values["commit"],
        retrieved=_date(values["retrieved"]),
        source_note=values["source_note"],
        **extra,
    )


# --- import --------------------------------------------------------------------------------------


@cli.command("import")
@click.argument("source_file", metavar="FILE|DIR|-")
@statute_options
@click.option("--licence", help="Licence or reuse status of the source text.")
@click.option("--note", help="A note on the statute.")
@click.option("--history", is_flag=True, help="Also record the header's earlier dates as versions.")
@click.option("--force", is_flag=True, help="Replace a version (or file) that holds another text.")
@write_options
@format_option("text", "json")
def import_command(
    source_file: str,
    force: bool,
    dry_run: bool,
    store: str | None,
    output_format: str,
    **values: Any,
) -> None:
    """Split a whole law text (plain text or Markdown, UTF-8) into articles and store it.

    A Chinese text is cut at 第…条 lines, an English one at "Article N", "§ N." or "Section N"
    lines. Importing a new version of a statute in the store adds the version, keeps the
    articles that did not change and reports those that changed, were added or were removed.
    A folder is imported file by file (see --help of the folder form in the README).
    """
    root = writable_store(store)
    meta = _metadata(
        values,
        licence=values.pop("licence"),
        note=values.pop("note"),
        history=values.pop("history"),
    )
    if source_file != "-" and Path(source_file).is_dir():
        from lawref.bulk_import import import_directory

        import_directory(
            Path(source_file), root, meta, dry_run=dry_run, force=force, echo=click.echo
        )
        return
    text = read_input(source_file)
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
    structure = f", {chapters} chapters" if chapters else ""
    structure += f", {sections} sections" if sections else ""
    click.echo(f"read {split.source}: {len(articles)} articles{structure}")
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


# --- add -----------------------------------------------------------------------------------------


@cli.command("add")
@click.argument("statute_name", metavar="STATUTE")
@click.argument("article_number", metavar="[ARTICLE]", required=False)
@click.argument("text_file", metavar="[FILE|-]", required=False)
@click.option("--text", "inline_text", help="The text itself (instead of FILE or -).")
@click.option("--new", "create", is_flag=True, help="Create the statute (with the metadata flags).")
@statute_options
@click.option("--chapter", help="Chapter heading of the article.")
@click.option("--section", help="Section heading of the article.")
@click.option("--heading", help="The article's own caption.")
@click.option("--cited-as", multiple=True, help="Another citation of the article (repeatable).")
@click.option(
    "--translation",
    "translation_language",
    metavar="LANG",
    help="Add the text as a translation into LANG.",
)
@click.option("--publisher", help="Who published the translation.")
@click.option("--url", help="Page the translation was seen on.")
@click.option("--reuse", help="Licence or reuse status of the translation.")
@click.option("--licence", help="Licence: of the translation, or of the source text with --new.")
@click.option("--official/--unofficial", default=False, help="An official translation?")
@click.option("--ref", help="Id of the translation in its source list.")
@click.option("--truncated", is_flag=True, help="The translation stops where its copy stops.")
@click.option(
    "--source-form", help="The translation exactly as published, when text drops an insertion."
)
@click.option(
    "--note",
    help="A note on the translation (required when there is no --url), or on a new statute.",
)
@click.option(
    "--cite",
    "cites",
    multiple=True,
    help="Add an example citation resolving to ARTICLE (repeatable).",
)
@click.option("--quote", help="Add an example quotation of ARTICLE.")
@click.option("--verdict", help="Expected verdict of the --quote example.")
@click.option(
    "--replace",
    is_flag=True,
    help="Replace an article's different text (or a translation with the same ref).",
)
@write_options
def add_command(
    statute_name: str,
    article_number: str | None,
    text_file: str | None,
    inline_text: str | None,
    create: bool,
    store: str | None,
    dry_run: bool,
    **values: Any,
) -> None:
    """Add one article, a translation of one, citation forms or examples to a statute.

    \b
      lawref add cn-x 7 --text "…"                      an article (or FILE, or - for stdin)
      lawref add cn-x 7 --translation en --publisher P --url U --reuse R --text "…"
      lawref add cn-x 7 --cite "《X法》第七条"            an example citation
      lawref add cn-x 7 --new --title … --source … --text "…"   a new statute with its first article
    """
    root = writable_store(store)
    text = _text(inline_text, text_file)
    if create:
        statute, path, messages = _new_statute(root, statute_name, article_number, text, values)
    else:
        statute, path = find_statute(root, statute_name)
        messages = []
        statute = _apply(statute, article_number, text, values, messages)
    if not messages:
        raise InputError(
            "nothing to add: give a text (--text, FILE or -), --cite, --cited-as or --quote"
        )
    for message in messages:
        click.echo(f"{statute.id}: {message}")
    if dry_run:
        click.echo(f"(dry run: {path} not written)")
        return
    write_statute(statute, root, path)
    click.echo(f"wrote {path}")


def _text(inline: str | None, file: str | None) -> str | None:
    if inline is not None and file is not None:
        raise InputError("give the text once: --text or FILE, not both")
    if inline is not None:
        return inline
    return read_input(file).strip("\n") if file is not None else None


def _need_article(article_number: str | None, what: str) -> str:
    if article_number is None:
        raise InputError(f"{what} needs the ARTICLE number")
    return article_number


def _apply(
    statute: Statute,
    number: str | None,
    text: str | None,
    values: dict[str, Any],
    messages: list[str],
) -> Statute:
    version = values["version"]
    if text is not None and values["translation_language"]:
        translation = _translation(text, values)
        statute, message = add_translation(
            statute,
            _need_article(number, "a translation"),
            translation,
            version=version,
            replace=values["replace"],
        )
        messages.append(message)
    elif text is not None:
        fields = {k: values[k] for k in ("chapter", "section", "heading")}
        statute, message = add_article(
            statute,
            _need_article(number, "an article"),
            text,
            version=version,
            replace=values["replace"],
            **fields,
        )
        messages.append(message)
    elif values["translation_language"]:
        raise InputError("a translation needs its text (--text, FILE or -)")
    if values["cited_as"]:
        statute, message = add_citations(
            statute, _need_article(number, "--cited-as"), list(values["cited_as"]), version=version
        )
        messages.append(message)
    for cite in values["cites"]:
        example = checked(
            lambda c=cite: Example(cite=c, article=number, version=version), "example"
        )
        statute, message = add_example(statute, example)
        messages.append(message)
    if values["quote"]:
        example = checked(
            lambda: Example(
                quote=values["quote"], article=number, version=version, verdict=values["verdict"]
            ),
            "example",
        )
        statute, message = add_example(statute, example)
        messages.append(message)
    return statute


def _translation(text: str, values: dict[str, Any]) -> Translation:
    reuse = values["reuse"] or values["licence"]
    missing = [
        flag
        for flag, value in (("--publisher", values["publisher"]), ("--reuse (or --licence)", reuse))
        if not value
    ]
    if not (values["url"] or values["note"]):
        missing.append("--url (or --note saying where it was seen)")
    if missing:
        raise InputError(f"a translation needs its source: missing {', '.join(missing)}")
    return checked(
        lambda: Translation(
            language=values["translation_language"],
            text=text,
            publisher=values["publisher"],
            url=values["url"],
            official=values["official"],
            reuse=reuse,
            ref=values["ref"],
            source_form=values["source_form"],
            truncated=values["truncated"],
            note=values["note"],
        ),
        "translation",
    )


def _new_statute(
    root: Path, statute_id: str, number: str | None, text: str | None, values: dict[str, Any]
) -> tuple[Statute, Path, list[str]]:
    from lawref.importer import new_statute
    from lawref.splitter import SplitArticle, SplitResult

    if values["translation_language"]:
        raise InputError(
            "--new creates a statute with its first article: add translations afterwards"
        )
    if text is None or number is None:
        raise InputError("--new needs the first ARTICLE and its text (--text, FILE or -)")
    language = values["language"] or (
        "zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en"
    )
    meta = _metadata(
        {**values, "statute_id": statute_id}, licence=values["licence"], note=values["note"]
    )
    if meta.version is None:
        raise InputError("--new needs --version")
    piece = SplitArticle(
        number,
        number,
        text,
        0,
        len(text),
        1,
        None,
        values["chapter"],
        values["section"],
        values["heading"],
    )
    split = SplitResult(
        "--text", "zh" if language == "zh" else "article", language, None, (piece,), (), (), None
    )
    if not (meta.source_url or meta.source_path or meta.commit or meta.retrieved):
        raise InputError(
            "--new needs the source of the text: --source with --source-url or --source-path"
        )
    statute = checked(lambda: new_statute(meta, split, "--text"), statute_id)
    path = statute_path(root, statute.id, statute.jurisdiction)
    if path.exists():
        raise StoreError(f"{path} exists: add to it without --new")
    messages = [f"new statute with article {number} (version {meta.version})"]
    statute = _apply(statute, number, None, values, messages)
    return statute, path, messages
