"""Plain record classes with the part of pydantic's model API that lawref uses; the pydantic models
that validate them are built from their fields by lawref.validation, imported only where input is
validated.

A warm ``lawref check`` makes the report's records and reads the store's statutes, the citation
grammar and the glossary back from the compiled cache: none of that needs validation, and
importing pydantic's ``BaseModel`` and building some thirty model classes was a third of the run
(issue 20). The records here are ordinary classes: fields are the class's annotations, in order
(a base's first), with the defaults written in the class body (:class:`Factory` for a fresh list
or dict) and what a value must be as ``Annotated`` metadata (:class:`Constraint`). They keep
pydantic's methods where lawref calls them — ``model_construct``, ``model_copy``, ``model_dump``,
``model_dump_json`` — with pydantic's output, and hand ``model_validate``,
``model_validate_json`` and ``model_json_schema`` to the pydantic model that
:meth:`Record.validating_model` builds from the record's fields, converting what it validates
into these records. Records are frozen, compare and hash by their fields, and pickle as their
fields.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

R = TypeVar("R", bound="Record")


class _Required:
    def __repr__(self) -> str:
        return "REQUIRED"


REQUIRED: Any = _Required()  # a field without a default


class Factory:
    """A field's default made afresh for each record (pydantic's ``default_factory``)."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[], Any]) -> None:
        self.make = make

    def __repr__(self) -> str:
        return f"Factory({getattr(self.make, '__name__', self.make)})"


class Constraint:
    """What a field's value must be, as ``Annotated`` metadata (``Annotated[str,
    Constraint(min_length=1)]``): pydantic's constraint names (``pattern``, ``min_length``,
    ``max_length``, ``ge``, ``le``) and a field's ``description``. A plain object that records
    never check: the validation layer hands it to pydantic (lawref.validation.record_models),
    and importing no constraint library keeps the warm path cheap."""

    __slots__ = ("rules",)

    def __init__(self, **rules: Any) -> None:
        self.rules = tuple(sorted(rules.items()))

    def __eq__(self, other: object) -> bool:
        return type(other) is Constraint and other.rules == self.rules

    def __hash__(self) -> int:
        return hash(self.rules)

    def __repr__(self) -> str:
        return f"Constraint({', '.join(f'{k}={v!r}' for k, v in self.rules)})"


class _NeedsPydantic(Exception):
    """A value whose JSON pydantic writes differently from the json module (a float in
    exponent form, a lone surrogate): that record is written by its pydantic model."""


class Record:
    """Base of the plain records: see the module's docstring."""

    # field name -> default (REQUIRED, a Factory or the value), in pydantic's order
    model_fields: ClassVar[dict[str, Any]] = {}
    # Fields never written by model_dump (pydantic's ``exclude=True``) ...
    hidden_fields: ClassVar[tuple[str, ...]] = ()
    # ... and fields left out of a dump when they are None (a wrap serializer in the model).
    dropped_when_none: ClassVar[tuple[str, ...]] = ()
    # True: ``Record(...)`` validates its values as pydantic's constructor does (records made from
    # input: a statute being added or imported); False: the values are typed already (a report's).
    validated_on_init: ClassVar[bool] = False

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields: dict[str, Any] = {}
        for base in reversed(cls.__mro__[1:]):
            fields.update(getattr(base, "model_fields", {}))
        for name, annotation in cls.__dict__.get("__annotations__", {}).items():
            if str(annotation).startswith(("ClassVar", "typing.ClassVar")):
                continue
            fields[name] = cls.__dict__.get(name, fields.get(name, REQUIRED))
        cls.model_fields = fields

    def __init__(self, **values: Any) -> None:
        if self.validated_on_init:
            made = self.model_validate(values)
            self.__dict__.update(made.__dict__)
            return
        own = self.__dict__
        for name, default in self.model_fields.items():
            if name in values:
                own[name] = values[name]
            elif default is REQUIRED:
                raise TypeError(f"{type(self).__name__}: field {name!r} is required")
            else:
                own[name] = default.make() if type(default) is Factory else default
        unknown = values.keys() - own.keys()
        if unknown:
            raise TypeError(f"{type(self).__name__}: no field {', '.join(sorted(unknown))}")

    # --- pydantic's API, as lawref uses it ------------------------------------------------------

    @classmethod
    def model_construct(cls: type[R], **values: Any) -> R:
        """A record of ``values`` (typed already), defaults for the rest; unknown names ignored."""
        record = cls.__new__(cls)
        own = record.__dict__
        for name, default in cls.model_fields.items():
            if name in values:
                own[name] = values[name]
            elif default is not REQUIRED:
                own[name] = default.make() if type(default) is Factory else default
        return record

    def model_copy(self: R, *, update: dict[str, Any] | None = None, deep: bool = False) -> R:
        """A copy, with the fields in ``update`` replaced (not validated, as in pydantic)."""
        if deep:
            import copy

            copied: R = copy.deepcopy(self)
        else:
            copied = type(self).__new__(type(self))
            copied.__dict__.update(self.__dict__)
        if update:
            copied.__dict__.update(update)
        return copied

    def model_dump(
        self, *, mode: str = "python", exclude_none: bool = False, exclude_defaults: bool = False
    ) -> dict[str, Any]:
        """The record as a dict, nested records as dicts, as pydantic's ``model_dump``."""
        if mode not in ("python", "json"):
            raise ValueError(f"mode must be 'python' or 'json', not {mode!r}")
        return _dump_record(self, mode == "json", exclude_none, exclude_defaults)

    def model_dump_json(self, *, indent: int | None = None) -> str:
        """The record as JSON, byte for byte as pydantic's ``model_dump_json`` writes it."""
        try:
            data = _dump_record(self, True, False, False, exact_floats=True)
            text = json.dumps(
                data,
                ensure_ascii=False,
                indent=indent,
                separators=(",", ":") if indent is None else (",", ": "),
            )
            text.encode("utf-8")  # a lone surrogate: pydantic refuses it, and says so
            return text
        except (_NeedsPydantic, UnicodeEncodeError):
            return as_model(self).model_dump_json(indent=indent)  # type: ignore[no-any-return]

    @classmethod
    def model_validate(cls: type[R], data: Any) -> R:
        """``data`` validated by the pydantic model (its ValidationError if it is not valid);
        records in it are taken as the models they stand for."""
        return as_record(cls.validating_model().model_validate(as_model(data)))  # type: ignore[no-any-return]

    @classmethod
    def model_validate_json(cls: type[R], data: str | bytes) -> R:
        return as_record(cls.validating_model().model_validate_json(data))  # type: ignore[no-any-return]

    @classmethod
    def model_json_schema(cls) -> dict[str, Any]:
        return cls.validating_model().model_json_schema()  # type: ignore[no-any-return]

    @classmethod
    def validating_model(cls) -> Any:
        """The pydantic model that validates this record, built from its fields (once) by the
        validation module of the record's kind: each kind's base class says which. Imports
        pydantic."""
        raise NotImplementedError

    # --- a value object -------------------------------------------------------------------------

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen: use model_copy(update=...)")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __hash__(self) -> int:
        return hash((type(self), *self.__dict__.values()))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={value!r}" for name, value in self.__dict__.items())
        return f"{type(self).__name__}({shown})"


def _dump_record(
    record: Record, json_mode: bool, none: bool, defaults: bool, exact_floats: bool = False
) -> dict[str, Any]:
    kind = type(record)
    fields = kind.model_fields
    hidden = kind.hidden_fields
    out: dict[str, Any] = {}
    for name, value in record.__dict__.items():
        if name in hidden or (none and value is None):
            continue
        default = fields.get(name, REQUIRED) if defaults else REQUIRED
        if default is not REQUIRED and value == (
            default.make() if type(default) is Factory else default
        ):
            continue
        out[name] = _dump_value(value, json_mode, none, defaults, exact_floats)
    for name in kind.dropped_when_none:
        if out.get(name, 0) is None:
            del out[name]
    return out


def _dump_value(value: Any, json_mode: bool, none: bool, defaults: bool, exact: bool) -> Any:
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:
        return value
    if kind is float:
        if exact and ("e" in (shown := repr(value)) or "n" in shown):
            raise _NeedsPydantic(shown)  # 1e-05, inf, nan: pydantic's JSON differs
        return value
    if isinstance(value, Record):
        return _dump_record(value, json_mode, none, defaults, exact)
    if kind is list:
        return [_dump_value(v, json_mode, none, defaults, exact) for v in value]
    if kind is tuple:
        items = [_dump_value(v, json_mode, none, defaults, exact) for v in value]
        return items if json_mode else tuple(items)
    if kind is dict:
        return {k: _dump_value(v, json_mode, none, defaults, exact) for k, v in value.items()}
    if json_mode and isinstance(value, dt.date):
        return value.isoformat()
    return value


def as_record(value: Any) -> Any:
    """``value`` (a pydantic model built by :meth:`Record.validating_model`, or lists, tuples and
    dicts of them) as the records the models were built from."""
    record = getattr(type(value), "lawref_record", None)
    if record is None:
        return _each_item(value, as_record)
    made = record.__new__(record)
    own = made.__dict__
    for name in record.model_fields:
        own[name] = as_record(getattr(value, name))
    return made


def as_model(record: Any) -> Any:
    """A record (or lists, tuples and dicts of them) as its pydantic models, made without
    validation: for writing it as pydantic does where the json module would differ."""
    if not isinstance(record, Record):
        return _each_item(record, as_model)
    model = record.validating_model()
    return model.model_construct(**{name: as_model(v) for name, v in record.__dict__.items()})


def _each_item(value: Any, convert: Callable[[Any], Any]) -> Any:
    """A list, tuple or dict with ``convert`` applied to each item (value); anything else as is."""
    kind = type(value)
    if kind is list:
        return [convert(v) for v in value]
    if kind is tuple:
        return tuple(convert(v) for v in value)
    if kind is dict:
        return {k: convert(v) for k, v in value.items()}
    return value
