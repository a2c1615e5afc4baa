"""Words the cited law holds once its own naming parentheses are set aside accuse no citation.

A law often names a thing for later use inside a sentence ("坚持中国共产党对保守国家秘密（以下简称
保密）工作的领导", "an agency (hereinafter referred to as 'the Agency')"). A writer who quotes the
sentence without the parenthesis has dropped words (the verdict says so), but the words quoted
are still the cited law's: when another law's article happens to read closer to the shortened
sentence, the quotation is matched there, and calling the citation wrong would be a false
accusation. So when the cited law (the cited article, or any article when none is named) holds
the quoted words letter for letter once its "（以下简称…）", "（以下簡稱…）" and "(hereinafter …)"
parentheses are removed, the quotation is no misattribution.
"""

from __future__ import annotations

import re

from lawref.pipeline.checkable import base_article
from lawref.spans import CitationSpan
from lawref.store.files import Store
from lawref.text.normalize import letters_text
from lawref.text.regex_code import constant

__all__ = ["held_without_definitions"]

# A law's parenthesis naming what it has just said, for later use (bounded: linear time).
_NAMING_PARENTHESIS = constant(
    r"[（(]\s*(?:以下简称|以下簡稱|以下称|以下稱|hereinafter)[^（()）]{0,80}[)）]",
    re.IGNORECASE,
)
# The least letters of the quotation to judge by (a phrase of a few characters is in many laws).
_LEAST_LETTERS = 8


def held_without_definitions(citation: CitationSpan, words: str, store: Store | None) -> str | None:
    """The number of the cited law's article (the cited one, or any when none is named) that holds
    ``words`` once its naming parentheses are removed, when it has such a parenthesis; None
    otherwise."""
    if store is None or citation.statute is None:
        return None
    statute = store.get(citation.statute)
    if statute is None:
        return None
    wanted = letters_text(words)
    if len(wanted) < _LEAST_LETTERS:
        return None
    number = base_article(citation.article) if citation.article else None
    for article in statute.articles:
        if number is not None and article.number != number:
            continue
        for text in article.text_and_translations():
            if _NAMING_PARENTHESIS.search(text) is None:
                continue
            if wanted in letters_text(_NAMING_PARENTHESIS.sub("", text)):
                return str(article.number)
    return None
