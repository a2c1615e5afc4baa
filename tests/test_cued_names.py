"""Names of a stored law that are also another law's, read only where the text speaks of the stored
one (issue 14, the seventeenth held-out set's citation recall: Korean news of the EU's AI Act calls
it AI법, AI 규제법, 인공지능(AI) 규제법 — and Korea's own AI act is AI법 too). ko.yaml's context rule
"the EU's AI act, in Korean" reads these names as the AI Act only in a text with an EU cue
(``only_with_cues``, lawref/citations/context.py); in a text without one, in a text that names
Korea's own act (AI 기본법), and after 국내 or 한국 they name no stored law. The AI Act's Chinese
name spaced as Chinese writing sets Latin letters among Han characters (歐盟 AI 法案) is an alias.
Each case runs with its rule on and off; the sentences are written for these tests. (English has
no such name of the AI Act: the case is Korean's, and Chinese for the spacing.)"""

from __future__ import annotations

import dataclasses

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations.context import DocumentContext
from lawref.citations.find import CitationFinder
from lawref.citations.templates import shipped_grammar
from lawref.store.files import Store

AI_ACT = "eu-ai-act"
KOREAN_RULES = {"the EU's AI act, in Korean", "Korea's own AI act"}


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(AI_ACT)


def _statute_at(finder: CitationFinder, text: str, words: str) -> str | None:
    start = text.index(words)
    end = start + len(words)
    over = [c.statute for c in finder.find(text) if c.start < end and start < c.end and c.statute]
    return over[0] if over else None


def _without_korean_rules(store: Store) -> CitationFinder:
    grammar = shipped_grammar()
    contexts = [r for r in grammar.contexts if r.name not in KOREAN_RULES]
    # (another digest: the compiled cache keeps a names table per grammar digest)
    without = dataclasses.replace(grammar, contexts=contexts, digest=f"{grammar.digest}-no-ko-ai")
    return CitationFinder(store, grammar=without)


# (text, the name's words) read as the AI Act: the text speaks of the EU
CUED = [
    ("EU, AI 규제법 발효… 위반 기업에 과징금", "AI 규제법"),
    ("유럽연합(EU)이 만든 인공지능(AI) 규제법이 오늘부터 효력을 가진다.", "인공지능(AI) 규제법"),
    ("유럽의회가 'AI법' 최종안을 통과시켰다.", "AI법"),
    ("EU 회원국들은 AI 규제법안을 승인했다.", "AI 규제법안"),
]


@pytest.mark.parametrize(("text", "words"), CUED)
def test_a_korean_name_read_where_the_text_speaks_of_the_eu(
    store: Store, rule: RuleSwitch, text: str, words: str
) -> None:
    finder = CitationFinder(store) if rule.on else _without_korean_rules(store)
    assert _statute_at(finder, text, words) == (AI_ACT if rule.on else None)


# (text, the name's words) read as no stored law: the text never speaks of the EU
UNCUED = [
    ("AI법은 내년부터 시행되며 기업들은 준비가 필요하다.", "AI법"),
    ("인공지능 규제법이 통과되자 업계가 반발했다.", "인공지능 규제법"),
]


@pytest.mark.parametrize(("text", "words"), UNCUED)
def test_a_korean_name_unread_without_a_cue(
    store: Store, rule: RuleSwitch, text: str, words: str
) -> None:
    rule.take_out(DocumentContext, "_uncued", lambda self, named: None)
    assert _statute_at(CitationFinder(store), text, words) == (None if rule.on else AI_ACT)


def _eu_rule_alone(store: Store) -> CitationFinder:
    grammar = shipped_grammar()
    contexts = [
        r.model_copy(update={"unless_before": []}) if r.name == "the EU's AI act, in Korean" else r
        for r in grammar.contexts
        if r.name != "Korea's own AI act"
    ]
    alone = dataclasses.replace(grammar, contexts=contexts, digest=f"{grammar.digest}-eu-ai-only")
    return CitationFinder(store, grammar=alone)


# (text, the name's words) read as no stored law though the text speaks of the EU: it names
# Korea's own act, or 국내 ("domestic") stands right before the name
KOREAS = [
    ("EU의 규제와 달리 AI 기본법은 진흥에 무게를 둔다. AI법은 2026년 시행된다.", "AI법"),
    ("EU 사례를 참고했지만 국내 AI법은 다르다.", "AI법"),
]


@pytest.mark.parametrize(("text", "words"), KOREAS)
def test_a_korean_name_of_koreas_own_act(
    store: Store, rule: RuleSwitch, text: str, words: str
) -> None:
    finder = CitationFinder(store) if rule.on else _eu_rule_alone(store)
    assert _statute_at(finder, text, words) == (None if rule.on else AI_ACT)


SPACED = [
    "欧盟 AI 法案今年正式生效,影响全球企业。",
    "歐盟 AI 法案採用以風險為基礎的分級管理。",
    "欧盟 AI 法案第六条规定了高风险系统的分类。",
]


@pytest.mark.parametrize("text", SPACED)
def test_the_chinese_name_spaced(store: Store, rule: RuleSwitch, text: str) -> None:
    if rule.on:
        finder = CitationFinder(store)
    else:
        undone = Store(roots=list(store.roots))
        for statute in store:
            if statute.id == AI_ACT:
                aliases = [a for a in statute.aliases if a != "AI 法案"]
                statute = statute.model_copy(update={"aliases": aliases})
            undone.add(statute, store.files[statute.id])
        finder = CitationFinder(undone)
    assert _statute_at(finder, text, "AI 法案") == (AI_ACT if rule.on else None)
