"""Writing statute files: a canonical YAML layout, path safety and atomic replacement.

The layout is meant for review in diffs: keys in the order of the models, one list item per
block, long or multi-line text as literal block scalars (``|`` / ``|-`` / ``|+``, so the text
reads as it stands), dates unquoted, strings that would read as numbers or dates quoted. Every
dump is loaded back and compared before it is used; a string a block scalar cannot carry exactly
(CR, tabs, trailing spaces, NEL, line or paragraph separators) is written double-quoted instead.

A write never leaves a half-written or invalid file behind: the new text is validated as a whole
statute file first, written to a temporary file in the same folder, flushed to disk, and only
then renamed over the old file.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from typing import Any

import yaml

from lawref.errors import StoreError
from lawref.store.files import MAX_STORE_FILE_BYTES, read_statute_text, yaml_files
from lawref.store.folders import missing_folders, remove_empty_folders
from lawref.store.schema import ID_PATTERN, Statute

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

BLOCK_MIN_LENGTH = 80  # longer single-line prose becomes a block scalar (not URLs or ids)
_JURISDICTION = re.compile(r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")
_ID = re.compile(ID_PATTERN)
# Characters a literal block scalar cannot carry through a YAML round trip unchanged.
_NOT_IN_BLOCKS = re.compile("[\r\t\x85\u2028\u2029\ufeff]|[ \t]\n| $")
# Characters that only a double-quoted scalar carries safely (PyYAML mangles NEL in single quotes).
_ESCAPE_ONLY = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\r\u2028\u2029\ufeff]")


class _Dumper(yaml.SafeDumper):
    """SafeDumper with block scalars for text and no anchors (the store refuses them)."""

    quote_all_text = False

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _represent_str(dumper: _Dumper, value: str) -> yaml.ScalarNode:
    style: str | None = None
    if dumper.quote_all_text or _ESCAPE_ONLY.search(value):
        style = '"'
    elif "\n" in value or (len(value) > BLOCK_MIN_LENGTH and " " in value):
        style = '"' if _NOT_IN_BLOCKS.search(value) else "|"
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


class _QuotingDumper(_Dumper):
    quote_all_text = True


def statute_data(statute: Statute) -> dict[str, Any]:
    """The statute as plain data in the file's key order, without empty optional fields."""
    return statute.model_dump(mode="python", exclude_defaults=True)


def dump_statute(statute: Statute) -> str:
    """The canonical YAML text of a statute file; loading it gives back exactly ``statute``."""
    data = statute_data(statute)
    for dumper in (_Dumper, _QuotingDumper):
        text = yaml.dump(
            data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=100, indent=2
        )
        if yaml.load(text, Loader=_Loader) == data:
            return text
    raise StoreError(f"{statute.id}: cannot write this statute as YAML that reads back the same")


# --- where files go ------------------------------------------------------------------------------


def _package_dir() -> Path:
    return Path(__file__).resolve().parent.parent  # lawref/, from lawref/store/


def is_protected(path: Path) -> bool:
    """True for the installed package's own files (lawref/… or any site-packages folder)."""
    resolved = path.resolve()
    if resolved == _package_dir() or _package_dir() in resolved.parents:
        return True
    return any(part in ("site-packages", "dist-packages") for part in resolved.parts)


def _holds_statutes(folder: Path) -> bool:
    if not folder.is_dir():
        return False
    return not any(folder.iterdir()) or next(iter(yaml_files(folder)), None) is not None


def writable_store(store: str | Path | None = None, *, cwd: Path | None = None) -> Path:
    """The store folder that ``import``/``add`` write to: ``--store DIR``, else ./statutes.

    ./statutes counts only when it is a store (it holds statute files, or nothing yet). Folders
    inside the installed package are refused, whichever way they are named.
    """
    if store is not None:
        root = Path(store).expanduser()
        if root.exists() and not root.is_dir():
            raise StoreError(f"{root}: --store must be a folder")
    else:
        root = (cwd or Path.cwd()) / "statutes"
        if not _holds_statutes(root):
            raise StoreError(
                "no store folder to write to: pass --store DIR (./statutes is used only when it "
                "holds statute files)"
            )
    if is_protected(root):
        raise StoreError(
            f"{root}: refusing to write into the installed lawref package; pass --store DIR"
        )
    return root.resolve()


def check_id(statute_id: str, jurisdiction: str) -> None:
    """Refuse ids and jurisdictions that could name a path outside the store ("../x", "/x", NUL)."""
    # fullmatch: with match, "$" would also accept a trailing newline ("cn-law\n").
    if not _ID.fullmatch(statute_id):
        raise StoreError(
            f"invalid statute id {statute_id!r}: use lowercase letters, digits and '-' "
            "(e.g. cn-cybersecurity-law)"
        )
    if not _JURISDICTION.fullmatch(jurisdiction):
        raise StoreError(
            f"invalid jurisdiction {jurisdiction!r}: use a country/region code such as CN, US, EU"
        )


def statute_path(root: Path, statute_id: str, jurisdiction: str) -> Path:
    """``<root>/<jurisdiction>/<id without the jurisdiction prefix>.yaml``, checked to stay inside."""
    check_id(statute_id, jurisdiction)
    folder = jurisdiction.lower()
    name = statute_id.removeprefix(f"{folder}-") or statute_id
    return inside(root, root / folder / f"{name}.yaml")


def inside(root: Path, path: Path) -> Path:
    """``path`` when it lies inside ``root`` (symbolic links resolved); StoreError otherwise."""
    resolved_root = root.resolve()
    resolved = path.resolve()
    if resolved_root != resolved and resolved_root not in resolved.parents:
        raise StoreError(f"{path}: outside the store folder {root}")
    if path.is_symlink():
        raise StoreError(f"{path}: a symbolic link; store files must be regular files")
    return resolved


def find_statute_files(root: Path) -> dict[str, Path]:
    """Statute id → file, for every file under ``root`` (read from its ``id:`` line, cheaply)."""
    found: dict[str, Path] = {}
    for path in yaml_files(root) if root.is_dir() else []:
        statute_id = _id_of(path)
        if statute_id is not None:
            found.setdefault(statute_id, path)
    return found


def _id_of(path: Path) -> str | None:
    try:
        # Never read through a link (it may lead to /dev/zero) or past the size limit: such files
        # are refused when loaded, and have no id here.
        if path.is_symlink() or not path.is_file() or path.stat().st_size > MAX_STORE_FILE_BYTES:
            return None
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("id:"):
                    return yaml.load(line, Loader=_Loader)["id"]
    except (OSError, UnicodeDecodeError, yaml.YAMLError, TypeError):
        return None
    return None


# --- writing -------------------------------------------------------------------------------------


def validated_text(statute: Statute, path: Path) -> str:
    """Dump ``statute`` and validate the dump as a whole file; StoreError names the first problem."""
    text = dump_statute(statute)
    reread, problems = read_statute_text(text, str(path))
    if problems or reread is None:
        raise StoreError(f"not written: {problems[0] if problems else path}")
    if reread != statute:
        raise StoreError(f"{path}: not written: the file would not read back as the same statute")
    return text


def write_statute(statute: Statute, root: Path, path: Path | None = None) -> Path:
    """Validate and atomically write one statute under ``root``; returns the file written."""
    target = (
        inside(root, path)
        if path is not None
        else statute_path(root, statute.id, statute.jurisdiction)
    )
    if is_protected(target):
        raise StoreError(f"{target}: refusing to write into the installed lawref package")
    atomic_write(target, validated_text(statute, target))
    return target


def atomic_write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file in the same folder, fsync and rename.

    On any failure the old file (if any) is untouched and the temporary file is removed.
    """
    created = missing_folders(path.parent)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise StoreError(f"{path}: not written: {exc.strerror or exc}") from exc
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(text.encode("utf-8"))
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException as exc:
        temporary.unlink(missing_ok=True)
        remove_empty_folders(created)  # only folders this call made, and only if empty
        if isinstance(exc, OSError):
            raise StoreError(f"{path}: not written: {exc.strerror or exc}") from exc
        raise
    _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - some platforms cannot open folders
        return
    try:
        os.fsync(descriptor)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(descriptor)
