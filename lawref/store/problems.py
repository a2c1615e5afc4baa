"""Problems of store files, named as ``PATH:LINE: field: message``: the line of a field in the YAML,
and pydantic's validation errors in words (articles by number, patterns described, not shown)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lawref.store.schema import PATTERN_WORDS

if TYPE_CHECKING:
    import yaml
    from pydantic import ValidationError


def yaml_and_loader() -> tuple[Any, Any]:
    """yaml and its safe loader (the C one when PyYAML has it), imported on first use: a warm run
    reads the compiled cache and never parses YAML."""
    import yaml

    try:  # the C loader is much faster on a large store
        from yaml import CSafeLoader as loader
    except ImportError:  # pragma: no cover - depends on how PyYAML was built
        from yaml import SafeLoader as loader  # type: ignore[assignment]
    return yaml, loader


@dataclass(frozen=True)
class Problem:
    """One problem found in a store file: where (path, line, field) and what."""

    path: str
    line: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )


def node_line(root: yaml.Node | None, loc: Sequence[str | int]) -> int | None:
    """The line of the deepest YAML node that ``loc`` (a pydantic error location) reaches."""
    import yaml

    node = root
    line = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key.value == str(part):
                    node = value
                    line = key.start_mark.line + 1
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                return line
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            return line
    return line


def field_line(path: Path, loc: Sequence[str | int]) -> int | None:
    """The line of the field ``loc`` ("examples", 2, "cite") in the store file ``path``."""
    yaml, loader = yaml_and_loader()
    try:
        root = yaml.compose(path.read_text(encoding="utf-8-sig"), Loader=loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    return node_line(root, loc)


_EMBEDDED_LOC = r"^((?:[a-z_]+\.\d+\.)*[a-z_]+(?:\.\d+)?(?:\.[a-z_]+)?): (.*)$"  # compiled on use


def error_message(error: Mapping[str, Any]) -> str:
    """One pydantic error in words: a failed pattern says what is expected, not the regex."""
    pattern = (error.get("ctx") or {}).get("pattern")
    if error.get("type") == "string_pattern_mismatch" and pattern in PATTERN_WORDS:
        return f"{error.get('input')!r} is not valid here: expected {PATTERN_WORDS[pattern]}"
    return str(error["msg"]).removeprefix("Value error, ")


def validation_problems(exc: ValidationError, text: str, path: str) -> list[Problem]:
    yaml, loader = yaml_and_loader()
    root = yaml.compose(text, Loader=loader)
    problems = []
    for error in exc.errors():
        loc: list[str | int] = [p for p in error["loc"] if p not in ("function-after",)]
        message = error_message(error)
        # Cross-field checks name the field inside their message ("articles.3.number: …").
        embedded = re.match(_EMBEDDED_LOC, message, re.S)  # (validation only: not at import)
        if embedded:
            loc += [int(p) if p.isdigit() else p for p in embedded.group(1).split(".")]
            message = embedded.group(2)
        if error["type"] == "extra_forbidden":
            message = "unknown field (check its spelling)"
        elif error["type"] == "missing":
            message = "required field is missing"
        field_path = _field_name(loc, root) or None
        problems.append(Problem(path, node_line(root, loc), field_path, message))
    return problems


def _field_name(loc: Sequence[str | int], root: yaml.Node | None) -> str:
    """``loc`` as a dotted path, with an article named by its number, not its place in the list:
    "article 8, translations.0.url" rather than "articles.7.translations.0.url"."""
    parts = [str(p) for p in loc]
    if len(loc) >= 2 and loc[0] == "articles" and isinstance(loc[1], int):
        number = _article_number(root, loc[1])
        if number is not None:
            rest = ".".join(parts[2:])
            return f"article {number}, {rest}" if rest else f"article {number}"
    return ".".join(parts)


def _article_number(root: yaml.Node | None, index: int) -> str | None:
    import yaml

    if not isinstance(root, yaml.MappingNode):
        return None
    for key, value in root.value:
        if key.value == "articles" and isinstance(value, yaml.SequenceNode):
            if index >= len(value.value) or not isinstance(value.value[index], yaml.MappingNode):
                return None
            for field_key, field_value in value.value[index].value:
                if field_key.value == "number" and isinstance(field_value, yaml.ScalarNode):
                    return str(field_value.value)
    return None
