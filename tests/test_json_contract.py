"""The JSON contract in the repository: `lawref schema report` validates every committed example
report and fresh ones, rejects what the contract does not allow, and docs/json-contract.md names
every field and value of it."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from lawref.cli import run
from lawref.report import Evidence as EvidenceModel
from lawref.report import report_schema

jsonschema = pytest.importorskip("jsonschema")

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((REPO / "examples").glob("*.json"))
CONTRACT = REPO / "docs" / "json-contract.md"


@pytest.fixture(scope="module")
def validator() -> Any:
    schema = report_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schema_report_prints_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["schema", "report"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == report_schema()
    assert printed["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_schema_without_argument_is_still_the_statute_file(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "lawref statute file"


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_every_committed_example_validates(path: Path, validator: Any) -> None:
    errors = [e.message for e in validator.iter_errors(json.loads(path.read_text("utf-8")))]
    assert errors == []


def test_there_are_examples_to_validate() -> None:
    assert len(EXAMPLES) >= 3


def test_a_fresh_report_validates(
    validator: Any, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    story = tmp_path / "story.txt"
    story.write_text(
        "Article 7 of the National Intelligence Law says organisations must "
        '"support, assist and cooperate with the state intelligence work". '
        'A spokesman called it "nonsense".\n',
        encoding="utf-8",
    )
    run(["check", str(story), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert report["documents"][0]["quotes"]
    assert list(validator.iter_errors(report)) == []


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("quotes", 0, "verdict"), "wrong"),
        (("quotes", 0, "attribution"), "maybe"),
        (("quotes", 0, "marks"), "italic"),
        (("quotes", 0, "surprise"), 1),
        (("citations", 0, "start"), "12"),
        (("quotes", 0, "page"), 0),
    ],
)
def test_the_schema_rejects_what_the_contract_does_not_allow(
    validator: Any, path: tuple[Any, ...], value: Any
) -> None:
    report = json.loads(EXAMPLES[0].read_text("utf-8"))
    target = report["documents"][0]
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert list(validator.iter_errors(report)), path


def test_a_quote_without_its_verdict_is_rejected(validator: Any) -> None:
    report = json.loads(EXAMPLES[0].read_text("utf-8"))
    del report["documents"][0]["quotes"][0]["verdict"]
    assert list(validator.iter_errors(report))


def _names(schema: dict[str, Any]) -> tuple[set[str], set[str]]:
    """Every property name and every enumerated value in the schema."""
    fields: set[str] = set()
    values: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            fields.update(node.get("properties", {}))
            values.update(v for v in node.get("enum", []) if isinstance(v, str))
            if isinstance(node.get("const"), str):
                values.add(node["const"])
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(schema)
    return fields, values


def test_the_contract_document_names_every_field_and_value() -> None:
    text = CONTRACT.read_text(encoding="utf-8")
    fields, values = _names(report_schema())
    quoted = set(re.findall(r'"([a-z_]+)"\s*:', text)) | set(re.findall(r"`([a-z_-]+)`", text))
    assert fields - quoted == set()
    listed = set(re.findall(r'"([a-z-]+)"', text)) | set(re.findall(r"`([a-z-]+)`", text))
    assert values - listed == set()


def test_readme_links_the_contract_in_the_repository() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "docs/json-contract.md" in readme
    assert "DESIGN.md" not in readme


def test_the_evidence_model_has_the_fields_the_cross_lingual_check_writes() -> None:
    from lawref.xling.evidence import Evidence

    written = Evidence((), (), (), (), 50.0, (0, 0)).to_json()
    assert list(written) == list(EvidenceModel.model_fields)
