"""A citation that is the matched article's own cross-reference, reproduced with its words.

A page sets out an article item by item without quotation marks, and one item reproduces the
article's reference to another ("2. the data subject withdraws consent on which the processing is
based in accordance with Article 6(1)(a) or Article 9(2)(a) …", 第四十五条's "不履行本法第二十七条
…规定的…义务的"). That reference is then the nearest citation before the next item, and the next
item, from the same article, seemed to contradict it. A person reads it as the law's words, not
the writer's credit: the citation stands in a line whose words are mostly the matched article's
own, and that article names the cited one. Such a citation shows no quotation wrong; when it is
all that introduces a quotation, the quotation is ``unverified`` (pipeline/attribution.py), with
a note saying whose reference it is.

The bar: at least OWN_MIN_SHARE of the line's content words (ten or more, the citation's own
words aside) stand in one stored wording of the matched article. It is told_paraphrase's bar for
a retelling told of an article (0.56): a line a person would call that article's retelling is
the article speaking. On the labelled real-world sets the one such line, heldout15's
back-translated GDPR Art. 17(1)(b), holds 0.82 of its 11 content words in the article's English
text; with the bar, no figure of dev to heldout14 changes (CHANGELOG's side-by-side).
A citation that presents words as its text, or the article's own exact words around a citation
(pipeline/carried.py, which drops such a citation before this rule reads it), is not this case.
"""

from __future__ import annotations

from lawref.pipeline.checkable import base_article
from lawref.pipeline.cross_references import presents_by_words_or_layout, referenced_articles
from lawref.pipeline.told_paraphrase import TOLD_MIN_SHARE, content_words, wordings_share
from lawref.report import Match
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store

__all__ = ["OWN_MIN_SHARE", "own_reference"]

OWN_MIN_SHARE = TOLD_MIN_SHARE
_MIN_WORDS = 10  # content words the citation's line needs, as a retelling needs to be linked
_LINE_MAX = 600  # characters of the citation's line read on each side


def own_reference(
    citation: CitationSpan, quote: QuoteSpan, match: Match, store: Store | None, text: str
) -> bool:
    """Whether ``citation`` (of another article of the matched statute) stands in a line that
    reproduces the matched article, which itself names the cited article: the article's own
    cross-reference, not a credit of the quotation. The quotation's own words are no part of
    that line, and a citation that presents words as its text (a verb of saying, a colon, a
    heading) is the writer's."""
    if store is None or not text or citation.statute != match.statute or not citation.article:
        return False
    if presents_by_words_or_layout(text, citation):
        return False
    cited = base_article(citation.article)
    if cited == base_article(match.article):
        return False
    statute = store.get(match.statute)
    article = statute.article(match.article, match.version) if statute is not None else None
    if article is None:
        return False
    if not any(cited in referenced_articles(wording) for wording in article.every_text()):
        return False
    lowest = max(0, citation.start - _LINE_MAX)
    newline = text.rfind("\n", lowest, citation.start)
    start = newline + 1 if newline >= 0 else lowest
    end = text.find("\n", citation.end, citation.end + _LINE_MAX)
    end = end if end >= 0 else min(len(text), citation.end + _LINE_MAX)
    line = _without(text, start, end, (citation.start, citation.end), (quote.start, quote.end))
    tokens = content_words(line)
    return len(tokens) >= _MIN_WORDS and wordings_share(tokens, article) >= OWN_MIN_SHARE


def _without(text: str, start: int, end: int, *cuts: tuple[int, int]) -> str:
    """``text[start:end]`` with the ``cuts`` (spans of the text) left out."""
    kept: list[str] = []
    at = start
    for cut_start, cut_end in sorted(cuts):
        if cut_end <= at or cut_start >= end:
            continue
        kept.append(text[at : max(at, cut_start)])
        at = max(at, cut_end)
    kept.append(text[at:end])
    return " ".join(kept)
