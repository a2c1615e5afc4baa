"""The validation of a report read from outside (``Report.model_validate_json``), the JSON Schema
of ``check``'s (``lawref schema report``) and the web API's documented responses: the pydantic
models built from the plain records of lawref.report, which lawref's own runs make and write
without them. Imported only where a report is validated or its schema written.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict

from lawref.record import Record
from lawref.validation.record_models import Kind, model_of

REPORT_RECORDS = Kind(
    module=__name__,
    # defer_build: each model's validator is built when it is first used, so a run pays only for
    # the models it makes (check never makes the cites report's) and not when it is made.
    config=ConfigDict(frozen=True, defer_build=True),
    shows_empty_defaults=True,
)


def model_of_report_record(record: type[Record]) -> type[BaseModel]:
    """The pydantic model that validates ``record``, a record of lawref.report."""
    return model_of(record, REPORT_RECORDS)


def contract_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """The JSON Schema of ``lawref check --format json`` (draft 2020-12), from the schema of the
    Report model: every field a quote is written with required, no other field allowed."""
    definitions = schema.get("$defs", {})
    # Written in every quote, though Python callers may leave them out.
    definitions["Quote"]["required"] += ["marks", "evidence"]
    for definition in [schema, *definitions.values()]:
        if definition.get("type") == "object":
            definition["additionalProperties"] = False
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "lawref check report",
        "description": "The output of `lawref check --format json`; see docs/json-contract.md.",
        **{k: v for k, v in schema.items() if k != "title"},
    }
