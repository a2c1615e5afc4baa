"""The pages of the table-driven rule tests, written and read: a page in Traditional script, and
what a check of a page linked. Shared so that each rule's test says only what its rule is about."""

from __future__ import annotations

from typing import Any

import opencc
import pytest
from stored import shipped_store_with

from lawref.pipeline.checker import Checker
from lawref.report import Quote
from lawref.store.files import Store

DSL = "cn-data-security-law"
GDPR = "eu-gdpr"

# The shipped store's Data Security Law Art. 8, whole, and GDPR Art. 82(1), as pages quote them.
DSL_8 = (
    "开展数据处理活动，应当遵守法律、法规，尊重社会公德和伦理，遵守商业道德和职业道德，诚实守信，"
    "履行数据安全保护义务，承担社会责任，不得危害国家安全、公共利益，不得损害个人、组织的合法权益。"
)
GDPR_82 = (
    "Any person who has suffered material or non-material damage as a result of an infringement "
    "of this Regulation shall have the right to receive compensation from the controller or "
    "processor for the damage suffered."
)
# GDPR Art. 31 and Data Security Law Art. 1 as the shipped store holds them, each changed in a word
# or two (written for the tests, Traditional converted by hand): near-copies that the tests of
# words a page gives as a draft's present as a draft's.
GDPR_31_CHANGED = (
    "The controller and the processor and, where applicable, their representatives, shall "
    "cooperate, on request, with the supervisory authority in the performance of its duties."
)
DSL_1_CHANGED = "为了规范数据处理活动，保障数据安全，促进数据开发利用，保护公民、组织的合法权益，维护国家主权、安全和发展利益，制定本法。"
DSL_1_CHANGED_HANT = "為了規範數據處理活動，保障數據安全，促進數據開發利用，保護公民、組織的合法權益，維護國家主權、安全和發展利益，制定本法。"


def checker_with(*statutes: str) -> Any:
    """A module-scoped ``checker`` fixture: a Checker of the shipped store, the test module skipped
    when the store lacks one of ``statutes``. Assign it to ``checker`` in the test module."""

    @pytest.fixture(scope="module", name="checker")
    def checker() -> Checker:
        return Checker(shipped_store_with(*statutes))

    return checker


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


def linked_retelling(checker: Checker, page: str, opening: str) -> Quote | None:
    """The linked quotation of ``page`` that holds ``opening``, if any."""
    for quote in checker.check_text(page).quotes:
        if quote.match is not None and quote.verdict != "unmatched" and opening in quote.text:
            return quote
    return None


def assert_told_paraphrase(
    quote: Quote | None, page: str, opening: str, expected: tuple[str, str]
) -> None:
    """``quote`` is the ``expected`` (statute, article)'s unquoted `paraphrase`, consistent with the
    citation beside it, and it is the retold words: it starts at ``opening``, the citation and its
    verb staying the writer's."""
    assert quote is not None, page
    assert quote.match is not None
    assert (quote.match.statute, quote.match.article) == expected
    assert quote.verdict == "paraphrase"
    assert quote.marks == "none"
    assert quote.text.startswith(opening), quote.text
    assert quote.attribution == "consistent"
