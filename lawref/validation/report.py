"""The pydantic models of the reports of ``check`` and ``cites`` (lawref.report): they validate a
report read from outside (``Report.model_validate_json``) and give the JSON Schema of ``check``'s
(``lawref schema report``). lawref's own runs make the plain records of lawref.report, which
write the same JSON; this module is imported only where a report is validated or its schema
written. Field names, order, defaults and constraints must stay those of lawref.report's records
(tests/test_records.py compares them).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer
from pydantic.json_schema import SkipJsonSchema

# As in lawref.report (the records), which cannot be imported here: it imports this module.
Verdict = Literal["verbatim", "minor", "elided", "altered", "paraphrase", "unmatched"]
# unverified: cited, but the citation is outside the store or ambiguous (cannot be checked)
Attribution = Literal["consistent", "misattributed", "unverified", "uncited"]
Marks = Literal["quoted", "block", "none"]


class ReportModel(BaseModel):
    # defer_build: each model's validator is built when it is first used, so a run pays only for
    # the models it makes (check never makes the cites report's) and not at import.
    model_config = ConfigDict(frozen=True, defer_build=True)


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
    # confusable: a quotation word written with look-alike letters of another script ("shаll",
    # Cyrillic а, for "shall"); hidden: bidi controls or invisible characters (in ``quote``,
    # ``statute`` empty). Either makes the quotation altered.
    op: Literal["replace", "insert", "delete", "confusable", "hidden"]
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


class Report(ReportModel):
    lawref_version: str
    documents: list[Document]


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
    # The parts cited, as written after the article ("230(c)(1)", "41第二款"), and what a reader
    # should know about the citations ("context: Hong Kong", "name imprecise: …").
    pin_cites: list[str] = []
    notes: list[str] = []


class CitesDocument(ReportModel):
    source: str
    citations: list[Citation]
    statutes: list[CitedStatute]


class CitesReport(ReportModel):
    documents: list[CitesDocument]
