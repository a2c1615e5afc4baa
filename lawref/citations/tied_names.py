"""A name the store lacks, tied once by the text to a stored section, cites that section again.

美國《通信端正法》(Communications Decency Act)第230條 gives a Chinese rendering of the act's name
that the store does not hold, with the act's English name in brackets that it does: the citation
resolves to 47 U.S.C. § 230. The page then writes 《通信端正法》第230條, and a bare 第230條 read with
the name before it: the same section, by the same name and the same number. This module keeps,
for one document, each name with the number of a reference the walk resolved with it, and reads a
later citation of that name with that number, which the store's names leave unresolved, as the
same statute.

Only the same name with the same number, one reference: the name alone (the act as a whole, as
《1974年贸易法》 is beside its section 301) and other numbers stay as they were, and so does a
citation the walk left unresolved for a reason it gives in a note (another jurisdiction's law,
another instrument, the heading of a text the store lacks) or one that fits several statutes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lawref.citations.name_forms import key
from lawref.citations.pattern_pieces import RefItem
from lawref.citations.scan_records import Named, replace_named

__all__ = ["TiedNames"]


@dataclass
class TiedNames:
    """The names a document has cited with a resolved reference, by name and number as written."""

    statutes: dict[tuple[str, str], str] = field(default_factory=dict)

    def record(self, named: Named, items: list[RefItem]) -> None:
        """``named`` resolved with ``items`` (numbers as the text writes them)."""
        if named.statute and len(items) == 1 and not named.draft:
            self.statutes.setdefault((key(named.name), items[0].number), named.statute)

    def read(self, named: Named, items: list[RefItem]) -> Named:
        """``named`` with ``items`` as the document has tied them before, if it has."""
        if named.statute or named.ambiguous or named.note or named.draft or len(items) != 1:
            return named
        statute = self.statutes.get((key(named.name), items[0].number))
        if statute is None:
            return named
        note = f"name as tied before: {named.name} with {items[0].number}"
        return replace_named(named, statute=statute, note=note)
