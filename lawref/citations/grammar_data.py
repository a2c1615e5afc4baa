"""The citation grammar as data: the YAML templates under ``statutes/grammar/`` (schema and reading).

A grammar file names tokens (regex pieces used as ``{token}``), lists (how a run of article
numbers is read: one item's pattern, the words that make a range, how a number is written) and
templates (one citation form each: its pattern, what kind of piece it is for the walk that joins
pieces, and examples the test suite runs). Context rules say which statute a generic name means in
a document with given cues ("the national security law" in a Hong Kong story). The store loader
skips the top-level ``grammar`` folder (lawref.store.files.yaml_files), as it skips ``glossary``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

from lawref.errors import StoreError
from lawref.record import Constraint, Factory, Record
from lawref.store.files import Problem, read_model_file, read_model_text
from lawref.store.schema import AtLeastOne, NonEmpty

GRAMMAR_DIR = "grammar"  # the store loader skips this top-level folder (lawref.store.files)

# What the walk does with a piece (lawref.citations.find): the behaviours it knows. A new
# jurisdiction combines these in YAML; a new behaviour needs code.
Kind = Literal[
    "reference",  # "Article 7(2)", "§§ 1601–1609", 第七条: articles, read by the template's list
    "subsection",  # "subsection (c)(1)", 前款: a part of the article cited just before
    "code",  # "47 U.S.C. § 230": a code's title (group ``title``) and sections (group ``items``)
    "act-number",  # "Regulation (EU) 2016/679": looked up by ``key`` in the table ``table``
    "title",  # 《…》: a book title, which in legal writing is a law's name (group ``name``)
    "same-article",  # "the same article", 同条: the article cited just before
    "revision",  # "the 2023 revision" (group ``year``): a version of the statute named before
    "law-head",  # "… Act", "… Law": the end of an unknown statute's name
    "anaphor",  # 该法: the statute named before
    "heading",  # "§3 Data retention": a document's own heading, not a citation
]
Numerals = Literal["arabic", "chinese", "english", "roman"]
Joins = Literal["en", "zh"]


class GrammarModel(Record):
    """A record of a grammar file, validated by the models of lawref.validation.grammar."""

    validated_on_init = True  # made from input (lawref add, import): validated as it is made

    @classmethod
    def validating_model(cls) -> Any:
        from lawref.validation.grammar import model_of_grammar_record

        return model_of_grammar_record(cls)


class ListSpec(GrammarModel):
    """How a run of articles is read: ``item`` matches one (groups ``num``, and optionally
    ``sub``: the part cited, ``sep``: the word before it, ``suffix``: 之一 → "-1")."""

    item: NonEmpty
    numerals: Numerals = "arabic"
    ranges: list[NonEmpty] = Factory(list)  # separators that make a range ("to", "–", 至)
    dash_suffix: bool = False  # "Article 20-1": a smaller number after a dash is a suffix
    # "art. 4, 1", "art.15, 1, a": after one article named by a singular word (group ``word``), a
    # smaller number after a comma is its paragraph, as French writing pins Art. 4(1)
    comma_paragraph: bool = False
    max_range: Annotated[int, Constraint(ge=1, le=500)] = 50
    prefix: str = ""  # put before each number read ("Recital " → "Recital 71")


class Example(GrammarModel):
    """A text the template's pattern matches (whole, or between ``before`` and ``after``), and
    what it reads there."""

    text: NonEmpty
    before: str = ""  # the text around it, for a pattern that looks behind or ahead
    after: str = ""
    articles: list[str] = Factory(list)  # the list's reading, ranges spelled out ("7", "20-1")
    subdivisions: list[str | None] | None = None  # the part cited of each article
    groups: dict[str, str] = Factory(dict)  # named groups of the pattern and their text


class Template(GrammarModel):
    name: NonEmpty
    kind: Kind
    pattern: NonEmpty  # a regular expression; {token} stands for a token's pattern
    starts: NonEmpty  # "word": a match starts a Latin word (or at §); else its first characters
    joins: Joins = "en"  # whose joining rules apply: "Article 7 of X" (en) or X第七条 (zh)
    reads: str | None = None  # the list that reads the articles (reference, code)
    table: str | None = None  # act-number and code: the table of the store's forms to look in
    key: str | None = None  # act-number: the lookup key from the groups, "{congress}-{num}"
    names_as: str | None = None  # code: the name it gives the code, from the groups
    priority: Annotated[int, Constraint(ge=0, le=100)] = 50  # lower is tried first at a position
    bare: bool = False  # a number without a keyword ("(230(e)(3))"): only a known article
    examples: Annotated[list[Example], AtLeastOne]
    not_examples: list[NonEmpty] = Factory(list)  # texts the pattern must not match whole


class ContextRule(GrammarModel):
    """In a document with one of ``cues``, the ``names`` mean ``statute`` (not ``instead_of``);
    a name right after one of ``unless_before`` ("mainland") keeps its usual reading. With
    ``only_with_cues``, the names mean ``statute`` only there: in a document without the cues
    they name no stored law (AI법 is also Korea's own AI act)."""

    name: NonEmpty  # what the context is called in notes ("Hong Kong")
    cues: Annotated[list[NonEmpty], AtLeastOne]
    names: Annotated[list[NonEmpty], AtLeastOne]
    statute: NonEmpty | None  # None: a law the store does not have (Taiwan's National Security Act)
    instead_of: list[NonEmpty] = Factory(list)  # at least one unless only_with_cues
    unless_before: list[NonEmpty] = Factory(list)
    only_with_cues: bool = False


class WellKnownArticle(GrammarModel):
    """In a document with one of ``cues``, a bare reference to ``article`` (no law joined to it)
    means that article of ``statute`` when the document names ``statute`` somewhere or one of
    ``phrases_after`` follows it ("Article 23 legislation", 23条立法); right after one of
    ``name_before`` ("known as") or before one of ``name_after`` ("(officially"), the number is the
    name of something else, not a citation."""

    name: NonEmpty  # what it is called in notes ("Article 23 of the Basic Law")
    cues: Annotated[list[NonEmpty], AtLeastOne]
    statute: NonEmpty
    article: NonEmpty
    phrases_after: list[NonEmpty] = Factory(list)
    name_before: list[NonEmpty] = Factory(list)
    name_after: list[NonEmpty] = Factory(list)


class WindowExample(GrammarModel):
    """A stretch of text and what the window finds in it (``null``: nothing)."""

    text: NonEmpty
    finds: str | None


class WindowSpec(GrammarModel):
    """A pattern applied to a bounded stretch of text next to a piece ("of the " between
    "Article 7" and a name). The same window in several files is one: their patterns joined as
    alternatives."""

    pattern: NonEmpty
    ignore_case: bool = False
    note: str | None = None  # what it is for
    examples: list[WindowExample] = Factory(list)  # run by the test suite


class GrammarFile(GrammarModel):
    grammar: NonEmpty  # an id: "us", "cn"
    description: str | None = None
    tokens: dict[str, NonEmpty] = Factory(dict)  # names: lower case letters and digits
    lists: dict[str, ListSpec] = Factory(dict)
    templates: list[Template] = Factory(list)
    contexts: list[ContextRule] = Factory(list)
    well_known_articles: list[WellKnownArticle] = Factory(list)
    # Words before a name that make it another instrument modelled on the statute ("UK GDPR").
    other_instruments: list[NonEmpty] = Factory(list)
    windows: dict[str, WindowSpec] = Factory(dict)  # the joining rules (lawref.citations.windows)
    words: dict[str, list[NonEmpty]] = Factory(dict)  # word lists the joining rules use


def read_grammar_text(text: str, path: str) -> tuple[GrammarFile | None, list[Problem]]:
    return read_model_text(text, path, GrammarFile, "grammar")


def grammar_files(roots: list[Path]) -> list[Path]:
    """The grammar files of the store folders ``roots``: each one's ``grammar/*.yaml`` (a root
    that is a statute file has none)."""
    found: list[Path] = []
    for root in roots:
        folder = root / GRAMMAR_DIR
        if folder.is_dir():
            found += sorted(p for p in folder.glob("*.yaml") if not p.name.startswith("."))
    return found


def read_grammar_files(paths: list[Path]) -> list[tuple[str, GrammarFile]]:
    """Every file read and validated; StoreError naming the file, line and field otherwise."""
    files: list[tuple[str, GrammarFile]] = []
    for path in paths:
        grammar, problems = read_model_file(path, read_grammar_text)
        if grammar is None:
            shown = "; ".join(str(p) for p in problems[:3])
            raise StoreError(f"citation grammar: {shown}", [str(p) for p in problems])
        files.append((str(path), grammar))
    return files
