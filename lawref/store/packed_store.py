"""The store as the compiled cache keeps it: each statute its own compressed pickle, unpacked when
a run first asks for it (:class:`PackedStatutes`)."""

from __future__ import annotations

import os
import pickle
import sys
import zlib
from collections.abc import Iterator, Mapping, MutableMapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lawref.store.mapped import DamagedArray, PackedBytes

if TYPE_CHECKING:
    from lawref.store.files import Store
    from lawref.store.schema import Statute


class PackedStatutes(MutableMapping[str, "Statute"]):
    """statute id -> Statute, each statute kept as its own (compressed) pickle until it is first
    asked for.

    The cached store holds one of these in place of its dict: a run builds the models of only the
    statutes it touches — a check touches the few its quotations link to, while cn-laws-all holds
    1,351 statutes and 58,000 articles (~0.3 s to unpickle whole). The pickles are kept together
    in one :class:`~lawref.store.mapped.PackedBytes` (the cache file's mapped array section): a run
    reads and checks only the bytes of the statutes it unpacks, each against the SHA-256 that the
    signed payload holds for it, so they are as trusted as the payload. Iterating over every
    statute (building an index) unpacks them all.
    """

    def __init__(self, statutes: Mapping[str, Statute], files: Mapping[str, Path]) -> None:
        self._items: dict[str, Statute | None] = dict(statutes)  # None: still in _packed
        self._packed: Mapping[str, bytes] = {}
        self._files = files  # the store's: where each statute was read from
        # ids of the statutes whose versions record a renumbering, kept beside the packed ones so
        # that asking (every linked citation does) unpacks nothing
        self._renumbered: frozenset[str] = frozenset()

    def records_renumbering(self, statute_id: str) -> bool:
        """Do ``statute_id``'s versions record a renumbering (store/versions.py reads them)?"""
        found = self._items.get(statute_id)
        if found is None:
            return statute_id in self._renumbered
        return _renumbers(found)

    def __getitem__(self, statute_id: str) -> Statute:
        found = self._items[statute_id]
        if found is None:
            try:
                found = pickle.loads(zlib.decompress(self._packed[statute_id]))
            except DamagedArray:
                # The cache file is damaged (and now removed): this statute is read from its file.
                found = self._from_file(statute_id)
            self._items[statute_id] = found
        return found

    def _from_file(self, statute_id: str) -> Statute:
        from lawref.store.files import read_statute_file

        if os.environ.get("LAWREF_DEBUG"):
            print(f"lawref: cache: {statute_id} damaged, read from its file", file=sys.stderr)
        path = self._files.get(statute_id)
        statute = read_statute_file(path)[0] if path is not None else None
        if statute is None or statute.id != statute_id:
            raise DamagedArray(f"{statute_id}: damaged in the cache, and its file cannot stand in")
        return statute

    def __setitem__(self, statute_id: str, statute: Statute) -> None:
        self._items[statute_id] = statute

    def __delitem__(self, statute_id: str) -> None:
        del self._items[statute_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, statute_id: object) -> bool:
        return statute_id in self._items

    def __getstate__(self) -> dict[str, object]:
        # compressed (a third of the size, zlib's fastest level): a run decompresses only the
        # statutes it touches
        return {
            "packed": PackedBytes(
                {
                    key: self._packed[key]
                    if value is None
                    else zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), 1)
                    for key, value in self._items.items()
                }
            ),
            "files": self._files,
            "renumbered": frozenset(
                key
                for key, value in self._items.items()
                if (key in self._renumbered if value is None else _renumbers(value))
            ),
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._packed = state["packed"]
        self._files = state["files"]
        self._items = dict.fromkeys(self._packed)
        self._renumbered = state["renumbered"]


def _renumbers(statute: Statute) -> bool:
    return any(version.renumbering is not None for version in statute.versions)


def packed_store(store: Store) -> Store:
    """The store as it is written to the cache: the same, with its statutes packed one by one."""
    from lawref.store.files import Store

    packed = Store(files=store.files, roots=store.roots, _names=store._names)
    packed.statutes = PackedStatutes(store.statutes, packed.files)  # type: ignore[assignment]
    return packed
