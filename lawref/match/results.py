"""What comparing a quotation with stored texts gives: each candidate compared, and the verdict."""

from __future__ import annotations

from dataclasses import dataclass, field

from lawref.report import Difference, Match, Verdict

TIER: dict[str, int] = {
    "verbatim": 5,
    "minor": 4,
    "elided": 3,
    "altered": 2,
    "paraphrase": 1,
    "unmatched": 0,
}
EXACT = ("verbatim", "minor", "elided")


@dataclass(frozen=True)
class Candidate:
    """One stored text (or two consecutive articles' texts) compared with the quotation."""

    text_ids: tuple[int, ...]
    statute: str
    articles: tuple[str, ...]
    version: str | None
    language: str
    translation: str | None
    verdict: Verdict
    score: float
    span: tuple[int, int]

    @property
    def article(self) -> str:
        return self.articles[0]


@dataclass(frozen=True)
class MatchResult:
    """The verdict on one quotation. ``match`` is None when unmatched; ``candidates`` holds the
    ranked alternatives (best first) so that a caller can weigh a citation against them."""

    verdict: Verdict
    score: float
    match: Match | None
    differences: list[Difference] = field(default_factory=list)
    candidates: tuple[Candidate, ...] = ()
    articles: tuple[str, ...] = ()  # every article the matched span covers ("7",) or ("7", "8")


@dataclass
class Outcome:
    """One comparison: the candidate, its differences, the text compared and how it ended."""

    candidate: Candidate
    differences: list[Difference]
    text: str
    edges: bool = False  # verbatim including the quotation's edge punctuation
    loose: bool = False  # quotation words left over beyond the aligned text's ends
    content: int = 0  # quotation words other than function words the alignment matched
    widens: bool = False  # compared with ``reach`` the word alignment could differ (edits.py)
