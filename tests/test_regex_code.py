"""Regular expressions kept as compiled code (lawref/text/regex_code.py): what is read back is the
pattern ``re.compile`` makes, and a warm run compiles none of lawref's constants again."""

from __future__ import annotations

import json
import os
import pickle
import re
import subprocess
import sys
from array import array
from pathlib import Path

import pytest

from lawref.citations.find import CitationFinder
from lawref.store.load import load_store
from lawref.text.regex_code import PatternsKept, rebuild

REPO = Path(__file__).resolve().parents[1]


def test_patterns_read_back_equal_what_re_compiles() -> None:
    """The finder's scanner (every statute name and template in one expression), each template
    and the hand-written samples: equal under ``==`` (which compares the compiled code), with the
    same groups, and finding the same."""
    finder = CitationFinder(load_store())
    patterns = [
        finder._scanner,
        *(t.regex for t in finder.grammar.templates),
        *finder.grammar.windows.values(),
        re.compile(r"(?P<a>x)|y{1,3}", re.IGNORECASE),
        re.compile(r"(?<![A-Za-z])[\u3400-\u9fff]{1,5}(?=\s)", re.MULTILINE),
    ]
    back = pickle.loads(pickle.dumps(PatternsKept(patterns))).value
    assert len(back) == len(patterns) > 50
    text = (REPO / "examples" / "huawei-intelligence-law.txt").read_text(encoding="utf-8")
    for original, read in zip(patterns, back, strict=True):
        fresh = re.compile(original.pattern, original.flags)
        assert read == fresh and read.flags == fresh.flags
        assert dict(read.groupindex) == dict(fresh.groupindex)
        assert [m.span() for m in read.finditer(text)] == [m.span() for m in fresh.finditer(text)]


def test_code_that_is_not_well_formed_falls_back_to_the_source() -> None:
    source = r"Art(?:icle)?\.?\s\d{1,3}"
    code, *rest = _frozen(source)
    broken = (array("I", list(code)[:3]), *rest)  # type: ignore[call-overload]
    assert rebuild(source, 0, broken) == re.compile(source)  # type: ignore[arg-type]
    assert rebuild(source, 0, None) == re.compile(source)


def _frozen(source: str) -> tuple[object, ...]:
    from lawref.text.regex_code import code_of

    frozen = code_of(re.compile(source))
    assert frozen is not None
    return frozen


_PROBE = """
import json, re, sys
compiled = []
real = re.compile
def counting(p, f=0):
    if sys._getframe(1).f_globals.get("__name__") == "lawref.text.regex_code":
        compiled.append(p)
    return real(p, f)
re.compile = counting
import lawref.text.tokens as tokens
import lawref.citations.name_table
re.compile = real
print(json.dumps({"compiled": len(compiled),
                  "equal": tokens.TOKEN_RE == re.compile(tokens.TOKEN_RE.pattern)}))
"""


def test_a_second_run_reads_the_constants_and_clear_removes_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = {
        **os.environ,
        "LAWREF_CACHE_DIR": str(tmp_path / "cache"),
        "PYTHONPATH": str(REPO),
    }
    env.pop("LAWREF_NO_CACHE", None)

    def probe() -> dict[str, object]:
        result = subprocess.run(
            [sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True
        )
        return json.loads(result.stdout)  # type: ignore[no-any-return]

    from lawref.store import cache

    # A cache folder with its key, as the first run of a command that loads a store leaves it.
    monkeypatch.setenv("LAWREF_CACHE_DIR", env["LAWREF_CACHE_DIR"])
    folder = cache.secure_dir(cache.cache_dir(), create=True)
    assert folder is not None and cache.secret_key(folder, create=True) is not None
    first = probe()
    assert first["compiled"] and first["equal"]  # compiled from source, then kept at exit
    assert (tmp_path / "cache" / "patterns.pickle").is_file()
    second = probe()
    assert second == {"compiled": 0, "equal": True}
    subprocess.run(
        [sys.executable, "-m", "lawref.cli", "cache", "clear"],
        env=env,
        check=True,
        capture_output=True,
    )
    assert not (tmp_path / "cache" / "patterns.pickle").exists()
    assert probe()["compiled"] == first["compiled"]
