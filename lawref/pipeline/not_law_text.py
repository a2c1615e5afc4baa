"""The rules that unlink a span's words when they are not the law's text as presented.

Each rule reads only its span and the previous rule's weighing (pipeline/renderings.py's
``Weighed``), so they run one after another, in this order, after the renderings are weighed
(pipeline/checker.py): an article heading past the law's last article, an NPC session's naming,
the law's words folded into the writer's sentence, a Japanese account, a restatement, a law's
purpose told, a span made of citations, a retelling sharing only names, a term the page
quotes again and again, a speaker's words.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.pipeline.beyond_last_article import beyond_last_article
from lawref.pipeline.embedded_phrase import embedded_phrase
from lawref.pipeline.japanese_account import japanese_account
from lawref.pipeline.names_only import names_only
from lawref.pipeline.names_shared import names_shared
from lawref.pipeline.purpose_told import purpose_told
from lawref.pipeline.renderings import Weighed
from lawref.pipeline.repeated_term import repeated_term
from lawref.pipeline.restated import restated
from lawref.pipeline.session_named import other_session
from lawref.pipeline.speaker_said import speaker_said
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store

__all__ = ["not_the_law_text"]


def not_the_law_text(
    text: str,
    span: QuoteSpan,
    weighed: Weighed,
    citations: Sequence[CitationSpan],
    store: Store,
) -> Weighed:
    """The rules that unlink a span's words when they are not the law's text as presented, one
    after another (each reads only this span and the previous rule's weighing)."""
    # Text under an article heading beyond the matched law's last article: another law's.
    weighed = beyond_last_article(text, span, weighed, store)
    # A writer naming an NPC session, matched to an article's naming of another: unlinked.
    weighed = other_session(weighed)
    # The law's words folded into the writer's sentence (将…纳入保护, …等行为): not presented.
    weighed = embedded_phrase(text, span, weighed)
    # A Japanese sentence ending as the writer's account (…とされている, …しました): not linked.
    weighed = japanese_account(span, weighed)
    # Words after "in other words" (换句话说, ——即): the writer's restatement, not a quotation.
    weighed = restated(text, span, weighed)
    # "《…法》是为…制定": the writer telling what the law was made for, not quoting Art. 1.
    weighed = purpose_told(text, span, weighed)
    # An unquoted span made mostly of the text's citations (titles, article numbers).
    weighed = names_only(span, weighed, citations)
    # A retelling that shares nothing but names (of laws, of places) with the matched article.
    weighed = names_shared(span, weighed, citations)
    # A short phrase the page quotes again and again (「新界原居民」 ×10): the writer's term.
    weighed = repeated_term(text, span, weighed, citations)
    # A speaker's words ("the office declared that “…”") linked only cross-lingually: not linked.
    return speaker_said(text, span, weighed, citations)
