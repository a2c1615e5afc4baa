"""A quotation that cites another law's article in its own words is a text about that article,
not a paraphrase of the article it loosely resembles.

A columnist quotes the NPC Standing Committee's 2016 interpretation: 「《中華人民共和國香港特別行政區
基本法》第一百零四條所規定的宣誓，是該條所列公職人員對中華人民共和國及其香港特別行政區作出的法律承諾，
具有法律約束力」. The interpretation is no stored text; its words speak of the oath that the Basic
Law's Art. 104 prescribes, and the matcher, finding no text that follows them, linked them as a
`paraphrase` to the Hong Kong National Security Law's Art. 6, which speaks of oaths too. Words that
name a law's article as what they are about — an interpretation, a judgment, a commentary — are
not that article's text, and still less another law's.

So a quotation in quotation marks linked only as a `paraphrase` (its words follow no stored text)
whose own words hold a citation of an article of another stored law than the matched one is not
linked, with a note naming the article it cites. Exact and near-exact matches are left alone: a
law's text may cite another law's article (依照《中华人民共和国刑法》第一百零五条), and the matched
text then holds the citation too. A citation of the matched law itself is left alone as well: a
retelling may name its own article ("根据第二十一条，…").

On the real-world passages (every set): one such link (heldout18, the interpretation above,
labelled as no stored statute's text).
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.pipeline.instruments import short_name
from lawref.pipeline.renderings import Weighed, unlinked
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store

__all__ = ["cites_another_law"]


def cites_another_law(
    span: QuoteSpan, weighed: Weighed, citations: Sequence[CitationSpan], store: Store
) -> Weighed:
    """``weighed`` unlinked, with a note, when ``span`` is a quoted paraphrase whose own words
    cite an article of another stored law (see the module's docstring)."""
    result = weighed.result
    match = result.match
    if match is None or result.verdict != "paraphrase" or span.marks == "none":
        return weighed
    inside = [
        c
        for c in citations
        if span.start <= c.start
        and c.end <= span.end
        and c.statute is not None
        and c.article
        and c.statute != match.statute
    ]
    if not inside:
        return weighed
    note = (
        f"not linked: the words cite “{inside[0].text}” themselves, a text about that "
        f"article; they are only a paraphrase of Art. {match.article} of "
        f"{short_name(match.statute, match.title, store)}"
    )
    return Weighed(unlinked(result), note)
