"""What the matching forms fold away but a report must tell: look-alike letters of another
script, and bidi controls or invisible characters, in a matched quotation.

The matching forms fold Cyrillic "а" into Latin "a" and drop format characters, so that such a
quotation still finds its source; this step then compares the quotation with the stored words it
matched and turns what it finds into differences of their own kinds ("confusable", "hidden"),
which make the quotation altered: it is not the statute's text, however alike it looks.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Protocol, TypeVar

from lawref.report import Difference, Match
from lawref.text.confusables import confusable_words, hidden_characters, may_hold_lookalikes


class _Result(Protocol):
    """What this step reads of a matcher's result (a dataclass: it is copied with replace)."""

    verdict: Any
    match: Match | None
    differences: list[Difference]


R = TypeVar("R", bound=_Result)

# Verdicts that claim the quotation follows the stored words (a paraphrase claims no such thing).
_FOLLOWING = ("verbatim", "minor", "elided", "altered")


def character_differences(quote: str, stored: str) -> list[Difference]:
    """Look-alike words and hidden characters in ``quote`` that the stored text does not have."""
    found: list[Difference] = []
    if may_hold_lookalikes(quote) or may_hold_lookalikes(stored):
        found += [
            Difference(op="confusable", quote=mine, statute=theirs)
            for mine, theirs in confusable_words(quote, stored)
        ]
    hidden = [char for char in hidden_characters(quote) if char not in stored]
    if hidden:
        found.append(Difference(op="hidden", quote="".join(hidden), statute=""))
    return found


def with_character_differences(result: R, quote: str) -> R:
    """``result`` with those differences added, and altered when it claimed to follow the text."""
    if result.match is None or result.verdict not in _FOLLOWING:
        return result
    start, end = result.match.span
    found = character_differences(quote, result.match.text[start:end])
    if not found:
        return result
    return replace(result, verdict="altered", differences=[*result.differences, *found])  # type: ignore[type-var]
