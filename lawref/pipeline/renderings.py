"""What a verdict on a translated quotation rests on: which stored rendering, and whether it can
carry the verdict.

- A rendering marked ``truncated`` stops where the copy seen stopped: the quotation's words
  beyond its end are not compared, so they are not an ``insert``.
- A rendering seen only as a quotation in reporting (``primary: false``) is one reporter's
  wording, not the law's: a quotation that differs from it is judged against the original text
  too (the cross-lingual check), and the note says which the verdict rests on.
- A rendering recorded from the very page being checked (same address) is never the evidence:
  checking a page against itself proves nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from lawref.match.law_text import LawTextScreen
from lawref.match.matcher import Matcher
from lawref.match.results import MatchResult
from lawref.pipeline.agreement import agrees
from lawref.pipeline.captions import HeadingQuotes
from lawref.pipeline.checkable import not_held
from lawref.pipeline.cited_term import held_in_part, only_a_term
from lawref.pipeline.instruments import heads_its_line, other_article_note, short_name
from lawref.pipeline.numbered_heading import heads_matched_number
from lawref.pipeline.stored_renderings import beyond_truncation, find_rendering, pages_of, same_page
from lawref.pipeline.unsupported import unsupported_paraphrase
from lawref.report import Difference, Evidence, Match
from lawref.spans import CitationSpan
from lawref.store.files import Store
from lawref.store.schema import Translation
from lawref.text.normalize import letters_form, letters_text
from lawref.text.regex_code import constant
from lawref.xling.link import CrossLingualLinker, XlingResult, is_english
from lawref.xling.thresholds import XLING_MIN_WORDS

_EXACT = ("verbatim", "minor", "elided")
# Words just before a citation that make it the former text of a law (a repealed or replaced
# version): 原国家安全法, 旧法, "the former National Security Law", "the old law".
_FORMER = constant(r"(?:原|旧|舊)《?\Z|\b(?:the )?(?:former|old|previous|repealed)\s+\Z", re.I)


@dataclass(frozen=True)
class Weighed:
    """A quotation's result after weighing the rendering it matched, and what to tell the reader."""

    result: MatchResult
    note: str | None = None


class RenderingJudge:
    """Weighs matches with stored renderings for one store (see the module's docstring)."""

    def __init__(
        self, store: Store, linker: CrossLingualLinker, matcher: Callable[[], Matcher]
    ) -> None:
        self.store = store
        self.linker = linker
        self.law_text = LawTextScreen(store)
        self.headings = HeadingQuotes(store)  # a heading quoted give or take a word
        self._matcher = matcher  # built on first use, by the pipeline

    def weigh(
        self,
        quote: str,
        citation: CitationSpan | None,
        result: MatchResult,
        source: str,
        citations: Sequence[CitationSpan] = (),
        marks: str = "quoted",
        text: str = "",
        start: int | None = None,
    ) -> Weighed:
        """The result, screened for law text first (lawref/match/law_text.py; text reproduced
        without quotation marks was found as a long run of law text already, so a piece of it
        between subtitle cues is not screened), then weighed."""
        result, screened = self.law_text.screen(
            quote, list(citations), result, unquoted=marks == "none"
        )
        if screened is not None:
            return Weighed(result, screened)
        heading = self.headings.heading_quoted(quote, result)
        if heading is not None:
            return Weighed(unlinked(result), f"not linked: a heading of the law (“{heading}”)")
        short = unsupported_paraphrase(quote, result, citations)
        if short is not None:
            return Weighed(unlinked(result), short)
        partial = (
            marks == "none"
            and start is not None
            and (
                part_of_sentence(text, start, quote, citations)
                or _under_other_lead_in(text, start, citations, result)
            )
        )
        unheld = self._cited_elsewhere(result, citations, text, partial, start, quote=quote)
        if unheld is not None:
            return unheld
        if start is not None:
            other = other_article_note(text, start, result.match, result.verdict, self.store)
            if other is not None:
                return Weighed(unlinked(result), other)
        match = result.match
        if match is None or match.translation is None:
            return Weighed(result)
        rendering = find_rendering(self.store, match)
        if rendering is None:
            return Weighed(result)
        note = None
        if rendering.truncated:
            result, note = beyond_truncation(result, quote)
        elif result.verdict == "altered":
            cut = self._within_truncated(quote, match)
            if cut is not None:
                result, rendering, note = cut
        own = any(same_page(url, source) for url in pages_of(rendering))
        if rendering.primary and not own:
            return Weighed(result, note)
        who = _short(rendering.publisher)
        if own:
            other = self._original(quote, citation, match)
            why = f"the stored rendering it follows ({who}) was recorded from this page, so it is not evidence"
            if other is None:
                return Weighed(
                    MatchResult("unmatched", 0.0, None, candidates=result.candidates), why
                )
            return Weighed(other, f"{why}; judged against the original text instead")
        if result.verdict in _EXACT:
            said = f"rests on a rendering seen only in reporting ({who}), not on a published translation"
            # (An elided quotation leaves words out on purpose: the original would only say so.)
            other = None if result.verdict == "elided" else self._original(quote, citation, match)
            if other is not None and isinstance(other, XlingResult) and other.summary:
                said += f"; against the original text: {other.summary}"
            return Weighed(result, _join(note, said))
        if result.verdict != "altered":
            return Weighed(result, note)
        other = self._original(quote, citation, match)
        if other is None:
            return Weighed(
                result,
                _join(
                    note,
                    f"the differences are from a rendering seen only in reporting "
                    f"({who}), not from a published translation",
                ),
            )
        changes = "; ".join(_difference_words(d) for d in result.differences[:6])
        return Weighed(
            other,
            _join(
                note,
                f"differs from a rendering seen only in reporting ({who}) in: {changes}; "
                "the verdict rests on the original text",
            ),
        )

    def _cited_elsewhere(
        self,
        result: MatchResult,
        citations: Sequence[CitationSpan],
        text: str,
        partial: bool = False,
        start: int | None = None,
        *,
        quote: str,
    ) -> Weighed | None:
        """A quotation cited as a law the store does not hold — another law (the Civil Code) or
        the former text of a stored one (原国家安全法, "the old law") — that only resembles a
        stored text (altered or paraphrase) is not linked to it: the cited law is the likelier
        source. An exact match still links, unless it is an unquoted stretch that is only part
        of its sentence (``partial``) or a term (pipeline/cited_term.py): a near-copy, whose
        sentence is the cited law's own, not the stored article's; the note names the article that holds the same words (not under
        a bare heading of the matched article's number: pipeline/numbered_heading.py)."""
        match = result.match
        term = only_a_term(quote, result) and not (citations and held_in_part(citations[0]))
        if match is None or not citations or (result.verdict in _EXACT and not (partial or term)):
            return None
        first = citations[0]
        former = _FORMER.search(text[max(0, first.start - 16) : first.start]) is not None
        elsewhere = (
            first.statute is None and not first.ambiguous and not agrees(first, match, self.store)
        )
        if not (elsewhere or former):
            return None
        from lawref.pipeline.cited_beside import also_cited_beside  # (only then: issue 20)

        if also_cited_beside(first, citations, match, text, self.store):
            return None
        if not former and heads_matched_number(text, start, first, result):
            return None
        what = (
            "the former text of a law, which the store does not hold" if former else not_held(first)
        )
        name = short_name(match.statute, match.title, self.store)
        if result.verdict in _EXACT:
            said = (
                f"its {'term' if term else 'sentence'} is the cited law's; the same words stand in Art. {match.article} "
                f"of {name}"
            )
        else:
            said = (
                f"the nearest stored text, Art. {match.article} of {name}, is only "
                f"{result.verdict} against it"
            )
        cited = f"“{first.text}”"
        if first.name and first.name not in first.text:
            cited += f" of “{first.name}”"  # a bare "Article 7" read as that instrument's
        note = f"not linked: cited as {cited}, {what}; {said}"
        return Weighed(unlinked(result), note)

    def _within_truncated(
        self, quote: str, match: Match
    ) -> tuple[MatchResult, Translation, str] | None:
        """An altered quotation that agrees exactly with a truncated rendering of the same
        article as far as that rendering goes: its words beyond are not compared."""
        statute = self.store.get(match.statute)
        article = statute.article(match.article, match.version) if statute else None
        if article is None:
            return None
        letters = letters_form(quote)
        for translation in article.translations:
            if not translation.truncated:
                continue
            tail = letters_text(" ".join(translation.text.split()[-3:]))
            at = letters.text.find(tail) if len(tail) >= 8 else -1
            if at < 0:
                continue
            end = letters.to_source(at, at + len(tail))[1]
            prefix = self._matcher().match(quote[:end])
            found = prefix.match
            if (
                prefix.verdict in _EXACT
                and found is not None
                and found.translation == translation.publisher
            ):
                rest = quote[end:].strip()
                note = (
                    f"the words “{rest}” go beyond the end of the stored rendering, which is cut "
                    "off there: they are not compared"
                )
                return replace(prefix, verdict="minor"), translation, note
        return None

    def _original(
        self, quote: str, citation: CitationSpan | None, match: Match
    ) -> MatchResult | None:
        """The quotation judged against the original text of the same article, if it can be."""
        if not is_english(quote) or len(quote.split()) < XLING_MIN_WORDS:
            return None
        other = self.linker.link(quote, citation)
        if other is None or other.match is None:
            return None
        if (other.match.statute, other.match.article) != (match.statute, match.article):
            return None
        # A key term of the original that the quotation leaves out is a change, whichever
        # rendering it follows ("support and cooperate" for 支持、协助和配合).
        found = other.evidence
        dropped = [
            Difference.model_construct(op="delete", quote="", statute=f"{o.term} ({o.gloss})")
            for o in (found.omitted if isinstance(found, Evidence) else [])
            if o.kind == "term"
        ]
        if dropped:
            return replace(other, verdict="altered", differences=[*other.differences, *dropped])
        return other


# Letters of the writer's own words in the sentence, beside an unquoted stretch, that make the
# stretch only a part of it (a citation and its lead-in aside). On the real-world passages the one
# exact stretch cited as a law the store lacks inside a sentence of that law had 30 such letters;
# the labelled reproductions of whole sentences under such a citation have none (the figures of
# the dev set did not move), so any word or two of the writer's is enough.
_PART_MIN_LETTERS = 4


def part_of_sentence(
    text: str, start: int, quote: str, citations: Sequence[CitationSpan] = ()
) -> bool:
    """Whether an unquoted stretch is only part of the sentence it stands in: the writer's
    sentence holds words of its own beside the law's. A citation in the sentence and the words
    up to the comma or colon after it ("第十条规定，", "Under Article 12 of the Act,") introduce
    the stretch; they are not the writer's words beside it. An article heading at the start of
    its line, the article's text after it ("第二條 反外國制裁工作貫徹總體國家安全觀，…"), introduces
    nothing of the kind: the words after it are the text of the article it heads (第十条规定，… is
    prose, not a heading)."""
    from lawref.pipeline.sentence import sentence_bounds

    end = start + len(quote)
    if text[start:end] != quote:
        return False
    low, high = sentence_bounds(text, start, end)
    for citation in citations:
        if low < citation.end <= start and not heads_its_line(text, citation.end - 1):
            comma = _LEAD_END.search(text, citation.end, start)
            low = max(low, comma.end() if comma else citation.end)
    outside = text[low:start] + text[end:high]
    return sum(1 for c in outside if c.isalnum()) >= _PART_MIN_LETTERS


_LEAD_END = constant(r"[,，:：]")


def _under_other_lead_in(
    text: str, start: int, citations: Sequence[CitationSpan], result: MatchResult
) -> bool:
    """Whether an unquoted stretch is an item of a list whose lead-in is not the matched
    article's: the lead-in's words (after a citation in it and the comma that follows) hold
    _PART_MIN_LETTERS letters or more and do not stand in the stored article ("《刑法》第一百一十
    条，有下列间谍行为之一，危害国家安全的，处十年以上有期徒刑……：⏎（一）参加间谍组织……的；":
    the item is the cited law's sentence, though another law has the same words)."""
    from lawref.pipeline.sentence import list_lead_in

    if result.match is None:
        return False
    lead = list_lead_in(text, start)
    if lead is None:
        return False
    low, high = lead
    for citation in citations:
        if low <= citation.start and citation.end <= high:
            comma = _LEAD_END.search(text, citation.end, high)
            low = max(low, comma.end() if comma else citation.end)
    words = letters_text(text[low:high])
    return len(words) >= _PART_MIN_LETTERS and words not in letters_text(result.match.text)


def unlinked(result: MatchResult) -> MatchResult:
    """The result with its link taken away: ``unmatched``, no article, no differences."""
    return replace(result, verdict="unmatched", match=None, differences=[], articles=())


def _short(publisher: str, limit: int = 90) -> str:
    return publisher if len(publisher) <= limit else publisher[: limit - 1].rstrip() + "…"


def _difference_words(difference: Difference) -> str:
    if difference.op == "insert":
        return f"“{difference.quote}” added"
    if difference.op == "delete":
        return f"“{difference.statute}” left out"
    return f"“{difference.quote}” for “{difference.statute}”"


def _join(first: str | None, second: str) -> str:
    return f"{first}; {second}" if first else second
