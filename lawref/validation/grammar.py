"""The citation grammar's pydantic models: they validate the YAML templates under
``statutes/grammar/`` when they are read (lawref.citations.grammar_files keeps what they validate
as plain records with the same names and fields; the compiled grammar is cached).
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from lawref.text.regex_code import constant
from lawref.validation.statute import NonEmpty, StoreModel

# As in lawref.citations.grammar_files (the records), which imports this module.
Kind = Literal[
    "reference",
    "subsection",
    "code",
    "act-number",
    "title",
    "same-article",
    "revision",
    "law-head",
    "anaphor",
    "heading",
]
Numerals = Literal["arabic", "chinese", "english", "roman"]
Joins = Literal["en", "zh"]
TOKEN_NAME = constant(r"^[a-z][a-z0-9_]{0,39}$")


class ListSpec(StoreModel):
    """How a run of articles is read: ``item`` matches one (groups ``num``, and optionally
    ``sub``: the part cited, ``sep``: the word before it, ``suffix``: 之一 → "-1")."""

    item: NonEmpty
    numerals: Numerals = "arabic"
    ranges: list[NonEmpty] = []  # separators that make a range ("to", "–", 至)
    dash_suffix: bool = False  # "Article 20-1": a smaller number after a dash is a suffix
    max_range: int = Field(default=50, ge=1, le=500)
    prefix: str = ""  # put before each number read ("Recital " → "Recital 71")


class Example(StoreModel):
    """A text the template's pattern matches (whole, or between ``before`` and ``after``), and
    what it reads there."""

    text: NonEmpty
    before: str = ""  # the text around it, for a pattern that looks behind or ahead
    after: str = ""
    articles: list[str] = []  # the list's reading, ranges spelled out ("7", "14", "20-1")
    subdivisions: list[str | None] | None = None  # the part cited of each article
    groups: dict[str, str] = {}  # named groups of the pattern and their text ("title": "47")


class Template(StoreModel):
    name: NonEmpty
    kind: Kind
    pattern: NonEmpty  # a regular expression; {token} stands for a token's pattern
    starts: NonEmpty  # "word": a match starts a Latin word (or at §); else its first characters
    joins: Joins = "en"  # whose joining rules apply: "Article 7 of X" (en) or X第七条 (zh)
    reads: str | None = None  # the list that reads the articles (reference, code)
    table: str | None = None  # act-number and code: the table of the store's forms to look in
    key: str | None = None  # act-number: the lookup key from the groups, "{congress}-{num}"
    names_as: str | None = (
        None  # code: the name it gives the code, from the groups "{title} U.S.C."
    )
    priority: int = Field(default=50, ge=0, le=100)  # lower is tried first at a position
    bare: bool = (
        False  # a number without a keyword ("(230(e)(3))"): only an article the context knows
    )
    examples: list[Example] = Field(min_length=1)
    not_examples: list[NonEmpty] = []  # texts the pattern must not match whole

    @model_validator(mode="after")
    def _consistent(self) -> Template:
        if self.kind in ("reference", "code") and self.reads is None:
            raise ValueError(f"reads: a {self.kind} template needs a list to read its articles")
        if self.kind == "act-number" and (self.table is None or self.key is None):
            raise ValueError("table, key: an act-number template needs both")
        return self


class ContextRule(StoreModel):
    """In a document with one of ``cues``, the ``names`` mean ``statute`` (not ``instead_of``);
    a name right after one of ``unless_before`` ("mainland") keeps its usual reading."""

    name: NonEmpty  # what the context is called in notes ("Hong Kong")
    cues: list[NonEmpty] = Field(min_length=1)
    names: list[NonEmpty] = Field(min_length=1)
    statute: NonEmpty | None  # None: a law the store does not have (Taiwan's National Security Act)
    instead_of: list[NonEmpty] = Field(min_length=1)
    unless_before: list[NonEmpty] = []


class WellKnownArticle(StoreModel):
    """In a document with one of ``cues``, a bare reference to ``article`` (no law joined to it)
    means that article of ``statute`` when the document names ``statute`` somewhere or one of
    ``phrases_after`` follows it ("Article 23 legislation", 23条立法); right after one of
    ``name_before`` ("known as") or before one of ``name_after`` ("(officially"), the number is the
    name of something else, not a citation."""

    name: NonEmpty  # what it is called in notes ("Article 23 of the Basic Law")
    cues: list[NonEmpty] = Field(min_length=1)
    statute: NonEmpty
    article: NonEmpty
    phrases_after: list[NonEmpty] = []
    name_before: list[NonEmpty] = []
    name_after: list[NonEmpty] = []


class WindowExample(StoreModel):
    """A stretch of text and what the window finds in it (``null``: nothing)."""

    text: NonEmpty
    finds: str | None


class WindowSpec(StoreModel):
    """A pattern applied to a bounded stretch of text next to a piece ("of the " between
    "Article 7" and a name). The same window in several files is one: their patterns joined as
    alternatives."""

    pattern: NonEmpty
    ignore_case: bool = False
    note: str | None = None  # what it is for
    examples: list[WindowExample] = []  # run by the test suite


class GrammarFile(StoreModel):
    grammar: NonEmpty  # an id: "us", "cn"
    description: str | None = None
    tokens: dict[str, NonEmpty] = {}
    lists: dict[str, ListSpec] = {}
    templates: list[Template] = []
    contexts: list[ContextRule] = []
    well_known_articles: list[WellKnownArticle] = []
    # Words before a name that make it another instrument modelled on the statute ("UK GDPR").
    other_instruments: list[NonEmpty] = []
    windows: dict[str, WindowSpec] = {}  # the joining rules (lawref.citations.windows)
    words: dict[str, list[NonEmpty]] = {}  # word lists the joining rules use

    @model_validator(mode="after")
    def _names(self) -> GrammarFile:
        for name in self.tokens:
            if not TOKEN_NAME.match(name):
                raise ValueError(f"tokens.{name}: a token name is lower case letters and digits")
        seen: set[str] = set()
        for index, template in enumerate(self.templates):
            if template.name in seen:
                raise ValueError(f"templates.{index}.name: duplicate {template.name!r}")
            seen.add(template.name)
        return self
