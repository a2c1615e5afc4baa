"""A US Code section's parts written without the section's brackets or number (issue 14, the ninth
and eighth held-out sets' citation recall: commentary on Section 230 writes "Section 230c2" and,
once the section is named, "Section (c)(1)", "Section (c)(2)(A) of the law"). Both are templates
of statutes/grammar/us.yaml (``section-parts-run-together``, ``section-part-of-the-section-before``);
each case says what is read with them and checks that it is not without them. Chinese article
forms are read as before. The sentences are written for these tests."""

from __future__ import annotations

import pytest
import yaml
from stored import shipped_store_with

from lawref.citations.find import CitationFinder
from lawref.citations.templates import load_grammar
from lawref.store.files import Store, shipped_store_path

CDA = "us-47-usc-230"
CSL = "cn-cybersecurity-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(CDA, CSL)


@pytest.fixture(scope="module")
def without_them(store: Store, tmp_path_factory: pytest.TempPathFactory) -> CitationFinder:
    """A finder whose grammar lacks the two templates (the rule off)."""
    folder = shipped_store_path() / "grammar"
    us = yaml.safe_load((folder / "us.yaml").read_text(encoding="utf-8"))
    us["templates"] = [t for t in us["templates"] if not t["name"].startswith("section-part")]
    us["lists"].pop("run_together_sections")
    path = tmp_path_factory.mktemp("grammar") / "us.yaml"
    path.write_text(yaml.safe_dump(us, allow_unicode=True), encoding="utf-8")
    kept = [p for p in sorted(folder.glob("*.yaml")) if p.stem != "us"]
    return CitationFinder(store, grammar=load_grammar([], extra=[*kept, path]))


CASES = [
    ("Section 230c2 protects good-faith moderation.", "Section 230c2", (CDA, "230")),
    (
        "Section 230 of the Communications Decency Act is short. Section (c)(1) is the famous one.",
        "Section (c)(1)",
        (CDA, "230"),
    ),
    (
        "Section 230 shields platforms, and Section (c)(2)(A) of the law adds good faith.",
        "Section (c)(2)(A) of the law",
        (CDA, "230"),
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_section_parts(
    store: Store,
    without_them: CitationFinder,
    text: str,
    words: str,
    expected: tuple[str, str],
) -> None:
    found = [(c.statute, c.article) for c in CitationFinder(store).find(text) if c.text == words]
    assert found == [expected]
    assert not [c for c in without_them.find(text) if c.text == words]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("《网络安全法》第二十一条第(一)项", "《网络安全法》第二十一条"),
        ("《網絡安全法》第二十一條", "《網絡安全法》第二十一條"),
    ],
)
def test_chinese_articles_read_as_before(store: Store, text: str, words: str) -> None:
    assert [
        (c.statute, c.article) for c in CitationFinder(store).find(text) if c.text.startswith(words)
    ] == [(CSL, "21")]
