"""An article reference that is part of a body's name cites no article: "the Article 29 Working
Party" (set up by Article 29 of Directive 95/46/EC), 第29条作業部会, and "la Ley del Artículo 23" (a law
named after the article it implements). What may follow or precede is the grammar's windows
``body_after`` and ``body_before`` (statutes/grammar/bodies.yaml)."""

from __future__ import annotations

import re

__all__ = ["names_a_body"]

_REACH = 40  # characters after the reference that the window reads


def names_a_body(windows: dict[str, re.Pattern[str]], text: str, start: int, end: int) -> bool:
    """Whether the reference at ``text[start:end]`` is part of a body's or a law's name: the rest
    of the name follows it, or its head stands right before it."""
    after, before = windows.get("body_after"), windows.get("body_before")
    return (after is not None and after.match(text[end : end + _REACH]) is not None) or (
        before is not None and before.search(text[max(0, start - _REACH) : start]) is not None
    )
