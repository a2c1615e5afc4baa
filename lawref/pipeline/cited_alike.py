"""A retelling that another article matches only by words the cited article holds too is the
cited article's, or nobody's.

Articles of one law share formulas: the GDPR's Arts. 15 and 17 both open "the data subject shall
have the right to obtain from the controller …" ("d'obtenir du responsable du traitement …"), and
Recitals 38, 39 and 122 all speak of "the risks, … and rights in relation to the processing of
personal data". A writer retelling the cited article keeps the formula and changes the rest; the
matcher then links the retelling to whichever article holds the formula a little closer — Art. 15
for a retelling of Art. 17, Recital 122 for one of Recital 38 — although the cited article
explains the words as well. pipeline/shared_with_cited.py already withholds the accusation such a
link would make; this rule withholds the link itself, since the words do not say it:

- when the words that stand in the matched article and not in the cited one (in runs of three
  tokens, ``shared_with_cited.units_only_matched``) are fewer than an accusation needs
  (attribution.ACCUSATION_MIN_UNITS, ten word units), the quotation is matched again with the
  cited article preferred over any margin within the same tier (altered beside altered): when
  the cited article is there, it is the link — the writer's citation decides between two texts
  the words fit alike;
- when the cited article is not there at that tier, the quotation is not linked, with a note
  naming both articles: which one the writer retells cannot be told from the words.

Only retellings (`altered`, `paraphrase`) found by the matcher: a quotation the matched article
holds word for word is that article's words, whatever the citation says. The bar is the
accusation floor, not a figure of its own: on the real-world passages (every set) the links it
changes rest on 0 and 1 word units (heldout10: a French retelling of GDPR Art. 17 linked to Art.
15; heldout11: a retelling of Recital 38 linked to Recital 122, cited as Recital 38), and every
link to another article than the cited one that a label confirms rests on 10.7 or more.


A recital's words held near but not exactly (`minor`, `elided`) are weighed the same way when
the citation names the article the recital restates, which holds nearly all of their content words
too (pipeline/recital_restates.py's test, four fifths): a recital explains its article in the
article's words, and the writer who cites the article and uses those words is retelling it. On the
real-world passages (every set) this changes one link (heldout12: a summary of GDPR Art. 46 in
Recital 108's words, list marks for its commas, cited as Art. 46), no longer linked, and no other
figure of any set. The recital's words exactly keep their link: they are the recital's, and
recital_restates.py calls them consistent with the citation (tests/test_recital_restates.py); taking
them in too would also unlink heldout8's unlabelled retelling of Art. 33 in Recital 85's words."""

from __future__ import annotations

import math
from collections.abc import Sequence

from lawref.match.results import MatchResult
from lawref.pipeline import attribution
from lawref.pipeline.checkable import article_words, base_article, certain
from lawref.pipeline.cited_across import Rematch, held_in_cited
from lawref.pipeline.recital_restates import recital_restates_cited
from lawref.pipeline.renderings import Weighed, unlinked
from lawref.pipeline.shared_with_cited import units_only_matched
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store
from lawref.xling.link import evidence_of

__all__ = ["cited_alike", "toward"]

# A retelling's verdicts: words the matcher found changed or loosely followed.
_RETOLD = ("altered", "paraphrase")


def cited_alike(
    spans: Sequence[QuoteSpan],
    weighed: Sequence[Weighed],
    groups: Sequence[list[CitationSpan]],
    store: Store | None,
    rematch: Rematch,
) -> list[Weighed]:
    """``weighed`` with each retelling that the matched article explains no better than the cited
    one linked to the cited one, or unlinked with a note (see the module's docstring).
    ``rematch(words, (statute, article), margin)`` matches the words again with that article
    preferred within ``margin`` (with ``across_tiers=True``, at any tier: for a changed quotation
    the cited article holds nearly all of, pipeline/cited_across.py)."""
    return [
        _cited_or_none(span, w, group[0] if group else None, store, rematch) or w
        for span, w, group in zip(spans, weighed, groups, strict=True)
    ]


def _cited_or_none(
    span: QuoteSpan,
    weighed: Weighed,
    citation: CitationSpan | None,
    store: Store | None,
    rematch: Rematch,
) -> Weighed | None:
    result = weighed.result
    if result.match is None or result.verdict == "unmatched":
        return None
    if citation is None or not citation.article or not certain(citation, store):
        return None
    if result.verdict not in _RETOLD and not restated_recital(citation, result, span, store):
        return None
    found = toward(span.text, weighed, citation, f"the cited “{citation.text}”", store, rematch)
    if found is not None and found.result.match is None:
        # (unlinked: a changed quotation the cited article holds nearly all of is still its own)
        return held_in_cited(span, weighed, citation, store, rematch) or found
    return found


def restated_recital(
    citation: CitationSpan, result: MatchResult, span: QuoteSpan, store: Store | None
) -> bool:
    """Whether the words, held near exactly by a recital, are cited as the article the recital
    restates, which holds nearly all of their content words too (pipeline/recital_restates.py):
    a recital explains its article in the article's words, and the writer's citation decides
    between the two as it does between two articles sharing a formula."""
    match = result.match
    if match is None or result.verdict == "verbatim":
        return False  # the recital's words exactly are its own (recital_restates.py: consistent)
    return recital_restates_cited(citation, match, span.text, store)


def toward(
    words: str,
    weighed: Weighed,
    other: CitationSpan,
    named: str,
    store: Store | None,
    rematch: Rematch,
    *,
    unlink: bool = True,
) -> Weighed | None:
    """The words linked to the article ``other`` names, when fewer than ten word units of them
    stand in the matched article and not in that one and the matcher finds that one at the same
    tier; else, with ``unlink``, not linked, with a note (``named`` says which article that is);
    None when the matched article's own words say more than that."""
    result = weighed.result
    match = result.match
    if match is None or result.verdict == "unmatched" or evidence_of(result) is not None:
        return None
    article = base_article(str(other.article))
    if other.statute == match.statute and article == base_article(str(match.article)):
        return None
    units = units_only_matched(words, match, other, store)
    if units is None or units >= attribution.ACCUSATION_MIN_UNITS:
        return None
    again = rematch(words, (other.statute or "", other.article), math.inf)
    found = again.match
    # (the preferred article wins only within the best candidate's tier: altered beside altered)
    if (
        found is not None
        and again.verdict != "unmatched"
        and found.statute == other.statute
        and base_article(str(found.article)) == article
    ):
        return Weighed(again, weighed.note)
    if not unlink:
        return None
    note = (
        f"not linked: the words are nearest to {article_words(match.article)} of {match.title}, "
        f"but only {units:.0f} word units of them stand there and not in {named} (a formula "
        f"both hold): which one they retell they do not say"
    )
    return Weighed(unlinked(result), note)
