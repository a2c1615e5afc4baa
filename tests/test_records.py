"""The plain records (lawref.record) and the pydantic models built from them to validate them are
one schema: the same classes, fields, order, defaults and constraints, and the same output (JSON,
dumps) for the same values — the JSON contract and the store's files are written from the
records."""

from __future__ import annotations

import importlib
import json
import pickle
from pathlib import Path
from typing import Any

import pydantic
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawref.record import REQUIRED, Factory, Record, as_model
from lawref.report import (
    CitedAs,
    Difference,
    Document,
    Evidence,
    Match,
    MeaningChange,
    Quote,
    Report,
)
from lawref.store.files import collect, shipped_store_path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

RECORD_MODULES = (
    "lawref.report",
    "lawref.store.schema",
    "lawref.store.glossary",
    "lawref.citations.grammar_data",
)


def _classes(module: Any, base: type) -> dict[str, type]:
    return {
        name: value
        for name, value in vars(module).items()
        if isinstance(value, type)
        and issubclass(value, base)
        and value.__module__ == module.__name__
    }


@pytest.mark.parametrize("records", RECORD_MODULES)
def test_each_records_pydantic_model_has_its_fields_and_defaults(records: str) -> None:
    """The model that validates a record is built from the record's fields: the same names in the
    same order, required where the record has no default, the same defaults, hidden fields
    excluded."""
    plain = _classes(importlib.import_module(records), Record)
    assert len([r for r in plain.values() if r.model_fields]) >= 2
    for name, record in plain.items():
        if not record.model_fields:
            continue
        model = record.validating_model()
        assert issubclass(model, pydantic.BaseModel) and model.__name__ == name
        assert record.validating_model() is model  # built once
        assert list(model.model_fields) == list(record.model_fields), name
        for field, info in model.model_fields.items():
            default = record.model_fields[field]
            if info.is_required():
                assert default is REQUIRED, f"{name}.{field}"
            else:
                made = default.make() if isinstance(default, Factory) else default
                assert made == info.get_default(call_default_factory=True), f"{name}.{field}"
            assert (field in record.hidden_fields) == bool(info.exclude), f"{name}.{field}"


def test_the_constraints_written_on_a_record_are_its_models() -> None:
    """``Annotated[..., Constraint(...)]`` on a record's field is what its model enforces and
    what the JSON Schema says; a nested record's field is typed by that record's model."""
    from lawref.citations.grammar_data import ListSpec
    from lawref.store.glossary import GlossaryEntry
    from lawref.store.schema import Provenance, Statute

    statute = Statute.validating_model().model_fields
    assert statute["source"].annotation is Provenance.validating_model()
    quote = Quote.model_json_schema()["properties"]
    assert (quote["score"]["minimum"], quote["score"]["maximum"]) == (0, 100)
    assert quote["page"]["description"] == "PDF input: the page it starts on, from 1"
    with pytest.raises(pydantic.ValidationError, match="less than or equal to 500"):
        ListSpec.model_validate({"item": "x", "max_range": 501})
    with pytest.raises(pydantic.ValidationError, match="at most 20 characters"):
        GlossaryEntry.model_validate({"term": "法" * 21, "kind": "term", "renderings": ["law"]})
    with pytest.raises(pydantic.ValidationError, match="at least 1 character"):
        ListSpec.model_validate({"item": ""})


def _example_reports() -> list[Report]:
    reports = [
        Report.model_validate_json(p.read_text(encoding="utf-8"))
        for p in sorted(EXAMPLES.glob("*.json"))
    ]
    assert reports, "the examples' JSON reports are committed"
    return reports


def test_a_report_read_back_is_records_and_written_byte_for_byte_as_read() -> None:
    for path in sorted(EXAMPLES.glob("*.json")):
        text = path.read_text(encoding="utf-8")
        report = Report.model_validate_json(text)
        assert type(report) is Report and type(report.documents[0]) is Document
        assert report.to_json() + "\n" == text or report.to_json() == text
        assert report.model_dump_json(indent=2) == as_model(report).model_dump_json(indent=2)
        assert report.model_dump(mode="json") == as_model(report).model_dump(mode="json")


def test_an_invalid_report_is_refused_by_the_pydantic_model() -> None:
    data = json.loads(_example_reports()[0].to_json())
    data["documents"][0]["quotes"][0]["score"] = 101
    with pytest.raises(pydantic.ValidationError):
        Report.model_validate(data)


_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=12)
_score = st.floats(min_value=0, max_value=100, allow_nan=False)


@st.composite
def _quotes(draw: st.DrawFn) -> Quote:
    match = Match.model_construct(
        statute=draw(_text),
        title=draw(_text),
        title_original=draw(_text),
        article=draw(_text),
        version=draw(st.none() | _text),
        language="zh",
        translation=draw(st.none() | _text),
        text=draw(_text),
        span=(draw(st.integers(0, 9)), draw(st.integers(0, 99))),
    )
    evidence = Evidence.model_construct(
        covered=[],
        omitted=[],
        added=[],
        modality=[
            MeaningChange.model_construct(
                kind="modality", change="weakened", term=None, gloss=None, quote=None, note="n"
            )
        ],
        faithfulness=draw(_score),
    )
    return Quote.model_construct(
        text=draw(_text),
        start=draw(st.integers(0, 10**6)),
        end=draw(st.integers(0, 10**6)),
        verdict=draw(st.sampled_from(["verbatim", "altered", "unmatched"])),
        score=draw(_score | st.sampled_from([1e-05, 1e-7, 0.0, 100.0])),
        match=draw(st.none() | st.just(match)),
        differences=[Difference.model_construct(op="replace", quote=draw(_text), statute="s")],
        attribution="uncited",
        cited_as=draw(
            st.none() | st.just(CitedAs.model_construct(text="t", statute=None, article=None))
        ),
        evidence=draw(st.none() | st.just(evidence)),
        page=draw(st.none() | st.integers(1, 9)),
        notes=["never written"],
    )


@settings(max_examples=150, deadline=None)
@given(quotes=st.lists(_quotes(), max_size=3), indent=st.sampled_from([None, 2]))
def test_a_report_is_written_exactly_as_pydantic_writes_it(
    quotes: list[Quote], indent: int | None
) -> None:
    """Any text (control characters, other scripts), any score (1e-05 included, which the json
    module would write in exponent form), page given or not: the same bytes as pydantic's."""
    report = Report.model_construct(
        lawref_version="0",
        documents=[Document.model_construct(source="s", quotes=quotes, citations=[])],
    )
    assert report.model_dump_json(indent=indent) == as_model(report).model_dump_json(indent=indent)
    assert report.model_dump() == as_model(report).model_dump()


@pytest.fixture(scope="module")
def shipped_statutes() -> list[Any]:
    store, problems = collect([shipped_store_path()])
    assert not problems
    return list(store)


def test_the_stores_statutes_dump_as_their_pydantic_models_do(shipped_statutes: list[Any]) -> None:
    """lawref.store.write lays a statute out from ``model_dump(exclude_defaults=True)``; the web
    API and ``lawref show`` from ``model_dump(mode="json", exclude_none=True)``."""
    for statute in shipped_statutes:
        model = as_model(statute)
        for options in (
            {"exclude_defaults": True},
            {"mode": "json", "exclude_none": True},
            {},
        ):
            assert statute.model_dump(**options) == model.model_dump(**options), statute.id


def test_records_are_frozen_compare_by_value_and_pickle(shipped_statutes: list[Any]) -> None:
    statute = shipped_statutes[0]
    with pytest.raises(AttributeError):
        statute.id = "changed"
    copy = pickle.loads(pickle.dumps(statute, protocol=pickle.HIGHEST_PROTOCOL))
    assert copy == statute and copy is not statute
    changed = statute.model_copy(update={"note": "another"})
    assert changed != statute and changed.note == "another" and statute.note != "another"
    assert hash(Difference.model_construct(op="insert", quote="a", statute="")) == hash(
        Difference.model_construct(op="insert", quote="a", statute="")
    )


def test_store_records_made_from_input_are_validated_as_pydantic_made_them() -> None:
    """`lawref add` and the importer make statutes field by field: a record made directly is
    validated (values coerced, cross-field checks run), and holds records, not models."""
    import datetime as dt

    from lawref.store.schema import Article, Provenance, Translation

    with pytest.raises(pydantic.ValidationError, match="at least one of url"):
        Provenance(source="a publisher")
    assert Provenance(source="a publisher", retrieved="2024-01-02").retrieved == dt.date(2024, 1, 2)
    rendering = Translation(
        language="en", text="t", publisher="p", url=None, official=False, reuse="r", note="seen"
    )
    article = Article(number="7", text="第七条", translations=[rendering])
    assert type(article.translations[0]) is Translation and article.translations[0] == rendering
    with pytest.raises(pydantic.ValidationError):
        Article(number="7", text="   ")
