"""The glossary's pydantic models: they validate ``statutes/glossary/zh-en.yaml`` when it is read
(lawref.store.glossary keeps what they validate as plain records with the same names and fields).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from lawref.text.regex_code import constant
from lawref.validation.statute import NonEmpty, StoreModel

# As in lawref.store.glossary (the records), which imports this module.
Kind = Literal["modal", "negation", "scope", "legal-basis", "term"]
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
