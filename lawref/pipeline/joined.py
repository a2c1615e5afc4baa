"""A match on two consecutive articles joined names the one article its aligned words lie in.

The matcher tries a quotation against an article joined to its neighbour (for quotations that
run across an article's end); the result names the first article of the pair. When the aligned
words lie wholly inside one of the two, the quotation is that article's, and a citation of it is
not contradicted: "《個人信息保護法》第13條第1款第2項：符合下列情形之一的，…(二)…" matched on
Articles 12 + 13 must not make the citation of Article 13 a misattribution.

Why here and not in the matcher, which makes the pair (and knows its two texts): the checker reads
the joined text on purpose before this step — pipeline/unquoted.py and sentence.py compare the
writer's sentence with the stored text on both sides of the span, across the join, and
inner_quotations and by_paragraph match again — so narrowing inside ``Matcher.match`` would change
what those stages read. Tried (the same check at the end of ``Matcher.match``): the real-world
figures and the examples came out the same, but a move that changes the stages' inputs is no
move; this step runs once every result is final.
"""

from __future__ import annotations

from dataclasses import replace

from lawref.match.matcher import JOIN
from lawref.match.results import MatchResult
from lawref.report import Match
from lawref.store.files import Store
from lawref.store.schema import Statute

__all__ = ["in_one_article"]


def in_one_article(result: MatchResult, store: Store | None) -> MatchResult:
    """``result`` re-expressed on the one article of a joined pair its span lies in; unchanged
    when it is not a pair, the span crosses the join, or the texts cannot be told apart."""
    match = result.match
    if store is None or match is None or len(result.articles) != 2:
        return result
    statute = store.get(match.statute)
    if statute is None:
        return result
    first_number, second_number = result.articles
    firsts = _texts(statute, first_number, match)
    seconds = set(_texts(statute, second_number, match))
    for first in firsts:
        second = match.text[len(first) + len(JOIN) :]
        if not match.text.startswith(first + JOIN) or second not in seconds:
            continue
        start, end = match.span
        offset = len(first) + len(JOIN)
        if start >= offset:
            narrowed = replace_match(match, second_number, second, (start - offset, end - offset))
            return replace(result, match=narrowed, articles=(second_number,))
        if end <= len(first):
            narrowed = replace_match(match, first_number, first, (start, end))
            return replace(result, match=narrowed, articles=(first_number,))
        return result
    return result


def replace_match(match: Match, article: str, text: str, span: tuple[int, int]) -> Match:
    """``match`` on another article's text, with the span in that text."""
    return match.model_copy(update={"article": article, "text": text, "span": span})


def _texts(statute: Statute, number: str, match: Match) -> list[str]:
    """The stored texts of article ``number`` in the matched language and rendering, in every
    version (the pair was joined within one version, which a match names or not)."""
    out: list[str] = []
    for article in statute.numbered(number):
        if match.translation is None:
            out.append(article.text)
        else:
            out += [
                t.text
                for t in article.translations
                if t.publisher == match.translation and t.language == match.language
            ]
    return out
