"""A bare article reference read by the page's own naming of that very article elsewhere.

A page headed "Article 25" (or "Data Portability (Article 20)", 第四十六条) that explains further
down what "Article 25 of the GDPR" requires has told its reader whose Article 25 the heading is;
so has a briefing that opens with "Article 73 is the specific reporting obligation …" and later
writes "Article 73 EU AI Act is not Article 33 GDPR". The finder leaves such a reference
unresolved — no law is in reach before it, a heading may be of a text that only cites the law,
or the page names several laws — and the one-law reading (citations/inference.py) cannot help
when the page names more than one.

The statute comes from the page, never from a guess: a reference still unresolved is read as
statute X's article when the page cites that same article number with words naming X ("Article
25 of the GDPR", "GDPR Art. 25" — not a reading of the text around it, which may be the guess
this rule avoids), and every other citation of that number on the page that is not itself inferred is
X's too: one of another law's article of that number (stored or not, "Art. 22 DPD"), or one
whose law is ambiguous, leaves the reference unresolved. A citation in the text of a reproduced
article (a line that starts with 第N条) is that text's own cross-reference, not the page's naming:
基本法第一條 inside 第二條 says nothing of the reproduction's own 第一條; nor is a line that sets
the articles of three laws or more side by side (比较法: 欧盟…第4条, 德国…第46条, 巴西…第5条) the
page naming its own law, though it still blocks. Not read so: a reference whose own
words point to a law ("Article 7 of the law", 该法第七条): other rules read those. Marked
``inferred`` (a quotation beside it can be `unverified`, never `misattributed`).
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.citations.headings import names_its_law, on_heading_line
from lawref.citations.pattern_pieces import RefItem
from lawref.citations.scan_records import ArticleOf, CiteNoted
from lawref.citations.walk import Unresolved
from lawref.spans import CitationSpan, SpanReach


def named_elsewhere(
    text: str,
    found: list[CitationSpan],
    unresolved: Sequence[Unresolved],
    article_of: ArticleOf,
    cite: CiteNoted,
) -> list[CitationSpan]:
    """``found`` with each still unresolved bare reference read as the one statute the page
    names with that article number elsewhere (the module's docstring says when)."""
    if not unresolved:
        return found
    # Every article number the page cites without inference, by the statutes it cites it of
    # (None: a law the store lacks, or one the name leaves ambiguous).
    cited_as: dict[str, set[str | None]] = {}
    # (statute, number) -> the name of the law as a citation of that article writes it.
    named: dict[tuple[str, str], str] = {}
    surveys = _survey_lines(text, found)
    for c in found:
        if on_heading_line(text, c.start):
            continue  # a reproduced article's own cross-reference (基本法第一條 in 第二條's text)
        if c.article is None or c.inferred:
            continue
        if _line_of(text, c.start) in surveys:
            # A line setting several laws' articles side by side (比较法: 欧盟…第4条, 德国…第46条,
            # 巴西…第5条) names each in passing: not the page's own law. It still blocks.
            cited_as.setdefault(c.article, set()).add(None if c.ambiguous else c.statute)
            continue
        cited_as.setdefault(c.article, set()).add(None if c.ambiguous else c.statute)
        if c.statute is not None and not c.ambiguous and names_its_law(c):
            named.setdefault((c.statute, c.article), c.name or c.text)
    if not named:
        return found
    taken = SpanReach((c.start, c.end) for c in found).overlaps
    added: list[CitationSpan] = []
    for reference in unresolved:
        start, end = reference.atom.start, reference.end
        if reference.points_back or not reference.items or taken(start, end):
            continue
        statute = _one_statute(reference.items, cited_as, named, article_of)
        if statute is None:
            continue
        number = article_of(statute, reference.items[0].number, None)[0]
        name = named.get((statute, number), statute)
        note = f"inferred: the page names its article {number} elsewhere ({name})"
        added += cite(start, end, reference.items, statute, note)
    return sorted(found + added, key=lambda c: (c.start, c.end)) if added else found


def _one_statute(
    items: Sequence[RefItem],
    cited_as: dict[str, set[str | None]],
    named: dict[tuple[str, str], str],
    article_of: ArticleOf,
) -> str | None:
    """The statute every item of a reference is cited of, by name, elsewhere on the page; None
    when an item is cited of no law by name, or of more than one law, or of one not stored."""
    statute: str | None = None
    for item in items:
        # Each statute writes the number its own way (第四十六条 is 46): the item is read in the
        # numbering of each statute a citation names with an article.
        candidates = {s for s, n in named if article_of(s, item.number, None)[0] == n}
        if len(candidates) != 1:
            return None
        (candidate,) = candidates
        number = article_of(candidate, item.number, None)[0]
        if cited_as.get(number) != {candidate}:
            return None
        if statute is not None and candidate != statute:
            return None
        statute = candidate
    return statute


# Laws whose articles one line cites, from which on it surveys several laws rather than naming
# the page's own (three: the anchor's law and two others; "Article 73 of the AI Act is not
# Article 33 of the GDPR" still names its law).
_SURVEY_LAWS = 3


def _survey_lines(text: str, found: Sequence[CitationSpan]) -> set[int]:
    """The lines (by number) that cite articles of _SURVEY_LAWS laws or more (a law the store
    lacks counted by its name)."""
    laws: dict[int, set[str]] = {}
    for c in found:
        if c.article is not None and not c.inferred and names_its_law(c):
            law = c.statute or (c.name or c.text)
            laws.setdefault(_line_of(text, c.start), set()).add(law)
    return {line for line, named in laws.items() if len(named) >= _SURVEY_LAWS}


def _line_of(text: str, at: int) -> int:
    """The line ``at`` stands on, by the offset of its start (a key, cheaper than counting)."""
    return text.rfind("\n", 0, at) + 1
