"""Cross-lingual verification (issue 10): English quotes against the Chinese originals.

The candidate articles are the Chinese articles of the shipped store when it holds the corpus
laws; otherwise they are split from the corpus files ($LAWREF_CORPUS, else ../shared/corpus).
"""

from __future__ import annotations

import pickle
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from corpus import CORPUS, skip_without_corpus

from lawref.report import Difference, Quote
from lawref.spans import StoredText
from lawref.store.files import collect, shipped_store_path
from lawref.store.glossary import (
    glossary_path,
    load_glossary,
    read_glossary_text,
    validate_glossary,
)
from lawref.store.load import load_store
from lawref.text.numerals import cn_to_int
from lawref.xling.evidence import (
    MISSING_NOTE,
    CrossLingualUnavailable,
    bilingual_evidence,
    crosslingual_differences,
    missing_dependencies,
    unavailable_reason,
)
from lawref.xling.index import CrossLingualIndex, chinese_texts, link_crosslingual

OWN_RENDERINGS = Path(__file__).resolve().parent / "data" / "xling_renderings.yaml"

needs_xling = pytest.mark.skipif(bool(missing_dependencies()), reason=MISSING_NOTE)


# --- the candidate articles ----------------------------------------------------------------------

_ARTICLE_HEAD = re.compile(
    r"^第([一二三四五六七八九十百零〇]{1,8})条(?:之([一二三四五六七八九十]{1,3}))?[ \u3000]"
)
_STRUCTURE_HEAD = re.compile(r"^第[一二三四五六七八九十百]{1,6}[编章节]")


def split_corpus_file(path: Path) -> list[tuple[str, str]]:
    """(article number, text) of a corpus statute file: paragraphs joined by a blank line."""
    articles: list[tuple[str, str]] = []
    number: str | None = None
    paragraphs: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            continue
        head = _ARTICLE_HEAD.match(line)
        if head or _STRUCTURE_HEAD.match(line):
            if number:
                articles.append((number, "\n\n".join(paragraphs)))
            number, paragraphs = None, []
        if head:
            number = str(cn_to_int(head.group(1)))
            if head.group(2):
                number += f"-{cn_to_int(head.group(2))}"
            paragraphs = [line[head.end() :].strip()]
        elif number and not _STRUCTURE_HEAD.match(line):
            paragraphs.append(line)
    if number:
        articles.append((number, "\n\n".join(paragraphs)))
    return articles


@dataclass
class Candidates:
    texts: list[StoredText]
    label: Callable[[str, str], Callable[[StoredText], bool]]  # (corpus file, article) -> test
    source: str


def _manifest() -> dict[str, str]:
    """corpus file name -> path of its source in the upstream repository."""
    rows = (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return {
        cells[0].split("/")[-1]: cells[4]
        for cells in (row.split("\t") for row in rows)
        if cells[0].startswith("cn/")
    }


def _store_candidates(files: list[str]) -> Candidates | None:
    """The store's Chinese articles, when every corpus law is in the store (by source path)."""
    store = load_store()
    manifest = _manifest()
    where: dict[str, tuple[str, set[str] | None]] = {}
    for file in files:
        for statute in store:
            own = [v.id for v in statute.versions if v.source and v.source.path == manifest[file]]
            if own:
                where[file] = (statute.id, set(own))
            elif statute.source.path == manifest[file]:
                where[file] = (statute.id, {v.id for v in statute.versions if not v.source})
    if set(where) != set(files):
        return None

    def label(file: str, article: str) -> Callable[[StoredText], bool]:
        statute, versions = where[file]
        return lambda t: (
            t.statute == statute
            and t.article == article
            and (t.version is None or versions is None or t.version in versions)
        )

    return Candidates(chinese_texts(store), label, "the shipped store")


@pytest.fixture(scope="module")
def candidates() -> Candidates:
    skip_without_corpus("cn")
    files = sorted(p.name for p in (CORPUS / "cn").glob("*.txt"))
    found = _store_candidates(files)
    if found is not None:
        return found
    texts = [
        StoredText(file, number, None, "zh", None, text)
        for file in files
        for number, text in split_corpus_file(CORPUS / "cn" / file)
    ]

    def label(file: str, article: str) -> Callable[[StoredText], bool]:
        return lambda t: t.statute == file and t.article == article

    return Candidates(texts, label, "the corpus files")


@pytest.fixture(scope="module")
def index(candidates: Candidates) -> CrossLingualIndex:
    if missing_dependencies():
        pytest.skip(MISSING_NOTE)
    return CrossLingualIndex(candidates.texts)


def article(candidates: Candidates, file: str, number: str) -> StoredText:
    test = candidates.label(file, number)
    return next(t for t in candidates.texts if test(t))


def _renderings() -> list[dict[str, str]]:
    """Known renderings of the corpus (en/renderings.yaml) plus the ones written for these tests."""
    items = []
    known = CORPUS / "en" / "renderings.yaml"
    if known.is_file():
        for entry in yaml.safe_load(known.read_text(encoding="utf-8")):
            if entry["corpus_file"].startswith("cn/"):
                items.append(
                    {
                        "corpus": entry["corpus_file"].split("/")[-1],
                        "article": str(entry["article"]),
                        "text": entry["text"],
                        "source": entry["id"],
                    }
                )
    for entry in yaml.safe_load(OWN_RENDERINGS.read_text(encoding="utf-8")):
        items.append({**entry, "article": str(entry["article"]), "source": f"own {entry['kind']}"})
    return items


NIL = "zh_national-intelligence-law_2018-04-27_amended.txt"
DSL = "zh_data-security-law_2021-06-10.txt"
PIPL = "zh_personal-information-protection-law_2021-08-20.txt"
HKNSL = "zh_hk-national-security-law_2020-06-30.txt"


# --- the glossary --------------------------------------------------------------------------------


def test_shipped_glossary_is_valid() -> None:
    assert validate_glossary() == []
    glossary = load_glossary()
    kinds = {entry.kind for entry in glossary.entries}
    assert kinds == {"modal", "negation", "scope", "legal-basis", "term"}
    assert glossary.get("应当") is not None and glossary.get("应当").strength == "duty"
    assert glossary.get("依法").kind == "legal-basis"


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        (
            "  - {term: 应当, kind: modal, renderings: [shall], colour: red}",
            "entries.0.colour",
            "unknown field",
        ),
        (
            "  - {term: 应当, kind: modal, renderings: [shall]}",
            "entries.0.strength",
            "needs a strength",
        ),
        (
            "  - {term: 有关, kind: term, scope: restricted, renderings: [relevant]}",
            "entries.0.scope",
            "scope entries",
        ),
        (
            "  - {term: shall, kind: term, renderings: [shall]}",
            "entries.0.term",
            "not a Chinese word",
        ),
        (
            "  - {term: 数据, kind: term, renderings: [数据]}",
            "entries.0.renderings.0",
            "plain English",
        ),
        (
            "  - {term: 数据, kind: term, renderings: [data]}\n  - {term: 数据, kind: term, renderings: [datum]}",
            "entries.1.term",
            "duplicate term",
        ),
    ],
)
def test_glossary_problems_name_the_field(body: str, field: str, message: str) -> None:
    text = f"source_language: zh\ntarget_language: en\nreviewed: 2026-11-28\nentries:\n{body}\n"
    glossary, problems = read_glossary_text(text, "zh-en.yaml")
    assert glossary is None
    assert any(p.field == field and message in p.message for p in problems), problems
    assert all(p.line is not None and p.line >= 5 for p in problems)


def test_store_loader_skips_the_glossary_folder(tmp_path: Path) -> None:
    assert glossary_path().is_file()
    _, problems = collect([shipped_store_path()])
    assert not [p for p in problems if "glossary" in p.path]
    (tmp_path / "glossary").mkdir()
    (tmp_path / "glossary" / "zh-en.yaml").write_text("not: a statute\n", encoding="utf-8")
    (tmp_path / "cn").mkdir()
    (tmp_path / "cn" / "glossary.yaml").write_text("not: a statute\n", encoding="utf-8")
    store, problems = collect([tmp_path])
    assert len(store) == 0
    # only the top-level glossary/ folder is skipped: a statute file named glossary.yaml is not
    assert {Path(p.path).relative_to(tmp_path).as_posix() for p in problems} == {"cn/glossary.yaml"}


def test_every_glossary_term_occurs_in_a_stored_text(candidates: Candidates) -> None:
    texts = [t.text for t in candidates.texts]
    missing = [e.term for e in load_glossary().entries if not any(e.term in t for t in texts)]
    assert missing == []


# --- linking -------------------------------------------------------------------------------------


@needs_xling
def test_ablation_english_renderings_link_to_their_article(
    candidates: Candidates, index: CrossLingualIndex, figures: Callable[..., None]
) -> None:
    items = _renderings()
    own = [i for i in items if i["source"].startswith("own")]
    assert len(own) >= 30
    misses = []
    for item in items:
        expected = candidates.label(item["corpus"], item["article"])
        linked = index.link(item["text"], limit=1)
        if not linked or not expected(linked[0][0]):
            got = f"{linked[0][0].statute} {linked[0][0].article}" if linked else "nothing"
            misses.append(f"{item['source']} ({item['corpus']} {item['article']}) -> {got}")
    accuracy = 1 - len(misses) / len(items)
    figures(
        f"\ncross-lingual linking: {len(items) - len(misses)}/{len(items)} = {accuracy:.1%} "
        f"to the right article among {len(index)} Chinese articles of {candidates.source}"
    )
    assert accuracy >= 0.9, misses


@needs_xling
def test_faithful_renderings_are_not_altered(
    candidates: Candidates, index: CrossLingualIndex, figures: Callable[..., None]
) -> None:
    flagged = []
    items = _renderings()
    for item in items:
        evidence = index.evidence(
            item["text"], article(candidates, item["corpus"], item["article"])
        )
        if crosslingual_differences(evidence):
            flagged.append((item["source"], evidence.summary()))
    figures(f"\nfaithful renderings reported altered: {len(flagged)}/{len(items)}")
    own_flagged = [f for f in flagged if f[0].startswith("own")]
    assert own_flagged == []  # written faithful: no change of modality, negation or scope
    assert len(flagged) <= len(items) // 10, flagged


@needs_xling
def test_link_crosslingual_over_candidates(candidates: Candidates) -> None:
    english = "any organization or citizen shall support, assist, and cooperate with state intelligence work according to law"
    linked = link_crosslingual(english, candidates.texts, limit=3)
    assert candidates.label(NIL, "7")(linked[0][0])
    assert linked[0][1] > linked[1][1]
    assert all(0 <= score <= 100 for _, score in linked)


@needs_xling
def test_index_pickles(index: CrossLingualIndex) -> None:
    english = (
        "network operators shall provide technical support and assistance to public security organs"
    )
    again = pickle.loads(pickle.dumps(index))
    assert again.link(english, limit=3) == index.link(english, limit=3)


def test_missing_dependencies_are_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "jieba" else real(name, *a)
    )
    assert missing_dependencies() == ["jieba"]
    assert unavailable_reason() == MISSING_NOTE
    with pytest.raises(CrossLingualUnavailable, match="xling"):
        bilingual_evidence("shall support", "应当支持")


# --- evidence and alterations --------------------------------------------------------------------


@needs_xling
def test_evidence_of_a_faithful_rendering(candidates: Candidates) -> None:
    nil7 = article(candidates, NIL, "7")
    english = "All organizations and citizens shall support, assist, and cooperate with national intelligence efforts in accordance with law, and shall protect national intelligence work secrets they are aware of."
    evidence = bilingual_evidence(english, nil7.text)
    covered = {t.term: t.quote for t in evidence.covered}
    assert covered["依法"] == "in accordance with law"
    assert "应当" in covered and "保守" in covered
    assert evidence.modality == () and crosslingual_differences(evidence) == []
    assert evidence.faithfulness >= 90
    first_sentence = nil7.text.index("。") + 1
    assert evidence.span[0] == 0 and evidence.span[1] <= first_sentence
    data = evidence.to_json()
    assert list(data) == ["covered", "omitted", "added", "modality", "faithfulness"]
    quote = Quote(
        text=english,
        start=0,
        end=len(english),
        verdict="paraphrase",
        score=evidence.faithfulness,
        match=None,
        differences=[],
        attribution="uncited",
        cited_as=None,
        evidence=data,
    )
    assert '"依法"' in quote.model_dump_json()
    assert evidence.summary().startswith(f"renders {len(evidence.covered)} of ")


@needs_xling
def test_quote_starting_after_the_modal_has_not_dropped_it(candidates: Candidates) -> None:
    english = "request that relevant organs, organizations, and citizens provide necessary support, assistance, and cooperation."
    evidence = bilingual_evidence(english, article(candidates, NIL, "14").text)
    assert crosslingual_differences(evidence) == []
    assert "依法" not in {t.term for t in evidence.omitted}  # it qualifies the clause before


@needs_xling
def test_declarative_shall_is_not_an_added_duty(candidates: Candidates) -> None:
    english = "This Law shall apply to offences under this Law committed against the Hong Kong Special Administrative Region from outside the Region by a person who is not a permanent resident of the Region."
    evidence = bilingual_evidence(english, article(candidates, HKNSL, "38").text)
    assert crosslingual_differences(evidence) == []


NIL7_FAITHFUL = "All organizations and citizens shall support, assist and cooperate with national intelligence work in accordance with law, and keep the national intelligence work secrets they know."
NIL14_FAITHFUL = "National intelligence work institutions may require {scope} organs, organizations and citizens to provide necessary support, assistance and cooperation."
DSL36_FAITHFUL = "organizations and individuals within China shall not provide data stored within China to foreign judicial or law enforcement bodies without the approval of the competent authorities."

ALTERATIONS = [
    pytest.param(
        NIL,
        "7",
        NIL7_FAITHFUL,
        NIL7_FAITHFUL.replace("shall", "must"),
        ("modality", "strengthened"),
        Difference(op="replace", quote="must", statute="应当 (shall)"),
        id="shall-to-must",
    ),
    pytest.param(
        NIL,
        "14",
        NIL14_FAITHFUL.format(scope="relevant"),
        NIL14_FAITHFUL.format(scope="relevant").replace("may", "must"),
        ("modality", "strengthened"),
        Difference(op="replace", quote="must", statute="可以 (may)"),
        id="may-to-must",
    ),
    pytest.param(
        NIL,
        "7",
        NIL7_FAITHFUL,
        NIL7_FAITHFUL.replace(" in accordance with law", ""),
        ("legal-basis", "dropped"),
        Difference(op="delete", quote="", statute="依法 (in accordance with law)"),
        id="dropped-yifa",
    ),
    pytest.param(
        DSL,
        "36",
        DSL36_FAITHFUL,
        DSL36_FAITHFUL.replace("shall not", "shall"),
        ("negation", "dropped"),
        Difference(op="replace", quote="shall", statute="不得 (shall not)"),
        id="dropped-negation",
    ),
    pytest.param(
        NIL,
        "7",
        NIL7_FAITHFUL,
        NIL7_FAITHFUL.replace(
            ", and keep the national intelligence work secrets they know", ", and hand over data"
        ),
        ("obligation", "added"),
        Difference(op="insert", quote="hand over data", statute=""),
        id="added-obligation",
    ),
    pytest.param(
        NIL,
        "14",
        NIL14_FAITHFUL.format(scope="some"),
        NIL14_FAITHFUL.format(scope="all"),
        ("scope", "widened"),
        Difference(op="replace", quote="all", statute="有关 (relevant)"),
        id="scope-some-to-all",
    ),
]


@needs_xling
@pytest.mark.parametrize(
    ("corpus", "number", "faithful", "altered", "change", "difference"), ALTERATIONS
)
def test_alteration_turns_a_faithful_paraphrase_into_altered(
    candidates: Candidates,
    corpus: str,
    number: str,
    faithful: str,
    altered: str,
    change: tuple[str, str],
    difference: Difference,
) -> None:
    chinese = article(candidates, corpus, number).text
    before = bilingual_evidence(faithful, chinese)
    assert crosslingual_differences(before) == [], before.summary()
    after = bilingual_evidence(altered, chinese)
    assert [(c.kind, c.change) for c in after.modality] == [change], after.summary()
    assert crosslingual_differences(after) == [difference]
    assert after.faithfulness < before.faithfulness
    assert after.modality[0].note in after.summary()


@needs_xling
def test_added_duty_with_its_own_modal(candidates: Candidates) -> None:
    english = NIL7_FAITHFUL.replace(
        ", and keep the national intelligence work secrets they know",
        " and must hand over their data",
    )
    evidence = bilingual_evidence(english, article(candidates, NIL, "7").text)
    assert crosslingual_differences(evidence) == [
        Difference(op="insert", quote="must hand over their data", statute="")
    ]
    assert [a.text for a in evidence.added] == ["hand over their data"]
    assert english[evidence.added[0].start : evidence.added[0].end] == "hand over their data"


@needs_xling
def test_dropped_negation_without_a_modal(candidates: Candidates) -> None:
    faithful = "Without the approval of the competent authorities, personal information handlers shall not provide personal information stored in China to foreign judicial or law enforcement agencies."
    chinese = article(candidates, PIPL, "41").text
    assert crosslingual_differences(bilingual_evidence(faithful, chinese)) == []
    altered = faithful.replace("Without", "With")
    changes = bilingual_evidence(altered, chinese).modality
    assert [(c.kind, c.change, c.term) for c in changes] == [("negation", "dropped", "非经")]


def test_english_markers() -> None:
    pytest.importorskip("snowballstemmer")
    from lawref.xling.en import find_markers, tokenize

    def markers(text: str) -> list[tuple[str, str, str]]:
        return [(m.kind, m.value, m.text) for m in find_markers(tokenize(text))]

    assert markers("No organization may refuse") == [("modal", "prohibition", "may")]
    assert markers("they shall not and cannot") == [
        ("modal", "prohibition", "shall not"),
        ("modal", "prohibition", "cannot"),
    ]
    assert markers("citizens are required by law to help") == [
        ("modal", "generic-duty", "required")
    ]
    assert markers("whether or not by force, for not less than ten years") == []
    assert markers("any of the following acts") == []
    assert markers("any relevant organ") == [("scope", "restricted", "relevant")]
    assert markers("It is prohibited") == [("modal", "prohibition", "prohibited")]
