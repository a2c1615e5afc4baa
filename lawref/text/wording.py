"""Counts in messages: "1 statute", "2 statutes", "1 citation form"."""

from __future__ import annotations


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """``count`` with the noun in the right number: counted(1, "article") → "1 article"."""
    noun = singular if count == 1 else (plural or singular + "s")
    return f"{count:,} {noun}"
