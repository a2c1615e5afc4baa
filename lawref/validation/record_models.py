"""The pydantic models that validate lawref's plain records (lawref.record), built from the records'
own fields: names, order, types, defaults, and the ``Annotated`` :class:`~lawref.record.Constraint`
metadata, which becomes pydantic's constraints. Each kind of record (the report, a statute file,
the citation grammar, the glossary) brings its :class:`Kind`: the model configuration and the
validators that check more than one field, kept in its module of lawref.validation.
"""

from __future__ import annotations

import threading
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    StringConstraints,
    create_model,
    model_serializer,
)
from pydantic.json_schema import SkipJsonSchema

from lawref.record import REQUIRED, Constraint, Factory, Record


@dataclass(frozen=True)
class Kind:
    """What the models of one kind of record share."""

    module: str  # where the validators live: the models' ``__module__``
    config: ConfigDict
    # record class name -> its model's validators: {method name: a pydantic decorator's result,
    # such as ``model_validator(mode="after")(function)``}, each given to one model only
    validators: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    # A fresh empty list or dict as a default: shown in the JSON Schema as ``"default": []``
    # (pydantic's ``= []``), or left out (``default_factory``).
    shows_empty_defaults: bool = False


_built: dict[type[Record], type[BaseModel]] = {}
_building = threading.RLock()


def model_of(record: type[Record], kind: Kind) -> type[BaseModel]:
    """The pydantic model of ``record`` (made on first use, then kept): a nested record's field
    is typed by that record's own model (:meth:`Record.validating_model`)."""
    made = _built.get(record)
    if made is not None:
        return made
    with _building:
        made = _built.get(record)
        if made is None:
            made = _built[record] = _made(record, kind)
    return made


def _made(record: type[Record], kind: Kind) -> type[BaseModel]:
    hints = typing.get_type_hints(record, include_extras=True)
    fields: dict[str, Any] = {
        name: _field(hints[name], default, kind, hidden=name in record.hidden_fields)
        for name, default in record.model_fields.items()
    }
    methods = dict(kind.validators.get(record.__name__, {}))
    if record.dropped_when_none:
        methods["_without_absent_fields"] = _dropping_none(record.dropped_when_none)
    model = create_model(
        record.__name__,
        __config__=kind.config,
        __doc__=record.__doc__,
        __module__=kind.module,
        __validators__=methods,
        **fields,
    )
    model.lawref_record = record  # type: ignore[attr-defined]  # lawref.record.as_record
    return model


def _field(annotation: Any, default: Any, kind: Kind, *, hidden: bool) -> tuple[Any, Any]:
    """A record's field as pydantic's ``(type, FieldInfo)``: a constraint on the field's whole
    value (a list's length, a number's range, a description) goes into the FieldInfo, as a
    model written by hand would have it; a string's constraints stay in the type."""
    rules: dict[str, Any] = {}
    if typing.get_origin(annotation) is Annotated:
        inner, *metadata = typing.get_args(annotation)
        if inner is not str:
            kept = [m for m in metadata if not isinstance(m, Constraint)]
            for constraint in metadata:
                if isinstance(constraint, Constraint):
                    rules.update(constraint.rules)
            annotation = Annotated[(inner, *kept)] if kept else inner
    annotation = _typed(annotation)
    if hidden:  # never written, and no part of the schema
        annotation = SkipJsonSchema[annotation]
        rules["exclude"] = True
    if default is REQUIRED:
        return annotation, Field(**rules)
    if type(default) is not Factory:
        return annotation, Field(default=default, **rules)
    if kind.shows_empty_defaults and not hidden and default.make() in ([], {}):
        return annotation, Field(default=default.make(), **rules)
    return annotation, Field(default_factory=default.make, **rules)


def _typed(annotation: Any) -> Any:
    """``annotation`` with each record replaced by its model and each constraint by pydantic's
    (unchanged where it holds neither)."""
    if isinstance(annotation, type) and issubclass(annotation, Record):
        return annotation.validating_model()
    origin = typing.get_origin(annotation)
    if origin is None or origin is typing.Literal:
        return annotation
    args = typing.get_args(annotation)
    if origin is Annotated:
        inner, *metadata = args
        return Annotated[(_typed(inner), *(_constraint(m, inner) for m in metadata))]
    typed = tuple(_typed(arg) for arg in args)
    if typed == args:
        return annotation
    if origin is types.UnionType or origin is typing.Union:
        return typing.Union[typed]  # noqa: UP007 (made from a tuple)
    return origin[typed]


def _constraint(metadata: Any, constrained: Any) -> Any:
    if not isinstance(metadata, Constraint):
        return metadata
    if constrained is not str:
        raise TypeError(f"{metadata!r} on {constrained!r}: only a field's whole value or a string")
    return StringConstraints(**dict(metadata.rules))


def _dropping_none(names: tuple[str, ...]) -> Any:
    """A serializer that leaves the fields ``names`` out when they are None (the record's
    ``dropped_when_none``)."""

    def without_absent_fields(self: BaseModel, handler: SerializerFunctionWrapHandler) -> Any:
        data = handler(self)
        if isinstance(data, dict):
            for key in names:
                if data.get(key, 0) is None:
                    del data[key]
        return data

    return model_serializer(mode="wrap")(without_absent_fields)
