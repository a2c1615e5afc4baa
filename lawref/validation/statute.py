"""The validation of a statute file in the store (and ``lawref schema statute``): the pydantic
models built from the plain records of lawref.store.schema, which say what each field holds, and
the checks across fields that they run after the fields are valid.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from lawref.record import Record
from lawref.validation.record_models import Kind, model_of

# defer_build: a model's validator is built when it first validates (reading YAML), not when the
# model is made. A warm run reads its statutes from the compiled cache, which never validates,
# and so never pays for building the validators (issue 20).
STORE_CONFIG = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False, defer_build=True)


def _traceable(self: Any) -> Any:
    if not (self.url or self.path or self.commit or self.retrieved):
        raise ValueError("provenance needs at least one of url, path, commit or retrieved")
    return self


def _has_source(self: Any) -> Any:
    if self.url is None and not self.note:
        raise ValueError("a translation without url must say in note where it was seen")
    return self


def _not_blank(cls: type, value: str) -> str:
    if not value.strip():
        raise ValueError("article text is blank")
    return value


def _one_kind(self: Any) -> Any:
    if (self.cite is None) == (self.quote is None):
        raise ValueError("an example has exactly one of cite or quote")
    if self.quote is not None and self.article is None:
        raise ValueError("a quote example must name the article it comes from")
    return self


def _consistent(self: Any) -> Any:
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


def _check_renumbering(statute: Any, vid: str, renumbering: Any, where: str) -> None:
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


def _version_ids(statute: Any) -> list[str]:
    return [v.id for v in statute.versions]


def _numbers_in(statute: Any, version: str) -> set[str]:
    """The numbers of the articles of one version (lawref.store.schema.Statute.articles_in)."""
    return {a.number for a in statute.articles if not a.versions or version in a.versions}


STORE_RECORDS = Kind(
    module=__name__,
    config=STORE_CONFIG,
    validators={
        "Provenance": {"_traceable": model_validator(mode="after")(_traceable)},
        "Translation": {"_has_source": model_validator(mode="after")(_has_source)},
        "Article": {"_not_blank": field_validator("text")(classmethod(_not_blank))},
        "Example": {"_one_kind": model_validator(mode="after")(_one_kind)},
        "Statute": {"_consistent": model_validator(mode="after")(_consistent)},
    },
)


def model_of_store_record(record: type[Record]) -> type[BaseModel]:
    """The pydantic model that validates ``record``, a record of lawref.store.schema."""
    return model_of(record, STORE_RECORDS)
