"""Arrays that a cache file keeps outside its pickle, memory-mapped and checked where they are read.

A large derived structure (the matching index of a big store: postings, the stored texts, their
boundaries) is mostly a few long arrays of numbers. Pickled, every run reads, authenticates and
copies all of them (~45 MiB for cn-laws-all) although a check touches a few hundred entries. An
:class:`Packed` array is written instead to the cache file's array section
(:mod:`lawref.store.signed_pickle`), after the pickle, and a later run maps the file and reads
only the pages it touches.

Trust. The section is not covered by the file's HMAC (authenticating it whole would cost a
read of every page); what the HMAC covers is the pickle, and in it each array's record: its type,
byte order, where it lies and the SHA-256 of every chunk (:data:`CHUNK` bytes) of it. A chunk is
hashed the first time any of its items is read and compared with that record, so every byte taken
from the section is as trusted as the signed pickle — which is what lets :class:`PackedBytes` hold
pickles (the cached statutes): they are unpickled only after their chunks have checked out. A
damaged, truncated or altered section is detected before a value from it is used;
:class:`DamagedArray` then names the file, which is removed so that the next run rebuilds it.
Small arrays are checked whole on first use (:meth:`Packed.whole`), long ones range by range
(:meth:`Packed.span`). A file whose every chunk has checked out once, unchanged since (its stamp,
:mod:`lawref.store.checked_files`), is read without checks (:meth:`Packed.vouched`).
"""

from __future__ import annotations

import contextlib
import os
from array import array
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from typing import Any, overload

from lawref.errors import LawrefError
from lawref.store.digests import compare_digest, sha256

# Bytes hashed together: a read of a few items costs one 16 KiB hash at most. (64 KiB chunks made a
# warm check of the shipped store hash 9.7 MiB, 16 KiB ones 7.6: the quick letters, postings and
# cross-lingual rows it reads lie scattered; the digests, 32 bytes a chunk, stay 0.2% of a file.)
CHUNK = 1 << 14
TYPECODES = frozenset("bBhHiIlLqQfd")
DIGEST = 32  # SHA-256


class DamagedArray(LawrefError):
    """An array of a cache file does not hold what its record says (damaged or altered)."""


class Packed:
    """A read-only array of numbers (``array`` typecodes), in memory or mapped from a cache file.

    Built from an ``array`` it simply wraps it; read back from a cache file it is a view of the
    file's mapped array section, checked chunk by chunk against the digests its signed record
    holds. Only :meth:`whole` and :meth:`span` give its items (both check what they give).
    """

    __slots__ = ("_values", "_digests", "_checked", "_path", "_length")

    def __init__(self, values: array | bytes) -> None:
        if isinstance(values, (bytes, bytearray)):
            values = array("B", values)
        self._values: array | memoryview = values
        # (digests, the bytes they cover): None when built in this process, nothing to check
        self._digests: tuple[bytes, memoryview] | None = None
        self._checked: bytearray | None = None
        self._path: str = ""
        self._length = len(values)

    @classmethod
    def mapped(
        cls,
        view: memoryview,
        length: int,
        typecode: str,
        digests: bytes,
        path: str | os.PathLike[str],
    ) -> Packed:
        """The array in the first ``length`` bytes of ``view`` (the array and its padding, in the
        mapped section), checked on use against ``digests`` (one SHA-256 per CHUNK bytes of
        ``view``, padding included)."""
        packed = cls.__new__(cls)
        packed._values = view[:length].cast(typecode) if typecode != "B" else view[:length]
        packed._digests = (digests, view)
        packed._checked = bytearray(len(digests) // DIGEST)
        packed._path = os.fspath(path)
        packed._length = len(packed._values)
        return packed

    def vouched(self) -> None:
        """Read without checks from now on: the file it is mapped from is the one whose every
        chunk checked out before (lawref/store/checked_files.py)."""
        self._checked = None

    @property
    def typecode(self) -> str:
        values = self._values
        return values.typecode if isinstance(values, array) else values.format

    @property
    def itemsize(self) -> int:
        return self._values.itemsize

    def __len__(self) -> int:
        return self._length

    def raw(self) -> memoryview:
        """The bytes of every item, unchecked: for writing the array out."""
        return memoryview(self._values).cast("B")

    def whole(self) -> array | memoryview:
        """Every item (an ``array``, or a ``memoryview`` of the mapped file), checked."""
        if self._checked is not None:
            self._check(0, len(self._checked))
        return self._values

    def span(self, start: int, stop: int) -> array | memoryview:
        """Items ``start`` to ``stop`` (a slice), the chunks that hold them checked."""
        checked = self._checked
        if checked is not None and stop > start:
            size = self._values.itemsize
            first = start * size // CHUNK
            last = ((stop * size) - 1) // CHUNK + 1
            if last - first != 1 or not checked[first]:  # (one chunk checked before: nothing to do)
                self._check(first, last)
        return self._values[start:stop]

    def spans(self, starts: Sequence[int], stops: Sequence[int]) -> list[array | memoryview]:
        """:meth:`span` of each ``starts[i]``, ``stops[i]`` (a query's posting lists)."""
        values = self._values
        if self._checked is not None:
            size = values.itemsize
            check = self._check
            for start, stop in zip(starts, stops, strict=True):
                if stop > start:
                    check(start * size // CHUNK, ((stop * size) - 1) // CHUNK + 1)
        return [values[start:stop] for start, stop in zip(starts, stops, strict=True)]

    def item(self, at: int) -> int | float:
        """Item ``at``, its chunk checked."""
        if self._checked is not None:
            first = at * self._values.itemsize // CHUNK
            self._check(first, first + 1)
        return self._values[at]  # type: ignore[no-any-return]

    def _check(self, first: int, last: int) -> None:
        checked = self._checked
        assert checked is not None and self._digests is not None
        if all(checked[first:last]):
            return
        digests, raw = self._digests
        for chunk in range(first, min(last, len(checked))):
            if checked[chunk]:
                continue
            found = sha256(raw[chunk * CHUNK : (chunk + 1) * CHUNK], bulk=True).digest()
            if not compare_digest(found, digests[chunk * DIGEST : (chunk + 1) * DIGEST]):
                self._condemn()
            checked[chunk] = 1

    def _condemn(self) -> None:
        """The file is damaged: remove it (the next run rebuilds it) and stop."""
        with contextlib.suppress(OSError):
            os.unlink(self._path)
        raise DamagedArray(
            f"the compiled cache file {self._path} is damaged (an array does not match its "
            "checksum); it has been removed: run the command again to rebuild it"
        )

    def __reduce__(self) -> Any:
        # Pickled without the cache's array section (pickle.dumps, copy): by value.
        return (Packed, (array(self.typecode, self.whole()),))


def digests_of(raw: memoryview) -> bytes:
    """The SHA-256 of each CHUNK bytes of ``raw``, joined."""
    return b"".join(
        sha256(raw[at : at + CHUNK], bulk=True).digest() for at in range(0, len(raw), CHUNK)
    )


class _Pieces:
    """Byte strings joined in one :class:`Packed` array, with their boundaries in another: the
    part :class:`PackedBytes` and :class:`PackedStrings` share. Piece ``i``'s bytes are checked
    (and copied out of the mapped file) only when it is asked for."""

    def __init__(self, pieces: Iterable[bytes]) -> None:
        bounds = array("Q", [0])
        kept = []
        for piece in pieces:
            kept.append(piece)
            bounds.append(bounds[-1] + len(piece))
        self._bounds = Packed(bounds)
        self._blob = Packed(b"".join(kept))
        self._bounds_view: Sequence[int] | None = None

    def __getstate__(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if k != "_bounds_view"}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._bounds_view = None

    def _count(self) -> int:
        return len(self._bounds) - 1

    def _piece(self, index: int) -> array | memoryview:
        if self._bounds_view is None:
            self._bounds_view = self._bounds.whole()
        bounds = self._bounds_view
        return self._blob.span(bounds[index], bounds[index + 1])


class PackedBytes(_Pieces, Mapping[Hashable, bytes]):
    """key -> bytes, every value in one :class:`Packed` array: read back from the cache, a value's
    bytes are checked (and copied out of the mapped file) only when it is asked for."""

    def __init__(self, items: Mapping[Hashable, bytes]) -> None:
        self._slots = {key: slot for slot, key in enumerate(items)}
        super().__init__(items.values())

    def __getitem__(self, key: Hashable) -> bytes:
        return bytes(self._piece(self._slots[key]))

    def __contains__(self, key: object) -> bool:
        return key in self._slots

    def __iter__(self) -> Iterator[Hashable]:
        return iter(self._slots)

    def __len__(self) -> int:
        return len(self._slots)


class PackedStrings(_Pieces, Sequence[str]):
    """A list of strings kept as their UTF-8 bytes joined in one :class:`Packed` array and their
    boundaries: read back from the cache, a string is checked and decoded when it is asked for."""

    def __init__(self, strings: Iterable[str]) -> None:
        super().__init__(string.encode("utf-8", "surrogatepass") for string in strings)

    def __len__(self) -> int:
        return self._count()

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        bounds = self._bounds_view
        if bounds is None:
            bounds = self._bounds_view = self._bounds.whole()
        count = len(bounds) - 1
        if index < 0:
            index += count
        if not 0 <= index < count:
            raise IndexError("string index out of range")
        piece = self._blob.span(bounds[index], bounds[index + 1])
        return str(piece, "utf-8", "surrogatepass")
