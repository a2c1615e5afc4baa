"""An article reference that is part of a body's name cites no article: "the Article 29 Working
Party" (set up by Article 29 of Directive 95/46/EC), 第29条作業部会. What may follow is the grammar's
window ``body_after`` (statutes/grammar/bodies.yaml)."""

from __future__ import annotations

import re

__all__ = ["names_a_body"]

_REACH = 40  # characters after the reference that the window reads


def names_a_body(body_after: re.Pattern[str] | None, text: str, end: int) -> bool:
    """Whether the reference ending at ``end`` is followed by the rest of a body's name."""
    return body_after is not None and body_after.match(text[end : end + _REACH]) is not None
