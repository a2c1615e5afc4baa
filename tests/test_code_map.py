"""ARCHITECTURE.md's code map names every module under lawref/, each in its subpackage's row (or
among the loose modules at the top), and no module that no longer exists: a reader finds each
file from the map, and a module moved or removed leaves no stale line."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "lawref"
# A module named in backticks: "`checker.py`", "`match/law_text.py`", "`render/assets/`".
_NAMED = re.compile(r"`([\w/]+\.py)`")


def _code_map() -> str:
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    start = text.index("## Code map")
    return text[start : text.index("\n## ", start + 1)]


def _rows() -> dict[str, str]:
    """Each subpackage's row of the map (``"pipeline"`` -> its text), and ``""`` -> the lines
    on the loose modules at the top."""
    rows: dict[str, str] = {}
    loose: list[str] = []
    for line in _code_map().splitlines():
        found = re.match(r"\| `(\w+)/` \|(.*)", line)
        if found:
            rows[found.group(1)] = found.group(2)
        elif not line.startswith("|"):
            loose.append(line)
    rows[""] = "\n".join(loose)
    return rows


def _modules() -> set[str]:
    """Every module under lawref/ as a path inside it ("pipeline/checker.py"), packages'
    __init__ and __main__ left out (a package is named by its row)."""
    return {
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if path.name not in ("__init__.py", "__main__.py") and "__pycache__" not in path.parts
    }


def _named(rows: dict[str, str]) -> tuple[set[str], set[str]]:
    """The modules the map names, as paths inside lawref/, and the other files of the repository
    it names ("statutes/renumber.py", "tests/test_records.py"). A name with a folder is read from
    lawref/ when the folder is one of its subpackages ("match/law_text.py"), else from the
    repository's root; a bare file name in a row is that row's subpackage's, else a loose
    module's at the top (the validation row's "record.py")."""
    modules: set[str] = set()
    others: set[str] = set()
    for package, row in rows.items():
        for name in _NAMED.findall(row):
            if "/" in name:
                inside = (PACKAGE / name.split("/", 1)[0]).is_dir()
                (modules if inside else others).add(name)
            elif package and not (PACKAGE / package / name).exists() and (PACKAGE / name).exists():
                modules.add(name)
            else:
                modules.add(f"{package}/{name}" if package else name)
    return modules, others


def test_every_module_is_on_the_code_map() -> None:
    missing = sorted(_modules() - _named(_rows())[0])
    assert not missing, f"modules the code map of ARCHITECTURE.md does not name: {missing}"


def test_the_code_map_names_no_module_that_does_not_exist() -> None:
    modules, others = _named(_rows())
    stale = sorted(name for name in modules if not (PACKAGE / name).is_file())
    stale += sorted(name for name in others if not (ROOT / name).is_file())
    assert not stale, f"modules the code map of ARCHITECTURE.md names that do not exist: {stale}"


def test_every_module_path_in_the_document_exists() -> None:
    # (outside the map too: the thresholds' table, the boundaries name modules by their folder)
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    paths = {name for name in _NAMED.findall(text) if "/" in name}
    stale = sorted(p for p in paths if not (PACKAGE / p).is_file() and not (ROOT / p).is_file())
    assert not stale, f"paths ARCHITECTURE.md names that do not exist: {stale}"
