"""A demonstrative and a word for a whole law point back to the law named before (issue 14, the
seventeenth held-out set's citation recall): the Chinese 这部法律, 這部法案, 這部法規 ("this law", cn.yaml's
``cn-anaphor-this-law``), and the Korean 이 법안, 해당 법안, 이번 법안 ("this bill", as Korean news of a
law's final vote and entry into force goes on about it; ko.yaml's ``ko-anaphor-bill``). Not 这部分
("this part"), nor a bare 법안 or 새 법안, which may be another bill. Each case runs with its
template in the grammar and taken out; the sentences are written for these tests. (English "this
law" is the grammar's ``en-anaphor`` already.)"""

from __future__ import annotations

import dataclasses

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations.find import CitationFinder
from lawref.citations.templates import shipped_grammar
from lawref.store.files import Store

AI_ACT = "eu-ai-act"
DSL = "cn-data-security-law"
TEMPLATES = {"cn-anaphor-this-law", "ko-anaphor-bill"}


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(AI_ACT, DSL)


def _finder(rule: RuleSwitch, store: Store) -> CitationFinder:
    if rule.on:
        return CitationFinder(store)
    grammar = shipped_grammar()
    templates = [t for t in grammar.templates if t.template.name not in TEMPLATES]
    # (another digest: the compiled cache keeps a scanner per grammar digest)
    without = dataclasses.replace(grammar, templates=templates, digest=f"{grammar.digest}-no-dem")
    return CitationFinder(store, grammar=without)


def _statute_at(finder: CitationFinder, text: str, words: str) -> str | None:
    start = text.rindex(words)
    end = start + len(words)
    over = [c.statute for c in finder.find(text) if c.start < end and start < c.end and c.statute]
    return over[0] if over else None


# (text, the anaphor's words, the law it points back to with the template)
CASES = [
    ("《数据安全法》于2021年施行。这部法律对数据出境作了规定。", "这部法律", DSL),
    ("欧盟《人工智能法案》已经生效,这部法案影响深远。", "这部法案", AI_ACT),
    ("歐盟《人工智慧法案》正式生效。企業都必須遵守這部法律。", "這部法律", AI_ACT),
    ("《數據安全法》明確了分級保護。這部法規也要求評估風險。", "這部法規", DSL),
    ("EU, AI 규제법 발효… 해당 법안은 위험도에 따라 규제한다.", "해당 법안", AI_ACT),
    ("유럽의회가 'AI법'을 가결했다. 회원국은 이 법안을 5월에 승인한다.", "이 법안", AI_ACT),
    (
        "유럽연합(EU)의 AI 규제법안이 통과됐다. 이번 법안은 딥페이크를 규제한다.",
        "이번 법안",
        AI_ACT,
    ),
]


@pytest.mark.parametrize(("text", "words", "statute"), CASES)
def test_the_anaphor_points_back(
    store: Store, rule: RuleSwitch, text: str, words: str, statute: str
) -> None:
    assert _statute_at(_finder(rule, store), text, words) == (statute if rule.on else None)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("《数据安全法》于2021年施行。这部分内容涉及数据出境。", "这部分"),
        ("EU, AI 규제법 발효. 새 법안은 국회에 계류 중이다.", "새 법안"),
    ],
)
def test_not_an_anaphor(store: Store, text: str, words: str) -> None:
    assert _statute_at(CitationFinder(store), text, words) is None
