"""China's Export Control Law and Foreign Relations Law named in Japanese words (issue 14; the
class seen on the eighteenth held-out set: a Japanese news agency's 輸出管理法, a Japan-China
body's 中華人民共和国輸出管制法 and a Japanese note's 「対外関係法」, each left unresolved, and 同法
after them): 出口管制 is 輸出管理 or 輸出管制 in a Japanese rendering, 对外关系 is 対外関係
(statutes/grammar/ja.yaml: words ``ja_name_words``). After
another state's name (米国の輸出管理法) it is that state's law, not the store's. Chinese and English
names are read as before. The sentences are written for these tests.

Each case runs with the rule on and off: off, the grammar without the three word pairs."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations.find import CitationFinder
from lawref.citations.templates import CitationGrammar, load_grammar
from lawref.store.files import Store, shipped_store_path

ECL = "cn-export-control-law"
FRL = "cn-foreign-relations-law"
PAIRS = ("  - 出口管制 输出管理\n", "  - 出口管制 输出管制\n", "  - 对外关系 対外関係\n")


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(ECL, FRL)


@pytest.fixture(scope="module")
def grammar_without_pairs(tmp_path_factory: pytest.TempPathFactory) -> CitationGrammar:
    root = tmp_path_factory.mktemp("grammar-off")
    (root / "grammar").mkdir()
    for path in (shipped_store_path() / "grammar").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        if path.name == "ja.yaml":
            for pair in PAIRS:
                assert pair in text
                text = text.replace(pair, "")
        (root / "grammar" / path.name).write_text(text, encoding="utf-8")
    return load_grammar([root])


# (text, the citation's words, (statute, article) with the rule on, with it off; None: no
# citation of those words)
CASES = [
    ("全人代は輸出管理法を採択した。同法は12月に施行される。", "輸出管理法", (ECL, None), None),
    ("全人代は輸出管理法を採択した。同法は12月に施行される。", "同法", (ECL, None), None),
    (
        "中華人民共和国輸出管制法第48条は対等の措置を定める。",
        "中華人民共和国輸出管制法第48条",
        (ECL, "48"),
        None,
    ),
    ("中国の輸出管制法が施行された。", "輸出管制法", (ECL, None), None),
    ("中国の「対外関係法」は2023年7月に施行された。", "「対外関係法」", (FRL, None), (None, None)),
    ("対外関係法第33条は対抗措置を定める。", "対外関係法第33条", (FRL, "33"), (None, "33")),
    # another state's law of that name
    ("米国の輸出管理法は1979年に制定された。", "輸出管理法", (None, None), None),
    # Chinese and English: unchanged
    (
        "《对外关系法》第三十三条规定了反制措施。",
        "《对外关系法》第三十三条",
        (FRL, "33"),
        (FRL, "33"),
    ),
    (
        "《對外關係法》第三十三條規定了反制措施。",
        "《對外關係法》第三十三條",
        (FRL, "33"),
        (FRL, "33"),
    ),
    (
        "《出口管制法》第四十八条规定了对等措施。",
        "《出口管制法》第四十八条",
        (ECL, "48"),
        (ECL, "48"),
    ),
    (
        "《出口管制法》第四十八條規定了對等措施。",
        "《出口管制法》第四十八條",
        (ECL, "48"),
        (ECL, "48"),
    ),
    (
        "Article 48 of the Export Control Law allows reciprocal measures.",
        "Article 48 of the Export Control Law",
        (ECL, "48"),
        (ECL, "48"),
    ),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_chinese_law_named_in_japanese_words(
    store: Store, grammar_without_pairs: CitationGrammar, rule: RuleSwitch, case: int
) -> None:
    text, words, on, off = CASES[case]
    finder = CitationFinder(store) if rule.on else CitationFinder(store, grammar_without_pairs)
    found = [(c.statute, c.article) for c in finder.find(text) if c.text == words]
    expected = on if rule.on else off
    assert found == ([expected] if expected else []), [
        (c.text, c.statute, c.article, c.note) for c in finder.find(text)
    ]
