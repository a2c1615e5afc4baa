"""lawref's modules imported from the cache folder's table (lawref/store/module_code.py): the same
modules as the import system's, never code the table cannot vouch for."""

from __future__ import annotations

import importlib
import importlib.util
import json
import marshal
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from lawref.store import module_code
from lawref.store.cache import MODULES_NAME
from lawref.store.code_tables import read_table, write_table
from lawref.store.mapped import PackedBytes
from lawref.store.signed_pickle import secret_key

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "huawei-intelligence-law.txt"
NAME = "lawref.text.scripts"  # a small module of the warm check

_REPORT = """
import atexit, json, sys
def _report():
    from lawref.store import module_code
    finder = module_code._finder
    sys.stderr.write("TABLE " + json.dumps({
        "asked": sorted(finder.asked), "served": sorted(finder.served),
        "files": {n: getattr(sys.modules.get(n), "__file__", None) for n in finder.asked},
    }) + "\\n")
atexit.register(_report)
from lawref.cli import main
main()
"""


def _run(cache: Path) -> tuple[str, dict[str, Any]]:
    env = {**os.environ, "LAWREF_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
    env.pop("LAWREF_NO_CACHE", None)
    argv = [sys.executable, "-c", _REPORT, "check", str(EXAMPLE)]
    result = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    assert result.returncode in (0, 1), result.stderr[-2000:]
    line = next(x for x in result.stderr.splitlines() if x.startswith("TABLE "))
    return result.stdout, json.loads(line.removeprefix("TABLE "))


def test_a_warm_check_imports_lawref_from_the_table_with_the_same_output(
    tmp_path: Path,
) -> None:
    _run(tmp_path)  # builds the store's cache and writes the table
    assert (tmp_path / MODULES_NAME).exists()
    output, served = _run(tmp_path)
    (tmp_path / MODULES_NAME).unlink()
    from_files_output, from_files = _run(tmp_path)  # the import system's own (and writes again)
    assert not from_files["served"] and (tmp_path / MODULES_NAME).exists()
    assert output == from_files_output
    assert served["asked"] == from_files["asked"]
    assert served["served"] == served["asked"]  # every lawref module after the finder's install
    # each module is its source file, as the import system has it
    assert served["files"] == from_files["files"]
    assert all(f and f.startswith(str(ROOT / "lawref")) for f in served["files"].values())


def _entry(name: str = NAME) -> tuple[list[Any], bytes, str, list[int]]:
    spec = importlib.util.find_spec(name)
    assert spec is not None and spec.origin is not None
    st = os.stat(spec.origin)
    shown = spec.origin[len(module_code._PACKAGE) :]
    folder = os.path.dirname(shown)
    code = marshal.dumps(spec.loader.get_code(name))  # type: ignore[union-attr]
    folder_st = os.stat(module_code._PACKAGE + folder)
    return (
        [shown, st.st_size, st.st_mtime_ns, False, folder],
        code,
        folder,
        [
            folder_st.st_size,
            folder_st.st_mtime_ns,
        ],
    )


def _finder(entry: list[Any], code: bytes, folder: str, folder_stat: list[int]) -> Any:
    table = {
        "modules": {NAME: entry},
        "folders": {folder: folder_stat},
        "code": PackedBytes({NAME: code}),
    }
    return module_code.TableFinder(table)


def test_a_module_is_served_as_its_source_file_with_the_tables_code() -> None:
    import lawref.text  # the parent package the name is looked up in

    finder = _finder(*_entry())
    spec = finder.find_spec(NAME, lawref.text.__path__)
    assert spec is not None and isinstance(spec.loader, module_code._TableLoader)
    normal = importlib.util.find_spec(NAME)
    assert normal is not None
    assert (spec.origin, spec.cached, spec.parent) == (normal.origin, normal.cached, normal.parent)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    imported = importlib.import_module(NAME)
    assert module.__file__ == imported.__file__
    assert module.scripts_of.__code__.co_code == imported.scripts_of.__code__.co_code
    assert module.scripts_of.__code__.co_filename == imported.__file__


@pytest.mark.parametrize("changed", ["size", "mtime", "folder"])
def test_an_edited_module_or_a_changed_folder_is_left_to_the_import_system(changed: str) -> None:
    import lawref.text

    entry, code, folder, folder_stat = _entry()
    if changed == "size":
        entry[1] += 1
    elif changed == "mtime":
        entry[2] -= 1
    else:  # a module added, removed or renamed beside it changes which file a name means
        folder_stat = [folder_stat[0], folder_stat[1] - 1]
    finder = _finder(entry, code, folder, folder_stat)
    assert finder.find_spec(NAME, lawref.text.__path__) is None
    assert NAME in finder.asked and not finder.served


def _written_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LAWREF_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("LAWREF_NO_CACHE", raising=False)
    secret_key(tmp_path, create=True)
    entry, code, folder, folder_stat = _entry()
    table = {
        "modules": {NAME: entry},
        "folders": {folder: folder_stat},
        "code": PackedBytes({NAME: code}),
    }
    write_table(MODULES_NAME, module_code.KIND, table, code=False)
    return tmp_path / MODULES_NAME


def test_a_damaged_table_is_never_executed_and_is_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import lawref.text

    path = _written_table(tmp_path, monkeypatch)
    assert read_table(MODULES_NAME, module_code.KIND)["modules"]  # the whole file checks out
    data = bytearray(path.read_bytes())
    data[-100] ^= 0xFF  # the array section: the module's code, checked when it is read
    path.write_bytes(bytes(data))
    finder = module_code.TableFinder(read_table(MODULES_NAME, module_code.KIND))
    assert finder.modules  # the signed part still checks out ...
    assert finder.find_spec(NAME, lawref.text.__path__) is None  # ... the code does not
    assert not finder.modules and not path.exists()  # imported as before; rebuilt next time


def test_a_table_signed_with_another_key_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _written_table(tmp_path, monkeypatch)
    (tmp_path / "secret.key").unlink()
    secret_key(tmp_path, create=True)  # another key: what the old one signed is foreign now
    assert read_table(MODULES_NAME, module_code.KIND) == {}
    assert module_code.TableFinder({}).modules == {}


def test_the_finder_only_serves_lawref_modules() -> None:
    finder = _finder(*_entry())
    assert finder.find_spec("json", None) is None
    assert finder.find_spec("lawrefx.text", ["/nowhere"]) is None
    assert not finder.asked


def test_tables_keyed_by_their_source_outlive_an_edit_of_lawref(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tables of compiled patterns, dataclass methods and module code are written without code
    records (each entry is checked by its own key): every source file counting as changed since
    (``_STARTED_NS`` 0) leaves them readable, where a store entry's records make it stale."""
    from lawref.store import cache, code_records, code_tables, method_code

    monkeypatch.setenv("LAWREF_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("LAWREF_NO_CACHE", raising=False)
    secret_key(tmp_path, create=True)
    code_tables.write_patterns({("x+", 0): None})
    monkeypatch.setattr(method_code, "_known", {"text": b"code"})
    monkeypatch.setattr(method_code, "_new", {})
    method_code._save()
    write_table("with-records.pickle", "with-records", {"a": 1})
    monkeypatch.setattr(code_records, "_STARTED_NS", 0)  # every source file is "newer"
    assert code_tables.read_patterns() == {("x+", 0): None}
    assert read_table(cache.METHODS_NAME, method_code.KIND) == {"text": b"code"}
    assert read_table("with-records.pickle", "with-records") == {}  # what records make stale
