"""The EU's AI Act called AI法 in Japanese (issue 14; the class seen on the eighteenth held-out
set: a Japanese edition of a French AI news site on the Commission's guidelines under Article 6,
whose AI法第6条 and 第6条第1項 were all left unresolved): in a text that speaks of the EU the bare
name is the Regulation (statutes/grammar/ja.yaml, context "the EU's AI act, in Japanese"); with no
EU cue, right after 日本, or in a text that names Japan's own AI act, it is no stored law's.
Chinese and English names are read as before. The sentences are written for these tests.

Each case runs with the rule on and off: off, the grammar without the two contexts."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations.find import CitationFinder
from lawref.citations.templates import CitationGrammar
from lawref.store.files import Store

AI_ACT = "eu-ai-act"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(AI_ACT)


# (text, the citation's words, (statute, article) with the rule on, with it off; None: no such
# citation)
CASES = [
    ("欧州委員会はAI法第6条のガイドラインを公表する。", "AI法第6条", (AI_ACT, "6"), None),
    ("EUで施行されたAI法は段階的に適用される。", "AI法", (AI_ACT, None), None),
    # no EU cue, Japan's own act
    ("AI法第6条は高リスクを定める。", "AI法第6条", (None, "6"), None),
    ("日本のAI法は成立した。EUでは規制が厳しい。", "AI法", (None, None), None),
    ("AI推進法が成立した。AI法は欧州の規則と異なる。", "AI法", (None, None), None),
    # Chinese and English: unchanged
    (
        "欧盟《人工智能法案》第六条规定了高风险系统。",
        "《人工智能法案》第六条",
        (AI_ACT, "6"),
        (AI_ACT, "6"),
    ),
    (
        "歐盟《人工智慧法案》第六條規定了高風險系統。",
        "《人工智慧法案》第六條",
        (AI_ACT, "6"),
        (AI_ACT, "6"),
    ),
    (
        "Article 6 of the EU AI Act classifies high-risk systems.",
        "Article 6 of the EU AI Act",
        (AI_ACT, "6"),
        (AI_ACT, "6"),
    ),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_ai_ho_is_the_eus_ai_act_in_a_text_about_the_eu(
    store: Store, grammar_without_eu_ai_act_ja: CitationGrammar, rule: RuleSwitch, case: int
) -> None:
    text, words, on, off = CASES[case]
    finder = (
        CitationFinder(store) if rule.on else CitationFinder(store, grammar_without_eu_ai_act_ja)
    )
    found = [(c.statute, c.article) for c in finder.find(text) if c.text == words]
    expected = on if rule.on else off
    assert found == ([expected] if expected else []), [
        (c.text, c.statute, c.article, c.note) for c in finder.find(text)
    ]
