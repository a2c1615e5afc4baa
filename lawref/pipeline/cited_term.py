"""A short phrase quoted as a term of a law the store lacks is that law's term, not a stored
article's words.

A Taiwanese opinion piece writes “依據甫修正的《資通安全管理法》規定，所謂的「關鍵基礎設施」，是指…”:
the term is defined by Taiwan's Cyber Security Management Act, which the store lacks. The same six
characters stand in one stored article (the PRC National Security Law's Art. 25), so the matcher
finds them word for word and linked them, ``verbatim``. A long exact match is strong evidence of
its source whatever the citation beside it says (pipeline/renderings.py keeps it linked); a term
of a few words is not: laws share their terms, and the citation says whose term the writer means.
So an exact match shorter than a stock phrase (match/law_text.py ``STOCK_MAX_UNITS``: 8 units, a
Latin word 1, a CJK character 2/3), whose citation names a law the store lacks, is unlinked the
way renderings.py unlinks a near-copy cited so, with a note naming the article that holds the
same words.

On the real-world passages (every set): one such link (heldout18, the term above, lawref's own
quotation, unlabelled). An act the store holds some sections of, named as a whole (the CLOUD Act:
citations/whole_acts.py), is no law the store lacks here: its terms are likely the stored
sections' own ("possession, custody, or control" is 18 U.S.C. 2713's, heldout15).
"""

from __future__ import annotations

from lawref.citations.whole_acts import names_whole_act
from lawref.match.align import QuoteForm
from lawref.match.law_text import STOCK_MAX_UNITS
from lawref.match.results import MatchResult
from lawref.spans import CitationSpan

__all__ = ["only_a_term", "held_in_part"]

_EXACT = ("verbatim", "minor", "elided")


def only_a_term(quote: str, result: MatchResult) -> bool:
    """Whether ``quote`` matches its stored text exactly and is too short to be more than a term
    (shorter than a stock phrase)."""
    return result.verdict in _EXACT and QuoteForm.of(quote).units < STOCK_MAX_UNITS


def held_in_part(citation: CitationSpan) -> bool:
    """Whether ``citation`` names, as a whole, an act the store holds some sections of."""
    return citation.statute is None and names_whole_act(citation.note)
