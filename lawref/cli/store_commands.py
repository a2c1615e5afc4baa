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
from lawref.store.records import article_record
from lawref.store.schema import Article, Provenance, Statute, article_sort_key
from lawref.store.suggest import similar_articles
from lawref.store.versions import numbering_note
from lawref.text.numerals import article_reference
from lawref.text.wording import counted


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
    click.echo(counted(len(rows), "statute"))


def _titles(statute: Statute) -> str:
    """ "原文 (English)", or the one title when both are the same."""
    if statute.title_en == statute.title_original:
        return statute.title_original
    return f"{statute.title_original} ({statute.title_en})"


def _source_line(statute: Statute, source: Provenance | None = None) -> str:
    """Where the text comes from, each part once: "LawRefBook/Laws 行政法/….md <commit>" (a
    version's own ``source`` when it has one)."""
    source = source or statute.source
    parts = [source.source]
    for part in (source.url, source.path, source.commit):
        if part and part not in parts:
            parts.append(part)
    return " — ".join([parts[0], " ".join(parts[1:])]) if len(parts) > 1 else parts[0]


def _echo(text: str) -> None:
    click.echo(terminal_safe(text))


def _print_article(statute: Statute, article: Article) -> None:
    versions = ", ".join(article.versions or statute.version_ids())
    _echo(_titles(statute))
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
    source = own[-1].source if own else None
    numbering = (
        numbering_note(statute, article.number, article.versions[-1]) if article.versions else None
    )
    if numbering:
        _echo(f"\nNumbering: {numbering}")
    _echo(f"\nSource: {_source_line(statute, source)}")
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
    if numbers:
        _echo(f"  articles: {len(numbers)} ({numbers[0]}–{numbers[-1]})")
    source = statute.source
    _echo(f"  source: {source.source} {source.path or ''} {source.commit or ''}".rstrip())
    if source.url:
        _echo(f"  url: {source.url}")
    _echo(f"  file: {store.files[statute.id]}")


@cli.command("show")
@click.argument("statute_name", metavar="ID")
@click.argument("article_words", metavar="[ARTICLE]", nargs=-1)
@click.option("--version", "version", help="Version id (default: the latest).")
@format_option("text", "json")
@store_option
def show_command(
    statute_name: str,
    article_words: tuple[str, ...],
    version: str | None,
    output_format: str,
    stores: tuple[str, ...],
) -> None:
    """Show a statute (by id, title or alias), or one of its articles (8, 第八条, Art. 8, § 230).

    A statute of a single article or section is shown with its text."""
    store = load_store(stores)
    statute = store.resolve(statute_name)
    article_number = " ".join(article_words) or None  # `Art. 7` unquoted is two words
    if version is not None and version not in statute.version_ids():
        known = ", ".join(statute.version_ids())
        raise StoreError(f"{statute.id} has no version {version!r} (versions: {known})")
    numbers = sorted({a.number for a in statute.articles_in(version)}, key=article_sort_key)
    if version is not None and not numbers:
        raise StoreError(
            f"{statute.id}: the store has no text of version {version}{_with_text(statute)}"
        )
    one_section = len({a.number for a in statute.articles}) == 1 and numbers
    if article_number is None and output_format == "text" and one_section:
        article_number = numbers[0]  # a one-section statute (47 U.S.C. § 230): its text
        # (its JSON stays the statute's, which holds the text)
    elif article_number is None:
        if output_format == "json":
            data = statute.model_dump(mode="json", exclude_none=True)
            data["file"] = str(store.files[statute.id])
            emit_json(data)
        else:
            _print_statute(statute, store)
        return
    wanted = article_reference(article_number)
    article = statute.article(wanted, version)
    if article is None:
        raise StoreError(_no_article(statute, article_number, wanted, version, numbers))
    if output_format == "json":
        emit_json(article_record(statute, article))
    else:
        _print_article(statute, article)


def _with_text(statute: Statute) -> str:
    with_text = [v for v in statute.version_ids() if statute.articles_in(v)]
    return f" (versions with text: {', '.join(with_text)})" if with_text else ""


def _no_article(
    statute: Statute, given: str, wanted: str, version: str | None, numbers: list[str]
) -> str:
    """One line saying the article is not there, with the nearest numbers and the range."""
    where = f" in version {version}" if version else ""
    message = f"{statute.id} has no article {given!r}{where}"
    similar = similar_articles(numbers, wanted)
    if similar:
        message += f"; did you mean {' or '.join(similar)}?"
    if numbers:
        span = numbers[0] if len(numbers) == 1 else f"{numbers[0]}–{numbers[-1]}"
        message += f" (articles {span})" if len(numbers) > 1 else f" (article {span})"
    return message


@cli.command("validate")
# readable=False: an unreadable file is a problem line of the report, not a click usage error.
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, readable=False))
@store_option
def validate_command(paths: tuple[Path, ...], stores: tuple[str, ...]) -> None:
    """Validate store folders or single statute files (default: every store in use), with the
    zh-en glossary of each store folder that has one.

    Prints one line per problem (PATH:LINE: field: message); exits 1 when there are any.
    """
    from lawref.citations.examples import example_problems
    from lawref.store.glossary import glossary_path, validate_glossary

    roots = [p.resolve() for p in paths] if paths else store_paths(stores)
    store, problems = collect(roots)
    problems += example_problems(store)
    glossaries = [glossary_path(root) for root in roots if root.is_dir()]
    for glossary in glossaries:
        if glossary.exists():
            problems += validate_glossary(glossary)
    for problem in problems:
        click.echo(one_line(str(problem)))
    articles = sum(len(s.articles) for s in store)
    status = counted(len(problems), "problem") if problems else "ok"
    summary = f"{counted(len(store), 'statute')}, {counted(articles, 'article')}: {status}"
    click.echo(summary, err=bool(problems))
    if problems:
        raise click.exceptions.Exit(1)


@cli.command("schema")
@click.argument("what", type=click.Choice(["statute", "report"]), default="statute")
def schema_command(what: str) -> None:
    """Print a JSON Schema: of a statute file (the default, for editors that validate YAML), or
    of the report of `check --format json` (`lawref schema report`; docs/json-contract.md)."""
    if what == "report":
        from lawref.report import report_schema

        schema = report_schema()
    else:
        schema = Statute.model_json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["title"] = "lawref statute file"
    click.echo(json.dumps(schema, ensure_ascii=False, indent=2))
