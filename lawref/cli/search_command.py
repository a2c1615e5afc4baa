"""``lawref search PHRASE``: which statute articles hold this (possibly misremembered) wording."""

from __future__ import annotations

from typing import Any

import click

from lawref.cli.app import cli, emit_json, format_option, store_option, terminal_safe
from lawref.errors import InputError


@cli.command("search")
@click.argument("phrase")
@click.option(
    "--limit",
    type=click.IntRange(1, 100),
    default=10,
    show_default=True,
    help="Show at most this many hits.",
)
@format_option("text", "json")
@store_option
def search_command(phrase: str, limit: int, output_format: str, stores: tuple[str, ...]) -> int:
    """Find the statute articles whose text (original or a translation) holds PHRASE or wording
    close to it, best first. Exit status 1 when nothing matches."""
    if not phrase.strip():
        raise InputError("search needs a phrase")
    from lawref.match.matcher import Matcher
    from lawref.match.search import search
    from lawref.store.load import load_store

    hits = search(Matcher(load_store(stores)), phrase, limit)
    records: list[dict[str, Any]] = [h.to_record() for h in hits]
    if output_format == "json":
        emit_json(records)
    elif not hits:
        click.echo(f"no article matches {phrase!r}")
    else:
        for number, hit in enumerate(hits, 1):
            version = f", version {hit.version}" if hit.version else ""
            which = f"translation: {hit.translation}" if hit.translation else "original text"
            titles = dict.fromkeys((hit.title_original, hit.title))
            lines = (
                f"{number:>2}. {hit.score:5.1f}  {hit.statute} Art. {hit.article}{version}",
                f"    {' / '.join(titles)}",
                f"    {which} [{hit.language}]",
                f"    {hit.snippet}",
            )
            for line in lines:  # store text: no control characters reach the terminal
                click.echo(terminal_safe(line))
    return 0 if hits else 1
