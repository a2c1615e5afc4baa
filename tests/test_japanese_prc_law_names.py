"""China's Cryptography Law as Japanese writing names it (issue 14; the class seen on heldout19: a
Japanese translation titled 中国「暗号法」 whose articles were read as no law's): 密码 is 暗号 in a
Japanese rendering (ja.yaml, words ``ja_name_words``), so 中華人民共和国暗号法 and 中国「暗号法」 are
the Cryptography Law. Each case runs with the rule on and off: off, the grammar without the word
pair. Chinese and English names are read as before. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations.find import CitationFinder
from lawref.citations.templates import CitationGrammar, load_grammar
from lawref.store.files import Store, shipped_store_path

CRYPTO = "cn-cryptography-law"
PAIR = "  - 密码 暗号\n"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(CRYPTO)


def _grammar_cut(root: Path, cut: str) -> CitationGrammar:
    (root / "grammar").mkdir()
    for path in (shipped_store_path() / "grammar").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        if path.name == "ja.yaml":
            assert cut in text
            text = text.replace(cut, "")
        (root / "grammar" / path.name).write_text(text, encoding="utf-8")
    return load_grammar([root])


@pytest.fixture(scope="module")
def grammar_without_pair(tmp_path_factory: pytest.TempPathFactory) -> CitationGrammar:
    return _grammar_cut(tmp_path_factory.mktemp("pair-off"), PAIR)


# (text, the citation's words, (statute, article) with the rule on, with it off; None: no
# citation of those words)
CRYPTO_CASES = [
    ("中華人民共和国暗号法が可決された。", "中華人民共和国暗号法", (CRYPTO, None), None),
    ("中国「暗号法」の全文を訳した。第1条は目的を定める。", "第1条", (CRYPTO, "1"), (None, "1")),
    ("中国の暗号法第21条は技術移転の強制を禁じる。", "暗号法第21条", (CRYPTO, "21"), (None, "21")),
    # Chinese and English, read as before
    (
        "《中华人民共和国密码法》第二条定义了密码。",
        "《中华人民共和国密码法》第二条",
        (CRYPTO, "2"),
        (CRYPTO, "2"),
    ),
    ("《密碼法》第二條定義了密碼。", "《密碼法》第二條", (CRYPTO, "2"), (CRYPTO, "2")),
    (
        "Article 2 of the Cryptography Law defines it.",
        "Article 2 of the Cryptography Law",
        (CRYPTO, "2"),
        (CRYPTO, "2"),
    ),
]


@pytest.mark.parametrize("case", range(len(CRYPTO_CASES)))
def test_the_cryptography_law_in_japanese_words(
    store: Store, grammar_without_pair: CitationGrammar, rule: RuleSwitch, case: int
) -> None:
    text, words, on, off = CRYPTO_CASES[case]
    finder = CitationFinder(store) if rule.on else CitationFinder(store, grammar_without_pair)
    found = [(c.statute, c.article) for c in finder.find(text) if c.text == words]
    expected = on if rule.on else off
    assert found == ([expected] if expected else []), [
        (c.text, c.statute, c.article, c.note) for c in finder.find(text)
    ]
