"""An act named as a whole when the store holds only some of its sections: "the CLOUD Act".

The store holds two sections the CLOUD Act enacted (its section 103 as 18 U.S.C. 2713, its
section 105 as 18 U.S.C. 2523), not the Act. A writer who names the Act alone ("the CLOUD Act",
"the Clarifying Lawful Overseas Use of Data Act") names no stored statute: reading the name as
one of the sections would credit the whole Act's words to 2713, and a quotation of 2713's words
under that name would be `consistent` by luck and one of 2523's `misattributed` by error. Such a
name is a citation of a law the store does not hold (a quotation under it is `unverified`); a
section named with it ("Section 103 of the CLOUD Act", "CLOUD Act § 105") is still that section,
by the sections' own citation forms in the store, and so is each one of a list of sections named
with it ("Sections 201 and 301 of the Trade Act of 1974": 301 is 19 U.S.C. 2411, 201 a section the
store does not hold). The Trade Act of 1974 (section 301, 19 U.S.C. 2411) and the Defense
Production Act of 1950 (section 721, 50 U.S.C. 4565) are held so too.

The names are the grammar's word list ``acts_held_in_part`` (statutes/grammar/us.yaml), each
with its source page recorded there: the scan finds them like the store's names, and they
resolve to no statute. A name that is also a stored statute's name is never taken away from it.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable
from typing import Protocol

from lawref.citations.resolved import Resolved
from lawref.citations.scan_records import Named, replace_named

__all__ = [
    "WHOLE_ACT_WORDS",
    "listed_section",
    "names_whole_act",
    "whole_act_note",
    "whole_act_names",
]

WHOLE_ACT_WORDS = "acts_held_in_part"  # the grammar's word list of such names


def whole_act_names(
    listed: Iterable[str], held: Container[str], key: Callable[[str], str]
) -> list[str]:
    """The names of ``listed`` that no stored statute has (``held``: the store's names by
    ``key``, the form names are compared in)."""
    return sorted(name for name in listed if name and key(name) not in held)


_WHOLE_ACT = "the whole act: "


def whole_act_note(name: str) -> str:
    """What a citation of such a name names, for the report ("…, which the store does not
    hold" follows it in a quotation's note)."""
    return f"{_WHOLE_ACT}{name} (the store holds only some of its sections)"


def names_whole_act(note: str | None) -> bool:
    """Whether a citation's ``note`` says it names such an act as a whole (the store holds some
    of its sections, so its terms may be the stored sections' own)."""
    return note is not None and _WHOLE_ACT in note


class _Sections(Protocol):
    """What :func:`listed_section` reads of the names table (name_table.NameTable, which
    imports this module)."""

    def by_compound(self, name: str, number: str) -> Resolved | None: ...


def listed_section(names: _Sections, named: Named, number: str) -> Named:
    """``named`` read at one section ``number`` of a list of sections named with it: the stored
    section, when ``named`` names no stored statute (an act the store holds only some sections
    of: "the Trade Act of 1974", 《1974年贸易法》) and the store cites this section so, by its
    citation forms ("Section 301 of the Trade Act of 1974", 1974年贸易法第301条), as it reads a
    single section named with it (naming.Naming.with_reference); else ``named`` as it is."""
    if named.statute is not None or named.ambiguous:
        return named
    found = names.by_compound(named.name, number)
    if found is None or found.statute is None:
        return named
    return replace_named(named, statute=found.statute, ambiguous=found.ambiguous, note=None)
