"""The validation of the glossary (``statutes/glossary/zh-en.yaml``): the pydantic models built
from the plain records of lawref.store.glossary, which say what each field holds, and the checks
across fields they run after the fields are valid.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, model_validator

from lawref.record import Record
from lawref.text.regex_code import constant
from lawref.text.scripts import holds_ideograph
from lawref.validation.record_models import Kind, model_of
from lawref.validation.statute import STORE_CONFIG

_ENGLISH = constant(r"^[A-Za-z][A-Za-z ,'()/-]{0,79}$")


def _entry_consistent(self: Any) -> Any:
    if not holds_ideograph(self.term) or self.term != self.term.strip():
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


def _unique(self: Any) -> Any:
    seen: dict[str, int] = {}
    for index, entry in enumerate(self.entries):
        if entry.term in seen:
            raise ValueError(
                f"entries.{index}.term: duplicate term {entry.term!r} "
                f"(also entries.{seen[entry.term]})"
            )
        seen[entry.term] = index
    return self


GLOSSARY_RECORDS = Kind(
    module=__name__,
    config=STORE_CONFIG,
    validators={
        "GlossaryEntry": {"_entry_consistent": model_validator(mode="after")(_entry_consistent)},
        "Glossary": {"_unique": model_validator(mode="after")(_unique)},
    },
)


def model_of_glossary_record(record: type[Record]) -> type[BaseModel]:
    """The pydantic model that validates ``record``, a record of lawref.store.glossary."""
    return model_of(record, GLOSSARY_RECORDS)
