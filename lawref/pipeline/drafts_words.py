"""An uncited near-copy whose lead-in gives it as a draft's words is unlinked, with a note."""

from __future__ import annotations

from lawref.pipeline.enacted import NEAR_COPY
from lawref.pipeline.instruments import draft_lead_in
from lawref.pipeline.renderings import Weighed, unlinked
from lawref.spans import QuoteSpan

__all__ = ["drafts_words"]


def drafts_words(text: str, span: QuoteSpan, weighed: Weighed) -> Weighed | None:
    """An uncited near-copy whose lead-in names a draft as its subject, unlinked with a note;
    None for any other quotation."""
    result = weighed.result
    if result.match is None or result.verdict not in NEAR_COPY:
        return None
    words = draft_lead_in(text, span.start)
    if words is None:
        return None
    note = (
        f"given as the words of a draft (“{words}”), which the store does not hold; nearest "
        f"stored text: Art. {result.match.article} of {result.match.title}"
    )
    return Weighed(unlinked(result), note)
