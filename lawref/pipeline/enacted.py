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
itself (本办法, 本决定) is read once per statute.
"""

from __future__ import annotations

from lawref.citations.windows import Windows
from lawref.match.results import MatchResult
from lawref.pipeline.adoption_notes import adopted_otherwise
from lawref.store.files import Store
from lawref.text.normalize import letters_form

__all__ = ["NEAR_COPY", "EnactedReader"]

# Verdicts of a near-copy: words another instrument (a draft, a decision) may have had before
# the law took them up and changed them.
NEAR_COPY = ("altered", "paraphrase")
_TITLE_CHARS = 240  # a page's title lines: where the window draft_title looks
# The kinds of instrument an instrument calls itself (本办法, 本条例) in the letters form (Simplified
# script): those the enacting words name (English enacting words name a decision), and those a
# sentence names as its own (pipeline/self_named.py).
_KINDS = ("决定", "办法", "细则", "规则", "条例", "规定")


class EnactedReader:
    """Reads, for one store, whether an uncited near-copy is another instrument's; which kinds of
    instrument each stored statute calls itself are read once per statute."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._kinds: dict[str, frozenset[str]] = {}

    def elsewhere(
        self,
        text: str,
        result: MatchResult,
        windows: Windows,
        quote: str = "",
        partial: bool = False,
    ) -> str | None:
        """Why an uncited near-copy is another instrument's and not linked — its page enacts
        that instrument or is a draft, or its words carry that instrument's term — or None.
        ``quote`` is the quotation with the words of its line before it; ``windows`` are the
        citation grammar's (the marks of other instruments). An exact unquoted stretch that is
        only part of its sentence (``partial``: the sentence's other words are the page's) is a
        near-copy too on a page that enacts another instrument or is a draft: the sentence is that
        instrument's (heldout14: a page of the AI Act proposal whose recital differs from the
        enacted one in its first words only, the rest found exact)."""
        match = result.match
        if match is None or (result.verdict not in NEAR_COPY and not partial):
            return None
        why = (
            self._enacting(text, match.statute, windows)
            or _drafting(text, windows)
            or self._adopted_otherwise(text, match.statute)
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

    def _adopted_otherwise(self, text: str, statute_id: str) -> str | None:
        """“the page reproduces a law adopted on …” when its adoption note's date is none of the
        matched statute's (pipeline/adoption_notes.py), or None."""
        statute = self.store.get(statute_id)
        day = adopted_otherwise(text, statute) if statute is not None else None
        return f"the page reproduces a law adopted on {day}" if day else None

    def _enacting(self, text: str, statute_id: str, windows: Windows) -> str | None:
        """“the page enacts another instrument (…)” when its enacting words name a kind of
        instrument the matched stored one is not, or None."""
        found = windows.enacts.search(text)
        if found is None:
            return None
        words = letters_form(found.group()).text
        kind = words[-2:] if not words.isascii() else "决定"  # 决定, 办法, 细则, 规则 (Simplified)
        if self.store.get(statute_id) is None or kind in self.kinds_of(statute_id):
            return None  # the stored instrument is of that kind itself
        return f"the page enacts another instrument (“{found.group()}”)"

    def kinds_of(self, statute_id: str) -> frozenset[str]:
        """The kinds of instrument a stored statute calls itself in its articles (本办法: 办法),
        read once per statute."""
        kinds = self._kinds.get(statute_id)
        if kinds is None:
            statute = self.store.get(statute_id)
            letters = [letters_form(a.text).text for a in statute.articles] if statute else []
            kinds = frozenset(k for k in _KINDS if any(f"本{k}" in t for t in letters))
            self._kinds[statute_id] = kinds
        return kinds


def _drafting(text: str, windows: Windows) -> str | None:
    """“the page is a draft (…)” when its title line or its marks say so, or None."""
    draft = windows.draft_title.search(text[:_TITLE_CHARS]) or windows.draft_marks.search(text)
    return f"the page is a draft (“{draft.group().strip()}”)" if draft else None
