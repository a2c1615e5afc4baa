"""An earlier law of the same name, named so once, is meant by the name's later bare mentions too.

A text that says "the National Security Law implemented in 1993" or 原国家安全法 (the law the 2014
Counter-espionage Law replaced, not the 2015 National Security Law the store holds) goes on to
write "Compared with the National Security Law, …" and "the National Security Law stated …": the
same earlier law. Its first mention is read as that earlier law by the year before the stored
law's adoption or by 原 (citations/naming.py); this module carries that reading to the later
mentions of the same name in the document, and reads "the original/former/old National Security
Law" and "the National Security Law, the predecessor of the Counter-espionage Law" as the earlier
law too, for a statute the store holds in one version (a statute with versions keeps its name
across them). A later mention that says it is the new law (新国家安全法, "the new National
Security Law", a year from the stored law's adoption on) keeps the stored law and ends the
carrying.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lawref.citations.name_forms import key
from lawref.citations.name_table import NameTable
from lawref.citations.scan_records import Named, replace_named
from lawref.text.regex_code import constant

__all__ = ["EarlierLaws"]

_REACH = 24  # characters before a name its "former" or "new" word may take
_FORMER_BEFORE = constant(
    r"(?<![A-Za-z])(?:original|former|old|previous|repealed)\s{1,2}$", re.IGNORECASE
)
_PREDECESSOR_AFTER = constant(
    r"^\s{0,2}(?:[(（][A-Z]{2,6}[)）])?\s{0,2},?\s{0,2}(?:the|its|which\s{1,2}was\s{1,2}the)\s{1,2}"
    r"predecessor\s{1,2}of(?![A-Za-z])",
    re.IGNORECASE,
)
_NEW_BEFORE = constant(r"(?:新|(?<![A-Za-z])new\s{1,2}|(?:19|20)[0-9]{2}\s{0,2}年?\s{0,2}的?)$")
# What naming.py says of a name it read as an earlier law (a year before adoption, 原).
_EARLIER_NOTES = ("another law", "the former law of that name")


@dataclass
class EarlierLaws:
    """The names a document has read as an earlier law of that name (per document)."""

    names: set[str] = field(default_factory=set)

    def read(self, named: Named, text: str, table: NameTable) -> Named:
        """``named`` as the document reads it: the earlier law when so named before or here."""
        words = key(named.name)
        if named.statute is None:
            if named.note and any(note in named.note for note in _EARLIER_NOTES):
                self.names.add(words)
            return named
        if named.version is not None or table.latest_version(named.statute) is not None:
            return named
        before = text[max(0, named.start - _REACH) : named.start]
        if _NEW_BEFORE.search(before):
            self.names.discard(words)
            return named
        here = _FORMER_BEFORE.search(before) or _PREDECESSOR_AFTER.match(
            text[named.end : named.end + 60]
        )
        if here is None and words not in self.names:
            return named
        self.names.add(words)
        note = f"an earlier law of that name, not {named.statute}"
        return replace_named(named, statute=None, ambiguous=(), note=note)
