"""Errors that reach the user as one line on stderr (``lawref: error: …``) and exit status 2."""

from __future__ import annotations


class LawrefError(Exception):
    """A problem with the user's input or store, described in one line."""

    exit_code = 2


class InputError(LawrefError):
    """An input file that cannot be read or decoded."""


class StoreError(LawrefError):
    """A store that cannot be loaded, or a statute id or name that does not resolve."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []
