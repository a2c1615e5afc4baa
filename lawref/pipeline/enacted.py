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

What marks another instrument is data: the windows ``enacts``, ``draft_title``, ``draft_marks``
and ``sister_terms`` of statutes/grammar/instruments.yaml, validated with the rest of the citation
grammar and their examples run by the test suite. Which kinds of instrument a stored statute calls
itself (本办法, 本决定) is read from its articles until one does, each statute's answers kept.
"""

from __future__ import annotations

import re

from lawref.citations.windows import Windows
from lawref.match.results import MatchResult
from lawref.pipeline.adoption_notes import adopted_otherwise
from lawref.pipeline.dated_page import dated_before
from lawref.pipeline.renderings import Weighed, part_of_sentence, unlinked
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store
from lawref.text.normalize import letters_text

__all__ = ["NEAR_COPY", "EnactedReader", "drafting"]

# Verdicts of a near-copy: words another instrument (a draft, a decision) may have had before
# the law took them up and changed them.
NEAR_COPY = ("altered", "paraphrase")
_TITLE_CHARS = 240  # a page's title lines: where the window draft_title looks
# A heading's line or a title's, which a citation naming a draft stands on ("Article 44,
# Certificates, Artificial Intelligence Act (Proposal 25.11.2022)", 76 characters); a longer line
# is prose, whose draft is another instrument it mentions (heldout5, heldout16: abstracts citing
# the enacted law beside 《…（征求意见稿）》 of another instrument, over 300 characters).
_HEADING_LINE_MAX = 160
# The kinds of instrument an instrument calls itself (本办法, 本条例) in the letters form (Simplified
# script): those the enacting words name (English enacting words name a decision), and those a
# sentence names as its own (pipeline/self_named.py).
_KINDS = ("决定", "办法", "细则", "规则", "条例", "规定")


class EnactedReader:
    """Reads, for one store, whether an uncited near-copy is another instrument's; which kinds of
    instrument each stored statute calls itself are read once per statute."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._kinds: dict[str, frozenset[str]] = {}  # every kind, once all articles were read
        self._calls: set[tuple[str, str]] = set()  # (statute, kind) found before all were read
        self._page: _PageMarks | None = None  # the page last asked about

    def near_copy(
        self,
        text: str,
        span: QuoteSpan,
        weighed: Weighed,
        windows: Windows,
        citation: CitationSpan | None,
    ) -> Weighed:
        """``weighed`` unlinked, with a note, when it is a near-copy of another instrument's words
        (with the ``citation`` that introduces it: ``cited_elsewhere``, the lines the citation
        stands on read for a draft's mark when they are a heading's or a title's, short; else
        ``elsewhere``); else unchanged."""
        if citation is not None:
            lines = _lines_of(text, citation.start, citation.end)
            headed = all(len(line) <= _HEADING_LINE_MAX for line in lines.split("\n"))
            drafted = drafting(lines, windows) if headed else None
            return self.cited_elsewhere(text, weighed, windows, span.start, drafted)
        partial = span.marks == "none" and part_of_sentence(text, span.start, span.text)
        # (the quotation with the words of its line before it: an unquoted reproduction's span
        # may start after its opening words)
        quote = text[text.rfind("\n", 0, span.start) + 1 : span.end]
        note = self.elsewhere(text, weighed.result, windows, quote, partial, span.start)
        return Weighed(unlinked(weighed.result), note) if note else weighed

    def elsewhere(
        self,
        text: str,
        result: MatchResult,
        windows: Windows,
        quote: str = "",
        partial: bool = False,
        at: int = 0,
    ) -> str | None:
        """Why an uncited near-copy is another instrument's and not linked — its page enacts
        that instrument or is a draft, or its words carry that instrument's term — or None.
        ``quote`` is the quotation with the words of its line before it; ``windows`` are the
        citation grammar's (the marks of other instruments). An exact unquoted stretch that is
        only part of its sentence (``partial``: the sentence's other words are the page's) is a
        near-copy too on a page that enacts another instrument or is a draft: the sentence is that
        instrument's (heldout14: a page of the AI Act proposal whose recital differs from the
        enacted one in its first words only, the rest found exact). ``at``, where the quotation
        starts: a date line above it before the law's adoption makes the page a draft too."""
        match = result.match
        if match is None or (result.verdict not in NEAR_COPY and not partial):
            return None
        page = self._marks_of(text, windows)
        why = (
            self._enacting(page, match.statute)
            or page.drafting()
            or self._adopted_otherwise(text, match.statute)
            or (dated_before(text, at, self.store.get(match.statute), None) if at else None)
        )
        if why is not None:
            how = (
                f"is only {result.verdict} against it"
                if result.verdict in NEAR_COPY
                else "holds these words but not the rest of their sentence"
            )
            return (
                f"not linked: {why}, which the store does not hold; the nearest stored text, Art. "
                f"{match.article} of {match.title}, {how}"
            )
        if result.verdict not in NEAR_COPY:
            return None  # (an exact stretch carries the stored article's terms)
        term = windows.sister_terms.search(quote)
        statute = self.store.get(match.statute)
        article = statute.article(match.article) if statute else None
        if term is None or article is None or term.group() in article.text:
            return None
        return (
            f"not linked: “{term.group()}” is a term of another instrument, which the store does "
            f"not hold; the nearest stored text, Art. {match.article} of {match.title}, does not "
            f"have it and is only {result.verdict} against the words"
        )

    def cited_elsewhere(
        self,
        text: str,
        weighed: Weighed,
        windows: Windows | None = None,
        at: int = 0,
        drafted: str | None = None,
    ) -> Weighed:
        """``weighed`` unlinked, with a note, when a cited near-copy stands on a page headed by
        another law's adoption note: the page reproduces a law of the same name adopted on a day
        none of the stored statute's versions was (the repealed 1993 National Security Law under
        its title, 中华人民共和国国家安全法, and its own 第一条), so the citation names that law,
        not the stored one, and the words are its; else ``weighed`` unchanged. An exact copy
        keeps its link (the same words, whichever law they stand in).

        So too when the citation stands on a line that names a draft (``drafted``, the mark found
        there: "Article 44, Certificates, Artificial Intelligence Act (Proposal 25.11.2022)"; a
        draft named only in the page's title does not make a citation in its prose the draft's —
        heldout5, heldout10, heldout16: pages on a draft that cite and retell the enacted law) or
        the page is dated above the words (``at``) before the law was adopted: the citation is the
        draft's own heading or name, and its changed words the draft's (heldout22: the Council's 2022 text
        of the AI Act under "Article 44, Certificates, Artificial Intelligence Act (Proposal
        25.11.2022)", the Parliament's 2013 text of the GDPR under a date line)."""
        result = weighed.result
        if result.match is None or result.verdict not in NEAR_COPY:
            return weighed
        statute = result.match.statute
        why = self._adopted_otherwise(text, statute)
        if why is None and drafted is None and at:
            drafted = dated_before(text, at, self.store.get(statute), None)
        if why is None and drafted is None:
            return weighed
        if drafted is not None:
            note = (
                f"not linked: {drafted}, which the store does not hold; the nearest stored text, "
                f"Art. {result.match.article} of {result.match.title}, is only {result.verdict} "
                "against it"
            )
            return Weighed(unlinked(result), note)
        note = (
            f"not linked: {why}, which the store does not hold, under the same name; the nearest "
            f"stored text, Art. {result.match.article} of {result.match.title}, is only "
            f"{result.verdict} against it"
        )
        return Weighed(unlinked(result), note)

    def _adopted_otherwise(self, text: str, statute_id: str) -> str | None:
        """“the page reproduces a law adopted on …” when its adoption note's date is none of the
        matched statute's (pipeline/adoption_notes.py), or None."""
        statute = self.store.get(statute_id)
        day = adopted_otherwise(text, statute) if statute is not None else None
        return f"the page reproduces a law adopted on {day}" if day else None

    def new_document(self) -> None:
        """Forget the page last read (a check starts): what a page holds is searched for again in
        each check of it."""
        self._page = None

    def _marks_of(self, text: str, windows: Windows) -> _PageMarks:
        """The page's marks of another instrument, searched for once a page: every uncited
        near-copy of a page asks, and each search reads the whole page (a page with many
        near-copies was read whole once for each: quadratic in a long page)."""
        page = self._page
        if (
            page is None
            or page.windows is not windows
            or not (page.text is text or page.text == text)
        ):
            page = self._page = _PageMarks(text, windows)
        return page

    def _enacting(self, page: _PageMarks, statute_id: str) -> str | None:
        """“the page enacts another instrument (…)” when its enacting words name a kind of
        instrument the matched stored one is not, or None."""
        found = page.enacts()
        if found is None:
            return None
        words = letters_text(found.group())
        kind = words[-2:] if not words.isascii() else "决定"  # 决定, 办法, 细则, 规则 (Simplified)
        if self.store.get(statute_id) is None or self.calls_itself(statute_id, kind):
            return None  # the stored instrument is of that kind itself
        return f"the page enacts another instrument (“{found.group()}”)"

    def calls_itself(self, statute_id: str, kind: str, first: str | None = None) -> bool:
        """Whether a stored statute calls itself ``kind`` in one of its articles (本办法: 办法),
        read in the letters form. The articles are read until one does (the article numbered
        ``first`` before the others: the one a quotation naming the kind was matched to), so a
        statute that does is seldom read whole; one read whole has all its kinds kept."""
        kinds = self._kinds.get(statute_id)
        if kinds is not None:
            return kind in kinds
        if (statute_id, kind) in self._calls:
            return True
        statute = self.store.get(statute_id)
        if statute is None:
            return False
        articles = statute.articles
        if first is not None:  # (a stable sort: the others keep their order)
            articles = sorted(articles, key=lambda a: a.number != first)
        wanted = f"本{kind}"
        seen: set[str] = set()
        for article in articles:
            letters = letters_text(article.text)
            if wanted in letters:
                self._calls.add((statute_id, kind))
                return True
            seen.update(k for k in _KINDS if f"本{k}" in letters)
        self._kinds[statute_id] = frozenset(seen)
        return False


class _PageMarks:
    """One page's enacting words and draft's marks, each searched for in the whole page the
    first time it is asked and kept."""

    def __init__(self, text: str, windows: Windows) -> None:
        self.text = text
        self.windows = windows
        self._enacts: tuple[re.Match[str] | None] | None = None
        self._drafting: tuple[str | None] | None = None

    def enacts(self) -> re.Match[str] | None:
        """The page's first enacting words (the window ``enacts``), or None."""
        if self._enacts is None:
            self._enacts = (self.windows.enacts.search(self.text),)
        return self._enacts[0]

    def drafting(self) -> str | None:
        """:func:`drafting` of the page."""
        if self._drafting is None:
            self._drafting = (drafting(self.text, self.windows),)
        return self._drafting[0]


def _lines_of(text: str, start: int, end: int) -> str:
    """The whole lines ``[start, end)`` stands on."""
    line_end = text.find("\n", end)
    return text[text.rfind("\n", 0, start) + 1 : len(text) if line_end < 0 else line_end]


def drafting(text: str, windows: Windows) -> str | None:
    """“the page is a draft (…)” when its title line or its marks say so, or None."""
    draft = windows.draft_title.search(text[:_TITLE_CHARS]) or windows.draft_marks.search(text)
    return f"the page is a draft (“{draft.group().strip()}”)" if draft else None
