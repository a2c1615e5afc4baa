"""A list item under a citation of an article whose words are, for the most part, that article's
and clearly not another's is the writer's retelling of one of its points: "Under Article 17 GDPR
the data must be erased where:⏎- The personal data has been processed unlawfully.", "《数据安全
法》第二十一条的分级办法：⏎- 按照重要程度对数据分类分级".

Explainers set an article's points out as a list of their own, each item a few words of the
law's ("Describe the expected consequences of such breach;"), unquoted, under a lead-in that
cites the article. pipeline/cited_restatements.py reads sentences that end as a statement does
and have at least RESTATEMENT_MIN_WORDS words, and pipeline/article_retold.py at least ten
content words and a modal: a short item has neither, so no rule saw it. Here an English or
Chinese line that opens with a list marker (a bullet, "1.", "(a)", （一）, 一、) and that no
quotation or reproduction covers is linked, as that article's `paraphrase`, to the article named
by the nearest citation of an article of a stored statute in the ITEM_REACH characters before it
when

- the item cites no other article itself ("Risk management system (Article 9)" heads its own
  article's point, not the cited one's) and holds at least ITEM_MIN_WORDS distinct content words;
- at least RETOLD_MIN_SHARE of those words stand in one of the cited article's stored wordings,
  and every other article of the law holds at least RETOLD_MARGIN less of them (article_retold's
  share and margin): the words point to that article, not merely to the law's subject. A law the
  store holds one article of gives no other to compare with, so it is left out;
- a run of the article's words besides names stands in it (pipeline/names_shared.py, which would
  unlink it later): loose words alone do not say which provision is retold.

A stretch of the item the reuse scan found and linked to no article, and a term the item
quotes (headed.gives_way), give way to the item. The
link is a `paraphrase` made from the citation (it names the citation beside the words, so it
agrees with the page; it never accuses it).

The bars were chosen on dev and heldout to heldout14, over every list item with a citation of
an article in the ITEM_REACH (400) characters before it that no rule linked: at a share of 0.75,
a margin of 0.2 and four content words, three items were the cited article's labelled retellings
(heldout9's AI Act Art. 5 "Exploitation of vulnerabilities …", heldout10's GDPR Art. 33 "Describe
the expected consequences of such breach;", heldout13's Art. 88 "Provide for the safeguard of the
data subject's dignity") and none was anything else; the nearest unlabelled item
("8 practices banned without exception since 2 February 2025 (Article 5)") held 0.61 of its
words in the article. Shorter items ("Sexual orientation", two words) are left out: at two or
three words any point of a list clears the margin by chance. The first two hold no run of the
article's words (the last condition), so on those sets the rule links heldout13's item, and
the list's other items, linked to Art. 14 before, are then weighed against the list's article
(pipeline/list_siblings.py) and no longer linked (unlabelled). Checked on heldout15: two
labelled items linked (GDPR Art. 17's "The personal data has been processed unlawfully.", an AI
Act Art. 12 point), nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from lawref.match.results import MatchResult
from lawref.pipeline.article_retold import RETOLD_MIN_SHARE, clears_margin
from lawref.pipeline.headed import Headed, gives_way
from lawref.pipeline.names_shared import names_shared
from lawref.pipeline.recital_numbered import RECITAL
from lawref.pipeline.renderings import Weighed
from lawref.pipeline.told_paraphrase import ToldResult, article_shares, content_words, told_link
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store
from lawref.text.regex_code import constant
from lawref.xling.kanji import is_chinese
from lawref.xling.link import is_english

if TYPE_CHECKING:
    from lawref.store.schema import Article, Statute

__all__ = [
    "ITEM_MAX_CHARS",
    "ITEM_MIN_WORDS",
    "ITEM_REACH",
    "LIST_MARKER",
    "cited_and_rivals",
    "list_items",
    "point_retold",
    "retold_items",
]

ITEM_MIN_WORDS = 4
ITEM_REACH = 400
# Work bounds (linear time on hostile text): items read in one document, an item's length.
_ITEMS_MAX = 300
ITEM_MAX_CHARS = 600
# A line that opens with a list marker: a bullet, "1." or "1)", "(a)" or "a)", （一）, 一、.
LIST_MARKER = constant(
    r"(?m)^[ \t]*(?:[-•*·▪–]|\(?[0-9]{1,2}[.)]|\(?[a-z]{1,3}\)"
    r"|（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、)[ \t]+(?=\S)"
)


def list_items(text: str) -> Iterator[tuple[re.Match[str], int, int]]:
    """The first _ITEMS_MAX lines opening with a list marker: each marker, and the span of the
    item's words after it to the end of its line, trailing space left out."""
    for read, marker in enumerate(LIST_MARKER.finditer(text)):
        if read >= _ITEMS_MAX:
            return
        start = marker.end()
        line_end = text.find("\n", start)
        end = len(text) if line_end < 0 else line_end
        while end > start and text[end - 1].isspace():
            end -= 1
        yield marker, start, end


def retold_items(
    text: str,
    taken: Sequence[QuoteSpan],
    citations: Sequence[CitationSpan],
    store: Store,
    handed: Mapping[tuple[int, int], MatchResult] | None = None,
) -> list[Headed]:
    """The list items that retell a point of the article cited just before them, with their
    links (the citation is the one they were verified against, and cites them). A span of
    ``taken`` inside an item that the reuse scan found and left unlinked (``handed``, verdict
    `unmatched`) does not keep the item out: the item replaces it."""
    cited = sorted((c for c in citations if c.statute and c.article), key=lambda c: c.start)
    if not cited:
        return []
    handed = handed or {}
    wordings: dict[str, list[tuple[Article, list[frozenset[str]]]]] = {}
    found: list[Headed] = []
    first = 0  # (the first citation not yet behind the window: one pass over them, in order)
    for _, start, end in list_items(text):
        while first < len(cited) and cited[first].start < start - ITEM_REACH:
            first += 1
        near = _cited_before(cited, first, start, end)
        words = text[start:end]
        if (
            near is None
            or end - start > ITEM_MAX_CHARS
            or not (is_english(words) or is_chinese(words))
        ):
            continue
        inside = [q for q in taken if q.start < end and start < q.end]
        if any(not gives_way(q, start, end, handed) for q in inside):
            continue
        linked = point_retold(words, near, store, wordings)
        span = QuoteSpan(words, start, end, "none")
        # (an item that holds no run of the article's words but names is not linked later
        # either, pipeline/names_shared.py: it is not reported at all)
        if linked is not None and names_shared(span, Weighed(linked), citations).result is linked:
            found.append(Headed(span, linked, near, replaces=tuple(inside)))
    return found


def _cited_before(
    cited: Sequence[CitationSpan], first: int, start: int, end: int
) -> CitationSpan | None:
    """The nearest citation of an article before the item (``cited[first:]`` are those in its
    reach, in text order); None when the item cites another article itself ("Risk management
    system (Article 9)" is a heading of its own article, not a point of the cited one)."""
    near = None
    for citation in cited[first:]:
        if citation.start >= end:
            break
        if citation.start < start:
            near = citation
        elif near is None or (citation.statute, citation.article) != (
            near.statute,
            near.article,
        ):
            return None
    return near


def point_retold(
    words: str,
    citation: CitationSpan,
    store: Store,
    wordings: dict[str, list[tuple[Article, list[frozenset[str]]]]],
    *,
    recitals_rival: bool = True,
) -> ToldResult | None:
    """The `paraphrase` link of a point's words (a list item, a line under a bare heading:
    pipeline/heading_points.py) to the cited article, when they point to it. Without
    ``recitals_rival``, an EU act's recitals are no rivals of a cited article (the margin is
    over its other articles and annexes): a recital restating the article's rule holds the same
    words, and says nothing of another provision."""
    statute = store.get(citation.statute or "")
    tokens = content_words(words)
    if statute is None or len(tokens) < ITEM_MIN_WORDS or len(statute.articles) < 2:
        return None
    wanted = str(citation.article)
    rivals = recitals_rival or wanted.startswith(RECITAL)
    chosen, others = cited_and_rivals(tokens, statute, wanted, wordings, recitals_rival=rivals)
    if chosen is None or chosen[0] < RETOLD_MIN_SHARE or not clears_margin(chosen[0], others):
        return None
    return told_link(statute, chosen[1], chosen[0])


def cited_and_rivals(
    tokens: set[str],
    statute: Statute,
    wanted: str,
    wordings: dict[str, list[tuple[Article, list[frozenset[str]]]]],
    *,
    recitals_rival: bool,
) -> tuple[tuple[float, Article] | None, float]:
    """The cited article's (``wanted``) best share of ``tokens`` over its stored wordings, with
    the article; and the best share any other article holds (an EU act's recitals among them only
    with ``recitals_rival``)."""
    chosen: tuple[float, Article] | None = None
    others = 0.0
    for share, article in article_shares(tokens, statute, wordings):
        if str(article.number) == wanted:
            if chosen is None or share > chosen[0]:
                chosen = (share, article)
        elif recitals_rival or not str(article.number).startswith(RECITAL):
            others = max(others, share)
    return chosen, others
