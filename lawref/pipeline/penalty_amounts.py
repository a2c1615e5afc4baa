"""A penalty quoted with other amounts than the stored article's accuses nobody.

A draft or an amendment changes a penalty's amounts and keeps its words: "处五万元以上五十万元
以下罚款，对直接负责的主管人员处一万元以上十万元以下罚款", quoted as the consultation draft's new
fine for breaches of Arts. 21 and 25, stands word for word in another penalty article (the 2016
text's Art. 60, which punishes breaches of Arts. 22 and 48), while the article that punishes
breaches of the cited ones (Art. 59) holds the same words with other amounts. The matcher links
the words to the article that holds them letter for letter, but that is no proof the writer
quoted it: the amounts are what the draft changed. So when the writer says the penalty changed
(调整为, 改为, a draft, "raised to") and an article that holds the quoted words but for their
numbers names the cited article as the duty it enforces (pipeline/cross_references.py
``breached_articles``), the citation is not shown wrong, and the quotation is ``unverified``,
with a note saying why. Without a word of change, the quoted amounts are the law's own for
another duty, and the citation is still wrong.
"""

from __future__ import annotations

import re

from lawref.pipeline.checkable import base_article
from lawref.pipeline.cross_references import breached_articles, presents_by_words_or_layout
from lawref.pipeline.replaced import CHANGED_TO_WORDS
from lawref.report import Match
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store
from lawref.text.normalize import letters_text
from lawref.text.regex_code import constant
from lawref.text.sentences import SURE_SENTENCE_ENDS

__all__ = ["mask_numbers", "other_amounts_note"]

# One run of Chinese numerals or digits in the letters form (Simplified, digits kept).
_NUMBER_RUN = constant("(?:[零〇一二两三四五六七八九十百千万亿]|[0-9])+")
_MASKED_MIN = 8  # letters a quotation must have, numbers masked, to be found elsewhere
# The writer saying a penalty changed, before the quotation in its sentence: an amendment's or a
# draft's amounts. The words of a change (pipeline/replaced.py), or also a raise (提高到, 上调), a
# draft (草案, 征求意见稿) or "amended/changed/raised/increased/lowered to".
_CHANGE = constant(
    rf"{CHANGED_TO_WORDS}|提高[到至为為]|上调|上調"
    r"|草案|征求意见稿|徵求意見稿|\bdraft\b|\b(?:amended|changed|raised|increased|lowered)\s+to\b",
    re.IGNORECASE,
)
_CHANGE_REACH = 80  # characters before the quotation in which the writer says so


def _before(text: str, quote: QuoteSpan) -> str:
    """The writer's words before the quotation in its sentence (at most _CHANGE_REACH)."""
    window = text[max(0, quote.start - _CHANGE_REACH) : quote.start]
    cut = max(window.rfind(ch) for ch in SURE_SENTENCE_ENDS)
    return window[cut + 1 :]


def mask_numbers(letters: str) -> str:
    """A letters form with each run of digits or Chinese numerals made one ``0``."""
    return _NUMBER_RUN.sub("0", letters)


def other_amounts_note(
    citation: CitationSpan, quote: QuoteSpan, match: Match, store: Store | None, text: str
) -> str | None:
    """The note for a citation of an article whose breach another article of the matched
    statute punishes with the quoted words but other numbers, when the writer says the penalty
    changed ("调整为", "改为", "raised to", a draft); None when no article does, when the writer
    says nothing of a change (the quoted amounts are then the law's, for another duty), or when
    the citation presents the words as its own text ("第二十一条规定：…": a penalty given as the
    duty's article is a misattribution, whatever its amounts)."""
    if store is None or citation.statute != match.statute or not citation.article:
        return None
    if presents_by_words_or_layout(text, citation) or not _CHANGE.search(_before(text, quote)):
        return None
    words = quote.text
    statute = store.get(match.statute)
    if statute is None:
        return None
    cited = base_article(citation.article)
    wanted = letters_text(words)
    masked = mask_numbers(wanted)
    if len(masked) < _MASKED_MIN or masked == wanted:
        return None  # no numbers: nothing a draft's amounts could explain
    for article in statute.articles:
        texts = article.text_and_translations()
        forms = [letters_text(t) for t in texts]
        if any(wanted in f for f in forms) or not any(masked in mask_numbers(f) for f in forms):
            continue
        if any(cited in breached_articles(t) for t in texts):
            return (
                f"cited as “{citation.text}”, whose breach Art. {article.number} of "
                f"{match.title} punishes with these words but other amounts (a draft's or an "
                f"amendment's): the words stand as they are in Art. {match.article}, but the "
                f"citation is not shown wrong"
            )
    return None
