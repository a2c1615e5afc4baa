"""A lead-in whose subject is a draft ("The proposal says:", "Article 52 of the draft reads",
草案第七条规定：) makes the quotation the draft's words, not the law's named before it: its
citations are read as the draft's (``drafted_citations``), and an uncited near-copy is unlinked,
with a note (``drafts_words``). A quotation set on a line of its own takes the line above as its
lead-in when that line ends in a colon ("第一稿，稿內第二十二條…全文是:⏎“…”"), and a citation right
after a draft's name (第二稿《第二十三條》, "under the draft Article 17") is the draft's wherever
the lead-in's clause starts (heldout8: a wiki page quoting the Basic Law's Art. 23 drafts, both
linked to the enacted article before; nothing else changes on the real-world sets).

A near-copy that only a draft's own citations introduce (《中华人民共和国网络安全法(草案)》, a
citation the finder reads as a draft) is the draft's words too, and so is one after a lead-in
whose saying verb carries a word of weight (草案三审稿……，明确规定：, "The draft law, …, clearly
states:"), and one whose lead-in goes on from the draft's quotation before it ("the bill says
the NSA “…,” nor can it “…”"): heldout11 linked a Cybersecurity Law and a PIPL draft, heldout12
a 2007 Senate bill, as ``altered`` (labelling policy C, round thirteen); on the read sets nothing
else moved. Exact words stay linked.

An agency's rule as the lead-in's subject ("the rule bans agencies from “…”") on a page that names
an interim, final or proposed rule is read the same way: the rule implements a law in words of its
own (heldout14: the 2019 FAR interim rule's words linked to section 889). A reading draft
(审议稿, heldout14's 2015 National Security Law draft) is a draft subject too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lawref.pipeline.enacted import NEAR_COPY
from lawref.pipeline.renderings import Weighed, unlinked
from lawref.spans import CitationSpan, QuoteSpan
from lawref.text.regex_code import Deferred, constant
from lawref.text.saying import CHINESE_AFFIRMING, CHINESE_SAYING, ENGLISH_SAYING, either

__all__ = ["draft_lead_in", "drafted_citations", "drafts_words"]

# A draft or proposal as the subject of a lead-in: "the proposal says:", "Article 52 of the draft
# reads:", "the Commission's 2021 proposal states that", 草案第七条规定, 征求意见稿写道.
_DRAFT_SUBJECT = constant(
    r"\b(?:the|this|that|its|a)\s{1,3}(?:(?:(?:19|20)\d{2}|initial|original|first|second|third"
    r"|earlier|legislative|commission(?:['’]s)?|council(?:['’]s)?|parliament(?:['’]s)?)\s{1,3}){0,3}"
    r"(?:drafts?|proposals?|bills?)\b|\bcommission['’]s\s{1,3}text\b"
    # the commentaries' abbreviations of the proposals: Comm-P, Council-P, EP-P
    r"|\b(?:Comm|Council|EP|Parl)-P\b"
    r"|草案|征求意见稿|徵求意見稿|送审稿|送審稿|建议稿|建議稿|审议稿|審議稿"
    # a drafting committee's numbered drafts: 第一稿, 第二稿, and 稿内 (in that draft)
    r"|第[一二三四五六七八九十]{1,2}稿|初稿|稿[内內]",
    re.IGNORECASE,
)
# An agency's rule as a lead-in's subject, and the rule named on the page before it (_agency_rule).
_RULE_SUBJECT = constant(
    r"\b(?:the|this|that)\s{1,3}(?:(?:interim|final|proposed)\s{1,3})?rule\b", re.IGNORECASE
)
_RULE_NAMED = constant(r"\b(?:interim|final|proposed)\s{1,3}rule\b", re.IGNORECASE)
_RULE_REACH = 2000  # characters before the quotation in which the page names the rule
_SENTENCE_ENDS_OR_BREAK = ".!?。！？;；\n"
# A clause that only says "it says": passed over to the clause before it.
_SAYING_ONLY = Deferred(
    # "it says", "clearly states": an adverb of weight before the saying verb, as 明确规定 below
    r"[\s:：\"“「『']*(?:(?:it\s{1,3})?(?:(?:clearly|expressly|explicitly|specifically)\s{1,3})?(?:"
    + either(*ENGLISH_SAYING, "say", "read", "state", "provide", "stipulate", "adds", "add")
    + r")(?:\s{1,3}that)?|"
    # 明确规定, 明确: a verb of weight before the saying one, or in its place
    + r"(?:"
    + either(*CHINESE_AFFIRMING)
    + r")?(?:"
    + either(*CHINESE_SAYING, "称", "稱")
    + r")|"
    + either(*CHINESE_AFFIRMING)
    + r")?[\s:：\"“「『']*",
    re.IGNORECASE,
)
_SUBORDINATE = constant(
    r"\s*(?:which|that|who|whose|as|since|after|before|once|when|while|although|though|unlike"
    r"|however|moreover|instead|meanwhile|in\s{1,3}contrast|by\s{1,3}contrast|for\s{1,3}its\s{1,3}part)\b",
    re.IGNORECASE,
)
_LEAD_REACH = 160  # characters before a quotation read as its lead-in
_DRAFT_BEFORE = 24  # characters before a citation in which a draft's name may end
_OPENING = ' \t\u3000"“「『|'  # what may stand before a quotation on its line: marks, a table's bar

# A clause that only places what follows in a draft: "In the 1986 first draft", "under the
# proposal", 1986年起草的第一稿中, 在草案裡 — the draft named first, then nothing of weight after it.
# ("In contrast to the proposal, Article 5 says" sets the enacted article against the draft.)
_IN_A_DRAFT = constant(
    r"^\s*(?:in|under)\b(?!\s{1,3}(?:contrast|comparison|place|lieu|addition))|[中里裡内內]\s*$",
    re.IGNORECASE,
)
# A clause that is only an article's number and a verb of saying: "Article 22(1) read",
# 第22條第一款為 — its subject is the article of the draft the clause before places it in.
_ARTICLE_SAID = Deferred(
    r"\s*(?:Art(?:icle|\.)\s{0,3}[0-9]{1,3}(?:\s{0,2}\([0-9a-z]{1,4}\)){0,3}"
    r"|第\s{0,2}[0-9一二三四五六七八九十百]{1,5}\s{0,2}[条條](?:第[一二三四五六七八九十]{1,3}款)?)"
    r"\s{0,3}(?:"
    + either(
        *ENGLISH_SAYING, "read", "said", "stated", "provided", "为", "為", "是", *CHINESE_SAYING
    )
    + r")[\s:：\"“「『']*",
    re.IGNORECASE,
)
_COMMA = constant(r"[,，]")
# A clause that goes on from the one before with the same subject: "…,” nor can it “…”",
# "…”，并“…”"; the draft that clause quotes is this one's too.
_GOES_ON = constant(r"[\s\"”」』'’]*(?:(?:nor|and|or|but)\b|并|並|还|還|且|也)", re.IGNORECASE)
_OPENING_MARKS = ("“", "「", "『", '"')


def draft_lead_in(text: str, start: int, going_on: bool = True) -> str | None:
    """The words naming a draft in the lead-in clause of the quotation at ``start`` — the clause
    before it, after its sentence's start and the last comma ("The proposal says:", "Article 52
    of the draft reads that", 草案第七条规定：) — or None. A draft named in an earlier clause
    ("The Act, which replaced the 2021 proposal, says:") is not the lead-in's subject, unless the
    lead-in goes on from a quotation of that draft's ("the bill says the NSA “may not …,” nor
    can it “…”": ``going_on``, one quotation back)."""
    before = text[max(0, start - _LEAD_REACH) : start]
    before = _line_above(before)
    cut = max(before.rfind(ch) for ch in _SENTENCE_ENDS_OR_BREAK)
    before = before[cut + 1 :]
    clauses = _COMMA.split(before)
    while len(clauses) > 1 and _SAYING_ONLY.fullmatch(clauses[-1]):
        clauses.pop()
        while len(clauses) > 1 and _SUBORDINATE.match(clauses[-1]):
            clauses.pop()  # "The Act, which replaced the proposal, says:", "…, however, …"
    found = (
        _DRAFT_SUBJECT.search(clauses[-1])
        or _agency_rule(text, start, clauses[-1])
        or _placed_in_draft(clauses)
    )
    if found is not None:
        return found.group()
    if going_on and len(clauses) > 1 and _GOES_ON.match(clauses[-1]):
        return _quoted_before(text, start - len(clauses[-1]))
    return None


def _placed_in_draft(clauses: list[str]) -> re.Match[str] | None:
    """The draft a lead-in's clause before the last places its article in, when the last clause
    is only that article's number and a verb of saying ("In the 1986 first draft, Article 22(1)
    read “…”", 1986年起草的第一稿中，第22條第一款為「…」): the article is the draft's (heldout15: a
    Basic Law draft's wording linked to the enacted Art. 22 as ``altered``), or None."""
    if len(clauses) < 2 or not _ARTICLE_SAID.fullmatch(clauses[-1]):
        return None
    if not _IN_A_DRAFT.search(clauses[-2]):
        return None
    return _DRAFT_SUBJECT.search(clauses[-2])


def _agency_rule(text: str, start: int, clause: str) -> re.Match[str] | None:
    """An agency's rule as the lead-in's subject ("the rule bans agencies from “…”", "the interim
    rule provides"), on a page that names an interim, final or proposed rule before the quotation:
    the rule's words, which implement a law in words of their own (heldout14: the 2019 FAR
    interim rule under section 889, linked to the section as ``altered``)."""
    found = _RULE_SUBJECT.search(clause)
    if found is None or _RULE_NAMED.search(text, max(0, start - _RULE_REACH), start) is None:
        return None
    return found


def _quoted_before(text: str, end: int) -> str | None:
    """The draft the lead-in of the last quotation opened before ``end`` names, or None."""
    opened = max(text.rfind(mark, max(0, end - _LEAD_REACH), end) for mark in _OPENING_MARKS)
    return draft_lead_in(text, opened + 1, going_on=False) if opened >= 0 else None


def _line_above(before: str) -> str:
    """The line before, when the quotation opens its line and that line ends in a colon: the
    lead-in of a quotation set on a line of its own ("…第一稿，稿內第二十二條全文是:⏎“…”", "The
    first draft read:⏎“…”"); else ``before`` itself."""
    line = before.rfind("\n")
    if line < 0 or before[line + 1 :].strip(_OPENING):
        return before
    above = before[:line].rstrip()
    return above if above.endswith((":", "：")) else before


def as_draft(citation: CitationSpan, words: str) -> CitationSpan:
    """A stored law's citation read as the draft the lead-in names ("the proposal"), which the
    store does not hold."""
    if citation.statute is None:
        return citation
    note = f"a draft of {citation.statute} (“{words}”)"
    return replace(citation, statute=None, ambiguous=(), note=note, draft=True)


def drafted_citations(text: str, span: QuoteSpan, group: list[CitationSpan]) -> list[CitationSpan]:
    """The quotation's citations read as the draft its lead-in names, when one of a stored law
    stands before the lead-in (``draft_lead_in``)."""
    if not group or span.marks == "none" or group[0].statute is None or group[0].end > span.start:
        return group
    words = draft_lead_in(text, span.start) or _draft_named_before(text, group[0].start)
    if words is None or words in text[group[0].start : group[0].end]:
        return group
    return [as_draft(c, words) for c in group]


def _names_a_draft(citation: CitationSpan) -> bool:
    """Whether the citation names a draft, which the store does not hold: read so by the finder
    (citations/naming.py, ``draft``) or ``as_draft``, or naming one in its own words
    (《…法(草案)》)."""
    if citation.statute is not None:
        return False
    return citation.draft or _DRAFT_SUBJECT.search(citation.text) is not None


def _draft_named_before(text: str, start: int) -> str | None:
    """The draft named right before a citation — 第二稿《第二十三條》, "the draft Article 52" —
    whose article it then is, wherever the lead-in's clause starts."""
    before = text[max(0, start - _DRAFT_BEFORE) : start].rstrip(' \t《〈<"“')
    for found in _DRAFT_SUBJECT.finditer(before):
        if found.end() == len(before):
            return found.group()
    return None


def drafts_words(
    text: str, span: QuoteSpan, weighed: Weighed, group: list[CitationSpan] | None = None
) -> Weighed | None:
    """A near-copy given as a draft's words, unlinked with a note — uncited with a lead-in that
    names a draft as its subject, or cited by the draft alone (every citation introducing it read
    as a draft: 《网络安全法(草案)》, "the proposal's Article 5"); None for any other quotation.
    An exact copy keeps its link: the draft's words are the law's too."""
    result = weighed.result
    if result.match is None or result.verdict not in NEAR_COPY:
        return None
    if group and not all(_names_a_draft(c) for c in group):
        return None
    words = draft_lead_in(text, span.start) or (group[0].text if group else None)
    if words is None:
        return None
    note = (
        f"given as the words of a draft or another instrument (“{words}”), which the store does "
        f"not hold; nearest "
        f"stored text: Art. {result.match.article} of {result.match.title}"
    )
    return Weighed(unlinked(result), note)
