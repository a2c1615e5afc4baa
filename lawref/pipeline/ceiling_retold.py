"""A fine's ceiling retold beside a citation of the law or the article that sets it is that
article's `paraphrase`: "Processing without a compliant DPA in place exposes both controller and
processor to fines of up to EUR 10,000,000 or 2% of worldwide annual turnover (Art. 83(4)(a)).",
"Fine for breach? Article 99 — up to EUR 35 million / 7% of global turnover.",
"《个人信息保护法》… 最高可处五千万元或者上一年度营业额百分之五的罚款。".

pipeline/fine_ceilings.py reads the same figures when the paragraph credits them to another law
or article: an amount paired with a share of turnover is set by very few stored articles (GDPR
Art. 83, AI Act Arts. 99 and 101, PIPL Art. 66), and a pair set by one of them alone says which
article the writer retells. Credited rightly, the sentence was left alone as the writer's own,
and the word-share rules (told_paraphrase, article_retold) do not reach it: the figures are
written otherwise than in the law ("EUR 10,000,000" for "10 000 000 EUR", "2%" for "2 %") and the
rest of the sentence is the writer's. The labelling policy (tests/realworld/README.md, A) labels
such a sentence the setting article's `paraphrase`: on every read set (dev to heldout20), of the
43 pairs in a passage that one stored article alone sets, 38 stand in a labelled paraphrase of
that article, 4 in a copy of the article itself (altered quotations, which the matcher reads),
and one in an unlabelled sentence that goes on to other matters (heldout14: "… establishes a
tiered penalty regime with fines up to €35 million or 7% … alongside corrective measures …",
which this rule links).

Here a sentence that cited_restatements reads beside its citations (in its paragraph or up to two
paragraphs before) and links by no other rule is that article's `paraphrase` when every pair in
it is set by one and the same stored article, nothing in it says the figures are a draft's or an
amendment's (fine_ceilings' CHANGED_FIGURES), it names no other stored law, and the nearest
citation beside it (the last before its end) names that article's law alone or that article
itself: the link names that citation, so it agrees with the page. A page that credits the fine to an article of the duty it punishes
("under Article 34") or to nothing is left as before: linking it would mean choosing a citation
the page does not give.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lawref.match.law_text import PARAPHRASE_MIN_UNITS
from lawref.match.results import MatchResult
from lawref.pipeline.checkable import base_article
from lawref.pipeline.fine_ceilings import CHANGED_FIGURES, ceilings_in, setting_articles
from lawref.pipeline.told_paraphrase import ToldResult, content_words, told_link, wordings_share
from lawref.spans import CitationSpan
from lawref.store.files import Store
from lawref.text.tokens import token_texts, word_units

__all__ = ["CeilingResult", "ceiling_retold"]


@dataclass(frozen=True)
class CeilingResult(ToldResult):
    """The `paraphrase` link of a retold fine's ceiling: it rests on the figures, which the law
    writes otherwise, not on shared words (pipeline/names_shared.py leaves it linked)."""


def ceiling_retold(
    text: str, start: int, end: int, near: Sequence[CitationSpan], store: Store
) -> tuple[MatchResult, CitationSpan] | None:
    """The `paraphrase` link of the sentence ``text[start:end]`` to the one stored article that
    sets every fine's ceiling it gives, and the citation beside it (of ``near``, the last before
    the sentence's end), when it names that article or its law alone; None otherwise."""
    words = text[start:end]
    found = ceilings_in(words)
    if not found or CHANGED_FIGURES.search(words):
        return None
    if word_units(token_texts(words)) < PARAPHRASE_MIN_UNITS:
        return None  # (too short to be linked as a paraphrase at all: match/law_text.py)
    index = setting_articles(store)
    holders = {
        (s.stored.statute, s.stored.article)
        for ceiling in found
        for s in index.get((ceiling.amount, ceiling.percent), [])
    }
    if len(holders) != 1 or any(not index.get((c.amount, c.percent)) for c in found):
        return None  # (a pair no stored article sets, or pairs of several articles)
    ((statute_id, number),) = holders
    if any(c.statute and c.statute != statute_id for c in near if start <= c.start < end):
        return None  # (another law named in the sentence: the fine may be compared with its own)
    # The nearest citation beside the sentence is the one it is credited to: another law or
    # article there is fine_ceilings' case (a misattribution, or a duty the fine punishes).
    citation = max(near, key=lambda c: c.start, default=None)
    if (
        citation is None
        or citation.statute != statute_id
        or citation.inferred
        or citation.ambiguous
        or (citation.article is not None and base_article(str(citation.article)) != number)
    ):
        return None
    statute = store.get(statute_id)
    article = next((a for a in statute.articles if a.number == number), None) if statute else None
    if statute is None or article is None:
        return None
    tokens = content_words(words)
    share = wordings_share(tokens, article) if tokens else 0.0
    told = told_link(statute, article, share)
    return CeilingResult(told.verdict, told.score, told.match, articles=told.articles), citation
