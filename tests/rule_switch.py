"""The rule-on/rule-off harness: a test that shows a pipeline rule matters runs twice, once as
the code is and once with the rule taken out, and asserts that the figure it guards goes back."""

from __future__ import annotations

from typing import Any

import pytest


class RuleSwitch:
    """Whether this run of a test has its rule (``on``), and the way to take the rule out."""

    def __init__(self, on: bool, monkeypatch: pytest.MonkeyPatch) -> None:
        self.on = on
        self._monkeypatch = monkeypatch

    def take_out(self, target: object, name: str, replacement: Any) -> None:
        """In the rule-off run, ``target.name`` is ``replacement`` for the test (the rule taken
        out); in the rule-on run, nothing changes."""
        if not self.on:
            self._monkeypatch.setattr(target, name, replacement)
