"""An English clause credited, by a bracketed citation right after it, to one article of a
Chinese law whose cross-lingual evidence points plainly to another article of that law: "Citizens
and organizations shall facilitate and provide other assistance to counter-espionage efforts
(Article 4); …" — the 2014 Counter-espionage Law's Art. 20, credited to its Art. 4.

A table or a list that gives each rule with its article in brackets after it presents the clause
as that article's. The store holds most Chinese laws in Chinese only, so an English retelling
shares no word with any stored wording; pipeline/retold_across.py links such a clause to the
cited article when the cross-lingual evidence (xling/) points to it, and leaves it alone when it
points elsewhere. Here a clause so presented is reported as the other article's `paraphrase`,
`misattributed`, with a note giving both scores, when

- the citation resolves to one stored Chinese statute and one of its articles (checkable's
  `certain`), alone in its brackets — "(Article 4)", not one of a list — and closes the clause;
- the clause is English, gives a rule (retold_across's words of duty, leave, ban or definition)
  and has at least ACROSS_MIN_WORDS words, counted from the last citation before it (a table's
  law name opening the row is not the clause's);
- the statute's best article by the cross-lingual score clears retold_across's bars for a link
  no citation supports — ACROSS_MIN_SCORE, the best of every article retrieved, ACROSS_MARGIN
  above every other article of the law (the cited one among them), evidence ACROSS_FAITHFUL_MIN
  faithful — and is not the cited article (in any version: the same number, or the same words
  under another number);
- neither article names the other (quoted_elsewhere's check), and the page cites no other
  article beside the clause in its paragraph.

How the bars were chosen: they are retold_across's, chosen on the real-world sets for links to
the cited article. On dev to heldout17, 24 English clauses stand before a bracketed citation of a
Chinese article; this rule reports one, the labelled misattribution above (dev), and nothing
else.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.pipeline.attribution import cited_as
from lawref.pipeline.checkable import article_words, base_article, certain
from lawref.pipeline.retold_across import (
    ACROSS_FAITHFUL_MIN,
    ACROSS_MARGIN,
    ACROSS_MIN_SCORE,
    ACROSS_MIN_WORDS,
    gives_rule,
    read,
)
from lawref.pipeline.retold_elsewhere import cites_article_in
from lawref.pipeline.told_paraphrase import told_link
from lawref.report import Quote, misattributed_paraphrase
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store
from lawref.text.regex_code import constant
from lawref.xling.link import CrossLingualLinker, is_english

__all__ = ["credited_after"]

# Work bounds (hostile text): citations read, and how far back a clause is read.
_CITATIONS_MAX = 200
_CLAUSE_MAX_CHARS = 600
_PARAGRAPH_MAX_CHARS = 5000
# Where a clause starts: after a sentence's or clause's end, a line break or a closing bracket.
_CLAUSE_END = constant(r"[.;:!?。；：\n)）]")
# What may stand between a law's name opening a table's row and the row's words: a year.
_AFTER_NAME = constant(r"[ \t]*(?:\d{4}\b)?[ \t,:—–-]*")


def credited_after(
    text: str,
    spans: Sequence[QuoteSpan | Quote],
    citations: Sequence[CitationSpan],
    store: Store | None,
    linker: CrossLingualLinker | None,
) -> list[Quote]:
    """The English clauses a bracketed citation after them credits to one Chinese article whose
    words are, by their cross-lingual evidence, another article's: each that article's
    ``paraphrase``, ``misattributed`` (none where ``spans`` stand)."""
    if store is None or linker is None:
        return []
    out: list[Quote] = []
    taken = [(s.start, s.end) for s in spans]
    for citation in citations[:_CITATIONS_MAX]:
        clause = _clause_before(text, citation, citations, store)
        if clause is None:
            continue
        start, end = clause
        if any(s < end and start < e for s, e in taken):
            continue
        quote = _accused(text, start, end, citation, citations, store, linker)
        if quote is not None:
            out.append(quote)
            taken.append((start, end))
    return out


def _clause_before(
    text: str, citation: CitationSpan, citations: Sequence[CitationSpan], store: Store
) -> tuple[int, int] | None:
    """``(start, end)`` of the words a bracketed citation of one Chinese article closes; None
    when the citation is no such citation."""
    if citation.article is None or not certain(citation, store):
        return None
    statute = store.get(citation.statute or "")
    if statute is None or not statute.language.startswith("zh"):
        return None
    opening = text.rfind("(", max(0, citation.start - 3), citation.start)
    if opening < 0 or text[opening + 1 : citation.start].strip():
        return None
    if text[citation.end : citation.end + 1] != ")":
        return None  # (one of a list in the brackets, or more words after it)
    if any(c is not citation and opening < c.start < citation.end + 1 for c in citations):
        return None
    reach = max(0, opening - _CLAUSE_MAX_CHARS)
    ends = [m.end() for m in _CLAUSE_END.finditer(text, reach, opening)]
    start = ends[-1] if ends else reach
    named = [c.end for c in citations if start <= c.start and c.end <= opening]
    if named:  # (a law's name opening a table's row: the words start after it)
        after = _AFTER_NAME.match(text, max(named), opening)
        start = after.end() if after else max(named)
    end = opening
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _accused(
    text: str,
    start: int,
    end: int,
    citation: CitationSpan,
    citations: Sequence[CitationSpan],
    store: Store,
    linker: CrossLingualLinker,
) -> Quote | None:
    from lawref.pipeline.quoted_elsewhere import names_either

    words = text[start:end]
    if len(words.split()) < ACROSS_MIN_WORDS or not is_english(words) or not gives_rule(words):
        return None
    index = linker.index()
    statute = store.get(citation.statute or "")
    if index is None or statute is None:
        return None
    hits = index.link(words, limit=index.SHORTLIST)
    reading = read(hits, statute.id, None)
    cited = base_article(str(citation.article))
    if reading is None or reading.stored.article == cited:
        return None
    held = read(hits, statute.id, cited)
    if held is not None and (held.stored.article == reading.stored.article):
        return None
    if (
        reading.score < ACROSS_MIN_SCORE
        or reading.score < reading.best
        or reading.score - reading.rival < ACROSS_MARGIN
    ):
        return None
    matched = str(reading.stored.article)
    if names_either(statute, cited, matched):
        return None
    paragraph_start = text.rfind("\n\n", max(0, start - _PARAGRAPH_MAX_CHARS), start) + 1
    paragraph_end = text.find("\n\n", end)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    if cites_article_in(citations, statute.id, {matched}, paragraph_start, paragraph_end):
        return None  # (the page cites the matched article itself beside the words)
    if index.evidence(words, reading.stored).faithfulness < ACROSS_FAITHFUL_MIN:
        return None
    article = next(
        (
            a
            for a in statute.articles
            if a.number == matched
            and (reading.stored.version is None or reading.stored.version in a.versions)
        ),
        None,
    )
    if article is None:
        return None
    result = told_link(statute, article, reading.score / 100)
    version = f" (its {reading.stored.version} text)" if reading.stored.version else ""
    cited_score = "no score" if held is None else f"{round(held.score)}"
    note = (
        f"cited as “{citation.text}”; the English words render {article_words(matched)}"
        f"{version} of {statute.title_en} (cross-lingual score {round(reading.score)}, at most "
        f"{round(reading.rival)} for any other of its articles; the cited "
        f"{article_words(cited)}: {cited_score})"
    )
    return misattributed_paraphrase(
        words, start, end, result.score, result.match, cited_as(citation), note
    )
