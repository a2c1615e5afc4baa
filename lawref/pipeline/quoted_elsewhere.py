"""Words in quotation marks, credited to one article, that follow no stored text closely and yet
are, plainly, another article's: "Personal data is defined as “any information relating to an
identified or identifiable natural person, who can be identified directly or indirectly …”
(Article 2 of the GDPR)" — the definition of GDPR Art. 4(1), shortened and reworded, credited to
Art. 2, the Regulation's material scope.

pipeline/attribution.py lets only a firm verdict (verbatim, minor, elided, altered, a
cross-lingual link) accuse a citation: a paraphrase the matcher found follows no text, and is
often a remark about the article the page cites. But a quotation the page sets off in quotation
marks and credits to an article is presented as that article's words; when those words are, on
the evidence pipeline/retold_elsewhere.py weighs for an unquoted sentence a citation presents,
another article's — at least RETOLD_MIN_SHARE of its ten or more content words stand in one of
the matched article's stored wordings, every other article of the law holds RETOLD_MARGIN fewer
of them, and the cited article fewer than TOLD_MIN_SHARE — the citation names the wrong place,
and the quotation goes on to the firm verdicts' checks (its length, a penalty and the duty it
enforces, the article's own reference) and may be `misattributed`.

Only when nothing else explains the words: the citation resolves to one stored statute and one
stored article (attribution.py has checked it `certain` before), the same statute the words
match; the matched article is the one holding most of the words; and neither article names the
other in any of its texts (a penalty and the duty it enforces, a cross-reference), since words
about one may then be fairly credited to the other.

How the bars were chosen: they are retold_elsewhere's and article_retold's, chosen on the
real-world sets for sentences a citation presents; a quotation in marks beside its citation is
presented more plainly than any of those. On dev to heldout17 the rule accuses one quotation,
the labelled misattribution above (heldout3), and no other.
"""

from __future__ import annotations

from lawref.pipeline.article_retold import RETOLD_MIN_SHARE, clears_margin
from lawref.pipeline.checkable import article_words, base_article
from lawref.pipeline.cross_references import referenced_articles
from lawref.pipeline.told_paraphrase import TOLD_MIN_SHARE, article_shares, content_words
from lawref.report import Match
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store
from lawref.store.schema import Statute

__all__ = ["names_either", "quoted_elsewhere"]

# The least distinct content words (retold_elsewhere's floor): fewer say too little to tell one
# article's words from another's.
_MIN_WORDS = 10


def quoted_elsewhere(
    citation: CitationSpan, quote: QuoteSpan, match: Match, store: Store | None
) -> str | None:
    """A note saying why the quoted words, credited to the cited article, are plainly the matched
    article's (the shares of their content words); None when they are not plainly so."""
    if store is None or quote.marks == "none":
        return None  # (unquoted words: retold_elsewhere reads those a citation presents)
    if citation.article is None or citation.statute != match.statute:
        return None
    statute = store.get(match.statute)
    if statute is None:
        return None
    tokens = content_words(quote.text)
    if len(tokens) < _MIN_WORDS:
        return None
    shares = article_shares(tokens, statute, {})
    matched = base_article(str(match.article))
    cited = base_article(str(citation.article))
    if matched == cited:
        return None
    share = max((s for s, a in shares if a.number == matched), default=0.0)
    runner_up = max((s for s, a in shares if a.number != matched), default=0.0)
    cited_share = max((s for s, a in shares if a.number == cited), default=None)
    if (
        share < RETOLD_MIN_SHARE
        or not clears_margin(share, runner_up)
        or cited_share is None
        or cited_share >= TOLD_MIN_SHARE
        or names_either(statute, cited, matched)
    ):
        return None
    return (
        f"cited as “{citation.text}”; the quotation follows no stored text closely, but "
        f"{round(100 * share)}% of its content words stand in {article_words(matched)} of "
        f"{statute.title_en}, at most {round(100 * runner_up)}% in any other of its articles "
        f"and {round(100 * cited_share)}% in the cited {article_words(cited)}"
    )


def names_either(statute: Statute, cited: str, matched: str) -> bool:
    """Whether either article names the other in any of its texts (a penalty and the duty it
    enforces, a cross-reference): words about one may then be fairly credited to the other."""
    for article in statute.articles:
        if article.number == cited and any(
            matched in referenced_articles(t) for t in article.every_text()
        ):
            return True
        if article.number == matched and any(
            cited in referenced_articles(t) for t in article.every_text()
        ):
            return True
    return False
