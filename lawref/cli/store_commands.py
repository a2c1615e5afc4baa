"""``lawref list``, ``show``, ``validate`` and ``schema``: reading the store."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from lawref.cli.app import cli, emit_json, format_option, one_line, store_option, terminal_safe
from lawref.errors import StoreError
from lawref.render.facts import article_label
from lawref.store.files import Store, collect, store_paths
from lawref.store.load import load_store
from lawref.store.schema import Article, Statute, article_sort_key
from lawref.store.versions import numbering_note


def statute_summary(statute: Statute, store: Store) -> dict[str, Any]:
    return {
        "id": statute.id,
        "title_original": statute.title_original,
        "title_en": statute.title_en,
        "jurisdiction": statute.jurisdiction,
        "language": statute.language,
        "versions": statute.version_ids(),
        "articles": len({a.number for a in statute.articles if a.kind == "article"}),
        # recitals and annexes (an EU act's), counted apart from the articles
        **{
            plural: count
            for kind, plural in (("recital", "recitals"), ("annex", "annexes"))
            if (count := len({a.number for a in statute.articles if a.kind == kind}))
        },
        "file": str(store.files[statute.id]),
    }


@cli.command("list")
@click.option("--jurisdiction", help="Only statutes of this jurisdiction (CN, US, EU, …).")
@format_option("text", "json")
@store_option
def list_command(jurisdiction: str | None, output_format: str, stores: tuple[str, ...]) -> None:
    """List the statutes in the store."""
    store = load_store(stores)
    rows = [
        statute_summary(s, store)
        for s in sorted(store, key=lambda s: (s.jurisdiction, s.id))
        if jurisdiction is None or s.jurisdiction.casefold() == jurisdiction.casefold()
    ]
    if output_format == "json":
        emit_json(rows)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(box=None, pad_edge=False, header_style="bold")
    for column in ("id", "title", "English title", "jur.", "versions", "articles"):
        table.add_column(column, overflow="fold")
    from rich.text import Text

    for row in rows:
        # Text, not str: a title such as "[link=…]" is not rich markup.
        cells = (
            row["id"],
            row["title_original"],
            row["title_en"],
            row["jurisdiction"],
            ", ".join(row["versions"]),
            str(row["articles"])
            + "".join(f" +{row[k]} {k}" for k in ("recitals", "annexes") if k in row),
        )
        table.add_row(*(Text(terminal_safe(cell)) for cell in cells))
    import sys

    Console(width=None if sys.stdout.isatty() else 240).print(table)
    click.echo(f"{len(rows)} statutes")


def article_record(statute: Statute, article: Article) -> dict[str, Any]:
    return {
        "statute": statute.id,
        "title": statute.title_en,
        "title_original": statute.title_original,
        "article": article.number,
        "versions": article.versions or statute.version_ids(),
        "chapter": article.chapter,
        "section": article.section,
        "heading": article.heading,
        "language": statute.language,
        "text": article.text,
        "source": statute.source.model_dump(mode="json", exclude_none=True),
        "translations": [
            t.model_dump(mode="json", exclude_none=True) for t in article.translations
        ],
    }


def _echo(text: str) -> None:
    click.echo(terminal_safe(text))


def _print_article(statute: Statute, article: Article) -> None:
    versions = ", ".join(article.versions or statute.version_ids())
    _echo(f"{statute.title_original} ({statute.title_en})")
    heading = f" — {article.heading}" if article.heading else ""
    name = (
        f"Article {article.number}" if article.kind == "article" else article_label(article.number)
    )
    _echo(f"{name}{heading}  [versions: {versions}]")
    if article.chapter:
        _echo(article.chapter + (f" / {article.section}" if article.section else ""))
    _echo("")
    _echo(article.text.rstrip("\n"))
    # The version's own source (the 2025 CSL text is not the 2016 file), and its numbering.
    own = [v for v in statute.versions if v.id in article.versions and v.source is not None]
    source = own[-1].source if own else statute.source
    numbering = (
        numbering_note(statute, article.number, article.versions[-1]) if article.versions else None
    )
    if numbering:
        _echo(f"\nNumbering: {numbering}")
    where = source.url or " ".join(filter(None, [source.source, source.path, source.commit]))
    _echo(f"\nSource: {source.source}" + (f" — {where}" if where != source.source else ""))
    for other in article.language_versions:
        caption = f" — {other.heading}" if other.heading else ""
        _echo(f"\nOfficial language version ({other.language}){caption}")
        _echo(other.text.rstrip("\n"))
    for translation in article.translations:
        official = "official" if translation.official else "unofficial"
        _echo(f"\nTranslation ({translation.language}, {official}) — {translation.publisher}")
        _echo(translation.text.rstrip("\n"))
        _echo(f"Source: {translation.url or translation.note}")
        _echo(f"Reuse: {translation.reuse}")


def _print_statute(statute: Statute, store: Store) -> None:
    _echo(f"{statute.id}: {statute.title_original}")
    for language, title in statute.title.items():
        if title != statute.title_original:
            _echo(f"  title ({language}): {title}")
    if statute.aliases:
        _echo(f"  also cited as: {'; '.join(statute.aliases)}")
    _echo(f"  jurisdiction: {statute.jurisdiction}   language: {statute.language}")
    for version in statute.versions:
        dates = [
            f"{name} {value}"
            for name in ("adopted", "amended", "revised", "effective")
            if (value := getattr(version, name)) is not None
        ]
        note = f" — {version.note}" if version.note else ""
        _echo(f"  version {version.id}: {', '.join(dates) or 'no dates recorded'}{note}")
    numbers = sorted({a.number for a in statute.articles}, key=article_sort_key)
    _echo(f"  articles: {len(numbers)} ({numbers[0]}–{numbers[-1]})")
    source = statute.source
    _echo(f"  source: {source.source} {source.path or ''} {source.commit or ''}".rstrip())
    if source.url:
        _echo(f"  url: {source.url}")
    _echo(f"  file: {store.files[statute.id]}")


@cli.command("show")
@click.argument("statute_name", metavar="ID")
@click.argument("article_number", metavar="[ARTICLE]", required=False)
@click.option("--version", "version", help="Version id (default: the latest).")
@format_option("text", "json")
@store_option
def show_command(
    statute_name: str,
    article_number: str | None,
    version: str | None,
    output_format: str,
    stores: tuple[str, ...],
) -> None:
    """Show a statute (by id, title or alias), or one of its articles."""
    store = load_store(stores)
    statute = store.resolve(statute_name)
    if version is not None and version not in statute.version_ids():
        known = ", ".join(statute.version_ids())
        raise StoreError(f"{statute.id} has no version {version!r} (versions: {known})")
    if article_number is None:
        if output_format == "json":
            data = statute.model_dump(mode="json", exclude_none=True)
            data["file"] = str(store.files[statute.id])
            emit_json(data)
        else:
            _print_statute(statute, store)
        return
    article = statute.article(article_number, version)
    if article is None:
        numbers = sorted({a.number for a in statute.articles_in(version)}, key=article_sort_key)
        raise StoreError(
            f"{statute.id} has no article {article_number!r}"
            + (f" in version {version}" if version else "")
            + f" (articles {numbers[0]}–{numbers[-1]})"
        )
    if output_format == "json":
        emit_json(article_record(statute, article))
    else:
        _print_article(statute, article)


@cli.command("validate")
# readable=False: an unreadable file is a problem line of the report, not a click usage error.
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, readable=False))
@store_option
def validate_command(paths: tuple[Path, ...], stores: tuple[str, ...]) -> None:
    """Validate store folders or single statute files (default: every store in use), with the
    zh-en glossary of each store folder that has one.

    Prints one line per problem (PATH:LINE: field: message); exits 1 when there are any.
    """
    from lawref.store.glossary import glossary_path, validate_glossary

    roots = [p.resolve() for p in paths] if paths else store_paths(stores)
    store, problems = collect(roots)
    glossaries = [glossary_path(root) for root in roots if root.is_dir()]
    for glossary in glossaries:
        if glossary.exists():
            problems += validate_glossary(glossary)
    for problem in problems:
        click.echo(one_line(str(problem)))
    articles = sum(len(s.articles) for s in store)
    status = f"{len(problems)} problem(s)" if problems else "ok"
    click.echo(f"{len(store)} statutes, {articles} articles: {status}", err=bool(problems))
    if problems:
        raise click.exceptions.Exit(1)


@cli.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of a statute file (for editors that validate YAML)."""
    schema = Statute.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "lawref statute file"
    click.echo(json.dumps(schema, ensure_ascii=False, indent=2))
