"""The reports of ``check`` and ``cites``: pydantic models that serialise to the JSON contract.

Field names and order follow the contract exactly; other tools parse this output.
"""

from __future__ import annotations

import json
from typing import Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field

from lawref.text.confusables import escape_hidden_json

Verdict = Literal["verbatim", "minor", "elided", "altered", "paraphrase", "unmatched"]
VERDICTS: tuple[Verdict, ...] = (
    "verbatim",
    "minor",
    "elided",
    "altered",
    "paraphrase",
    "unmatched",
)
Attribution = Literal["consistent", "misattributed", "uncited"]
Marks = Literal["quoted", "block", "none"]


class ReportModel(BaseModel):
    model_config = ConfigDict(frozen=True)


class Match(ReportModel):
    statute: str
    title: str
    title_original: str
    article: str
    version: str | None
    language: str
    translation: str | None  # publisher of the matched translation; None = original text
    text: str
    span: tuple[int, int]


class StoredRef(Protocol):
    """What names one stored text: lawref.spans.StoredText and the matcher's candidates."""

    @property
    def statute(self) -> str: ...
    @property
    def article(self) -> str: ...
    @property
    def version(self) -> str | None: ...
    @property
    def language(self) -> str: ...
    @property
    def translation(self) -> str | None: ...


def stored_match(
    stored: StoredRef, title: str, title_original: str, text: str, span: tuple[int, int]
) -> Match:
    """The report's record of a link to one stored text: the one place a Match is made."""
    return Match(
        statute=stored.statute,
        title=title,
        title_original=title_original,
        article=stored.article,
        version=stored.version,
        language=stored.language,
        translation=stored.translation,
        text=text,
        span=span,
    )


class Difference(ReportModel):
    # confusable: a quotation word written with look-alike letters of another script ("shаll",
    # Cyrillic а, for "shall"); hidden: bidi controls or invisible characters (in ``quote``,
    # ``statute`` empty). Either makes the quotation altered.
    op: Literal["replace", "insert", "delete", "confusable", "hidden"]
    quote: str
    statute: str


class CitedAs(ReportModel):
    text: str
    statute: str | None
    article: str | None


class Quote(ReportModel):
    text: str
    start: int
    end: int
    verdict: Verdict
    score: float
    match: Match | None
    differences: list[Difference]
    attribution: Attribution
    cited_as: CitedAs | None
    marks: Marks = "quoted"
    evidence: dict[str, Any] | None = None
    # Remarks for the text and HTML reports (a cited version whose text differs, a cross-lingual
    # link): not part of the JSON contract, so never serialised.
    notes: list[str] = Field(default_factory=list, exclude=True)


class Citation(ReportModel):
    text: str
    start: int
    end: int
    statute: str | None
    article: str | None
    version: str | None


class CitationRef(Protocol):
    """What a found citation has (lawref.spans.CitationSpan)."""

    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def statute(self) -> str | None: ...
    @property
    def article(self) -> str | None: ...
    @property
    def version(self) -> str | None: ...


def citation_record(found: CitationRef) -> Citation:
    """The report's record of a found citation: the one place a Citation is made."""
    return Citation(
        text=found.text,
        start=found.start,
        end=found.end,
        statute=found.statute,
        article=found.article,
        version=found.version,
    )


class Document(ReportModel):
    source: str
    quotes: list[Quote]
    citations: list[Citation]


class Report(ReportModel):
    lawref_version: str
    documents: list[Document]

    def has_problems(self) -> bool:
        """True when any quote is altered or misattributed (``check`` then exits 1)."""
        return any(
            q.verdict == "altered" or q.attribution == "misattributed"
            for d in self.documents
            for q in d.quotes
        )

    def to_json(self, indent: int | None = 2) -> str:
        # Bidi controls and invisible characters as \u escapes: the same JSON, never raw.
        return escape_hidden_json(self.model_dump_json(indent=indent))


# --- the report of ``cites`` -----------------------------------------------------------------


class CitedStatute(ReportModel):
    """One statute a document cites (or one name the store cannot resolve), first mention first.
    ``mentions`` counts places in the text: "Articles 7 and 14 of X" is one mention of X."""

    statute: str | None
    title: str | None
    title_original: str | None
    name: str
    ambiguous: list[str]
    articles: list[str]
    versions: list[str]
    mentions: int
    first: int


class CitesDocument(ReportModel):
    source: str
    citations: list[Citation]
    statutes: list[CitedStatute]


class CitesReport(ReportModel):
    documents: list[CitesDocument]

    def to_json(self) -> str:
        return escape_hidden_json(json.dumps(self.model_dump(), ensure_ascii=False, indent=2))
