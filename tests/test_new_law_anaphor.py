"""新法 ("the new law") opening a clause cites the law named before it, as "the new law" does in
English (issue 14; the class seen on the eighteenth held-out set: a Taiwanese news agency's and
two Japanese pages' reports of the Anti-Foreign Sanctions Law's adoption, whose 新法明定, 新法稱,
新法成立 were left unread). statutes/grammar/cn.yaml ``cn-anaphor-new-law``: only after
punctuation or a line's start, never inside a word (创新法), before 律, 规, 案 … (新法律, 新法规: a
new law in general), or before 的 (新法的起草: a law still to be made). The sentences are written
for these tests.

Each case runs with the rule on and off: off, the grammar without the template."""

from __future__ import annotations

import re

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations.find import CitationFinder
from lawref.citations.templates import CitationGrammar, load_grammar
from lawref.store.files import Store, shipped_store_path

AFSL = "cn-anti-foreign-sanctions-law"
CEL = "cn-counter-espionage-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(AFSL, CEL)


@pytest.fixture(scope="module")
def grammar_without_template(tmp_path_factory: pytest.TempPathFactory) -> CitationGrammar:
    root = tmp_path_factory.mktemp("grammar-off")
    (root / "grammar").mkdir()
    for path in (shipped_store_path() / "grammar").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        if path.name == "cn.yaml":
            cut = re.sub(
                r"  - name: cn-anaphor-new-law\n.*?(?=contexts:)", "", text, flags=re.DOTALL
            )
            assert cut != text
            text = cut
        (root / "grammar" / path.name).write_text(text, encoding="utf-8")
    return load_grammar([root])


# (text, whether 新法 cites the law named before it with the rule on)
CASES = [
    ("全国人大常委会通过《反外国制裁法》。新法明确了反制措施。", AFSL),
    ("人大常委會通過「反外國制裁法」,即日施行。新法稱,國家反對霸權。", AFSL),
    ("全人代は「反外国制裁法」を可決した。新法成立により対抗措置が可能になる。", AFSL),
    ("会议通过修订后的《反间谍法》。新法完善了间谍行为的定义。", CEL),
    # not the law named before
    ("《反间谍法》实施多年。推动创新法治建设。", None),
    ("《反间谍法》已经实施。新法律的制定需要时间。", None),
    ("《反间谍法》已经实施。新法的起草框架涵盖五类罪行。", None),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_the_new_law_cites_the_law_named_before(
    store: Store, grammar_without_template: CitationGrammar, rule: RuleSwitch, case: int
) -> None:
    text, on = CASES[case]
    finder = CitationFinder(store) if rule.on else CitationFinder(store, grammar_without_template)
    found = [c.statute for c in finder.find(text) if c.text == "新法"]
    assert found == ([on] if rule.on and on else []), [
        (c.text, c.statute, c.note) for c in finder.find(text)
    ]


def test_english_the_new_law_is_read_as_before(finder: CitationFinder) -> None:
    text = "China adopted the Anti-Foreign Sanctions Law. The new law took effect at once."
    assert [c.statute for c in finder.find(text) if c.text.lower() == "the new law"] == [AFSL]
