"""A quotation's span between its marks, with the writer's citation at its very end left out.

A writer may close a quotation with the article it quotes, in brackets inside the closing mark:
"…処理するもの(第76条)」", "…しなければならない(2条)」", "…shall be protected (Article 7).”. The
citation is not the quoted words (kept in, it would make an exact copy `altered`): the span
stops before it, and the citation is the quotation's.
"""

from __future__ import annotations

from lawref.quotes.layout import trimmed
from lawref.spans import QuoteSpan
from lawref.text.regex_code import constant

__all__ = ["quotation_span"]

_CITED_MIN_WORDS_BEFORE = 8  # characters of quoted words before it, at least
# The writer's citation in brackets at the very end, inside the closing mark ("…処理するもの(第76条)」",
# "…しなければならない(2条)」", "…shall be protected (Article 7).”): not the quoted words, and the
# quotation's citation.
_CITED_AT_END = constant(
    r"[ \t\u3000]{0,2}[(（][ \t]{0,2}(?:(?:第[ \t]{0,2})?[0-9０-９一二三四五六七八九十百]{1,6}[ \t]{0,2}[条條]"
    r"(?:第?[0-9０-９一二三四五六七八九十]{1,3}[款项項])?|(?:Article|Art\.)[ \t]{0,2}\d{1,4}"
    r"(?:\([0-9a-z]{1,4}\)){0,3})[ \t]{0,2}[)）][ \t]{0,2}[。.]?$"
)


def quotation_span(
    text: str, open_mark: int, close_mark: int, block_lead_in: str | None
) -> QuoteSpan | None:
    """The quotation between the marks at ``open_mark`` and ``close_mark``, trimmed of spaces and
    of a citation in brackets at its end; a block quote when ``block_lead_in`` is set; None when
    nothing is left."""
    start, end = trimmed(text, open_mark + 1, close_mark)
    cited = _CITED_AT_END.search(text, max(start, end - 40), end)
    if cited is not None and cited.start() - start >= _CITED_MIN_WORDS_BEFORE:
        start, end = trimmed(text, start, cited.start())
    if start >= end:
        return None
    if block_lead_in is not None:
        return QuoteSpan(text[start:end], start, end, "block", block_lead_in)
    return QuoteSpan(text[start:end], start, end, "quoted")
