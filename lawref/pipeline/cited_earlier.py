"""A quotation of an article the page cited earlier agrees with that citation, even when a
reference to another article of the same law stands between.

pipeline/named_before.py lets a quotation no citation introduces take the law the writer named last
before it, to agree; it stops when that last naming cites another article of the law (the writer's
topic moved to that article). But pages about one article mention others on the way: "Article 99 of
Regulation (EU) 2024/1689 establishes the penalty framework … violations of the prohibited AI
practices listed in Article 5 … Supplying incorrect, incomplete, or misleading information to
notified bodies …", "Article 86 of the AI Act gives you the right … a high-risk AI system listed in
Annex III … the role of the AI system in the decision-making procedure …", a bilingual GDPR page
whose Art. 27 refers to 第 3 條. A reader who has read "Article 99" above takes Art. 99's words below
to be the cited article's, the passing mention of Art. 5 notwithstanding.

The rule: when the law named last before an uncited quotation cites another article of its
statute, and a citation earlier on the page (outside any quotation) names the very article the
quotation's words are linked to, of that statute, the quotation is ``consistent`` with that
citation, and the report says so. It only ever agrees: a quotation whose article no citation before
it names stays ``uncited``, and nothing here accuses. Measured on the labelled real-world sets (dev
to heldout12, before this rule): of the linked quotations lawref left ``uncited`` because the last
naming cited another article, the 7 whose article an earlier citation names are all labelled
``consistent``; the 11 others are labelled ``consistent`` 8 times and ``uncited`` 3 times, and stay
as they were.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from lawref.pipeline.checkable import base_article
from lawref.spans import CitationSpan

__all__ = ["ArticlesCited"]


class ArticlesCited:
    """The citations of a page that name a stored statute's article, by (statute, article),
    each list in the order they end: read once, looked up per quotation by bisection."""

    def __init__(self, citations: Sequence[CitationSpan]) -> None:
        self._by_article: dict[tuple[str, str], list[CitationSpan]] = {}
        for citation in citations:
            if citation.statute is None or citation.article is None:
                continue
            key = (citation.statute, base_article(citation.article))
            self._by_article.setdefault(key, []).append(citation)
        for cited in self._by_article.values():
            cited.sort(key=lambda c: c.end)
        self._ends = {key: [c.end for c in cited] for key, cited in self._by_article.items()}

    def last_before(self, statute: str, article: str, at: int) -> CitationSpan | None:
        """The last citation ending by ``at`` that names ``article`` of ``statute``, or None."""
        key = (statute, base_article(article))
        ends = self._ends.get(key)
        if not ends:
            return None
        index = bisect_left(ends, at + 1) - 1
        return self._by_article[key][index] if index >= 0 else None
