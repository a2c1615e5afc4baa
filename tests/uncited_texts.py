"""Statute words that the tests of uncited quotations (a credit line under one, the law named
before one) build their documents from: read from the shipped store, except one Traditional-script
sentence converted by hand, which a test holds to the stored words; and the one quotation a
document's check links."""

from __future__ import annotations

from stored import stored_article

from lawref.pipeline.checker import Checker
from lawref.report import Quote
from lawref.store.files import Store

DSL = "cn-data-security-law"
AI_ACT = "eu-ai-act"
GDPR = "eu-gdpr"

# The Data Security Law's Art. 24, first paragraph, in Traditional script.
DSL24_HANT = "國家建立數據安全審查制度，對影響或者可能影響國家安全的數據處理活動進行國家安全審查。"


def dsl24(store: Store) -> str:
    """Art. 24's first paragraph (the second says the review's decision is final)."""
    return stored_article(store, DSL, "24").text.strip().split("\n")[0]


def ai4(store: Store) -> str:
    """Art. 4 up to "on their behalf" (it goes on ", taking into account …")."""
    text = stored_article(store, AI_ACT, "4").text
    return text[: text.index("on their behalf") + len("on their behalf")]


def linked_quote(checker: Checker, document: str) -> Quote:
    """The one quotation of the document that its check links to an article (asserted one)."""
    report = checker.check_text(document, "test")
    linked = [q for q in report.quotes if q.match is not None and q.verdict != "unmatched"]
    assert len(linked) == 1, [(q.text, q.verdict) for q in report.quotes]
    return linked[0]
