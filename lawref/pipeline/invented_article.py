"""Words a citation gives as an article the cited law does not have are not that law's text.

A page that makes up a provision ("根据《数据安全法》第六十六条规定，……" — the Data Security Law has
55 articles) usually writes it in the law's style, and the matcher then finds the stored article
whose stock phrases it borrows (责令改正，给予警告，并可以并处……罚款) and links it as ``altered``: a
link, and an "altered" verdict, for a text the law never held. pipeline/beyond_last_article.py
unlinks such a near-copy under an article heading; this rule reads the citation that introduces
the words in the writer's own sentence. When that citation names the matched law and an article
number beyond the law's last article, and the words are not the stored article's (``altered`` or
``paraphrase``), the quotation is unlinked with a note naming the nearest stored text. Words
copied exactly keep their link: they are the law's text under a wrong number, which attribution
reports.

Measured on the real-world sets (every set): one such link, a generated page's invented Art. 66
of the Data Security Law (heldout10), labelled not statute text; no labelled statute quotation
is cited as an article beyond its law's last.
"""

from __future__ import annotations

from lawref.pipeline.checkable import article_numbers
from lawref.pipeline.instruments import short_name
from lawref.pipeline.renderings import Weighed, unlinked
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store
from lawref.text.regex_code import constant

__all__ = ["invented_article"]

_LOOSE = ("altered", "paraphrase")
_DIGITS = constant(r"\d+")


def invented_article(
    span: QuoteSpan, weighed: Weighed, cited: CitationSpan | None, store: Store
) -> Weighed:
    """``weighed`` unlinked, with a note, when ``cited`` gives the loosely matched words as an
    article beyond the last article of the law they were matched to."""
    result = weighed.result
    match = result.match
    if match is None or result.verdict not in _LOOSE or cited is None:
        return weighed
    if cited.statute != match.statute or cited.article is None:
        return weighed
    number = _number(str(cited.article))
    statute = store.get(match.statute)
    if number is None or statute is None:
        return weighed
    if str(number) in article_numbers(statute):
        # An article of that very number is held, so the last is no lower: read without going
        # through the statute's articles (hundreds on a big store), as most citations are.
        return weighed
    last = max((n for n in (_number(str(a.number)) for a in statute.articles) if n), default=None)
    if last is None or number <= last:
        return weighed
    name = short_name(match.statute, match.title, store)
    note = (
        f"not linked: cited as Art. {cited.article} of {name}, which has {last} articles; "
        f"the words are no stored article's text (nearest: Art. {match.article}, "
        f"{result.verdict})"
    )
    return Weighed(unlinked(result), note)


def _number(article: str) -> int | None:
    """An article's number ("66", "4(1)" -> 4); None for a recital or an annex."""
    digits = _DIGITS.match(article)
    return int(digits.group()) if digits else None
