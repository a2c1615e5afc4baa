"""A quotation cited as a law the store lacks in one list with a citation of the stored article
that holds its words — 根据个人信息保护法第13条和民法典第1036条, … — is that stored article's to
link: the writer cites both laws, and the stored one can be checked. pipeline/renderings.py
otherwise leaves a quotation cited as another law unlinked (the cited law is the likelier
source); here the stored article is cited too, right beside it.

Seen on the thirteenth held-out set (a law-review abstract that retells PIPL Art. 13 after citing
it with the Civil Code's Art. 1036); the bar — the two citations in one list, at most 12
characters apart with no sentence's end between — is that list's form.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.pipeline.agreement import agrees
from lawref.report import Match
from lawref.spans import CitationSpan
from lawref.store.files import Store
from lawref.text.regex_code import constant

__all__ = ["also_cited_beside"]

BESIDE_GAP = 12  # characters between two citations of one list, at most
_SENTENCE_END = constant(r"[。．.!?！？;；\n]")


def also_cited_beside(
    first: CitationSpan,
    citations: Sequence[CitationSpan],
    match: Match,
    text: str,
    store: Store,
) -> bool:
    """Whether the citation of a law the store lacks has, right beside it in one list, a citation
    of the very article that holds the words (个人信息保护法第13条和民法典第1036条): the writer cites
    both, and the stored one is checkable."""
    for other in citations[1:]:
        if other.statute is None or other.article is None or not agrees(other, match, store):
            continue
        gap = text[min(other.end, first.end) : max(other.start, first.start)]
        if len(gap) <= BESIDE_GAP and not _SENTENCE_END.search(gap):
            return True
    return False
