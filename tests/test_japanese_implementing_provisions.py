"""An instrument named in Japanese after the law it implements — 「反外国制裁法」の実施に関する規定,
"the Provisions on Implementing the Anti-Foreign Sanctions Law" — is another instrument, not the
law (issue 14; the class seen on the eighteenth held-out set: a Japanese note on the State
Council's implementing provisions whose title was cited as the law itself). As 反外国制裁法实施条例
in Chinese and "… Implementing Regulations" in English already are (statutes/grammar/joins.yaml
``another_after``); the law named alone stays the law. The sentences are written for these tests.

Each case runs with the rule on and off: off, the grammar without the Japanese alternative."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations.find import CitationFinder
from lawref.citations.templates import CitationGrammar, load_grammar
from lawref.store.files import Store, shipped_store_path

AFSL = "cn-anti-foreign-sanctions-law"
JAPANESE = "|^\\s{0,2}の\\s{0,2}(?:実|实|實)施に(?:関|关|關)する(?:規定|规定|規則|规则|弁法|办法|条例|細則|细则)"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(AFSL)


@pytest.fixture(scope="module")
def grammar_without_japanese(tmp_path_factory: pytest.TempPathFactory) -> CitationGrammar:
    root = tmp_path_factory.mktemp("grammar-off")
    (root / "grammar").mkdir()
    for path in (shipped_store_path() / "grammar").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        if path.name == "joins.yaml":
            assert JAPANESE in text
            text = text.replace(JAPANESE, "")
            text = text.replace(
                "      - text: の実施に関する規定\n        finds: の実施に関する規定\n", ""
            )
            text = text.replace(
                "      - text: の実施に関する規則、\n        finds: の実施に関する規則\n", ""
            )
        (root / "grammar" / path.name).write_text(text, encoding="utf-8")
    return load_grammar([root])


# (text, (statute, article) of the citation that starts at the law's name, with the rule on and
# off)
CASES = [
    ("国務院は「反外国制裁法」の実施に関する規定を公布した。", (None, None), (AFSL, None)),
    ("中国反外国制裁法の実施に関する規則が施行された。", (None, None), (AFSL, None)),
    # the law alone: the law
    ("「反外国制裁法」は2021年に施行された。", (AFSL, None), (AFSL, None)),
    ("「反外国制裁法」第3条の施行に伴い", (AFSL, "3"), (AFSL, "3")),
    # Chinese and English: as before
    ("国务院公布《反外国制裁法实施条例》。", (None, None), (None, None)),
    ("國務院公布《反外國制裁法實施條例》。", (None, None), (None, None)),
    ("the Anti-Foreign Sanctions Law Implementing Regulations", (None, None), (None, None)),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_an_instrument_implementing_the_law_is_not_the_law(
    store: Store, grammar_without_japanese: CitationGrammar, rule: RuleSwitch, case: int
) -> None:
    text, on, off = CASES[case]
    finder = CitationFinder(store) if rule.on else CitationFinder(store, grammar_without_japanese)
    found = finder.find(text)
    assert found, text
    assert (found[0].statute, found[0].article) == (on if rule.on else off), [
        (c.text, c.statute, c.article, c.note) for c in found
    ]
