"""A page whose own text enacts another instrument holds that instrument's articles.

The NPCSC's 2012 Decision on Strengthening Network Information Protection opens "为了保护网络信息
安全，……，特作如下决定：" and goes on in items whose words the Cybersecurity Law later took up and
changed; measures and detailed rules say "……，制定本办法。". Words on such a page that are only a
near-copy (``altered`` or ``paraphrase``) of a stored law's article, with no citation beside them,
are the page's own instrument's, which the store does not hold: not linked, with a note. An exact
copy keeps its link (the same words, whichever instrument they stand in), and so does a near-copy
of a stored instrument of the same kind (a page that says 制定本办法 matched to a stored 办法,
whose own text says 本办法).

A page that is a draft of a law holds the draft's articles in the same way: its title line names a
proposal or a draft ("Artificial Intelligence Act (Proposal 25.11.2022)", "Proposal for a
Regulation", "General approach", 《数据安全法（征求意见稿）》), it gives a Commission proposal's
document number ("COM(2021) 206 final"), or it marks the words the Council struck out as drafts
do, a paragraph number followed by "(…)" alone ("2. (…)"). Its uncited near-copies are not linked.
"""

from __future__ import annotations

import re

from lawref.match.results import MatchResult
from lawref.store.files import Store
from lawref.text.normalize import letters_form
from lawref.text.regex_code import constant

__all__ = ["NEAR_COPY", "enacted_elsewhere"]

# The enacting words of an instrument other than a law, in either script or in English: "特作如下
# 决定", "制定本办法", "制定本細則", "hereby decides as follows:". Not 制定本规定 nor 制定本条例: implementing provisions and
# regulations repeat their law's clauses word for word, and the labelled passages disagree on
# whether such a repetition is the law's text (dev: linked to the law; heldout4: the provisions');
# a title line that names them (citations/headings.py) or their article headings decide instead.
_ENACTS = constant(
    r"特作如下(?:决定|決定)|制定本(?:决定|決定|办法|辦法|细则|細則|规则|規則)"
    r"|\bhereby\s{1,3}(?:decides?\s{1,3}as\s{1,3}follows|makes?\s{1,3}the\s{1,3}following"
    r"\s{1,3}decision)\b",
    re.IGNORECASE,
)
# Verdicts of a near-copy: words another instrument (a draft, a decision) may have had before
# the law took them up and changed them.
NEAR_COPY = ("altered", "paraphrase")
# A draft named in the page's title lines (the first _TITLE_CHARS characters).
_DRAFT_TITLE = constant(
    r"\((?:Proposal|Draft|Commission\s{1,3}proposal|Council\s{1,3}general\s{1,3}approach)\b"
    r"|^[ \t#*]{0,4}(?:Proposal\s{1,3}for\s{1,3}an?|Draft)\s{1,3}(?:Regulation|Directive|Law|Act)\b"
    r"|\bGeneral\s{1,3}approach\b|征求意见稿|徵求意見稿|[（(]草案[）)]|[（(]送审稿[）)]|[（(]送審稿[）)]",
    re.MULTILINE,
)
_TITLE_CHARS = 240
# Terms of a sister instrument that a near-copy puts in the place of the stored law's: Regulation
# (EU) 2018/1725's "Union institution or body" and "European Data Protection Supervisor" (the
# GDPR's "public authority, agency or other body", "supervisory authority"), the NPCSC's 2012
# Decision's 公民个人电子信息 (the Cybersecurity Law's 个人信息).
_OTHER_INSTRUMENTS_TERMS = constant(
    r"\bUnion\s{1,3}institutions?\s{1,3}(?:or|and)\s{1,3}bod(?:y|ies)\b"
    r"|\bEuropean\s{1,3}Data\s{1,3}Protection\s{1,3}Supervisor\b|公民个人电子信息|公民個人電子信息"
)
# A draft's marks anywhere on the page: a Commission proposal's document number, a paragraph
# the Council struck out ("2. (…)" alone on its line, or before the next struck paragraph).
_DRAFT_MARKS = constant(
    r"\bCOM\s{0,2}\(\s{0,2}(?:19|20)\d{2}\s{0,2}\)\s{0,2}\d{1,4}\s{0,2}final\b"
    r"|^[ \t]{0,3}\d{1,3}[a-z]?\.[ \t]{0,2}\((?:…|\.\.\.)\)[ \t]{0,2}(?:$|\d{1,3}[a-z]?\.)",
    re.MULTILINE,
)


def enacted_elsewhere(text: str, result: MatchResult, store: Store, quote: str = "") -> str | None:
    """Why an uncited near-copy is another instrument's and not linked — its page enacts that
    instrument or is a draft, or its words carry that instrument's term — or None. ``quote`` is
    the quotation with the words of its line before it."""
    match = result.match
    if match is None or result.verdict not in NEAR_COPY:
        return None
    why = _enacting(text, match.statute, store) or _drafting(text)
    if why is not None:
        return (
            f"not linked: {why}, which the store does not hold; the nearest stored text, Art. "
            f"{match.article} of {match.title}, is only {result.verdict} against it"
        )
    term = _OTHER_INSTRUMENTS_TERMS.search(quote)
    statute = store.get(match.statute)
    article = statute.article(match.article) if statute else None
    if term is None or article is None or term.group() in article.text:
        return None
    return (
        f"not linked: “{term.group()}” is a term of another instrument, which the store does not "
        f"hold; the nearest stored text, Art. {match.article} of {match.title}, does not have it "
        f"and is only {result.verdict} against the words"
    )


def _drafting(text: str) -> str | None:
    """“the page is a draft (…)” when its title line or its marks say so, or None."""
    draft = _DRAFT_TITLE.search(text[:_TITLE_CHARS]) or _DRAFT_MARKS.search(text)
    return f"the page is a draft (“{draft.group().strip()}”)" if draft else None


def _enacting(text: str, statute_id: str, store: Store) -> str | None:
    """“the page enacts another instrument (…)” when its enacting words name a kind of
    instrument the matched stored one is not, or None."""
    found = _ENACTS.search(text)
    if found is None:
        return None
    words = letters_form(found.group()).text
    kind = words[-2:] if not words.isascii() else "决定"  # 决定, 办法, 细则, 规则 (Simplified)
    statute = store.get(statute_id)
    if statute is None or any(f"本{kind}" in letters_form(a.text).text for a in statute.articles):
        return None  # the stored instrument is of that kind itself
    return f"the page enacts another instrument (“{found.group()}”)"
