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
   after its list);
9. a reproduction or quotation that makes up an item of a numbered list, or the paragraph right
   under an item, takes the last citation of the list's lead-in paragraph when it ends in a colon
   or says a list follows (列出了…六个合法依据, "sets out the following"): a bilingual page's
   items, each followed by the law's own words.

Citations inside quotations never introduce another ("see Article 89(1)" quoted). When several
citations come before as many quotations that all take them from the same place ("Articles 7 and
14 read: “…” “…”"), they are paired in order. Each quotation's answer lists the citation chosen
first (with every article it lists), then the other citations of the place it was taken from: the
attribution is consistent when any of them names the quoted article, so that a quotation is never
accused of contradicting one citation of a list that holds its real source.

Rule 1 (and whether a citation opens a lead-in instead) is read by citation_after_quote.py, rule 5
by leading_sentence.py, rule 9 by list_lead_in.py; the finder here applies the rules in order.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from lawref.pipeline.citation_after_quote import FollowingCitation
from lawref.pipeline.heading_below import heads_what_follows
from lawref.pipeline.item_lines import in_another_item
from lawref.pipeline.leading_sentence import MARKS, LeadingSentence
from lawref.pipeline.list_lead_in import list_lead_in_citation
from lawref.spans import CitationSpan, QuoteSpan, SpanReach
from lawref.text.regex_code import constant
from lawref.text.sentences import Segments

# A list item's number at the start of its paragraph (rule 8), and how many items are read back.
_LIST_ITEM = constant(
    r"[ \t\u3000]*(?:[(（][0-9A-Za-z一二三四五六七八九十]{1,4}[)）]|[0-9]{1,3}[.)、]"
    r"|[一二三四五六七八九十]{1,3}、)"
)
_LIST_ITEMS_MAX = 30


@dataclass(frozen=True)
class _Choice:
    """The citation a rule chose to introduce a quotation, and the place it was taken from."""

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


def without_citations(
    text: str,
    quotes: Sequence[QuoteSpan],
    groups: Sequence[list[CitationSpan]],
    citations: Sequence[CitationSpan],
    dropped: Sequence[set[tuple[int, int]]],
) -> list[list[CitationSpan]]:
    """``groups`` with the citations ``dropped[i]`` names (by start and end) taken out of
    quotation i's group; a quotation left with none is introduced again from the citations no
    quotation dropped, as if those were not there (pipeline/carried.py,
    pipeline/interjected_notes.py)."""
    every = set().union(*dropped)
    redone: list[list[CitationSpan]] | None = None
    out: list[list[CitationSpan]] = []
    for group, gone in zip(groups, dropped, strict=True):
        kept = [c for c in group if (c.start, c.end) not in gone]
        if group and not kept:
            if redone is None:
                others = [c for c in citations if (c.start, c.end) not in every]
                redone = introducing_citations(text, quotes, others)
            kept = redone[len(out)]
        out.append(kept)
    return out


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


class _Finder(FollowingCitation, LeadingSentence):
    """The document's sentences and the citations outside quotations, by sentence."""

    def __init__(
        self, text: str, spans: list[tuple[int, int]], citations: Sequence[CitationSpan]
    ) -> None:
        self.text = text
        self.segments = Segments.of(text, spans)
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
            from lawref.pipeline.section_headings import citation_heading_above

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
        own = [
            c
            for c in self.by_sentence.get(sentence, [])
            if not in_another_item(self.text, c, quote)
        ]
        before = [c for c in own if c.end <= quote.start]
        if before:
            return _Choice(2, before[-1], tuple(before))
        later = [
            c
            for c in own
            if c.start >= quote.end
            and not self._leads_on(c)
            and not heads_what_follows(self.text, c, quote)
        ]
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
            from lawref.pipeline.section_headings import citation_heading_above

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
        listed = list_lead_in_citation(self.text, segments, self.by_sentence, self.claimed, quote)
        if listed is not None:
            return _Choice(9, listed, (listed,))
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
        if self.text[starts[paragraph] : quote.start].strip(MARKS):
            return None
        lead = paragraph - 1
        while lead >= 0 and paragraph - lead <= _LIST_ITEMS_MAX:
            if _LIST_ITEM.match(self.text, starts[lead]) is None:
                break
            lead -= 1
        if lead < 0 or lead == paragraph - 1:
            return None
        end = starts[lead + 1]
        if not self.text[starts[lead] : end].rstrip(MARKS).endswith((":", "：")):
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

    def _continues(self, previous: QuoteSpan, quote: QuoteSpan) -> bool:
        """Whether ``quote`` makes up its paragraph right after a paragraph that is ``previous``
        (rule 6): nothing but marks between them, and no citation."""
        segments = self.segments
        if segments.paragraph(quote.start) != segments.paragraph(previous.end) + 1:
            return False
        if self.text[previous.end : quote.start].strip(MARKS + ".,;。，；…"):
            return False
        paragraph_start = segments.paragraph_starts[segments.paragraph(previous.start)]
        if self.text[paragraph_start : previous.start].strip(MARKS):
            return False
        at = bisect_right(self.starts, previous.end)
        return not (at < len(self.starts) and self.starts[at] < quote.start)
