"""A revision the store records but holds no text of is a text the store lacks: "相较于2010年修订版"
("compared with the 2010 revision") of the State Secrets Law, whose stored text is the 2024 one,
cites no stored text. Only a revision named on its own ("the 2010 revision", 2010年修订版) is read
so; the law's name with a year ("the 2014 Counter-espionage Law") is read by citations/naming.py."""

from __future__ import annotations

from lawref.citations.scan_records import Named, replace_named

__all__ = ["unheld_revision"]


def unheld_revision(named: Named, year: str) -> Named:
    """``named`` as a citation of its law's ``year`` text, which the store does not hold."""
    note = f"the {year} text of {named.name}, which the store does not hold"
    return replace_named(named, statute=None, ambiguous=(), article=None, version=None, note=note)
