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
from typing import Annotated, Any, Literal

from lawref.errors import StoreError
from lawref.record import Constraint, Record
from lawref.store.files import Problem, read_model_file, read_model_text, shipped_store_path
from lawref.store.schema import AtLeastOne, NonEmpty

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
ChineseTerm = Annotated[str, Constraint(min_length=1, max_length=20)]


class GlossaryModel(Record):
    """A record of the glossary, validated by the models of lawref.validation.glossary."""

    validated_on_init = True  # made from input (lawref add, import): validated as it is made

    @classmethod
    def validating_model(cls) -> Any:
        from lawref.validation.glossary import model_of_glossary_record

        return model_of_glossary_record(cls)


class GlossaryEntry(GlossaryModel):
    term: ChineseTerm  # the Chinese word or fixed phrase as it stands in statute texts
    kind: Kind
    renderings: Annotated[list[NonEmpty], AtLeastOne]  # accepted English renderings
    strength: Strength | None = None  # required for modal entries and prohibitions
    scope: Scope | None = None  # required for scope entries
    note: str | None = None


class Glossary(GlossaryModel):
    source_language: Literal["zh"]
    target_language: Literal["en"]
    reviewed: dt.date  # when the entries were last reviewed against the statute texts
    note: str | None = None
    entries: Annotated[list[GlossaryEntry], AtLeastOne]

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
