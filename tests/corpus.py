"""Where the tests find the statute corpus: $LAWREF_CORPUS, else ../shared/corpus beside the
checkout. Tests that need it skip, with one message, when it is not there."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS_ENV = "LAWREF_CORPUS"
CORPUS = Path(os.environ.get(CORPUS_ENV) or REPO.parent / "shared" / "corpus")
CORPUS_MISSING = f"no statute corpus at {CORPUS} (set {CORPUS_ENV} to the corpus folder)"


def has_corpus(*parts: str) -> bool:
    """True when the corpus (or the file or folder ``parts`` inside it) is there."""
    return CORPUS.joinpath(*parts).exists()


def needs_corpus(*parts: str) -> pytest.MarkDecorator:
    """Skip the test when the corpus (or ``parts`` inside it) is not there."""
    return pytest.mark.skipif(not has_corpus(*parts), reason=CORPUS_MISSING)


def skip_without_corpus(*parts: str) -> None:
    """Inside a test or fixture: skip when the corpus (or ``parts`` inside it) is not there."""
    if not has_corpus(*parts):
        pytest.skip(CORPUS_MISSING)
