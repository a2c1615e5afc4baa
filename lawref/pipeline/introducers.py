"""Which citation introduces each quotation: the one a reader would take it to quote.

For each quotation, the first rule that gives a citation decides:

1. a citation right after it belongs to it ("…" (Article 1); "…", Article 38 says.;
   “……”（第一条）), and so does one in a credit under it ("Source: GDPR Recital 156" on the
   next line, "——摘自反间谍法") — and then introduces no quotation of a later sentence;
2. the nearest citation before it in its own sentence;
3. a citation after it in its own sentence ("…," Article 14 reads, critics claim);
4. the last citation of the sentence before, in the same paragraph ("It says that …");
5. after a lead-in — a colon before the quotation ("The law states:", "It reads:", 其中规定：,
   條文寫道：) or a block quotation — the last citation of the lead-in's sentence, or, when the
   lead-in speaks of the law without naming it ("the law", "it", 该法, 其中), of the sentence
   before that (in the lead-in's paragraph or the one before it);
6. a quotation that makes up its paragraph, right after a paragraph that is a quotation (two
   paragraphs quoted after one lead-in), continues that quotation's citation — until a citation
   or a paragraph of narrative comes between;
7. a block quotation or an unquoted reproduction under a heading that is a citation ("§ 1601
   Determination of …", "GDPR Article 6 — Lawfulness of processing") takes that citation;
8. an unquoted reproduction that makes up its paragraph, right after list items that follow a
   paragraph ending in a colon, takes that paragraph's first citation (the article's paragraph
   after its list).

Citations inside quotations never introduce another ("see Article 89(1)" quoted). When several
citations come before as many quotations that all take them from the same place ("Articles 7 and
14 read: “…” “…”"), they are paired in order. Each quotation's answer lists the citation chosen
first (with every article it lists), then the other citations of the place it was taken from: the
attribution is consistent when any of them names the quoted article, so that a quotation is never
accused of contradicting one citation of a list that holds its real source.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from lawref.pipeline.section_headings import citation_heading_above
from lawref.quotes.layout import lead_in_at
from lawref.spans import CitationSpan, QuoteSpan, SpanReach
from lawref.text.regex_code import Deferred, constant
from lawref.text.saying import CHINESE_SAYING, ENGLISH_SAYING, either
from lawref.text.sentences import Segments

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
_TERMINATORS = ".!?。！？"
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
# A lead-in that speaks of the law without naming it, so the citation is in the sentence before.
_ANAPHOR = constant(
    r"\b(?:the|this|that|said|such)\s+(?:law|act|article|provision|section|statute|legislation"
    r"|code|regulation|clause|text|paragraph|rule|directive|measure)s?\b|\bits?\b|\bthey\b"
    r"|该|該|此|其|本条|本條|条文|條文|它",
    re.IGNORECASE,
)
_LEAD_IN_LOOKBACK = 80  # characters before a quotation searched for the colon of a lead-in
_MARKS = " \t\r\n\u3000\u00a0\"'“”‘’「」『』«»>*-•"
# A list item's number at the start of its paragraph (rule 8), and how many items are read back.
_LIST_ITEM = constant(
    r"[ \t\u3000]*(?:[(（][0-9A-Za-z一二三四五六七八九十]{1,4}[)）]|[0-9]{1,3}[.)、]"
    r"|[一二三四五六七八九十]{1,3}、)"
)
_LIST_ITEMS_MAX = 30


@dataclass(frozen=True)
class _Choice:
    rule: int  # which of the module's rules chose it (0: none)
    citation: CitationSpan | None
    place: tuple[CitationSpan, ...] = ()  # the citations of the place it was taken from, in order


def introducing_citations(
    text: str, quotes: Sequence[QuoteSpan], citations: Sequence[CitationSpan]
) -> list[list[CitationSpan]]:
    """For each quotation, the citation that introduces it — all the articles it lists
    ("Articles 7 and 14 of …" is one citation of two articles) — then the other citations of the
    place it was taken from; an empty list when nothing introduces it."""
    order = sorted(range(len(quotes)), key=lambda i: (quotes[i].start, quotes[i].end))
    spans = [(quotes[i].start, quotes[i].end) for i in order]
    finder = _Finder(text, spans, citations)
    choices: dict[int, _Choice] = {}
    previous: tuple[QuoteSpan, _Choice] | None = None
    for i in order:
        quote = quotes[i]
        choice = finder.choose(quote, previous)
        choices[i] = choice
        previous = (quote, choice)
    _pair(order, quotes, choices)
    return [finder.group(choices[i]) for i in range(len(quotes))]


def _pair(order: list[int], quotes: Sequence[QuoteSpan], choices: dict[int, _Choice]) -> None:
    """Several citations before as many quotations taken from the same place: in order."""
    run: list[int] = []

    def flush() -> None:
        if len(run) >= 2:
            place = choices[run[0]].place
            if len(place) == len(run) and all(c.end <= quotes[run[0]].start for c in place):
                for index, citation in zip(run, place, strict=True):
                    choices[index] = _Choice(choices[index].rule, citation, place)
        run.clear()

    for i in order:
        choice = choices[i]
        if choice.rule in (0, 1, 3) or len(choice.place) < 2:
            flush()
            continue
        if run and choices[run[-1]].place != choice.place:
            flush()
        run.append(i)
    flush()


class _Finder:
    """The document's sentences and the citations outside quotations, by sentence."""

    def __init__(
        self, text: str, spans: list[tuple[int, int]], citations: Sequence[CitationSpan]
    ) -> None:
        self.text = text
        self.segments = Segments(text, spans)
        self.quote_starts = sorted(start for start, _ in spans)
        inside = SpanReach(spans).contains
        outside = sorted(
            (c for c in citations if not inside(c.start, c.end)), key=lambda c: (c.start, c.end)
        )
        # One entry per citation span; a span listing several articles has several members.
        self.members: dict[tuple[int, int], list[CitationSpan]] = {}
        for citation in outside:
            self.members.setdefault((citation.start, citation.end), []).append(citation)
        self.heads = [members[0] for members in self.members.values()]
        self.starts = [c.start for c in self.heads]
        self.by_sentence: dict[int, list[CitationSpan]] = {}
        for citation in self.heads:
            self.by_sentence.setdefault(self.segments.sentence(citation.start), []).append(citation)
        self.claimed: set[tuple[int, int]] = set()  # citations that followed their quotation

    def group(self, choice: _Choice) -> list[CitationSpan]:
        if choice.citation is None:
            return []
        chosen = (choice.citation.start, choice.citation.end)
        result = list(self.members[chosen])
        for other in choice.place:
            if (other.start, other.end) != chosen:
                result += self.members[(other.start, other.end)]
        return result

    def choose(self, quote: QuoteSpan, previous: tuple[QuoteSpan, _Choice] | None) -> _Choice:
        choice = self._choose(quote, previous)
        bare = choice.citation
        if choice.rule not in (2, 4, 5) or bare is None or bare.article is not None:
            return choice  # (checked first: reading the heading above costs more)
        if quote.marks != "quoted":
            # The writer's sentence under a heading names the heading's law again, without an
            # article ("違反網路安全法的，…" under "網路安全法第63條"): the heading still says which
            # article the reproduction is (pipeline/section_headings.py).
            heading = citation_heading_above(
                self.text, self.heads, self.starts, self.claimed, quote
            )
            if heading is not None and heading.statute == bare.statute:
                return _Choice(7, heading, (heading,))
        return choice

    def _choose(self, quote: QuoteSpan, previous: tuple[QuoteSpan, _Choice] | None) -> _Choice:
        segments = self.segments
        after = self._following(quote)
        if after is not None:
            self.claimed.add((after.start, after.end))
            return _Choice(1, after, (after,))
        sentence = segments.sentence(quote.start)
        own = self.by_sentence.get(sentence, [])
        before = [c for c in own if c.end <= quote.start]
        if before:
            return _Choice(2, before[-1], tuple(before))
        later = [c for c in own if c.start >= quote.end and not self._leads_on(c)]
        if later:
            return _Choice(3, later[0], (later[0],))
        start, _ = segments.sentence_span(sentence - 1) if sentence > 0 else (0, 0)
        if sentence > 0 and segments.paragraph(start) == segments.paragraph(quote.start):
            found = self._unclaimed(sentence - 1)
            if found:
                return _Choice(4, found[-1], tuple(found))
        lead = self._lead_in(quote)
        if lead is not None:
            found = self._unclaimed(lead, before=quote.start)
            if not found and lead > 0 and self._speaks_of_the_law(lead):
                earlier = segments.sentence_span(lead - 1)[0]
                lead_paragraph = segments.paragraph(segments.sentence_span(lead)[0])
                if segments.paragraph(earlier) >= lead_paragraph - 1:
                    found = self._unclaimed(lead - 1)
            if found:
                return _Choice(5, found[-1], tuple(found))
        if quote.marks != "quoted":
            heading = citation_heading_above(
                self.text, self.heads, self.starts, self.claimed, quote
            )
            if heading is not None:
                return _Choice(7, heading, (heading,))
        if quote.marks == "none":
            listed = self._after_list(quote)
            if listed is not None:
                return _Choice(8, listed, (listed,))
        if previous is not None and self._continues(previous[0], quote):
            return (
                _Choice(6, previous[1].citation, previous[1].place)
                if previous[1].rule
                in (
                    2,
                    4,
                    5,
                    6,
                )
                else _Choice(0, None)
            )
        return _Choice(0, None)

    def _after_list(self, quote: QuoteSpan) -> CitationSpan | None:
        """The citation of the paragraph that leads into a list (rule 8): an unquoted
        reproduction that makes up its paragraph, right after list items ("（一）…；", "1. …")
        that follow a paragraph ending in a colon, is the next paragraph of the article that
        paragraph cites ("《…民法典》第一千零三十五条处理个人信息的，…符合下列条件：⏎（一）…⏎
        个人信息的处理包括…")."""
        segments = self.segments
        paragraph = segments.paragraph(quote.start)
        starts = segments.paragraph_starts
        if self.text[starts[paragraph] : quote.start].strip(_MARKS):
            return None
        lead = paragraph - 1
        while lead >= 0 and paragraph - lead <= _LIST_ITEMS_MAX:
            if _LIST_ITEM.match(self.text, starts[lead]) is None:
                break
            lead -= 1
        if lead < 0 or lead == paragraph - 1:
            return None
        end = starts[lead + 1]
        if not self.text[starts[lead] : end].rstrip(_MARKS).endswith((":", "：")):
            return None
        at, stop = bisect_left(self.starts, starts[lead]), bisect_left(self.starts, end)
        found = [c for c in self.heads[at:stop] if (c.start, c.end) not in self.claimed]
        return found[0] if found else None

    def _unclaimed(self, sentence: int, before: int | None = None) -> list[CitationSpan]:
        return [
            c
            for c in self.by_sentence.get(sentence, [])
            if (c.start, c.end) not in self.claimed and (before is None or c.end <= before)
        ]

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
        if any(ch in _OPEN_BRACKETS for ch in gap):
            return citation  # "…" (Article 1)
        ended = any(ch in _TERMINATORS for ch in gap) or (
            quote.text.rstrip()[-1:] in tuple(_TERMINATORS) and "," not in gap and "，" not in gap
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
            return not any(ch in _TERMINATORS for ch in rest)
        colon = min((at for at in (rest.find(":"), rest.find("：")) if at >= 0), default=-1)
        if colon < 0 or colon >= _LEAD_ON_MAX or any(ch in _TERMINATORS for ch in rest[:colon]):
            return False
        after = citation.end + colon + 1
        return self._quote_starts_at(after)

    def _quote_starts_at(self, at: int) -> bool:
        """Whether a quotation starts at ``at``, give or take spaces and opening marks."""
        index = bisect_left(self.quote_starts, at)
        if index >= len(self.quote_starts):
            return False
        return not self.text[at : self.quote_starts[index]].strip(_MARKS)

    def _credits_its_line(self, quote: QuoteSpan, citation: CitationSpan) -> bool:
        """A credit under the line the quotation ends: the rest of that line is short and ends
        no sentence (a term quoted in brackets, a semicolon), then the credit follows."""
        line_end = self.text.find("\n", quote.end, citation.start)
        if line_end < 0 or line_end - quote.end > _POST_GAP_MAX:
            return False
        tail = self.text[quote.end : line_end].rstrip()
        if any(ch in _TERMINATORS for ch in tail):
            return False
        credit = self.text[line_end : citation.start]
        return len(credit) <= _POST_GAP_MAX and _CREDIT.fullmatch(credit) is not None

    def _lead_in(self, quote: QuoteSpan) -> int | None:
        """The sentence of the lead-in that introduces the quotation, if one does (rule 5)."""
        window_start = max(0, quote.start - _LEAD_IN_LOOKBACK)
        before = self.text[window_start : quote.start].rstrip(_MARKS)
        if before.endswith((":", "：")):
            return self.segments.sentence(window_start + len(before) - 1)
        if quote.marks == "none":
            colon = self._colon_before_sentence(quote)
            if colon is not None:
                return self.segments.sentence(colon)
        if quote.lead_in or quote.marks == "block":
            start, _ = self.segments.sentence_span(self.segments.sentence(quote.start))
            return self.segments.sentence(max(0, start - 1))
        return None

    def _colon_before_sentence(self, quote: QuoteSpan) -> int | None:
        """Where the lead-in's colon stands when an unquoted core lies inside a reproduced
        sentence that follows it ("Article 5(1)(b) GDPR:⏎Personal data must be collected …"
        matched from "collected", the writer having changed the opening words): the colon ends
        the text before the core's sentence, on the line before it or the same line."""
        start, _ = self.segments.sentence_span(self.segments.sentence(quote.start))
        if "\n" in self.text[start : quote.start]:
            return None
        floor = max(0, start - _LEAD_IN_LOOKBACK)
        line = self.text[floor:start].rstrip(_MARKS)
        return floor + len(line) - 1 if line.endswith((":", "：")) else None

    def _speaks_of_the_law(self, sentence: int) -> bool:
        """A lead-in sentence that speaks of the law without naming it and ends in a lead-in
        verb ("The law states:", "It reads:", 其中规定：; not "A spokesman said it was
        misread:")."""
        start, end = self.segments.sentence_span(sentence)
        colon = end
        while colon > start and self.text[colon - 1] in _MARKS:
            colon -= 1  # the colon ends the sentence, give or take spaces and marks
        if colon <= start or self.text[colon - 1] not in ":：":
            return False
        if lead_in_at(self.text, colon - 1, start) is None:
            return False
        return _ANAPHOR.search(self.text, start, colon) is not None

    def _continues(self, previous: QuoteSpan, quote: QuoteSpan) -> bool:
        """Whether ``quote`` makes up its paragraph right after a paragraph that is ``previous``
        (rule 6): nothing but marks between them, and no citation."""
        segments = self.segments
        if segments.paragraph(quote.start) != segments.paragraph(previous.end) + 1:
            return False
        if self.text[previous.end : quote.start].strip(_MARKS + ".,;。，；…"):
            return False
        paragraph_start = segments.paragraph_starts[segments.paragraph(previous.start)]
        if self.text[paragraph_start : previous.start].strip(_MARKS):
            return False
        at = bisect_right(self.starts, previous.end)
        return not (at < len(self.starts) and self.starts[at] < quote.start)
