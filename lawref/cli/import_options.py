"""Options shared by ``lawref import`` and ``lawref add``: statute metadata and where to write."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

import click

from lawref.cli.app import size_limit_option
from lawref.ingest.importer import MAX_INPUT_BYTES, Metadata

F = TypeVar("F", bound=Callable[..., Any])
_DATE = click.DateTime(formats=["%Y-%m-%d"])


def options_group(*specs: tuple[tuple[str, ...], dict[str, Any]]) -> Callable[[F], F]:
    def decorate(func: F) -> F:
        for names, kwargs in reversed(specs):
            func = click.option(*names, **kwargs)(func)
        return func

    return decorate


statute_options = options_group(
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
write_options = options_group(
    (
        ("--store", "store"),
        {
            "type": click.Path(file_okay=False, path_type=str),
            "help": "Store folder to write to (default: ./statutes when it is a store).",
        },
    ),
    (("--dry-run",), {"is_flag": True, "help": "Show what would be written; write nothing."}),
)

input_size_option = size_limit_option(
    MAX_INPUT_BYTES / (1024 * 1024), "Refuse input files larger than this many MiB."
)


def as_date(value: dt.datetime | None) -> dt.date | None:
    return value.date() if value is not None else None


def metadata_from(values: dict[str, Any], **extra: Any) -> Metadata:
    return Metadata(
        id=values["statute_id"],
        title=values["title"],
        title_original=values["title_original"],
        aliases=tuple(values["aliases"]),
        jurisdiction=values["jurisdiction"],
        language=values["language"],
        kind=values["kind"],
        version=values["version"],
        adopted=as_date(values["adopted"]),
        amended=as_date(values["amended"]),
        revised=as_date(values["revised"]),
        effective=as_date(values["effective"]),
        version_note=values["version_note"],
        source=values["source"],
        source_url=values["source_url"],
        source_path=values["source_path"],
        commit=values["commit"],
        retrieved=as_date(values["retrieved"]),
        source_note=values["source_note"],
        **extra,
    )
