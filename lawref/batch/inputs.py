"""The documents and records of ``lawref batch``: inputs as Items, each checked into an Outcome.

    inputs (folders, globs, files, JSON Lines) -> Items (id + where the text is)
        -> an engine checks chunks of Items (inline, worker processes, or Dask: lawref.batch.dask_engine)
        -> Outcomes (the finished JSON line + a few counts)
        -> ResultsFile (whole lines, fsync'd: lawref.batch.results)

A record is ``{"id", <kept input fields>, "source", "quotes", "citations"}`` — the document of
``check --format json`` (docs/json-contract.md) under the document's id — or ``{"id", …, "source", "error"}``
when the document cannot be read or checked. Ids are strings: a file's path relative to the folder
named on the command line (or the path as given), a JSON Lines document's ``id`` (FILE:LINE when
it has none). Input fields other than ``id`` and ``text`` are kept; one named like a record key
(source, quotes, citations, error) is kept as ``input_<name>``.
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from lawref.batch.lines import SKIP_PIECE, bounded_lines, line_limit
from lawref.batch.results import LONE_SURROGATE, encode_line
from lawref.errors import InputError, LawrefError
from lawref.read.published import iso_date
from lawref.read.source import DEFAULT_MAX_BYTES, read_source, source_from_bytes
from lawref.spans import SourceText

if TYPE_CHECKING:
    from lawref.pipeline.checker import Checker
    from lawref.store.files import Store

# What a folder is searched for (recursively); any file named on the command line is read.
DOCUMENT_SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown"}
DOCUMENT_SUFFIXES |= {".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx"}
JSONL_SUFFIXES = (".jsonl", ".ndjson")
RECORD_KEYS = ("id", "source", "quotes", "citations", "error")


@dataclass(frozen=True)
class Item:
    """One document to check, and where its text is."""

    id: str
    source: str  # the record's "source": the path, or the url / FILE:LINE of a JSON Lines document
    path: str | None = None  # a file, read where the check runs
    text: str | None = None  # inline text (JSON Lines)
    data: bytes | None = None  # a file's bytes, read ahead for workers that may not see the file
    fields: dict[str, Any] = field(default_factory=dict)  # kept input fields
    date: dt.date | None = None  # a JSON Lines document's "date", when it reads as one
    error: str | None = None  # known to be unusable before checking


@dataclass(frozen=True)
class Outcome:
    """A finished document: its JSON line and what the summary counts."""

    id: str
    line: str  # one JSON record, with its "\n"
    error: str | None = None
    verdicts: tuple[str, ...] = ()
    misattributed: int = 0
    cited: tuple[str, ...] = ()  # store ids of the statutes its citations resolve to


@dataclass(frozen=True)
class CheckerConfig:
    """How a worker builds its Checker (picklable: sent to worker processes)."""

    stores: tuple[str, ...] = ()
    include_shipped: bool = True
    min_score: float | None = None
    crosslingual: bool = True
    reuse: bool = True
    max_bytes: int = DEFAULT_MAX_BYTES
    date: dt.date | None = None  # --date: the date every document is read at

    def build(self, store: Store | None = None) -> Checker:
        """A Checker with its index and citation finder ready (from the compiled cache)."""
        from lawref.pipeline.checker import Checker
        from lawref.store.load import load_store

        if store is None:
            store = load_store(self.stores, include_shipped=self.include_shipped)
        checker = Checker(
            store,
            min_score=self.min_score,
            crosslingual=self.crosslingual,
            reuse=self.reuse,
            date=self.date,
        )
        checker.matcher, checker.finder  # noqa: B018 - built now, not inside the first document
        # The cross-lingual index is left to the first English quotation that needs it, as in
        # `check`: on a large Chinese store it is big and slow to build, and often never used.
        return checker


# --- inputs ------------------------------------------------------------------------------------


def _is_glob(text: str) -> bool:
    return any(c in text for c in "*?[")


def _is_jsonl(path: str) -> bool:
    return path.lower().endswith(JSONL_SUFFIXES)


def check_inputs(inputs: Sequence[str]) -> None:
    """Refuse, before anything runs, an input that names nothing (a typo should not cost a run)."""
    if not inputs:
        raise InputError("no input: name folders, files, globs or JSON Lines files")
    if list(inputs).count("-") > 1:
        raise InputError("stdin (-) can be read only once")
    for name in inputs:
        if name == "-":
            continue
        if _is_glob(name) and not os.path.exists(name):
            if not glob.glob(name, recursive=True):
                raise InputError(f"{name}: the pattern matches no file")
        elif not os.path.exists(name):
            raise InputError(f"{name}: no such file or folder")


def _posix(path: str) -> str:
    return Path(os.path.normpath(path)).as_posix()


def _folder_files(folder: str) -> Iterator[str]:
    """Documents under ``folder``, in a stable order; hidden files and folders are skipped."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and os.path.splitext(name)[1].lower() in DOCUMENT_SUFFIXES:
                yield os.path.join(root, name)


def _paths(name: str) -> Iterator[tuple[str, str | None]]:
    """(path, folder it was found in or None) for each file ``name`` designates."""
    if os.path.isdir(name):
        for path in _folder_files(name):
            yield path, name
    elif _is_glob(name) and not os.path.exists(name):
        for match in sorted(glob.glob(name, recursive=True)):
            yield from _paths(match)
    else:
        yield name, None


def iter_items(
    inputs: Sequence[str], stdin: BinaryIO | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Item]:
    """Every document the inputs designate, in command-line order (folders sorted, streamed).
    A JSON Lines line longer than :func:`line_limit` of ``max_bytes`` is an error item, unread."""
    limit = line_limit(max_bytes)
    for name in inputs:
        if name == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _jsonl_items(stream, "stdin", limit)
            continue
        for path, folder in _paths(name):
            if _is_jsonl(path):
                yield from _jsonl_file(path, limit)
            else:
                doc_id = _posix(os.path.relpath(path, folder) if folder else path)
                yield Item(id=doc_id, source=path, path=path)


def count_items(inputs: Sequence[str]) -> int | None:
    """How many documents there are (for the progress bar); None when stdin is among them."""
    if "-" in inputs:
        return None
    total = 0
    for name in inputs:
        for path, _folder in _paths(name):
            if not _is_jsonl(path):
                total += 1
                continue
            try:
                with open(path, "rb") as handle:
                    lines = bounded_lines(handle, SKIP_PIECE)
                    total += sum(1 for _n, line in lines if line is None or line.strip())
            except OSError:
                total += 1
    return total


def _jsonl_file(path: str, limit: int) -> Iterator[Item]:
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below, after streaming
    except OSError as exc:
        yield Item(id=_posix(path), source=path, error=f"{path}: cannot read: {exc.strerror}")
        return
    with handle:
        yield from _jsonl_items(handle, path, limit)


def _jsonl_items(stream: BinaryIO, name: str, limit: int) -> Iterator[Item]:
    for number, raw in bounded_lines(stream, limit):
        where = f"{name}:{number}"
        if raw is None:
            message = f"{where}: line longer than {limit} bytes (twice --max-size, and a MiB)"
            yield Item(id=where, source=where, error=message)
        elif raw.strip():
            yield _jsonl_item(raw, where)


def _jsonl_item(raw: bytes, where: str) -> Item:
    """One JSON Lines document; a line that is no usable document becomes an Item with an error."""
    try:
        value = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return Item(id=where, source=where, error=f"{where}: not UTF-8 text")
    except ValueError as exc:
        return Item(id=where, source=where, error=f"{where}: not a JSON document ({exc})")
    if not isinstance(value, dict):
        return Item(id=where, source=where, error=f"{where}: not a JSON object")
    raw_id = value.get("id", where)
    if isinstance(raw_id, bool) or not isinstance(raw_id, str | int):
        return Item(id=where, source=where, error=f"{where}: id must be a string or an integer")
    doc_id = str(raw_id)
    fields = {}
    for key, kept in value.items():
        if key not in ("id", "text"):
            fields[f"input_{key}" if key in RECORD_KEYS else key] = kept
    url = value.get("url")
    source = url if isinstance(url, str) and url else where
    text = value.get("text")
    if not isinstance(text, str):
        problem = "has no text" if text is None else "text is not a string"
        return Item(id=doc_id, source=source, fields=fields, error=f"{where}: {problem}")
    return Item(
        id=doc_id, source=source, text=text, fields=fields, date=iso_date(value.get("date"))
    )


# --- checking one document --------------------------------------------------------------------


def read_ahead(item: Item, max_bytes: int) -> Item:
    """The item with its file's bytes attached (for workers on other machines)."""
    if item.path is None or item.error is not None:
        return item
    try:
        size = os.stat(item.path).st_size
        if size > max_bytes:
            return replace(item, error=f"{item.path}: over the size limit of {max_bytes} bytes")
        with open(item.path, "rb") as handle:
            return replace(item, data=handle.read(max_bytes + 1))
    except OSError as exc:
        return replace(item, error=f"{item.path}: cannot read: {exc.strerror or exc}")


def load_source(item: Item, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """The item's decoded text; InputError when it cannot be read."""
    if item.error is not None:
        raise InputError(item.error)
    if item.data is not None:
        if len(item.data) > max_bytes:
            raise InputError(f"{item.source}: over the size limit of {max_bytes} bytes")
        suffix = os.path.splitext(item.path or "")[1].lower()
        media = DOCUMENT_SUFFIXES.get(suffix)
        return source_from_bytes(item.data, item.source, media_type=media)  # type: ignore[arg-type]
    if item.path is not None:
        return read_source(item.path, max_bytes=max_bytes)
    # JSON Lines text is plain text unless it is a whole HTML page (then its main text is read).
    # JSON may escape lone surrogates ("\\ud800"), which no UTF-8 carries: U+FFFD, one for one.
    data = LONE_SURROGATE.sub("\ufffd", item.text or "").encode("utf-8")
    if len(data) > max_bytes:  # --max-size holds for a document inline in JSON Lines too
        raise InputError(f"{item.source}: over the size limit of {max_bytes} bytes")
    return replace(source_from_bytes(data, item.source, media_type="text"), date=item.date)


def check_item(item: Item, checker: Checker, max_bytes: int = DEFAULT_MAX_BYTES) -> Outcome:
    """Check one document; whatever goes wrong becomes an error record, never an exception."""
    head = {"id": item.id, **item.fields}
    try:
        document = checker.check_source(load_source(item, max_bytes))
    except LawrefError as exc:
        return error_outcome(item, str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a corpus
        return error_outcome(item, f"{item.source}: internal error: {type(exc).__name__}: {exc}")
    record = {**head, **document.model_dump(mode="json")}
    return Outcome(
        id=item.id,
        line=encode_line(record),
        verdicts=tuple(q.verdict for q in document.quotes),
        misattributed=sum(q.attribution == "misattributed" for q in document.quotes),
        cited=tuple(c.statute for c in document.citations if c.statute),
    )


def error_outcome(item: Item, message: str) -> Outcome:
    """The error record of a document that could not be read or checked."""
    line = encode_line({"id": item.id, **item.fields, "source": item.source, "error": message})
    return Outcome(id=item.id, line=line, error=message)


def check_chunk(items: Sequence[Item], checker: Checker, max_bytes: int) -> list[Outcome]:
    return [check_item(item, checker, max_bytes) for item in items]
