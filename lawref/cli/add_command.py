"""``lawref add``: one article, a translation of one, citation forms or examples."""

from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path
from typing import Any

import click

from lawref.cli.app import cli
from lawref.cli.import_options import (
    input_size_option,
    metadata_from,
    statute_options,
    write_options,
)
from lawref.errors import InputError, StoreError
from lawref.ingest.importer import new_statute, read_input
from lawref.ingest.splitter import SplitArticle, SplitResult
from lawref.store.edit import (
    add_article,
    add_citations,
    add_example,
    add_translation,
    checked,
    find_statute,
)
from lawref.store.files import collect, store_paths
from lawref.store.lock import store_lock
from lawref.store.schema import Example, Statute, Translation
from lawref.store.write import statute_path, writable_store, write_statute
from lawref.text.numerals import article_reference
from lawref.text.scripts import UNIFIED_HAN


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
    "--primary/--secondary",
    default=True,
    help="A published translation (default), or one seen only as a quotation in reporting.",
)
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
@input_size_option
def add_command(
    statute_name: str,
    article_number: str | None,
    text_file: str | None,
    inline_text: str | None,
    create: bool,
    store: str | None,
    dry_run: bool,
    max_bytes: int,
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
    if article_number is not None:
        article_number = article_reference(article_number)  # 第八条, Art. 8 → 8
    text = _text(inline_text, text_file, max_bytes)
    # The whole read-change-write under the store's lock: a concurrent add loses nothing.
    with nullcontext() if dry_run else store_lock(root):
        _add(root, statute_name, article_number, text, create, dry_run, values)


def _add(
    root: Path,
    statute_name: str,
    article_number: str | None,
    text: str | None,
    create: bool,
    dry_run: bool,
    values: dict[str, Any],
) -> None:
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
    if values["cites"]:
        _check_cites(statute, path, root, values["cites"])
    for message in messages:
        click.echo(f"{statute.id}: {message}")
    if dry_run:
        click.echo(f"(dry run: {path} not written)")
        return
    write_statute(statute, root, path)
    click.echo(f"wrote {path}")


def _check_cites(statute: Statute, path: Path, root: Path, cites: tuple[str, ...]) -> None:
    """Refuse an example citation that does not resolve to this statute and article, with the
    stores in use (the edited statute in place of its file's)."""
    from lawref.citations.examples import example_problem
    from lawref.citations.find import CitationFinder

    store, _problems = collect(store_paths([root]))
    store.add(statute, path)
    finder = CitationFinder(store)
    for example in statute.examples:
        if example.cite in cites:
            problem = example_problem(finder, statute, example)
            if problem is not None:
                raise StoreError(f"example citation refused: {problem}")


def _text(inline: str | None, file: str | None, limit: int) -> str | None:
    if inline is not None and file is not None:
        raise InputError("give the text once: --text or FILE, not both")
    if inline is not None:
        return inline
    return read_input(file, limit).strip("\n") if file is not None else None


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
            primary=values["primary"],
            note=values["note"],
        ),
        "translation",
    )


def _new_statute(
    root: Path, statute_id: str, number: str | None, text: str | None, values: dict[str, Any]
) -> tuple[Statute, Path, list[str]]:
    if values["translation_language"]:
        raise InputError(
            "--new creates a statute with its first article: add translations afterwards"
        )
    if text is None or number is None:
        raise InputError("--new needs the first ARTICLE and its text (--text, FILE or -)")
    language = values["language"] or ("zh" if UNIFIED_HAN.search(text) else "en")
    meta = metadata_from(
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
