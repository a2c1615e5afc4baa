"""The statutes of the store as plain records (lawref.record): what a run reads, from the compiled
cache or from YAML once validated by the pydantic models that lawref.validation.statute builds
from these records' fields (with the checks across fields).

Field names here are the store's public format: keep them stable. Each field says what it must
hold (``Annotated`` with a :class:`~lawref.record.Constraint`); unknown fields are errors, so that
a typo never silently drops data. A warm run unpacks these records from the cache without
importing pydantic (issue 20).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from lawref.record import Constraint, Factory, Record

ID_PATTERN = r"^[a-z0-9][a-z0-9-]{0,119}$"
# Article numbers as cited: "7", "230", "17", "1601", "二十之一" is written "20-1".
ARTICLE_NUMBER_PATTERN = r"^[0-9A-Za-z][0-9A-Za-z.\-()]{0,39}$"
LANGUAGE_PATTERN = r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"
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

StatuteId = Annotated[str, Constraint(pattern=ID_PATTERN)]
ArticleNumber = Annotated[str, Constraint(pattern=ARTICLE_NUMBER_PATTERN)]
NonEmpty = Annotated[str, Constraint(min_length=1)]
LanguageCode = Annotated[str, Constraint(pattern=LANGUAGE_PATTERN)]
VersionId = Annotated[str, Constraint(pattern=VERSION_ID_PATTERN)]
Jurisdiction = Annotated[str, Constraint(pattern=JURISDICTION_PATTERN)]
AtLeastOne = Constraint(min_length=1)  # a list with one item or more


class StoreModel(Record):
    """A record of a store file, validated by the models of lawref.validation.statute."""

    validated_on_init = True  # made from input (lawref add, import): validated as it is made

    @classmethod
    def validating_model(cls) -> Any:
        from lawref.validation.statute import model_of_store_record

        return model_of_store_record(cls)


class Provenance(StoreModel):
    """Where a text came from: enough to find the exact copy again."""

    source: NonEmpty  # a repository ("LawRefBook/Laws"), a publisher or a web site
    url: str | None = None
    path: str | None = None  # path of the file inside the source repository
    commit: str | None = None
    retrieved: dt.date | None = None
    licence: str | None = None
    note: str | None = None


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
    new: list[ArticleNumber] = Factory(list)
    removed: list[ArticleNumber] = Factory(list)
    source: Provenance | None = None  # the amending act the renumbering is taken from
    note: str | None = None


class Version(StoreModel):
    id: VersionId
    adopted: dt.date | None = None
    amended: dt.date | None = None
    revised: dt.date | None = None
    effective: dt.date | None = None
    note: str | None = None
    source: Provenance | None = None  # provenance of this version's text, when not the statute's
    official_languages: list[OfficialLanguage] = Factory(list)
    renumbering: Renumbering | None = None

    def in_force_from(self) -> dt.date | None:
        """The first day this version's text applies: its effective date, or else its newest
        adoption, amendment or revision date."""
        if self.effective is not None:
            return self.effective
        days = [d for d in (self.adopted, self.amended, self.revised) if d is not None]
        return max(days) if days else None


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


class LanguageVersion(StoreModel):
    """The article in another official language of the act (see :class:`OfficialLanguage`):
    authentic like the text itself, so never called a translation."""

    language: LanguageCode
    text: NonEmpty  # exactly as in the source: never normalised
    heading: str | None = None


ArticleKind = Literal["article", "recital", "annex", "item"]


class Article(StoreModel):
    number: ArticleNumber  # recitals are "recital-26", annexes "annex-III"
    text: NonEmpty  # exactly as in the source: never normalised; not blank
    kind: ArticleKind = "article"  # a recital, an annex, or an item of an amending decision
    versions: list[str] = Factory(list)  # empty: every version of the statute
    chapter: str | None = None  # structure heading, e.g. "第二章 国家情报工作机构职权"
    section: str | None = None
    heading: str | None = None  # an article's own caption, e.g. GDPR "Right to erasure"
    cited_as: list[NonEmpty] = Factory(list)  # other citations: "19 U.S.C. 2411"
    translations: list[Translation] = Factory(list)
    language_versions: list[LanguageVersion] = Factory(list)

    # --- convenience, not part of the file format -------------------------------------------

    def text_and_translations(self) -> list[str]:
        """The article's text, then each of its translations' in file order (not its official
        language versions): the texts a rule compares a writer's words with."""
        return [self.text, *(t.text for t in self.translations)]

    def every_text(self) -> list[str]:
        """The article's text, its official language versions' and its translations' (in that
        order): every wording of it the store holds, for a rule that asks whether it holds words."""
        return [
            self.text,
            *(t.text for t in self.language_versions),
            *(t.text for t in self.translations),
        ]


class Example(StoreModel):
    """How reporting cites or quotes the statute; the test suite runs every example."""

    cite: str | None = None  # a citation that must resolve to this statute (and article)
    quote: str | None = None  # a quotation that must link to this statute's article
    article: str | None = None
    version: str | None = None
    verdict: str | None = None  # expected verdict for a quote example


class Statute(StoreModel):
    id: StatuteId
    jurisdiction: Jurisdiction
    language: LanguageCode  # language of the authoritative text
    title: dict[LanguageCode, NonEmpty]  # official title by language; must hold `language`
    aliases: list[NonEmpty] = Factory(list)
    kind: str | None = None  # law, administrative-regulation, judicial-interpretation, …
    versions: Annotated[list[Version], AtLeastOne]
    source: Provenance
    articles: Annotated[list[Article], AtLeastOne]
    examples: list[Example] = Factory(list)
    note: str | None = None

    # --- convenience, not part of the file format -------------------------------------------

    @property
    def title_original(self) -> str:
        return self.title[self.language]

    @property
    def title_en(self) -> str:
        """The English title; the original title where none is recorded (bulk imports)."""
        return self.title.get("en", self.title_original)

    def names(self) -> list[str]:
        """Every name the statute is cited by: titles in all languages, then aliases."""
        return list(dict.fromkeys([*self.title.values(), *self.aliases]))

    def version_ids(self) -> list[str]:
        return [v.id for v in self.versions]

    def latest_version(self) -> str:
        return self.versions[-1].id

    def articles_in(self, version: str | None = None) -> list[Article]:
        """The articles of one version (default: the latest), in file order."""
        wanted = version or self.latest_version()
        return [a for a in self.articles if not a.versions or wanted in a.versions]

    def numbered(self, number: str) -> list[Article]:
        """Every article numbered ``number``, of every version, in file order."""
        return [a for a in self.articles if a.number == number]

    def article(self, number: str, version: str | None = None) -> Article | None:
        for article in self.articles_in(version):
            if article.number == number:
                return article
        if version is None:
            # An article that only exists in an older version is still that statute's article.
            for article in reversed(self.articles):
                if article.number == number:
                    return article
        return None


# How an EU act's parts other than its articles are numbered in the store: "recital-26",
# "annex-III" (ingest/eu_parts.py writes them; the matcher, the attribution stage and the
# reports read them).
RECITAL_PREFIX = "recital-"
ANNEX_PREFIX = "annex-"
PART_NAMES = ((RECITAL_PREFIX, "Recital"), (ANNEX_PREFIX, "Annex"))


def part_name(number: str) -> str | None:
    """A recital's or an annex's number by its own name ("Recital 26", "Annex III"); None for
    an article's."""
    for prefix, name in PART_NAMES:
        if number.startswith(prefix):
            return f"{name} {number.removeprefix(prefix)}"
    return None


_NUMBER_KEY = re.compile(r"(\d+)|(\D+)")


def article_sort_key(number: str) -> tuple[tuple[int, int | str], ...]:
    """Natural order: "2" < "10" < "10-1" < "11"."""
    return tuple(
        (0, int(digits)) if digits else (1, text) for digits, text in _NUMBER_KEY.findall(number)
    )
