"""The reviewed Chinese→English legal glossary (``statutes/glossary/zh-en.yaml``): schema and loading.

The glossary is data of the store, validated like a statute file (unknown fields are errors, every
problem reported as ``PATH:LINE: field: message``), but it is not a statute: the store loader skips
the top-level ``glossary`` folder. The cross-lingual check (lawref.xling.evidence) reads it; its
entries win over the general dictionary (CC-CEDICT) wherever both gloss a word.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from lawref.errors import StoreError
from lawref.store.files import Problem, read_model_file, read_model_text, shipped_store_path
from lawref.store.schema import NonEmpty, StoreModel
from lawref.text.regex_code import constant

GLOSSARY_DIR = (
    "glossary"  # the store loader skips this top-level folder (lawref.store.files.yaml_files)
)
GLOSSARY_FILE = "zh-en.yaml"

# What an entry is for: modality, negation, scope and the legal-basis phrase (依法) get checks of
# their own in the cross-lingual comparison; plain terms only count towards coverage.
Kind = Literal["modal", "negation", "scope", "legal-basis", "term"]
# Modal strength, weakest to strongest duty; "prohibition" is a negated duty (不得 "shall not").
Strength = Literal["permission", "duty", "strong-duty", "prohibition"]
Scope = Literal["universal", "restricted"]

_HAN = constant(r"[\u3400-\u9fff]")
_ENGLISH = constant(r"^[A-Za-z][A-Za-z ,'()/-]{0,79}$")
ChineseTerm = Annotated[str, StringConstraints(min_length=1, max_length=20)]


class GlossaryEntry(StoreModel):
    term: ChineseTerm  # the Chinese word or fixed phrase as it stands in statute texts
    kind: Kind
    renderings: list[NonEmpty] = Field(min_length=1)  # accepted English renderings
    strength: Strength | None = None  # required for modal entries and prohibitions
    scope: Scope | None = None  # required for scope entries
    note: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> GlossaryEntry:
        if not _HAN.search(self.term) or self.term != self.term.strip():
            raise ValueError(f"term: {self.term!r} is not a Chinese word")
        for index, rendering in enumerate(self.renderings):
            if not _ENGLISH.match(rendering):
                raise ValueError(
                    f"renderings.{index}: {rendering!r} is not a plain English word or phrase"
                )
        if self.kind == "modal" and self.strength is None:
            raise ValueError("strength: a modal entry needs a strength")
        if self.kind not in ("modal", "negation") and self.strength is not None:
            raise ValueError("strength: only modal and negation entries have a strength")
        if self.kind == "negation" and self.strength not in (None, "prohibition"):
            raise ValueError("strength: a negation entry can only be a prohibition")
        if (self.kind == "scope") != (self.scope is not None):
            raise ValueError("scope: scope entries (and only they) need a scope")
        return self


class Glossary(StoreModel):
    source_language: Literal["zh"]
    target_language: Literal["en"]
    reviewed: dt.date  # when the entries were last reviewed against the statute texts
    note: str | None = None
    entries: list[GlossaryEntry] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> Glossary:
        seen: dict[str, int] = {}
        for index, entry in enumerate(self.entries):
            if entry.term in seen:
                raise ValueError(
                    f"entries.{index}.term: duplicate term {entry.term!r} "
                    f"(also entries.{seen[entry.term]})"
                )
            seen[entry.term] = index
        return self

    def get(self, term: str) -> GlossaryEntry | None:
        return self.by_term().get(term)

    def by_term(self) -> dict[str, GlossaryEntry]:
        return {entry.term: entry for entry in self.entries}


def glossary_path(store_root: Path | None = None) -> Path:
    """Where the glossary lives in a store folder (default: the shipped store)."""
    return (store_root or shipped_store_path()) / GLOSSARY_DIR / GLOSSARY_FILE


def read_glossary_text(text: str, path: str) -> tuple[Glossary | None, list[Problem]]:
    return read_model_text(text, path, Glossary, "glossary")


def read_glossary_file(path: Path) -> tuple[Glossary | None, list[Problem]]:
    return read_model_file(path, read_glossary_text)


def validate_glossary(path: Path | None = None) -> list[Problem]:
    """Every problem of the glossary file (default: the shipped one); [] when it is valid.

    For ``lawref validate``: a store folder without a glossary is fine, so a missing file under an
    explicitly given store root is not a problem — call this only when ``path.exists()``.
    """
    _, problems = read_glossary_file(path or glossary_path())
    return problems


@lru_cache(maxsize=4)
def load_glossary(path: Path | None = None) -> Glossary:
    """The glossary at ``path`` (default: the shipped one); StoreError when it is invalid."""
    glossary, problems = read_glossary_file(path or glossary_path())
    if glossary is None:
        shown = "; ".join(str(p) for p in problems[:3])
        raise StoreError(f"the glossary has problems: {shown}", [str(p) for p in problems])
    return glossary
