"""`import lawref` stays cheap: no store, no heavy third-party modules until they are used."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("pydantic", "yaml", "rapidfuzz", "rich", "opencc", "lxml", "jieba", "platformdirs")


def loaded_after(statement: str) -> set[str]:
    code = f"{statement}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize("statement", ["import lawref", "import lawref.store.cache"])
def test_importing_loads_no_heavy_module_and_not_the_store(statement: str) -> None:
    modules = loaded_after(statement)
    assert not {m.split(".")[0] for m in modules} & set(HEAVY)
    assert not {"lawref.store.files", "lawref.store.schema", "lawref.match.index"} & modules


def test_the_public_api_is_still_reachable_lazily() -> None:
    modules = loaded_after("import lawref\nlawref.load_store")
    assert "lawref.store.load" in modules and "pydantic" in {m.split(".")[0] for m in modules}
