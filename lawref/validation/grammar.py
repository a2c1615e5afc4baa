"""The validation of a citation grammar file (``statutes/grammar/``): the pydantic models built
from the plain records of lawref.citations.grammar_data, which say what each field holds, and the
checks across fields they run after the fields are valid (the compiled grammar is cached).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, model_validator

from lawref.record import Record
from lawref.text.regex_code import constant
from lawref.validation.record_models import Kind, model_of
from lawref.validation.statute import STORE_CONFIG

TOKEN_NAME = constant(r"^[a-z][a-z0-9_]{0,39}$")


def _reads_what_it_needs(self: Any) -> Any:
    """A template of a kind that reads articles names its list; an act-number its table."""
    if self.kind in ("reference", "code") and self.reads is None:
        raise ValueError(f"reads: a {self.kind} template needs a list to read its articles")
    if self.kind == "act-number" and (self.table is None or self.key is None):
        raise ValueError("table, key: an act-number template needs both")
    return self


def _reads_instead_of_something(self: Any) -> Any:
    """A context rule reads its names instead of another law, unless it reads them only where
    its cues are (then the names are the statute's there and no stored law's elsewhere)."""
    if not self.instead_of and not self.only_with_cues:
        raise ValueError("instead_of: a context rule needs one, unless only_with_cues")
    if self.only_with_cues and self.statute is None:
        raise ValueError("statute: a rule read only with its cues needs a stored statute")
    return self


def _names(self: Any) -> Any:
    """Token names are identifiers; template names are unique in a file."""
    for name in self.tokens:
        if not TOKEN_NAME.match(name):
            raise ValueError(f"tokens.{name}: a token name is lower case letters and digits")
    seen: set[str] = set()
    for index, template in enumerate(self.templates):
        if template.name in seen:
            raise ValueError(f"templates.{index}.name: duplicate {template.name!r}")
        seen.add(template.name)
    return self


GRAMMAR_RECORDS = Kind(
    module=__name__,
    config=STORE_CONFIG,
    validators={
        "Template": {"_reads_what_it_needs": model_validator(mode="after")(_reads_what_it_needs)},
        "GrammarFile": {"_names": model_validator(mode="after")(_names)},
        "ContextRule": {
            "_reads_instead_of_something": model_validator(mode="after")(
                _reads_instead_of_something
            )
        },
    },
    shows_empty_defaults=True,
)


def model_of_grammar_record(record: type[Record]) -> type[BaseModel]:
    """The pydantic model that validates ``record``, a record of lawref.citations.grammar_data."""
    return model_of(record, GRAMMAR_RECORDS)
