"""A changed quotation of the cited article that another article's words fit a little closer is
still the cited article's, when the cited article holds nearly all of its words.

Articles of one law share their phrases: the National Intelligence Law's Art. 7 obliges 任何组织和
公民 to 支持、协助和配合国家情报工作, and its Art. 25 compensates 个人和组织 who 支持、协助和配合
国家情报工作; a writer who quotes Art. 7 "个人和组织应当支持、协助和配合国家情报工作" under 第7条,
its subject swapped for the one Art. 7's second paragraph uses, is matched `altered` to Art. 25
(one character off) and only as a `paraphrase` to Art. 7 (the words in another order).
pipeline/cited_alike.py then finds that no word of the quotation stands in Art. 25 and not in
Art. 7, but cannot prefer Art. 7 across the tiers, and leaves the quotation unlinked: a changed
quotation of the law a fact-checker should see is not reported at all.

This rule takes the citation's word where the words give no reason against it and most of them
are the cited article's own:

- the quotation is in quotation marks or a block (the writer presents the words as the law's),
  cited by an article the store holds (cited_alike.py's conditions), and cited_alike.py would
  leave it unlinked because the matched article holds *no* word of it (in runs of three tokens)
  that the cited article lacks — fewer than ten word units is cited_alike's bar, nought is
  this rule's: any word the matched article alone holds is evidence for it;
- the cited article holds at least ``HELD_SHARE`` of the quotation's word units in runs of three
  tokens (pipeline/shared_with_cited.py's measure);
- the matcher, preferring the cited article at any tier, finds it.

The quotation is then linked to the cited article. Words in quotation marks of which so large a
share stand in the article are its words changed, not a retelling of it: a `paraphrase` verdict
(the matcher's, on words put in another order) is reported `altered`, with the differences.

The bar: on the real-world passages (every read set, dev … heldout16) the rule links one
quotation, heldout16's quotation of the National Intelligence Law's Art. 7 under 第7条 (labelled
`altered`, Art. 7), whose words stand in Art. 7 to 0.90; no other figure of any set moves. The
retellings cited_alike.py was written for (a French retelling of GDPR Art. 17 matched to Art. 15,
a retelling of Recital 38) are linked at the same tier before this rule is asked. One case cannot
choose a bar: four fifths is recital_restates.py's share of an article's content words, the
project's measure of words that are an article's own rather than a formula it shares; a writer's
own sentence shares formulas with an article, not four fifths of its words. English is word by
word: a changed English quotation rarely leaves no three-word run to the other article alone, so
the rule is seldom asked there (none was found for its tests among the GDPR's articles).
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Protocol

from lawref.match.results import MatchResult
from lawref.pipeline.checkable import base_article
from lawref.pipeline.renderings import Weighed
from lawref.pipeline.shared_with_cited import share_held_in_cited, units_only_matched
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store

__all__ = ["HELD_SHARE", "Rematch", "held_in_cited"]

# The share of the quotation's word units the cited article must hold (see the docstring).
HELD_SHARE = 0.8


class Rematch(Protocol):
    """The checker's matcher asked again: ``prefer`` wins within ``margin`` of the best at the
    best's tier, or at any tier with ``across_tiers``."""

    def __call__(
        self,
        words: str,
        prefer: tuple[str, str | None],
        margin: float,
        *,
        across_tiers: bool = False,
    ) -> MatchResult: ...


def held_in_cited(
    span: QuoteSpan,
    weighed: Weighed,
    citation: CitationSpan,
    store: Store | None,
    rematch: Rematch,
) -> Weighed | None:
    """The quotation linked to the cited article (``altered`` for a matched ``paraphrase``) when
    the module's conditions hold; None otherwise. ``weighed`` is the result cited_alike.py was
    about to unlink."""
    match = weighed.result.match
    if match is None or span.marks == "none":
        return None
    if units_only_matched(span.text, match, citation, store) != 0:
        return None
    share = share_held_in_cited(span.text, citation, store)
    if share is None or share < HELD_SHARE:
        return None
    prefer = (citation.statute or "", citation.article)
    again = rematch(span.text, prefer, math.inf, across_tiers=True)
    found = again.match
    if found is None or again.verdict == "unmatched":
        return None
    cited = base_article(str(citation.article))
    if found.statute != citation.statute or base_article(str(found.article)) != cited:
        return None
    if again.verdict == "paraphrase":
        again = replace(again, verdict="altered")
    note = (
        f"the words are a little nearer to another article's, but that article holds none of them "
        f"the cited “{citation.text}” lacks, and the cited article holds {share:.0%} of them"
    )
    return Weighed(again, note)
