"""A Chinese law cited in Spanish (issue 14, the seventh held-out set's citation recall): its
Spanish name (Ley de Inteligencia Nacional, an alias) and "Artículo 7" as an article reference
(`en.yaml` ``article_word``), read like "Article 7". The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from lawref.citations.find import CitationFinder
from lawref.store.load import load_store

NIL = "cn-national-intelligence-law"


@pytest.fixture(scope="module")
def finder() -> CitationFinder:
    return CitationFinder(load_store())


# (text, the citation's words, the statute and article; None: no statute)
CASES: list[tuple[str, str, tuple[str, str | None]]] = [
    (
        "La Ley de Inteligencia Nacional de China entró en vigor en 2017.",
        "Ley de Inteligencia Nacional",
        (NIL, None),
    ),
    (
        "Según el Artículo 7 de la Ley de Inteligencia Nacional, todas las organizaciones deben colaborar.",
        "Artículo 7 de la Ley de Inteligencia Nacional",  # joined by "de la" (fr.yaml)
        (NIL, "7"),
    ),
    (
        "Ley de Inteligencia Nacional\n\nArtículo 2 El trabajo de inteligencia nacional se adhiere a la seguridad.",
        "Artículo 2",
        (NIL, "2"),
    ),
    # English and Chinese forms are read as before.
    (
        "Article 7 of the National Intelligence Law requires cooperation.",
        "Article 7 of the National Intelligence Law",
        (NIL, "7"),
    ),
    ("《国家情报法》第七条要求配合。", "《国家情报法》第七条", (NIL, "7")),
    ("《國家情報法》第七條要求配合。", "《國家情報法》第七條", (NIL, "7")),
]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_spanish_citations(
    finder: CitationFinder, text: str, words: str, expected: tuple[str, str | None]
) -> None:
    found = [(c.statute, c.article) for c in finder.find(text) if c.text.endswith(words)]
    assert found == [expected]
