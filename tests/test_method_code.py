"""The dataclass methods read compiled from the cache folder (lawref/store/method_code.py) are the
ones the standard library makes: same code, signature, annotations and behaviour."""

from __future__ import annotations

import dataclasses
import inspect
import marshal
import sys

import pytest

from lawref.store import method_code

pytestmark = pytest.mark.skipif(
    sys.version_info[:2] not in method_code._SUPPORTED,
    reason="dataclasses of this Python are left as they are",
)

SOURCE = """
import dataclasses
from dataclasses import dataclass, field
from typing import ClassVar


@dataclass(frozen=True)
class Span:
    text: str
    start: int
    end: int = 0
    notes: list[str] = field(default_factory=list)
    derived: int = field(init=False, default=0)
    LIMIT: ClassVar[int] = 7

    def __post_init__(self) -> None:
        object.__setattr__(self, "derived", self.end - self.start)


@dataclass(order=True)
class Mutable:
    name: str
    weight: float = 1.0
"""


def _made(namespace_name: str) -> dict[str, object]:
    namespace: dict[str, object] = {"__name__": namespace_name}
    exec(compile(SOURCE, "<classes>", "exec", dont_inherit=True), namespace)  # noqa: S102 - the test's own classes
    return namespace


METHODS = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__", "__lt__")


def _same_function(a: object, b: object) -> None:
    assert (a is None) == (b is None)
    if a is None:
        return
    code_a, code_b = a.__code__, b.__code__  # type: ignore[attr-defined]
    assert code_a.co_code == code_b.co_code and code_a.co_consts == code_b.co_consts
    assert code_a.co_names == code_b.co_names and code_a.co_varnames == code_b.co_varnames
    assert a.__annotations__ == b.__annotations__  # type: ignore[attr-defined]
    assert a.__defaults__ == b.__defaults__  # type: ignore[attr-defined]
    assert a.__qualname__ == b.__qualname__  # type: ignore[attr-defined]


def test_classes_made_from_the_table_are_the_standard_librarys(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    standard = _made("standard")
    monkeypatch.setattr(method_code, "_known", {})
    monkeypatch.setattr(method_code, "_new", {})
    monkeypatch.setattr(method_code, "_save", lambda: None)
    monkeypatch.setattr(dataclasses, "exec", method_code._exec, raising=False)
    compiled = _made("compiled")  # compiled here: every text is new
    assert method_code._new, "the texts compiled are kept for the table"
    # The next run reads them from the table (marshalled) and compiles none.
    monkeypatch.setattr(method_code, "_known", dict(method_code._new))
    monkeypatch.setattr(method_code, "_new", {})
    before = method_code.compiled_here
    kept = _made("kept")
    assert method_code.compiled_here == before
    for made in (compiled, kept):
        for name in ("Span", "Mutable"):
            ours, theirs = made[name], standard[name]
            assert inspect.signature(ours) == inspect.signature(theirs)  # type: ignore[arg-type]
            assert ours.__doc__ == theirs.__doc__  # type: ignore[attr-defined]
            for method in METHODS:
                _same_function(ours.__dict__.get(method), theirs.__dict__.get(method))  # type: ignore[attr-defined]
        span = made["Span"]("a", 2, 5)  # type: ignore[operator]
        assert span == made["Span"]("a", 2, 5) and span.derived == 3 and span.notes == []  # type: ignore[operator,attr-defined]
        assert repr(span).replace("kept", "").replace("compiled", "") == repr(
            standard["Span"]("a", 2, 5)  # type: ignore[operator]
        ).replace("standard", "")
        with pytest.raises(dataclasses.FrozenInstanceError):
            span.text = "b"  # type: ignore[attr-defined]
        assert dataclasses.replace(span, end=9).derived == 7
        assert made["Mutable"]("a") < made["Mutable"]("b")  # type: ignore[operator]


def test_code_that_does_not_read_back_is_compiled_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """A damaged entry of the table is never fatal: the text is compiled as before."""
    text = "def __create_fn__():\n def f(self):\n  return 1\n return f"
    monkeypatch.setattr(method_code, "_known", {text: b"not marshalled code"})
    monkeypatch.setattr(method_code, "_new", {})
    monkeypatch.setattr(method_code, "_save", lambda: None)
    code = method_code._code_of(text)
    assert code == compile(text, "<string>", "exec", dont_inherit=True)
    assert marshal.loads(method_code._new[text]) == code


def test_install_leaves_dataclasses_alone_when_the_cache_is_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LAWREF_NO_CACHE", "1")
    assert "exec" not in vars(dataclasses)
    method_code.install()
    assert "exec" not in vars(dataclasses)


def test_install_gives_dataclasses_the_reading_exec(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LAWREF_NO_CACHE", raising=False)
    monkeypatch.setattr(method_code, "enabled", lambda: True)
    monkeypatch.delattr(dataclasses, "exec", raising=False)
    method_code.install()
    try:
        assert vars(dataclasses)["exec"] is method_code._exec
    finally:
        monkeypatch.delattr(dataclasses, "exec", raising=False)
