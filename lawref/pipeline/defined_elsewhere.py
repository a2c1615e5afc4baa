"""A term's definition retold as what the cited article defines, where another article defines it.

A page on one article says what the article defines: "Article 4 … establishes a general AI
literacy obligation … . The article defines AI literacy as the skills, knowledge, and
understanding that allow persons to make informed decisions about AI systems …". Art. 4 uses the
term; the AI Act defines it in Art. 3, point (56) (‘AI literacy’ means skills, knowledge and
understanding that allow providers, deployers and affected persons …). Which article defines a
term is a fact of record, like the article that sets a fine (pipeline/fine_ceilings.py): the
sentence is reported as a ``paraphrase`` of the defining article, ``misattributed``, with a note.

Only when it is certain: the sentence's subject is the citation of an article, or an anaphor of
the one article cited before it (pipeline/told_lead_in.py's ``subject_citation``), and its verb
says the article defines the term ("defines … as", 将…定义为); exactly one article of the cited
statute defines the term in so many words (‘term’ means, 术语，是指), and it is not the cited
one; the retelling, of ten content words or more, holds RETOLD_MIN_SHARE of them in that article (the words are
its definition, not another) and fewer than CITED_MAX_SHARE in the cited article; and the
paragraph cites the defining article nowhere. A sentence that only describes the term ("It
describes AI literacy as …", an older set's sentence labelled no misattribution) is not read:
the writer does not say the article defines it.

On the real-world passages (every read set): one sentence so written, labelled the misattribution
it is (heldout16, the AI Act's Art. 4 and Art. 3(56)); the bars are retold_elsewhere's, which the
older sets chose, not figures of this rule's own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lawref.pipeline.article_retold import RETOLD_MIN_SHARE
from lawref.pipeline.attribution import cited_as
from lawref.pipeline.checkable import article_words, base_article, certain
from lawref.pipeline.retold_elsewhere import CITED_MAX_SHARE, cites_article_in, sentence_start
from lawref.pipeline.told_lead_in import subject_citation
from lawref.pipeline.told_paraphrase import content_words, told_link, wordings_share
from lawref.report import Quote, misattributed_paraphrase
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store
from lawref.store.schema import Article
from lawref.text.folds import simplified_text
from lawref.text.regex_code import constant

__all__ = ["defined_elsewhere", "defines_term"]

# "… defines AI literacy as …", "…将人工智能素养定义为…": the term between the verb and "as".
_DEFINES = constant(
    r"(?i)\bdefines\s+(?P<term>[^,.;:()\n]{2,60}?)\s+as\s+"
    r"|(?:将|將|把)(?P<zh>[^，,。；;：:（）()\n]{2,20}?)(?:定义为|定義為|定義爲|界定为|界定為|界定爲)"
)
# How a stored article defines a term, after the term: ‘term’ means …; 术语，是指 ….
_MEANS = constant(r"[’'\"”]\s{1,3}means\b")
_IS_MEANT = constant(r"[”」』]?[，,]?\s?是指")
_QUOTES = "‘'\"“「『"
# The least content words a retelling needs (retold_elsewhere's floor: fewer say too little to
# be a definition's words).
_MIN_WORDS = 10
# Work bounds (linear on hostile text): sentences read, characters back for the antecedent, the
# paragraph looked through for a citation of the defining article.
_FOUND_MAX = 20
_BACK_MAX_CHARS = 1500
_SENTENCE_MAX_CHARS = 600
_SENTENCE_END = constant(r"[。；！？]|[.;!?](?=\s|$)|\n")
_OCCURRENCES_MAX = 50


def defined_elsewhere(
    text: str,
    spans: Sequence[QuoteSpan | Quote],
    citations: Sequence[CitationSpan],
    store: Store | None,
) -> list[Quote]:
    """The sentences telling what their cited article defines where another article of its law
    defines the term: each a ``paraphrase`` of that article, ``misattributed``, with a note (none
    where ``spans``, the quotations reported already, stand)."""
    if store is None:
        return []
    out: list[Quote] = []
    taken = [(s.start, s.end) for s in spans]
    for found in list(_DEFINES.finditer(text))[:_FOUND_MAX]:
        quote = _accused(text, found.start(), found, citations, store)
        if quote is not None and not any(s < quote.end and quote.start < e for s, e in taken):
            out.append(quote)
            taken.append((quote.start, quote.end))
    return out


def _accused(
    text: str, verb_at: int, found: re.Match[str], citations: Sequence[CitationSpan], store: Store
) -> Quote | None:
    opened = sentence_start(text, verb_at)
    near = [c for c in citations if verb_at - _BACK_MAX_CHARS <= c.end <= verb_at]
    citation = subject_citation(text, opened, verb_at, near)
    if citation is None or citation.article is None or not certain(citation, store):
        return None
    statute = store.get(citation.statute or "")
    if statute is None:
        return None
    term = (found.group("term") or found.group("zh")).strip().strip(_QUOTES + "’”」』")
    start = found.start("term") if found.group("term") else found.start("zh")
    end = _sentence_end(text, found.end())
    defining = [a for a in statute.articles if defines_term(a, term)]
    if len({a.number for a in defining}) != 1:
        return None  # (no article, or several, define it in so many words: not certain)
    article = defining[0]
    cited = base_article(str(citation.article))
    if base_article(str(article.number)) == cited:
        return None
    tokens = content_words(text[start:end])
    share = wordings_share(tokens, article)
    if len(tokens) < _MIN_WORDS or share < RETOLD_MIN_SHARE:
        return None
    cited_article = next((a for a in statute.articles if str(a.number) == cited), None)
    cited_share = 0.0 if cited_article is None else wordings_share(tokens, cited_article)
    if cited_share >= CITED_MAX_SHARE:
        return None
    paragraph_start = text.rfind("\n\n", max(0, start - _BACK_MAX_CHARS), start) + 1
    if cites_article_in(
        citations, statute.id, {base_article(str(article.number))}, paragraph_start, end
    ):
        return None  # (the page cites the defining article itself beside the words)
    result = told_link(statute, article, share)
    note = (
        f"cited as “{citation.text}”, said to define “{term}”; {article_words(article.number)} of "
        f"{statute.title_en} defines it ({round(100 * share)}% of the sentence's content words "
        f"stand there, {round(100 * cited_share)}% in the cited {article_words(cited)})"
    )
    return misattributed_paraphrase(
        text[start:end], start, end, result.score, result.match, cited_as(citation), note
    )


def defines_term(article: Article, term: str) -> bool:
    """Whether one of ``article``'s texts defines ``term`` in so many words: the term in
    quotation marks followed by "means", or followed by 是指 (either Chinese script)."""
    wanted = simplified_text(term).lower()
    for wording in article.every_text():
        lowered = simplified_text(wording).lower()
        at = lowered.find(wanted)
        for _ in range(_OCCURRENCES_MAX):
            if at < 0:
                break
            after = at + len(wanted)
            if _IS_MEANT.match(lowered, after) is not None:
                return True
            if at and lowered[at - 1] in _QUOTES and _MEANS.match(lowered, after) is not None:
                return True
            at = lowered.find(wanted, at + 1)
    return False


def _sentence_end(text: str, start: int) -> int:
    found = _SENTENCE_END.search(text, start, start + _SENTENCE_MAX_CHARS)
    end = min(len(text), start + _SENTENCE_MAX_CHARS) if found is None else found.end()
    if text[end - 1 : end] == "\n":
        end -= 1
    return end
