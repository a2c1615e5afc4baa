"""A Japanese or Chinese name of one of the Union's laws that starts with the Union's name — EU
AI法 — makes its bare form (AI法, also what Japanese writing calls Japan's own AI promotion act)
that law in a text that names it in full, as 中国サイバーセキュリティ法 does for サイバーセキュリテ
ィ法; and the AI Act's short Chinese name 《AI法案》 is the AI Act (issue 14; the class seen on the
twelfth held-out set: Japanese law-firm notes and blogs on Article 50, "EU AI法は…", "AI法第50条では").
A bare AI法 in a text that never names the EU's, or after 日本の, stays no stored law.

The bare form runs with the rule on and off (citations/name_table.py registers it with
``_UNION_NAMED``); the names themselves are data (statutes/eu/ai-act.yaml, with their pages)."""

from __future__ import annotations

import re

from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations import name_table
from lawref.citations.find import CitationFinder
from lawref.citations.templates import CitationGrammar

AI_ACT = "eu-ai-act"

# (text, the words after which the citation starts, the statute with the rule on, with it off)
CASES = [
    # Japanese: the bare name once the text names EU AI法
    (
        "2024年に成立したEU AI法は、生成AIの文章を対象とする。AI法第50条では、提供者に表示を求める。",
        "とする。",
        AI_ACT,
        None,
    ),
    (
        "EU AI法が施行された。EUのAI法第50条は、ディープフェイクの開示を定める。",
        "EUの",
        AI_ACT,
        None,
    ),
    # named as the Union's: EUのAI法
    (
        "EUのAI法第50条は、ディープフェイクの開示を定める。AI法は2024年に成立した。",
        "",
        AI_ACT,
        None,
    ),
    (
        "EUのAI法第50条は、ディープフェイクの開示を定める。AI法は2024年に成立した。",
        "定める。",
        AI_ACT,
        None,
    ),
    # no full name in the text, or another state's: no stored law
    ("AI法第3条は、基本理念を定める。", "", None, None),
    ("EU AI法とは別に、日本のAI法は2025年に成立した。", "日本の", None, None),
    # Chinese, both scripts: the short name is the AI Act's by itself
    ("欧盟《AI法案》第50条规定了透明度义务。", "欧盟", AI_ACT, AI_ACT),
    ("歐盟《AI法案》第50條規定了透明度義務。", "歐盟", AI_ACT, AI_ACT),
    # English: unchanged
    ("The EU AI Act's Article 50 sets transparency duties.", "The ", AI_ACT, AI_ACT),
]


def test_the_bare_name_of_a_union_law_named_in_full(
    rule: RuleSwitch, grammar_without_eu_ai_act_ja: CitationGrammar
) -> None:
    rule.take_out(name_table, "_UNION_NAMED", re.compile(r"(?!)"))
    store = shipped_store_with(AI_ACT)  # a store of its own: a fresh name table
    # (the grammar's context "the EU's AI act, in Japanese" reads AI法 on a page with EU cues as
    # the AI Act too: left out of the rule-off run, so that it shows this rule)
    finder = (
        CitationFinder(store) if rule.on else CitationFinder(store, grammar_without_eu_ai_act_ja)
    )
    for text, before, on, off in CASES:
        found = finder.find(text)
        at = text.index(before) + len(before)
        cited = {c.statute for c in found if c.start <= at < c.end}
        wanted = on if rule.on else off
        assert (wanted in cited) if wanted else not any(cited), (
            text,
            [(c.text, c.statute, c.article) for c in found],
        )
