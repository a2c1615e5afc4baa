"""Parts of an act that a store holding one section of it does not hold: the store's FISA is its
section 702 (50 U.S.C. 1881a), so "Sections 703 and 704" of FISA, its "Title VII", or "Section 25"
of a bill that amends the Defense Production Act's section 721 (50 U.S.C. 4565) are not the stored
section. Such a citation names another part of the act, which the store does not hold."""

from __future__ import annotations

from collections.abc import Sequence

from lawref.citations.name_table import NameTable
from lawref.citations.scan_records import Atom
from lawref.text.regex_code import constant

__all__ = ["another_section", "bracketed_acronym", "larger_part"]

# "Title VII of the ", "Subtitle A of ", "Chapter 36 of the ", "Part II of ": a part of an act
# that holds many sections, right before its name.
_PART_BEFORE = constant(
    r"(?<![A-Za-z])(?:Title|Subtitle|Chapter|Part|Subchapter)\s{1,2}(?:[IVXLC]{1,6}|[0-9]{1,3})[A-Z]?"
    r"(?=\s{1,2}of\s{1,2}(?:the\s{1,2})?$)"
)
_REACH = 40
# Between a name and its acronym in brackets: " of 1978 (", " ("; and the closing bracket after.
_ACRONYM_GAP = constant(r"(?:\s{1,2}of\s{1,2}(?:19|20)[0-9]{2})?\s{0,2}[(（]\s{0,2}$")
_ACRONYM_CLOSE = constant(r"\s{0,2}[)）]")


def another_section(names: NameTable, statute: str, number: str | None) -> bool:
    """Whether ``number`` (as the store's numbering reads it) is a section of the act other than
    the one section the store holds of ``statute`` — never for a statute of several articles,
    whose articles the store may lack one by one."""
    held = names.single_article(statute)
    return held is not None and number is not None and number != held


def larger_part(names: NameTable, text: str, start: int, statute: str) -> str | None:
    """The words naming a title, chapter or part of the act right before the name at ``start``,
    when the store holds one section of ``statute`` only; None otherwise."""
    if names.single_article(statute) is None:
        return None
    found = _PART_BEFORE.search(text[max(0, start - _REACH) : start])
    return found.group().strip() if found else None


def bracketed_acronym(text: str, end: int, atoms: Sequence[Atom], after: int) -> int | None:
    """Where the acronym in brackets right after a name ends ("… Act of 1978 (FISA)"), when the
    next atom is that acronym; None otherwise."""
    if after >= len(atoms):
        return None
    atom = atoms[after]
    if not atom.text.isupper() or not _ACRONYM_GAP.fullmatch(text[end : atom.start]):
        return None
    close = _ACRONYM_CLOSE.match(text, atom.end)
    return close.end() if close else None
