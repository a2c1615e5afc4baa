"""The folders a store write or lock makes, listed first and removed again while still empty."""

from __future__ import annotations

from pathlib import Path


def missing_folders(folder: Path) -> list[Path]:
    """``folder`` and those of its parents that do not exist yet, deepest first: what making it
    creates, for :func:`remove_empty_folders` to take away again."""
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    return missing


def remove_empty_folders(created: list[Path]) -> None:
    """Remove the folders :func:`missing_folders` listed (deepest first) while they are empty."""
    for folder in created:
        try:
            folder.rmdir()
        except OSError:
            break
