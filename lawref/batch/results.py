"""The results file of ``lawref batch``: records as whole JSON lines, appended and fsync'd, and
what an earlier run left there (``--resume``)."""

from __future__ import annotations

import json
import os
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lawref.errors import InputError
from lawref.text.confusables import HIDDEN_CHARS, escape_hidden_json

# Characters json.dumps leaves raw that str.splitlines() would still split a line at.
_LINE_BREAKERS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}
FSYNC_SECONDS = 2.0
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# What either escape below changes: a line without any is scanned once, not twice.
_TO_ESCAPE = re.compile(f"[\ud800-\udfff{HIDDEN_CHARS}]")


def encode_line(record: dict[str, Any]) -> str:
    """One JSON line; no character inside it that any line splitter breaks at."""
    line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in _LINE_BREAKERS.items():
        if char in line:
            line = line.replace(char, escaped)
    if _TO_ESCAPE.search(line) is None:
        return line + "\n"
    return escape_hidden_json(escape_surrogates(line)) + "\n"


def escape_surrogates(json_text: str) -> str:
    """JSON text with each lone surrogate as its escape: JSON Lines input may escape one into an
    id or a kept field, and no UTF-8 file can carry it raw; the escape reads back the same."""
    return LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", json_text)


@dataclass
class Previous:
    """What an earlier run left in the results file."""

    ids: set[str] = field(default_factory=set)
    errors: int = 0
    truncated: int = 0  # bytes of a half-written last line, removed


def scan_results(path: Path) -> Previous:
    """Ids already in ``path`` (for --resume); a partial last line (the run was killed while
    writing it) is cut off, and anything else that is not a record is refused."""
    previous = Previous()
    try:
        handle = open(path, "rb+")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        return previous
    except OSError as exc:
        raise InputError(f"{path}: cannot resume: {exc.strerror or exc}") from exc
    with handle:
        good = 0
        for number, raw in enumerate(handle, start=1):
            if not raw.endswith(b"\n"):
                previous.truncated = len(raw)
                break
            try:
                record = json.loads(raw)
                doc_id = record["id"]
            except (ValueError, TypeError, KeyError) as exc:
                raise InputError(
                    f"{path}: line {number} is not a lawref batch record; cannot resume "
                    "(move the file away, or remove that line)"
                ) from exc
            previous.ids.add(str(doc_id))
            previous.errors += "error" in record
            good += len(raw)
        if previous.truncated:
            handle.truncate(good)
    return previous


class ResultsFile:
    """Appends whole lines: each in one write, fsync'd every few seconds and at the end, so that a
    killed run leaves finished records (and at worst one partial line, which --resume removes)."""

    def __init__(self, path: Path | None, *, append: bool) -> None:
        self.path = path
        self.lines = 0
        self._synced = time.monotonic()
        if path is None:  # "-": standard output
            self._fd = sys.stdout.fileno()
            sys.stdout.flush()
            return
        flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
        try:
            self._fd = os.open(path, flags, 0o644)
        except OSError as exc:
            raise InputError(f"{path}: cannot write: {exc.strerror or exc}") from exc

    def write(self, line: str) -> None:
        data = memoryview(line.encode("utf-8"))
        while data:
            data = data[os.write(self._fd, data) :]
        self.lines += 1
        if self.path is not None and time.monotonic() - self._synced > FSYNC_SECONDS:
            self.sync()

    def sync(self) -> None:
        if self.path is not None:
            os.fsync(self._fd)
        self._synced = time.monotonic()

    def close(self) -> None:
        if self.path is not None:
            self.sync()
            os.close(self._fd)
