"""A quotation whose words tie it to another article only where that article shares them with the
cited one accuses nobody.

Articles of one law often open with the same formula: the GDPR's Art. 15, 16, 17 and 18 all begin
"the data subject shall have the right to obtain from the controller …" ("… d'obtenir du
responsable du traitement …"). A writer retelling the cited Art. 17 in words of their own ("…
obtain from the controller the deletion of personal data concerning him") keeps that formula and
changes the rest; the matcher may then find the formula closest in Art. 15 (altered, "deletion"
for "confirmation as to whether or not"), whose opening holds the formula without the words Art.
17 puts inside it, while the cited article scores far lower for the same words. The quotation is
then called Art. 15's, and the citation of Art. 17 wrong, on nothing but words Art. 17 holds too.

This rule weighs the evidence itself: of the quoted words the matched article holds (in runs of
three tokens or more), which ones does the cited article lack (in runs of three or more, in any of
its versions, official languages and renderings)? Those alone show the words are the other article's and not the
cited one's. When they come to fewer word units than an accusation needs at all
(attribution.ACCUSATION_MIN_UNITS: ten; a Latin word one, a CJK character two thirds), the
`misattributed` claim becomes `unverified`, with a note saying why.

On the real-world passages (every set): one false claim of this kind (heldout10, a French
retelling of GDPR Art. 17 matched to Art. 15's opening: 1 word unit stands in Art. 15 and not in
Art. 17); every other claim lawref makes there, the 18 real misattributions it flags among them,
rests on 10.7 word units or more that the cited article lacks, so any bar from 2 to 10 gives the
same figures; the bar is the accusation floor itself, not a figure of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.pipeline import attribution
from lawref.pipeline.attribution import Link
from lawref.pipeline.checkable import article_words, base_article
from lawref.report import Match
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store
from lawref.text.normalize import skeleton
from lawref.text.tokens import token_texts, word_units

__all__ = ["share_held_in_cited", "shared_with_cited", "units_only_matched"]

# The shortest run of tokens that counts as words a text holds: three (a Latin phrase, a CJK
# word and a half); single words and pairs ("de la", "数据") stand in any article.
_RUN = 3


def shared_with_cited(
    spans: Sequence[QuoteSpan],
    matches: Sequence[Match | None],
    links: Sequence[Link],
    store: Store | None,
) -> list[Link]:
    """``links`` with each misattribution turned ``unverified`` (with a note) when the quoted
    words the matched article holds and the cited article lacks are too few to accuse."""
    return [
        _spared(span, match, link, store) or link
        for span, match, link in zip(spans, matches, links, strict=True)
    ]


def _spared(span: QuoteSpan, match: Match | None, link: Link, store: Store | None) -> Link | None:
    citation = link.citation
    if link.attribution != "misattributed" or match is None or citation is None:
        return None
    units = units_only_matched(span.text, match, citation, store)
    # The floor read when called: it is one bar, the one every accusation needs (attribution.py).
    if units is None or units >= attribution.ACCUSATION_MIN_UNITS:
        return None
    note = (
        f"cited as “{citation.text}”; the words are nearest to {article_words(match.article)} "
        f"of {match.title}, but only {units:.0f} word units of them stand there and not in the "
        f"article cited (a formula both share): too few to show the citation wrong"
    )
    return Link("unverified", link.cited_as, citation, note)


def units_only_matched(
    words: str, match: Match, citation: CitationSpan, store: Store | None
) -> float | None:
    """The word units of ``words`` that stand in the matched article and not in the cited one
    (in runs of three tokens); None when the store holds no text of the cited article."""
    cited = _cited_texts(citation, store)
    if not cited:
        return None
    quoted = token_texts(skeleton(words))
    in_match = _held(quoted, [match.text])
    in_cited = _held(quoted, cited)
    return word_units([token for i, token in enumerate(quoted) if i in in_match - in_cited])


def share_held_in_cited(words: str, citation: CitationSpan, store: Store | None) -> float | None:
    """The share of the word units of ``words`` that stand in the cited article (in runs of three
    tokens); None when the store holds no text of the cited article."""
    cited = _cited_texts(citation, store)
    quoted = token_texts(skeleton(words))
    if not cited or not quoted:
        return None
    held = _held(quoted, cited)
    return word_units([t for i, t in enumerate(quoted) if i in held]) / word_units(quoted)


def _cited_texts(citation: CitationSpan, store: Store | None) -> list[str]:
    """The cited article's texts: every version and rendering the store holds."""
    if store is None or citation.statute is None or not citation.article:
        return []
    statute = store.get(citation.statute)
    if statute is None:
        return []
    number = base_article(str(citation.article))
    # A version the text names is the only one whose article it cites (2014年…第四条 is not the
    # 2023 law's Art. 4, which carries other words under that number); a version chosen by the
    # page's date is not the writer's word, so every version's article counts then.
    named = citation.version if citation.version and not citation.dated else None
    articles = statute.articles_in(named) if named else statute.articles
    return [
        text for article in articles if article.number == number for text in article.every_text()
    ]


def _held(quoted: list[str], texts: Sequence[str]) -> set[int]:
    """Indices of the quoted tokens that lie in a run of ``_RUN`` tokens one of ``texts`` holds."""
    runs: set[tuple[str, ...]] = set()
    for text in texts:
        tokens = token_texts(skeleton(text))
        runs.update(tuple(tokens[i : i + _RUN]) for i in range(len(tokens) - _RUN + 1))
    held: set[int] = set()
    for i in range(len(quoted) - _RUN + 1):
        if tuple(quoted[i : i + _RUN]) in runs:
            held.update(range(i, i + _RUN))
    return held
