"""The shipped store as a whole: ids, non-empty texts, numbering, examples, and byte-exactness
of every original text against the corpus it was imported from (when the corpus is there:
$LAWREF_CORPUS, else ../shared/corpus)."""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

import pytest
import yaml
from corpus import CORPUS
from corpus import needs_corpus as corpus_needed

from lawref.ingest.splitter import SplitResult, split_text
from lawref.store.files import collect, shipped_store_path, yaml_files
from lawref.store.schema import Statute

REPO = Path(__file__).resolve().parents[1]
needs_corpus = corpus_needed("MANIFEST.tsv")


@cache
def shipped() -> dict[str, Statute]:
    store, problems = collect([shipped_store_path()])
    assert problems == [], [str(p) for p in problems]
    return dict(store.statutes)


STATUTES = sorted(shipped())


def versions_with_text(statute: Statute) -> list[str]:
    return [v for v in statute.version_ids() if statute.articles_in(v)]


def test_ids_are_unique_across_files() -> None:
    ids = []
    for path in yaml_files(shipped_store_path()):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "articles" in data:
            ids.append(data["id"])
    assert len(ids) == len(set(ids)) == len(shipped())


@pytest.mark.parametrize("statute_id", STATUTES)
def test_every_text_is_non_empty_and_every_statute_has_cite_examples(statute_id: str) -> None:
    statute = shipped()[statute_id]
    assert statute.articles
    for article in statute.articles:
        assert article.text.strip(), article.number
        assert article.text == article.text.strip(), f"{article.number}: untrimmed text"
        for translation in article.translations:
            assert translation.text.strip() and translation.publisher and translation.reuse
            assert translation.url or translation.note
    assert sum(1 for e in statute.examples if e.cite) >= 2


def numbering(statute: Statute, version: str) -> list[tuple[int, int]]:
    pairs = []
    for article in statute.articles_in(version):
        match = re.fullmatch(r"(\d+)(?:-(\d+))?", article.number)
        assert match, f"{statute.id}: article number {article.number!r}"
        pairs.append((int(match[1]), int(match[2] or 0)))
    return pairs


@pytest.mark.parametrize("statute_id", [s for s in STATUTES if s.startswith("cn-")])
def test_chinese_laws_are_numbered_from_1_without_gaps(statute_id: str) -> None:
    statute = shipped()[statute_id]
    for version in versions_with_text(statute):
        main = [n for n, sub in numbering(statute, version) if sub == 0]
        assert main == list(range(1, len(main) + 1)), (statute_id, version)


# --- examples: every cite example names an article that exists ------------------------------

CITE_EXAMPLES = [
    pytest.param(statute_id, index, id=f"{statute_id}-{index}")
    for statute_id in STATUTES
    for index, example in enumerate(shipped()[statute_id].examples)
    if example.cite is not None
]


@pytest.mark.parametrize(("statute_id", "index"), CITE_EXAMPLES)
def test_cite_example_refers_to_an_existing_article(statute_id: str, index: int) -> None:
    statute = shipped()[statute_id]
    example = statute.examples[index]
    assert example.article is not None, f"{example.cite!r} names no article"
    version = example.version
    if version is not None and version not in versions_with_text(statute):
        # A version whose text is not stored (NIL 2017): the article must exist in another one.
        assert version in statute.version_ids()
        version = None
    assert statute.article(example.article, version) is not None, example.cite


# --- byte-exactness against the corpus -------------------------------------------------------


@cache
def manifest() -> dict[str, str]:
    """Source path (or address) in the provenance → corpus file."""
    with (CORPUS / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        return {row["source_path"]: row["path"] for row in csv.DictReader(handle, delimiter="\t")}


@cache
def corpus_split(name: str) -> tuple[str, SplitResult]:
    text = (CORPUS / name).read_text(encoding="utf-8")
    return text, split_text(text, name)


def corpus_file(statute: Statute, version: str) -> str:
    found = next(v for v in statute.versions if v.id == version)
    source = found.source or statute.source
    name = manifest().get(source.path or "") or manifest().get(source.url or "")
    assert name, (
        f"{statute.id} {version}: provenance {source.path or source.url} not in MANIFEST.tsv"
    )
    return name


@needs_corpus
@pytest.mark.parametrize("statute_id", STATUTES)
def test_original_texts_are_byte_exact_and_complete(statute_id: str) -> None:
    statute = shipped()[statute_id]
    for version in versions_with_text(statute):
        text, split = corpus_split(corpus_file(statute, version))
        stored = {a.number: a.text for a in statute.articles_in(version)}
        assert list(stored) == split.numbers(), f"{statute_id} {version}: not every article"
        for piece in split.articles:
            assert stored[piece.number] == piece.text == text[piece.start : piece.end]


@needs_corpus
def test_every_corpus_original_is_in_the_store() -> None:
    sources = {
        corpus_file(statute, version)
        for statute in shipped().values()
        for version in versions_with_text(statute)
    }
    originals = {row for row in manifest().values() if re.match(r"(cn|us|eu)/", row)}
    assert originals <= sources


@needs_corpus
def test_every_rendering_is_stored_as_a_translation() -> None:
    entries = yaml.safe_load((CORPUS / "en" / "renderings.yaml").read_text(encoding="utf-8"))
    stored = {
        (t.ref, t.text)
        for statute in shipped().values()
        for article in statute.articles
        for t in article.translations
    }
    for entry in entries:
        for fragment in entry.get("fragments") or [entry["text"]]:
            assert (entry["id"], fragment) in stored, entry["id"]
