"""The reports of ``check`` and ``cites``: plain records (lawref.record) that serialise to the JSON
contract (docs/json-contract.md); ``report_schema()`` is the JSON Schema of ``check``'s (``lawref
schema report``).

Field names and order follow the contract exactly; other tools parse this output.

lawref's own stages make these records from values they have typed already (the matcher's
verdicts, the finder's offsets), with ``model_construct``: no validation, and no pydantic on a run
that writes a report (a third of a warm ``check`` was importing pydantic's models and building
them, issue 20). Reading a report from outside (``Report.model_validate_json``) validates it with
the pydantic models that lawref.validation.report builds from these records' fields.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal, Protocol

from lawref.record import Constraint, Factory, Record
from lawref.spans import SourceText
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
# unverified: cited, but the citation is outside the store or ambiguous (cannot be checked)
Attribution = Literal["consistent", "misattributed", "unverified", "uncited"]
Marks = Literal["quoted", "block", "none"]
Percent = Annotated[float, Constraint(ge=0, le=100)]  # a score, 0 to 100
Page = Annotated[
    int | None, Constraint(ge=1, description="PDF input: the page it starts on, from 1")
]
Paragraph = Annotated[
    int | None, Constraint(ge=1, description="DOCX input: the paragraph it starts in, from 1")
]


class ReportModel(Record):
    """A record of a report, validated (when read from outside) by the models of
    lawref.validation.report."""

    @classmethod
    def validating_model(cls) -> Any:
        from lawref.validation.report import model_of_report_record

        return model_of_report_record(cls)


class Located(ReportModel):
    """A quote or citation: its ``page`` (PDF input) and ``paragraph`` (DOCX input) are written
    only for documents that have them (the fields are declared last in each model)."""

    dropped_when_none = ("page", "paragraph")


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
    return Match.model_construct(
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
    faithfulness: Percent


class CitedAs(ReportModel):
    text: str
    statute: str | None
    article: str | None


class Quote(Located):
    text: str
    start: int
    end: int
    verdict: Verdict
    score: Percent
    match: Match | None
    differences: list[Difference]
    attribution: Attribution
    cited_as: CitedAs | None
    marks: Marks = "quoted"
    evidence: Evidence | None = None
    page: Page = None
    paragraph: Paragraph = None
    # Remarks for the text and HTML reports (a cited version whose text differs, a cross-lingual
    # link): not part of the JSON contract, so never serialised.
    notes: list[str] = Factory(list)

    hidden_fields = ("notes",)


def misattributed_paraphrase(
    words: str, start: int, end: int, score: float, match: Match | None, cited: CitedAs, note: str
) -> Quote:
    """The record of unquoted words retelling one stored article, credited by the citation
    beside them to another (pipeline/fine_ceilings.py's fines, retold_elsewhere.py's sentences)."""
    return Quote.model_construct(  # typed values: no validation (see the module's docstring)
        text=words,
        start=start,
        end=end,
        verdict="paraphrase",
        score=score,
        match=match,
        differences=[],
        attribution="misattributed",
        cited_as=cited,
        marks="none",
        evidence=None,
        notes=[note],
    )


class Citation(Located):
    text: str
    start: int
    end: int
    statute: str | None
    article: str | None
    version: str | None
    page: Page = None
    paragraph: Paragraph = None


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
    return Citation.model_construct(
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


def with_locations(document: Document, source: SourceText) -> Document:
    """``document`` with the page (PDF) or paragraph (DOCX) of each quote and citation, from
    where ``source`` says its pages or paragraphs start; unchanged for other inputs."""
    if not (source.pages or source.paragraphs):
        return document
    return document.model_copy(
        update={
            "quotes": [_located(q, source) for q in document.quotes],
            "citations": located_citations(document.citations, source),
        }
    )


def located_citations(citations: list[Citation], source: SourceText) -> list[Citation]:
    """``citations`` with the page (PDF) or paragraph (DOCX) of ``source`` each is on."""
    if not (source.pages or source.paragraphs):
        return citations
    return [_located(c, source) for c in citations]


def _located(item: Any, source: SourceText) -> Any:
    return item.model_copy(
        update={"page": source.page_of(item.start), "paragraph": source.paragraph_of(item.start)}
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
        # Bidi controls and invisible characters as \u escapes: the same JSON, never raw.
        return escape_hidden_json(self.model_dump_json(indent=indent))


def report_schema() -> dict[str, Any]:
    """The JSON Schema of ``lawref check --format json`` (draft 2020-12)."""
    from lawref.validation.report import contract_schema

    return contract_schema(Report.model_json_schema())


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
    pin_cites: list[str] = Factory(list)
    notes: list[str] = Factory(list)


class CitesDocument(ReportModel):
    source: str
    citations: list[Citation]
    statutes: list[CitedStatute]


class CitesReport(ReportModel):
    documents: list[CitesDocument]

    def to_json(self) -> str:
        return escape_hidden_json(json.dumps(self.model_dump(), ensure_ascii=False, indent=2))
