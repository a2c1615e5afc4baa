"""The cross-lingual index packs its analyses: what it rebuilds must be what it was built from.

The packed index (after a pickle round trip, as the compiled cache stores it) is compared with one
that scores the same articles against analyses made directly, on the renderings written for the
cross-lingual tests (tests/data/xling_renderings.yaml) and the articles of the shipped store.
"""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
import yaml

from lawref.store.load import load_store
from lawref.xling.clause_window import best_window
from lawref.xling.evidence import MISSING_NOTE, analyse_chinese, missing_dependencies
from lawref.xling.index import CrossLingualIndex, chinese_texts
from lawref.xling.zh import ZhAnalysis

RENDERINGS = Path(__file__).resolve().parent / "data" / "xling_renderings.yaml"

pytestmark = pytest.mark.skipif(bool(missing_dependencies()), reason=MISSING_NOTE)


@pytest.fixture(scope="module")
def indexes() -> tuple[CrossLingualIndex, CrossLingualIndex, list[ZhAnalysis]]:
    texts = chinese_texts(load_store())
    if not texts:
        pytest.skip("the shipped store holds no Chinese articles")
    built = CrossLingualIndex(texts)
    packed = pickle.loads(pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL))
    direct = [analyse_chinese(t.text, built.glossary) for t in built.texts]
    reference = pickle.loads(pickle.dumps(built))
    reference.analysis = direct.__getitem__  # type: ignore[method-assign]
    # The packed index scores its shortlist from the packed templates; the reference from the
    # tokens analysed directly.
    # (and for every glossed word: not only those the quotation's words reach, lawref.xling.reach)
    reference._window = lambda n, quote, weights, memo, live: best_window(  # type: ignore[method-assign]
        direct[n], quote, weights
    )
    return packed, reference, direct


def test_rebuilt_analyses_equal_the_direct_ones(
    indexes: tuple[CrossLingualIndex, CrossLingualIndex, list[ZhAnalysis]],
) -> None:
    packed, _, direct = indexes
    assert len(packed) == len(direct)
    for n, analysis in enumerate(direct):
        assert packed.analysis(n) == analysis
        assert packed.packed.bag(n) == analysis.bag()
    postings: dict[str, list[int]] = {}
    for n, analysis in enumerate(direct):
        for stem in analysis.bag():
            postings.setdefault(stem, []).append(n)
    assert {stem: list(packed.articles_with(stem)) for stem in postings} == postings
    assert len(packed.stem_rows) == len(postings)


def test_link_and_evidence_are_unchanged(
    indexes: tuple[CrossLingualIndex, CrossLingualIndex, list[ZhAnalysis]],
) -> None:
    packed, reference, _ = indexes
    renderings = yaml.safe_load(RENDERINGS.read_text(encoding="utf-8"))
    assert len(renderings) >= 30
    compared = 0
    for item in renderings:
        linked = packed.link(item["text"], limit=5)
        assert linked == reference.link(item["text"], limit=5)
        for text, _score in linked[:3]:
            got = packed.evidence(item["text"], text).to_json()
            assert got == reference.evidence(item["text"], text).to_json()
            compared += 1
    assert compared >= len(renderings)


def test_the_report_record_is_the_evidence_validated(
    indexes: tuple[CrossLingualIndex, CrossLingualIndex, list[ZhAnalysis]],
) -> None:
    """``Evidence.record()`` (made without a validator, on the check path) is the model that
    validating ``to_json()`` gives: the same JSON, field for field."""
    from lawref.report import Evidence

    packed, _, _ = indexes
    renderings = yaml.safe_load(RENDERINGS.read_text(encoding="utf-8"))
    changes = 0
    for item in renderings:
        for text, _score in packed.link(item["text"], limit=2):
            evidence = packed.evidence(item["text"], text)
            validated = Evidence.model_validate(evidence.to_json())
            assert evidence.record().model_dump_json() == validated.model_dump_json()
            changes += len(evidence.modality)
    assert changes  # some evidence carries changes of meaning (the nested records)
