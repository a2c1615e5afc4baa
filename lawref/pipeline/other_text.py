"""A page that reproduces another text of a stored law under its title and numbering.

`instruments.another_text_of_law` reads whether the page holds such a text (an earlier version, a
draft, another jurisdiction's copy); this step applies its reading to the weighed quotations: their
near-copies are unlinked with its note, and the headings that cite them are made the other text's
citations. Kept apart from the checker so that the stage list stays one page.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.pipeline.adapted_copy import adapted_copies
from lawref.pipeline.instruments import another_text_of_law
from lawref.pipeline.renderings import Weighed, unlinked
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store


def other_text_read(
    text: str,
    spans: Sequence[QuoteSpan],
    weighed: list[Weighed],
    groups: list[list[CitationSpan]],
    store: Store,
    citations: Sequence[CitationSpan] = (),
) -> tuple[list[Weighed], list[list[CitationSpan]]]:
    """Near-copies not linked, and headings' citations made the other text's, when the page
    reproduces another text of a stored law (pipeline/instruments.py), or when a reproduction
    cites a law the store lacks inside its paragraphs (pipeline/adapted_copy.py)."""
    weighed = adapted_copies(text, spans, weighed, citations, store)
    results = [w.result for w in weighed]
    other = another_text_of_law(
        text,
        [s.start for s in spans],
        [r.match for r in results],
        [r.verdict for r in results],
        store,
    )
    if other is None:
        return weighed, groups
    weighed = [
        Weighed(unlinked(w.result), note) if note else w
        for w, note in zip(weighed, other.notes, strict=True)
    ]
    groups = [
        [other.cited(c) if c.start == at else c for c in group] if at is not None else group
        for group, at in zip(groups, other.unheld, strict=True)
    ]
    return weighed, groups
