"""The pages of the table-driven rule tests, written and read: a page in Traditional script, and
what a check of a page linked. Shared so that each rule's test says only what its rule is about."""

from __future__ import annotations

import opencc

from lawref.pipeline.checker import Checker
from lawref.report import Quote
from lawref.store.files import Store


def traditional(text: str) -> str:
    """A page written in Simplified script, converted to Traditional (OpenCC, s2t)."""
    return opencc.OpenCC("s2t").convert(text)  # type: ignore[no-any-return]


def linked_to(checker: Checker, page: str, statute: str, article: str) -> bool:
    """Whether a check of ``page`` links any quotation to the statute's article."""
    return any(
        q.match is not None
        and q.verdict != "unmatched"
        and (q.match.statute, q.match.article) == (statute, article)
        for q in checker.check_text(page).quotes
    )


def quote_linked_to(checker: Checker, page: str, statute: str, article: str) -> Quote:
    """The first quotation of ``page`` matched to the statute's article (there must be one)."""
    quotes = [
        q
        for q in checker.check_text(page).quotes
        if q.match is not None and (q.match.statute, q.match.article) == (statute, article)
    ]
    assert quotes, page
    return quotes[0]


def the_matched_quote(store: Store, page: str, fragment: str) -> Quote:
    """The one matched quotation of ``page`` that holds ``fragment`` (there must be one only)."""
    quotes = Checker(store).check_text(page).quotes
    found = [q for q in quotes if q.match is not None and fragment in q.text]
    assert len(found) == 1, [(q.text, q.verdict) for q in quotes]
    return found[0]
