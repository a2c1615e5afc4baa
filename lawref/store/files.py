"""Reading and validating the statute store: the YAML files under one or more folders, as a Store.

Loading is safe (yaml's SafeLoader, C version when available), refuses anchors/aliases and deep
nesting (no "billion laughs"), and reports every problem as ``PATH:LINE: field.path: message``.
"""

from __future__ import annotations

import codecs
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from lawref.errors import StoreError
from lawref.record import Record
from lawref.store.problems import Problem, validation_problems, yaml_and_loader
from lawref.store.schema import Statute

if TYPE_CHECKING:
    import yaml

M = TypeVar("M", bound=Record)

ENV_STORE = "LAWREF_STORE"
ENV_NO_SHIPPED = "LAWREF_NO_SHIPPED"
MAX_STORE_FILE_BYTES = 16 * 1024 * 1024
MAX_YAML_DEPTH = 32


def shipped_store_path() -> Path:
    """The store that comes with lawref: inside the installed package, or the source checkout's."""
    package_dir = Path(__file__).resolve().parent.parent  # lawref/, from lawref/store/
    installed = package_dir / "statutes"
    if installed.is_dir():
        return installed
    return package_dir.parent / "statutes"


def store_paths(extra: Sequence[str | Path] = (), *, include_shipped: bool = True) -> list[Path]:
    """The folders to load: the shipped store, then $LAWREF_STORE, then each ``--store``.

    ``LAWREF_NO_SHIPPED=1`` leaves the shipped store out, for a store that replaces it (one
    imported from a whole corpus repeats the shipped laws' names)."""
    if os.environ.get(ENV_NO_SHIPPED, "") not in ("", "0"):
        include_shipped = False
    paths: list[Path] = [shipped_store_path()] if include_shipped else []
    env = os.environ.get(ENV_STORE, "")
    paths += [Path(p) for p in env.split(os.pathsep) if p.strip()]
    paths += [Path(p) for p in extra]
    unique: dict[Path, None] = {}
    for path in paths:
        unique.setdefault(path.resolve(), None)
    return list(unique)


def yaml_files(path: Path) -> list[Path]:
    """The statute files under ``path`` (or ``path`` itself when it is a file), sorted.

    Hidden files and folders inside the store are skipped (temporary files of a write are
    ``.NAME.yaml.XXXX.tmp``); the folder the store sits in may be hidden (~/.local/…). Symbolic
    links are listed, not followed: a linked ``*.yaml`` file or a linked folder, even a dangling
    one, so that loading reports it (read_statute_file) instead of silently reading or skipping
    what lies outside the store.
    """
    if path.is_file():
        return [path]
    found: list[Path] = []

    def unreadable(error: OSError) -> None:
        # A folder that cannot be listed is listed itself, for loading to report (not skipped).
        found.append(Path(error.filename))

    for folder, dirs, files in os.walk(path, onerror=unreadable):  # never follows folder links
        here = Path(folder)
        top = here == path
        kept = []
        for name in dirs:
            # The top-level glossary/ folder holds the zh-en glossary (lawref.store.glossary),
            # grammar/ the citation grammar (lawref.citations.grammar_data): not statutes.
            if name.startswith(".") or (top and name in ("glossary", "grammar")):
                continue
            if (here / name).is_symlink():
                found.append(here / name)
            else:
                kept.append(name)
        dirs[:] = kept
        for name in files:
            candidate = here / name
            wanted = name.endswith(".yaml") and not name.startswith(".")
            # is_file first: one stat for a regular file (a link is listed either way)
            if wanted and (candidate.is_file() or candidate.is_symlink()):
                found.append(candidate)
    return sorted(found, key=lambda p: p.parts)  # Path order, without 10,000 Path comparisons


# --- one file ----------------------------------------------------------------------------------


class _Collection:
    """An open mapping or sequence while the events stream by: a mapping's keys, with lines."""

    def __init__(self, mapping: bool) -> None:
        self.mapping = mapping
        self.at_key = True  # a mapping's next node is a key (else its value)
        self.keys: dict[str, int] = {}

    def node(self, key: str | None, line: int | None) -> str | None:
        """A node in this collection; for a key given before, why that is refused."""
        if not self.mapping:
            return None
        was_key, self.at_key = self.at_key, not self.at_key
        if not was_key or key is None:
            return None
        if key in self.keys:
            return (
                f"key {key!r} given twice (lines {self.keys[key]} and {line}): "
                "YAML would silently keep only the last"
            )
        self.keys[key] = line or 0
        return None


def _check_structure(text: str, path: str) -> Problem | None:
    """Reject anchors/aliases, keys given twice in one mapping and absurd nesting before anything
    is constructed."""
    yaml, loader = yaml_and_loader()
    stack: list[_Collection] = []
    try:
        for event in yaml.parse(text, Loader=loader):
            line = event.start_mark.line + 1 if event.start_mark else None
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                return Problem(path, line, None, "YAML anchors and aliases are not allowed")
            if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                stack.pop()
                continue
            if not isinstance(event, (yaml.NodeEvent, yaml.CollectionStartEvent)):
                continue
            key = event.value if isinstance(event, yaml.ScalarEvent) else None
            twice = stack[-1].node(key, line) if stack else None
            if twice:
                return Problem(path, line, None, twice)
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                stack.append(_Collection(isinstance(event, yaml.MappingStartEvent)))
                if len(stack) > MAX_YAML_DEPTH:
                    return Problem(path, line, None, f"nested deeper than {MAX_YAML_DEPTH} levels")
    except yaml.YAMLError as exc:
        return _yaml_problem(exc, path)
    return None


def _yaml_problem(exc: yaml.YAMLError, path: str) -> Problem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = mark.line + 1 if mark is not None else None
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    if "could not determine a constructor" in str(exc):
        tag = getattr(exc, "problem", "") or ""
        problem = f"tag not allowed in a store file ({tag.strip()}): only plain YAML data is loaded"
    return Problem(path, line, None, f"YAML error: {problem}")


def read_model_text(
    text: str, path: str, model: type[M], what: str = "statute"
) -> tuple[M | None, list[Problem]]:
    """Parse one store file's text safely and validate it as ``model`` (a statute, the glossary)."""
    if not text.strip():
        return None, [Problem(path, None, None, "file is empty")]
    structural = _check_structure(text, path)
    if structural:
        return None, [structural]
    yaml, loader = yaml_and_loader()
    try:
        data: Any = yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        return None, [_yaml_problem(exc, path)]
    if not isinstance(data, dict):
        return None, [Problem(path, 1, None, f"a {what} file must be a YAML mapping")]
    from pydantic import ValidationError

    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        return None, validation_problems(exc, text, path)


def read_model_file(
    path: Path, read_text: Callable[[str, str], tuple[M | None, list[Problem]]]
) -> tuple[M | None, list[Problem]]:
    """Read a store file with every guard (links, folders, size, encoding), then ``read_text``."""
    shown = str(path)
    try:
        if path.is_symlink():
            what = "folder" if path.is_dir() else "file"
            return None, [
                Problem(
                    shown,
                    None,
                    None,
                    f"a symbolic link (to {os.readlink(path)}): store {what}s must be real "
                    f"{what}s inside the store, not links",
                )
            ]
        if path.is_dir():
            os.listdir(path)  # raises what made the folder unlistable
            return None, [Problem(shown, None, None, "a folder where a file was expected")]
        if not path.is_file():
            return None, [Problem(shown, None, None, "not a regular file: store files must be")]
        size = path.stat().st_size
        if size > MAX_STORE_FILE_BYTES:
            limit = MAX_STORE_FILE_BYTES // (1024 * 1024)
            return None, [Problem(shown, None, None, f"file is larger than {limit} MiB")]
        raw = path.read_bytes()
    except OSError as exc:
        what = "folder" if path.is_dir() else ""
        message = f"cannot read{' the ' + what if what else ''}: {exc.strerror or exc}"
        return None, [Problem(shown, None, None, message)]
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None, [
            Problem(shown, None, None, "UTF-16 or UTF-32 text: store files must be UTF-8")
        ]
    if b"\0" in raw:
        return None, [Problem(shown, None, None, "binary file (contains NUL bytes)")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [Problem(shown, line, None, "not valid UTF-8")]
    return read_text(text, shown)


def read_statute_text(text: str, path: str) -> tuple[Statute | None, list[Problem]]:
    """Parse and validate one statute file's text."""
    return read_model_text(text, path, Statute)


def read_statute_file(path: Path) -> tuple[Statute | None, list[Problem]]:
    return read_model_file(path, read_statute_text)


# --- the store ---------------------------------------------------------------------------------


def name_key(name: str) -> str:
    """A key under which titles and aliases are compared: case, width, quotes and spaces folded."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = text.replace("’", "'").replace("‘", "'")
    text = re.sub(r"[《》〈〉<>\"“”]", "", text)
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class Store:
    """Validated statutes, by id, with the files they came from."""

    statutes: dict[str, Statute] = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)
    roots: list[Path] = field(default_factory=list)
    _names: dict[str, list[str]] = field(default_factory=dict, repr=False)

    def add(self, statute: Statute, path: Path) -> None:
        self.statutes[statute.id] = statute
        self.files[statute.id] = path
        for name in statute.names():
            ids = self._names.setdefault(name_key(name), [])
            if statute.id not in ids:
                ids.append(statute.id)

    def __iter__(self) -> Iterator[Statute]:
        return iter(self.statutes.values())

    def __len__(self) -> int:
        return len(self.statutes)

    def get(self, statute_id: str) -> Statute | None:
        return self.statutes.get(statute_id)

    def records_renumbering(self, statute_id: str) -> bool:
        """Do the versions of statute ``statute_id`` record a renumbering? Answered without
        unpacking the statute when the store came from the compiled cache."""
        known = getattr(self.statutes, "records_renumbering", None)
        if known is not None:
            return known(statute_id)  # type: ignore[no-any-return]
        statute = self.statutes.get(statute_id)
        return statute is not None and any(v.renumbering is not None for v in statute.versions)

    def lookup(self, name: str) -> list[Statute]:
        """Statutes whose id, title or alias is ``name`` (case and width folded); failing that,
        those with a name that contains it ("Security Law" names several statutes)."""
        if name in self.statutes:
            return [self.statutes[name]]
        key = name_key(name)
        if not key:
            return []
        exact = self._names.get(key)
        if exact:
            return [self.statutes[i] for i in exact]
        partial: dict[str, None] = {}
        for folded, ids in self._names.items():
            if key in folded:
                partial.update(dict.fromkeys(ids))
        return [self.statutes[i] for i in partial]

    def names(self) -> dict[str, list[str]]:
        """Folded name → statute ids (for citation finding)."""
        return self._names

    def did_you_mean(self, name: str) -> str:
        """ "; did you mean X?" naming the statutes spelt nearly like ``name``, or ""."""
        from lawref.store.suggest import one_of, similar_statutes

        similar = [
            statute_id
            if self.statutes[statute_id].title_en == statute_id
            else f"{statute_id} ({self.statutes[statute_id].title_en})"
            for statute_id in similar_statutes(self._names, self.statutes, name_key(name) or name)
        ]
        return f"; did you mean {one_of(similar)}?" if similar else ""

    def resolve(self, name: str) -> Statute:
        """The one statute ``name`` designates; an unknown or ambiguous name is a StoreError."""
        found = self.lookup(name)
        if len(found) == 1:
            return found[0]
        if not found:
            raise StoreError(
                f"unknown statute {name!r}{self.did_you_mean(name)} (see `lawref list`)"
            )
        candidates = ", ".join(s.id for s in found)
        raise StoreError(f"{name!r} is ambiguous: it names {candidates}")


def _collisions(store: Store) -> list[Problem]:
    problems = []
    for key, ids in store.names().items():
        if len(ids) > 1:
            later = ids[-1]
            problems.append(
                Problem(
                    str(store.files[later]),
                    None,
                    "aliases",
                    f"name {key!r} is used by {len(ids)} statutes: {', '.join(ids)}",
                )
            )
    return problems


def collect(paths: Iterable[Path]) -> tuple[Store, list[Problem]]:
    """Load every statute file under ``paths``; return the store and every problem found."""
    store = Store(roots=list(paths))
    problems: list[Problem] = []
    for root in store.roots:
        if not root.exists():
            problems.append(Problem(str(root), None, None, "no such file or folder"))
            continue
        for path in yaml_files(root):
            statute, found = read_statute_file(path)
            problems += found
            if statute is None:
                continue
            if statute.id in store.statutes:
                first = store.files[statute.id]
                problems.append(
                    Problem(
                        str(path),
                        _id_line(path),
                        "id",
                        f"duplicate id {statute.id!r} (also in {first})",
                    )
                )
                continue
            store.add(statute, path)
    problems += _collisions(store)
    return store, problems


def _id_line(path: Path) -> int | None:
    try:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith("id:"):
                return number
    except (OSError, UnicodeDecodeError):
        return None
    return None


def read_store(roots: Sequence[Path]) -> Store:
    """The store of ``roots``, read and validated from its YAML files; StoreError on any problem."""
    store, problems = collect(roots)
    if problems:
        shown = "; ".join(str(p) for p in problems[:3])
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        raise StoreError(f"the store has problems: {shown}{more}", [str(p) for p in problems])
    return store
