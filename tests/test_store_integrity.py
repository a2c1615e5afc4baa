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

from lawref.ingest.amendments import check_renumbering, renumbering_from_decision
from lawref.ingest.splitter import SplitResult, split_text
from lawref.match.matcher import Matcher
from lawref.store.files import Store, collect, shipped_store_path, yaml_files
from lawref.store.schema import Provenance, Statute

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


# --- examples: every quote example links to its article, with its verdict -------------------

QUOTE_EXAMPLES = [
    pytest.param(statute_id, index, id=f"{statute_id}-quote-{index}")
    for statute_id in STATUTES
    for index, example in enumerate(shipped()[statute_id].examples)
    if example.quote is not None
]


@cache
def matcher() -> Matcher:
    return Matcher(Store(statutes=shipped()))


@pytest.mark.parametrize(("statute_id", "index"), QUOTE_EXAMPLES)
def test_quote_example_links_to_its_article(statute_id: str, index: int) -> None:
    example = shipped()[statute_id].examples[index]
    assert example.quote is not None
    result = matcher().match(example.quote)
    assert result.match is not None, (result.verdict, result.score)
    assert (result.match.statute, result.match.article) == (statute_id, example.article)
    if example.version is not None:
        assert result.match.version == example.version
    if example.verdict is not None:
        assert result.verdict == example.verdict


# --- byte-exactness against the corpus -------------------------------------------------------


@cache
def manifest() -> dict[str, str]:
    """Source path (or address) in the provenance → corpus file, for the files MANIFEST.tsv
    lists and for those of the bulk PRC corpus (cn-laws-all/INDEX.tsv)."""
    with (CORPUS / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        found = {row["source_path"]: row["path"] for row in csv.DictReader(handle, delimiter="\t")}
    index = CORPUS / "cn-laws-all" / "INDEX.tsv"
    if index.is_file():
        lines = [line for line in index.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
        for row in csv.DictReader(lines, delimiter="\t"):
            found.setdefault(row["source_path"], f"cn-laws-all/{row['path']}")
    return found


# A corpus file that a fuller copy of the same text replaced in the store: (the file, the statute
# whose stored articles must hold each of its articles, whitespace aside).
SUPERSEDED = {"eu/gdpr_2016-679_art5-6-17-44-49.txt": "eu-gdpr"}


@cache
def corpus_split(name: str) -> tuple[str, SplitResult]:
    text = (CORPUS / name).read_text(encoding="utf-8")
    return text, split_text(text, name)


def corpus_file(statute: Statute, version: str, language: str | None = None) -> str:
    found = next(v for v in statute.versions if v.id == version)
    source = found.source or statute.source
    if language is not None:
        source = next(o.source for o in found.official_languages if o.language == language)
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


def official_languages(statute: Statute) -> list[tuple[str, str]]:
    """(version, language) of each other official language version stored."""
    return [(v.id, o.language) for v in statute.versions for o in v.official_languages]


@needs_corpus
@pytest.mark.parametrize("statute_id", [s for s in STATUTES if official_languages(shipped()[s])])
def test_official_language_versions_are_byte_exact_and_complete(statute_id: str) -> None:
    statute = shipped()[statute_id]
    for version, language in official_languages(statute):
        text, split = corpus_split(corpus_file(statute, version, language))
        stored = {
            a.number: next(lv for lv in a.language_versions if lv.language == language)
            for a in statute.articles_in(version)
        }
        assert list(stored) == split.numbers(), f"{statute_id} {version} {language}"
        for piece in split.articles:
            assert stored[piece.number].text == piece.text == text[piece.start : piece.end]
            assert stored[piece.number].heading == piece.heading


@needs_corpus
def test_every_corpus_original_is_in_the_store() -> None:
    sources = {
        corpus_file(statute, version)
        for statute in shipped().values()
        for version in versions_with_text(statute)
    } | {
        corpus_file(statute, version, language)
        for statute in shipped().values()
        for version, language in official_languages(statute)
    }
    # An amending decision is stored as the renumbering it orders (test_renumbering_… below).
    sources |= {
        decision_file(version.renumbering.source)
        for statute in shipped().values()
        for version in statute.versions
        if version.renumbering is not None and version.renumbering.source is not None
    }
    originals = {row for row in manifest().values() if re.match(r"(cn|us|eu)/", row)}
    assert originals - set(SUPERSEDED) <= sources
    assert not set(SUPERSEDED) & sources


def squeezed(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@needs_corpus
@pytest.mark.parametrize(("name", "statute_id"), sorted(SUPERSEDED.items()))
def test_a_superseded_corpus_file_is_wholly_in_the_fuller_text(name: str, statute_id: str) -> None:
    _, split = corpus_split(name)
    statute = shipped()[statute_id]
    for piece in split.articles:
        stored = statute.article(piece.number)
        assert stored is not None, piece.number
        assert squeezed(stored.text) == squeezed(piece.text), piece.number
        assert stored.heading == piece.heading, piece.number


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


def decision_file(source: Provenance) -> str:
    return manifest()[source.path or ""]


RENUMBERED = [
    pytest.param(statute_id, version.id, id=f"{statute_id}-{version.id}")
    for statute_id in STATUTES
    for version in shipped()[statute_id].versions
    if version.renumbering is not None
]


@needs_corpus
@pytest.mark.parametrize(("statute_id", "version"), RENUMBERED)
def test_renumbering_is_what_the_amending_decision_orders(statute_id: str, version: str) -> None:
    statute = shipped()[statute_id]
    record = next(v for v in statute.versions if v.id == version).renumbering
    assert record is not None and record.source is not None
    _, decision = corpus_split(decision_file(record.source))
    old = {a.number: a.text for a in statute.articles_in(record.previous)}
    new = {a.number: a.text for a in statute.articles_in(version)}
    derived = renumbering_from_decision([i.text for i in decision.articles], list(old), list(new))
    assert (derived.continues, derived.new, derived.removed) == (
        record.continues,
        record.new,
        record.removed,
    )
    assert check_renumbering(derived, old, new) == []
