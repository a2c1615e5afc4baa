"""The schema of a statute file in the store as pydantic v2 models: they validate what is read
from YAML (and ``lawref schema statute``); what they validate is kept as the plain records of
lawref.store.schema, which have the same names and fields (tests/test_records.py compares them).

Field names here are the store's public format: keep them stable. Unknown fields are errors
(``extra="forbid"``) so that a typo never silently drops data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

ID_PATTERN = r"^[a-z0-9][a-z0-9-]{0,119}$"
# Article numbers as cited: "7", "230", "17", "1601", "二十之一" is written "20-1".
ARTICLE_NUMBER_PATTERN = r"^[0-9A-Za-z][0-9A-Za-z.\-()]{0,39}$"

StatuteId = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
ArticleNumber = Annotated[str, StringConstraints(pattern=ARTICLE_NUMBER_PATTERN)]
NonEmpty = Annotated[str, StringConstraints(min_length=1)]
LANGUAGE_PATTERN = r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"
LanguageCode = Annotated[str, StringConstraints(pattern=LANGUAGE_PATTERN)]
VERSION_ID_PATTERN = r"^[0-9A-Za-z][0-9A-Za-z._-]{0,39}$"
JURISDICTION_PATTERN = r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$"
# What each pattern asks for, in words, for messages (a user should never read a regex).
PATTERN_WORDS = {
    ID_PATTERN: "lowercase letters, digits and hyphens (up to 120), e.g. cn-data-security-law",
    ARTICLE_NUMBER_PATTERN: "letters, digits and . - ( ) (up to 40), e.g. 7, 20-1, 2(a)",
    LANGUAGE_PATTERN: "a lowercase language code such as zh, en or zh-Hant",
    VERSION_ID_PATTERN: "letters, digits and . _ - (up to 40), e.g. 2018 or 2018-04-27",
    JURISDICTION_PATTERN: "two capital letters, maybe with a region: CN, US, EU, US-CA",
}


def error_message(error: Mapping[str, Any]) -> str:
    """One pydantic error in words: a failed pattern says what is expected, not the regex."""
    pattern = (error.get("ctx") or {}).get("pattern")
    if error.get("type") == "string_pattern_mismatch" and pattern in PATTERN_WORDS:
        return f"{error.get('input')!r} is not valid here: expected {PATTERN_WORDS[pattern]}"
    return str(error["msg"]).removeprefix("Value error, ")


class StoreModel(BaseModel):
    # defer_build: a model's validator is built when it first validates (reading YAML), not when
    # this module is imported. A warm run reads its statutes from the compiled cache, which never
    # validates, and so never pays for building the validators (issue 20).
    model_config = ConfigDict(
        extra="forbid", frozen=True, str_strip_whitespace=False, defer_build=True
    )


class Provenance(StoreModel):
    """Where a text came from: enough to find the exact copy again."""

    source: NonEmpty  # a repository ("LawRefBook/Laws"), a publisher or a web site
    url: str | None = None
    path: str | None = None  # path of the file inside the source repository
    commit: str | None = None
    retrieved: dt.date | None = None
    licence: str | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _traceable(self) -> Provenance:
        if not (self.url or self.path or self.commit or self.retrieved):
            raise ValueError("provenance needs at least one of url, path, commit or retrieved")
        return self


class OfficialLanguage(StoreModel):
    """Another official language in which a version was enacted: that text is equally authentic
    (an EU regulation in French beside English), not a translation of it."""

    language: LanguageCode
    source: Provenance
    note: str | None = None


class Renumbering(StoreModel):
    """How the articles of a version continue those of the version before it.

    ``continues`` maps an article of this version to the article(s) of ``previous`` whose text
    it carries on (several when articles were merged; the same old article under two new numbers
    when it was split). Articles of this version in ``new`` continue none; articles of ``previous``
    in ``removed`` are continued by none. Every article of both versions is accounted for.
    """

    previous: str
    continues: dict[ArticleNumber, list[ArticleNumber]]
    new: list[ArticleNumber] = Field(default_factory=list)
    removed: list[ArticleNumber] = Field(default_factory=list)
    source: Provenance | None = None  # the amending act the renumbering is taken from
    note: str | None = None


class Version(StoreModel):
    id: Annotated[str, StringConstraints(pattern=VERSION_ID_PATTERN)]
    adopted: dt.date | None = None
    amended: dt.date | None = None
    revised: dt.date | None = None
    effective: dt.date | None = None
    note: str | None = None
    source: Provenance | None = None  # provenance of this version's text, when not the statute's
    official_languages: list[OfficialLanguage] = Field(default_factory=list)
    renumbering: Renumbering | None = None


class Translation(StoreModel):
    """A rendering of an article in another language, with who published it and where."""

    language: LanguageCode
    text: NonEmpty
    publisher: NonEmpty
    url: str | None  # required key; null only when the page's address was not recorded
    official: bool
    reuse: NonEmpty  # licence or reuse status
    ref: str | None = None  # the id of the rendering in its source list (e.g. "NIL7-CLT")
    source_form: str | None = None  # the exact string as published, where text drops an insertion
    truncated: bool = False
    # False: seen only as a quotation in reporting (an analyst's or reporter's own rendering, or
    # one whose translator is not identified), not a published translation. A quotation matched
    # only to such a rendering is judged against the original text too (issue 14).
    primary: bool = True
    note: str | None = None

    @model_validator(mode="after")
    def _has_source(self) -> Translation:
        if self.url is None and not self.note:
            raise ValueError("a translation without url must say in note where it was seen")
        return self


class LanguageVersion(StoreModel):
    """The article in another official language of the act (see :class:`OfficialLanguage`):
    authentic like the text itself, so never called a translation."""

    language: LanguageCode
    text: NonEmpty  # exactly as in the source: never normalised
    heading: str | None = None


ArticleKind = Literal["article", "recital", "annex", "item"]


class Article(StoreModel):
    number: ArticleNumber  # recitals are "recital-26", annexes "annex-III"
    text: NonEmpty  # exactly as in the source: never normalised
    kind: ArticleKind = "article"  # a recital, an annex, or an item of an amending decision
    versions: list[str] = Field(default_factory=list)  # empty: every version of the statute
    chapter: str | None = None  # structure heading, e.g. "第二章 国家情报工作机构职权"
    section: str | None = None
    heading: str | None = None  # an article's own caption, e.g. GDPR "Right to erasure"
    cited_as: list[NonEmpty] = Field(default_factory=list)  # other citations: "19 U.S.C. 2411"
    translations: list[Translation] = Field(default_factory=list)
    language_versions: list[LanguageVersion] = Field(default_factory=list)

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("article text is blank")
        return value


class Example(StoreModel):
    """How reporting cites or quotes the statute; the test suite runs every example."""

    cite: str | None = None  # a citation that must resolve to this statute (and article)
    quote: str | None = None  # a quotation that must link to this statute's article
    article: str | None = None
    version: str | None = None
    verdict: str | None = None  # expected verdict for a quote example

    @model_validator(mode="after")
    def _one_kind(self) -> Example:
        if (self.cite is None) == (self.quote is None):
            raise ValueError("an example has exactly one of cite or quote")
        if self.quote is not None and self.article is None:
            raise ValueError("a quote example must name the article it comes from")
        return self


class Statute(StoreModel):
    id: StatuteId
    jurisdiction: Annotated[str, StringConstraints(pattern=JURISDICTION_PATTERN)]
    language: LanguageCode  # language of the authoritative text
    title: dict[LanguageCode, NonEmpty]  # official title by language; must hold `language`
    aliases: list[NonEmpty] = Field(default_factory=list)
    kind: str | None = (
        None  # law, administrative-regulation, judicial-interpretation, code-section…
    )
    versions: list[Version] = Field(min_length=1)
    source: Provenance
    articles: list[Article] = Field(min_length=1)
    examples: list[Example] = Field(default_factory=list)
    note: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Statute:
        if self.language not in self.title:
            raise ValueError(f"title needs an entry for the statute's language {self.language!r}")
        version_ids = _version_ids(self)
        dup_versions = {v for v in version_ids if version_ids.count(v) > 1}
        if dup_versions:
            raise ValueError(f"duplicate version id(s): {', '.join(sorted(dup_versions))}")
        seen: dict[tuple[str, str], int] = {}
        for index, article in enumerate(self.articles):
            for version in article.versions:
                if version not in version_ids:
                    raise ValueError(
                        f"articles.{index}.versions: unknown version {version!r} "
                        f"(known: {', '.join(version_ids)})"
                    )
            for version in article.versions or version_ids:
                key = (article.number, version)
                if key in seen:
                    raise ValueError(
                        f"articles.{index}.number: duplicate article {article.number!r} in version "
                        f"{version!r} (listed twice)"
                    )
                seen[key] = index
        for index, example in enumerate(self.examples):
            if example.version is not None and example.version not in version_ids:
                raise ValueError(f"examples.{index}.version: unknown version {example.version!r}")
            if example.article is not None and not any(
                a.number == example.article for a in self.articles
            ):
                raise ValueError(f"examples.{index}.article: no article {example.article!r}")
        for index, version in enumerate(self.versions):
            if version.renumbering is not None:
                _check_renumbering(self, version.id, version.renumbering, f"versions.{index}")
        return self


def _check_renumbering(statute: Statute, vid: str, renumbering: Renumbering, where: str) -> None:
    """Every article of both versions is accounted for, and only articles that exist."""
    if renumbering.previous not in _version_ids(statute) or renumbering.previous == vid:
        raise ValueError(f"{where}.renumbering.previous: unknown version {renumbering.previous!r}")
    now = _numbers_in(statute, vid)
    before = _numbers_in(statute, renumbering.previous)
    if not now or not before:
        return  # a version whose text is not stored: nothing to check against
    mapped = set(renumbering.continues) | set(renumbering.new)
    carried = {n for olds in renumbering.continues.values() for n in olds} | set(
        renumbering.removed
    )
    problems = [
        *(f"{n} is no article of {vid}" for n in sorted(mapped - now)),
        *(f"article {n} of {vid} is not accounted for" for n in sorted(now - mapped)),
        *(f"{n} is no article of {renumbering.previous}" for n in sorted(carried - before)),
        *(
            f"article {n} of {renumbering.previous} is not accounted for"
            for n in sorted(before - carried)
        ),
    ]
    if problems:
        raise ValueError(f"{where}.renumbering: {'; '.join(problems[:5])}")


def _version_ids(statute: Statute) -> list[str]:
    return [v.id for v in statute.versions]


def _numbers_in(statute: Statute, version: str) -> set[str]:
    """The numbers of the articles of one version (lawref.store.schema.Statute.articles_in)."""
    return {a.number for a in statute.articles if not a.versions or version in a.versions}
