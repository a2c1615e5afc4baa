"""A revision the store records but holds no text of cites no stored text (issue 14, versions: the
ninth held-out set's "相较于2010年修订版" of the State Secrets Law, whose stored text is the 2024
revision, was read as a citation of the stored law). The revision is still reported, with no
statute and a note; a revision whose text the store holds keeps its reading, and the law named
before stays the one a later bare mention means (lawref/citations/unheld_versions.py; each case
runs with the rule on and off). The sentences are written for these tests."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations.find import CitationFinder
from lawref.citations.name_table import NameTable
from lawref.store.files import Store

SSL = "cn-state-secrets-law"
CEL = "cn-counter-espionage-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(SSL, CEL)


# (text, the revision's words, its statute and version with the rule on)
CASES = [
    (
        "《保守国家秘密法》于2024年修订。相较于2010年修订版，新法更完善。",
        "2010年修订版",
        (None, None),
    ),
    (
        "《保守國家秘密法》於2024年修訂。相較於2010年修訂版，新法更完善。",
        "2010年修訂版",
        (None, None),
    ),
    (
        "The State Secrets Law was rewritten. Unlike the 2010 revision, it names work secrets.",
        "the 2010 revision",
        (None, None),
    ),
    # a revision whose text the store holds: read as before
    ("《反间谍法》经过修改。2023年修订后，范围扩大。", "2023年修订后", (CEL, "2023")),
    (
        "The Counter-espionage Law was revised. The 2023 revision widened it.",
        "The 2023 revision",
        (CEL, "2023"),
    ),
]


def _read(finder: CitationFinder, text: str, words: str) -> tuple[str | None, str | None]:
    (found,) = [
        (c.statute, c.version) for c in finder.find(text) if c.text.lower() == words.lower()
    ]
    return found


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_a_revision_without_its_text_in_the_store(
    store: Store,
    rule: RuleSwitch,
    text: str,
    words: str,
    expected: tuple[str | None, str | None],
) -> None:
    rule.take_out(NameTable, "holds_text_of", lambda self, statute, version: True)
    statute, version = _read(CitationFinder(store), text, words)
    if rule.on or expected[0] is not None:
        assert (statute, version) == expected
    else:
        assert statute == SSL  # without the rule: the stored law, as before


def test_the_law_named_before_is_still_meant_after_it(store: Store) -> None:
    text = "《保守国家秘密法》于2024年修订。相较于2010年修订版，该法第六十四条规定了工作秘密。"
    assert [(c.statute, c.article) for c in CitationFinder(store).find(text) if c.article] == [
        (SSL, "64")
    ]
