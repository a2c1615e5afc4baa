"""The report of ``check``: pydantic models that serialise to the JSON contract
(docs/json-contract.md); ``report_schema()`` is its JSON Schema (``lawref schema report``).

Field names and order follow the contract exactly; other tools parse this output.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer
from pydantic.json_schema import SkipJsonSchema

from lawref.spans import SourceText

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


Page = Field(default=None, ge=1, description="PDF input: the page it starts on, from 1")
Paragraph = Field(default=None, ge=1, description="DOCX input: the paragraph it starts in, from 1")


class Located(ReportModel):
    """A quote or citation: its ``page`` (PDF input) and ``paragraph`` (DOCX input) are written
    only for documents that have them (the fields are declared last in each model)."""

    @model_serializer(mode="wrap")
    def _without_absent_location(self, handler: SerializerFunctionWrapHandler) -> Any:
        data = handler(self)
        if isinstance(data, dict):
            for key in ("page", "paragraph"):
                if data.get(key, 0) is None:
                    del data[key]
        return data


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


class Difference(ReportModel):
    op: Literal["replace", "insert", "delete"]
    quote: str
    statute: str


class CoveredTerm(ReportModel):
    term: str  # the Chinese word
    gloss: str  # its usual English rendering
    quote: str | None  # the English words of the quote that render it


class OmittedTerm(ReportModel):
    term: str
    gloss: str
    kind: str  # glossary kind, or "word"


class AddedWords(ReportModel):
    text: str  # English words with no counterpart in the original
    start: int  # offsets in the quote
    end: int


class MeaningChange(ReportModel):
    kind: str  # modality | negation | scope | legal-basis | obligation
    change: str  # strengthened | weakened | dropped | added | widened | narrowed
    term: str | None
    gloss: str | None
    quote: str | None
    note: str


class Evidence(ReportModel):
    """The cross-lingual comparison of an English quote with the Chinese original."""

    covered: list[CoveredTerm]
    omitted: list[OmittedTerm]
    added: list[AddedWords]
    modality: list[MeaningChange]
    faithfulness: float = Field(ge=0, le=100)


class CitedAs(ReportModel):
    text: str
    statute: str | None
    article: str | None


class Quote(Located):
    text: str
    start: int
    end: int
    verdict: Verdict
    score: float = Field(ge=0, le=100)
    match: Match | None
    differences: list[Difference]
    attribution: Attribution
    cited_as: CitedAs | None
    marks: Marks = "quoted"
    evidence: Evidence | None = None
    page: int | None = Page
    paragraph: int | None = Paragraph
    # Remarks for the text and HTML reports (a cited version whose text differs, a cross-lingual
    # link): not part of the JSON contract, so never serialised.
    notes: SkipJsonSchema[list[str]] = Field(default_factory=list, exclude=True)


class Citation(Located):
    text: str
    start: int
    end: int
    statute: str | None
    article: str | None
    version: str | None
    page: int | None = Page
    paragraph: int | None = Paragraph


class Document(ReportModel):
    source: str
    quotes: list[Quote]
    citations: list[Citation]


def with_locations(document: Document, source: SourceText) -> Document:
    """``document`` with the page (PDF) or paragraph (DOCX) of each quote and citation, from
    where ``source`` says its pages or paragraphs start; unchanged for other inputs."""
    if not (source.pages or source.paragraphs):
        return document

    def located(item: Quote | Citation, start: int) -> Any:
        return item.model_copy(
            update={"page": source.page_of(start), "paragraph": source.paragraph_of(start)}
        )

    return document.model_copy(
        update={
            "quotes": [located(q, q.start) for q in document.quotes],
            "citations": [located(c, c.start) for c in document.citations],
        }
    )


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
        return self.model_dump_json(indent=indent)


def report_schema() -> dict[str, Any]:
    """The JSON Schema of ``lawref check --format json`` (draft 2020-12)."""
    schema = Report.model_json_schema()
    definitions = schema.get("$defs", {})
    # Written in every quote, though Python callers may leave them out.
    definitions["Quote"]["required"] += ["marks", "evidence"]
    for definition in [schema, *definitions.values()]:
        if definition.get("type") == "object":
            definition["additionalProperties"] = False
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "lawref check report",
        "description": "The output of `lawref check --format json`; see docs/json-contract.md.",
        **{k: v for k, v in schema.items() if k != "title"},
    }
