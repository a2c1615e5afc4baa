"""A bare article reference on a page that names one law only, however far below the law's name
(issue 14, the seventh held-out set's citation recall: citations/inference.py,
``_NAMED_AFTER_REACH``).

A page names the law in its title or opening and cites its articles paragraphs further down; the
reference is that law's, as it already was within a paragraph of the name. A
law named several paragraphs after the reference stays out of reach, and a page naming two laws
leaves the reference unresolved. A reference that starts its line is an article heading, which this rule never reads. The
sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from lawref.citations.find import CitationFinder
from lawref.store.load import load_store

NIL = "cn-national-intelligence-law"
GDPR = "eu-gdpr"
DSL = "cn-data-security-law"

FILLER_EN = "\n\nThe debate went on for weeks.\n\nCritics were not convinced.\n\n"
FILLER_ZH = "\n\n讨论持续了几个星期。\n\n批评者并不信服。\n\n"
FILLER_HANT = "\n\n討論持續了幾個星期。\n\n批評者並不信服。\n\n"
FILLER_JA = "\n\n議論は数週間続いた。\n\n批判者は納得していない。\n\n"


@pytest.fixture(scope="module")
def finder() -> CitationFinder:
    return CitationFinder(load_store())


# (text, the reference's words, the statute it is read as; None: no stored statute)
CASES: list[tuple[str, str, str | None]] = [
    # English: the law named in the opening paragraph, the article three paragraphs down (read
    # by the walk already: a bare "Article" in a text that has named one statute).
    (
        "The GDPR sets strict rules for controllers." + FILLER_EN + "Article 32 asks for security.",
        "Article 32",
        GDPR,
    ),
    # Simplified Chinese.
    ("《国家情报法》引起关注。" + FILLER_ZH + "根据第七条，组织应当配合。", "第七条", NIL),
    # Traditional Chinese.
    (
        "《數據安全法》已經施行。" + FILLER_HANT + "其中第二十一條規定了分類分級。",
        "第二十一條",
        DSL,
    ),
    # Japanese: the law's name in Japanese words, the article with 第 far below it.
    ("中国国家情報法について。" + FILLER_JA + "そして、第七条で協力義務を定める。", "第七条", NIL),
    # A law named several paragraphs after the reference is not the reference's.
    (
        "Article 32 asks for security." + FILLER_EN + "Later the GDPR came up.",
        "Article 32",
        None,
    ),
    ("根据第七条，组织应当配合。" + FILLER_ZH + "后来才提到《国家情报法》。", "第七条", None),
    # A page that names two laws leaves a far reference unresolved.
    (
        "《国家情报法》和《数据安全法》引起关注。" + FILLER_ZH + "根据第七条，组织应当配合。",
        "第七条",
        None,
    ),
]


@pytest.mark.parametrize(("text", "words", "statute"), CASES)
def test_a_far_reference_is_the_only_law_named_before_it(
    finder: CitationFinder, text: str, words: str, statute: str | None
) -> None:
    found = [c for c in finder.find(text) if c.text == words]
    resolved = [c for c in found if c.statute is not None]
    if statute is None:
        assert resolved == []
    else:
        assert [c.statute for c in resolved] == [statute]
