"""``lawref cache info`` and ``lawref cache clear``: the compiled store cache."""

from __future__ import annotations

import datetime as dt

import click

from lawref.cli.app import cli, emit_json, format_option


def _size(n: int) -> str:
    value = float(n)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{n} B"  # pragma: no cover - the loop always returns


@cli.group("cache")
def cache_group() -> None:
    """The compiled store cache (LAWREF_CACHE_DIR sets where; LAWREF_NO_CACHE=1 turns it off)."""


@cache_group.command("info")
@format_option("text", "json")
def info_command(output_format: str) -> None:
    """Show where the cache is, its size, and what it holds."""
    from lawref.store import cache

    data = cache.info()
    if output_format == "json":
        emit_json(data)
        return
    state = "" if data["enabled"] else "  (disabled by LAWREF_NO_CACHE)"
    click.echo(f"path: {data['path']}{state}")
    click.echo(f"size: {_size(data['bytes'])}")
    click.echo(f"entries: {len(data['entries'])}")
    for entry in data["entries"]:
        roots = ", ".join(entry.get("roots", [])) or "?"
        written = entry.get("written")
        when = dt.datetime.fromtimestamp(written).isoformat(" ", "seconds") if written else "?"
        derived = ", ".join(k for k in entry["derived"] if k) or "none"
        bad = "" if entry["valid_header"] else "  [unreadable: rebuilt on next use]"
        click.echo(
            f"  {entry['slot']}: {entry.get('statutes', '?')} statutes, {_size(entry['bytes'])}, "
            f"written {when}, derived: {derived}{bad}"
        )
        click.echo(f"    store: {roots}")


@cache_group.command("clear")
def clear_command() -> None:
    """Delete the cache; the next run rebuilds it from the store files."""
    from lawref.store import cache

    removed, freed = cache.clear()
    click.echo(f"removed {removed} file(s), {_size(freed)} from {cache.cache_dir()}")
