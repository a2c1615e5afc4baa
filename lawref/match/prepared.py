"""Long stored texts' matching forms, made once for the compiled cache and read back as arrays.

Making the verbatim, letters and matching forms of a stored text costs about 3 µs a character in
Python, and a quotation's candidates often include the store's longest texts (the shipped store's
82,590-character 50 U.S.C. 4565). :class:`PreparedForms` keeps them for texts of at least
``align.PREPARED_MIN_CHARS`` characters: the forms' strings as UTF-8 in one
:class:`~lawref.store.mapped.PackedStrings` and their offset arrays joined in one
:class:`~lawref.store.mapped.Packed` array, both in the cache file's mapped section. A run reads
(and checks) only the bytes of the texts it compares, and copies an array out of the mapped file
with one ``frombytes`` — no decompressing, no unpickling of ~25 bytes a character.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable

from lawref.match.align import Target
from lawref.store.mapped import Packed, PackedStrings

# Per text: the three forms' texts and the matching form's tokens joined with spaces (a token is
# letters, digits or one CJK character, never a space), then these arrays (each an array("I")).
_STRINGS = 4  # verbatim, letters, skeleton, tokens
_ARRAYS = 8  # each form's offsets and ends, then the token table's starts and ends


class PreparedForms:
    """text id -> :class:`Target` with its forms filled in, for the long texts it was built with.

    An array shared by two forms (the matching form reuses the verbatim form's offsets when folding
    keeps the length) is stored once and read back as one object, as a pickle would keep it.
    """

    def __init__(self, texts: Iterable[tuple[int, str]]) -> None:
        self._slots: dict[int, int] = {}
        strings: list[str] = []
        numbers = array("I")
        bounds = array("Q", [0])  # array k is numbers[bounds[k]:bounds[k + 1]]
        refs = array("I")  # per slot, _ARRAYS numbers of arrays
        for text_id, text in texts:
            target = Target(text)
            forms = (target.verbatim, target.letters, target.skeleton)
            if any(form.source_length != len(text) for form in forms):
                continue  # not the text's own length: left to be prepared on use
            tokens, starts, ends = target._token_table
            if any(" " in token or not token for token in tokens):  # pragma: no cover - TOKEN_RE
                continue
            arrays: list[array] = []
            for form in forms:
                arrays += [form.offsets, form.ends]
            arrays += [array("I", starts), array("I", ends)]
            seen: dict[int, int] = {}  # id of an array -> its number
            for values in arrays:
                number = seen.get(id(values))
                if number is None:
                    number = seen[id(values)] = len(bounds) - 1
                    numbers.extend(values)
                    bounds.append(len(numbers))
                refs.append(number)
            self._slots[text_id] = len(self._slots)
            strings += [form.text for form in forms] + [" ".join(tokens)]
        self._strings = PackedStrings(strings)
        self._numbers = Packed(numbers)
        self._bounds = Packed(bounds)
        self._refs = Packed(refs)

    def __len__(self) -> int:
        return len(self._slots)

    def __contains__(self, text_id: object) -> bool:
        return text_id in self._slots

    def target(self, text_id: int, text: str) -> Target | None:
        """The target of stored text ``text_id`` (whose text is ``text``) with its prepared forms,
        or None when the text was not prepared."""
        slot = self._slots.get(text_id)
        if slot is None:
            return None
        bounds = self._bounds.whole()
        arrays: dict[int, array] = {}
        got: list[array] = []
        for number in self._refs.span(slot * _ARRAYS, (slot + 1) * _ARRAYS):
            values = arrays.get(number)
            if values is None:
                values = arrays[number] = array("I")
                raw = self._numbers.span(bounds[number], bounds[number + 1])
                values.frombytes(memoryview(raw).cast("B"))
            got.append(values)
        strings = self._strings[slot * _STRINGS : (slot + 1) * _STRINGS]
        verbatim, letters, skeleton_text, tokens = strings
        return Target.with_forms(
            text,
            (verbatim, got[0], got[1]),
            (letters, got[2], got[3]),
            (skeleton_text, got[4], got[5]),
            tokens.split(" ") if tokens else [],
            got[6],
            got[7],
        )
