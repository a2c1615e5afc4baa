"""A term's definition retold as what the cited article defines, where another article of the
law defines the term, is that article's retelling, misattributed (issue 14, real
misattributions; pipeline/defined_elsewhere.py).

Which article defines a term is a fact of record: a sentence whose subject is the cited article
(or an anaphor of it) and that says the article defines the term ("It defines AI literacy as …",
第十条将个人信息处理者定义为…) credits the definition to an article that only uses the term.
A sentence that merely describes the term, or cites the defining article, accuses nobody. Each
accusing case runs with the rule on and off. Statute words come from the shipped store; the
sentences are written for these tests, the Traditional one converted by OpenCC.
"""

from __future__ import annotations

import pytest
from rule_pages import traditional
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.pipeline import defined_elsewhere
from lawref.pipeline.checker import Checker
from lawref.report import Quote
from lawref.spans import CitationSpan
from lawref.store.files import Store

AI_ACT = "eu-ai-act"
PIPL = "cn-personal-information-protection-law"

_RETOLD = (
    "the skills, knowledge, and understanding that let people make informed decisions about AI "
    "systems and be aware of the harm they can cause."
)
_CHINESE = (
    "关于数据出境，法律另有安排。\n《个人信息保护法》第十条将个人信息处理者定义为"
    "能够自行决定处理的目的和方式的组织或者个人。这一定义影响合规范围。\n"
)


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(AI_ACT, PIPL)


def _english(opening: str, verb: str = "defines") -> str:
    return f"{opening} It {verb} AI literacy as {_RETOLD}\n"


# (case, page, statute, the defining article, the cited article)
CASES = [
    ("en", _english("Article 4 of the AI Act sets a training duty."), AI_ACT, "3", "4"),
    ("zh-Hans", _CHINESE, PIPL, "73", "10"),
    ("zh-Hant", traditional(_CHINESE), PIPL, "73", "10"),
]


def _accusations(store: Store, page: str) -> list[Quote]:
    return [q for q in Checker(store).check_text(page).quotes if q.attribution == "misattributed"]


@pytest.mark.parametrize(
    ("case", "page", "statute", "defining", "cited"), CASES, ids=[c[0] for c in CASES]
)
def test_a_definition_credited_to_an_article_that_only_uses_the_term_is_misattributed(
    store: Store,
    rule: RuleSwitch,
    case: str,
    page: str,
    statute: str,
    defining: str,
    cited: str,
) -> None:
    rule.take_out(defined_elsewhere, "defines_term", lambda article, term: False)
    accused = _accusations(store, page)
    if not rule.on:
        assert accused == [], case
        return
    assert len(accused) == 1, case
    quote = accused[0]
    assert quote.match is not None
    assert (quote.match.statute, quote.match.article) == (statute, defining)
    assert quote.cited_as is not None and quote.cited_as.article == cited
    assert quote.verdict == "paraphrase"
    assert any("defines it" in note for note in quote.notes)


NO_ACCUSATION = [
    (
        "describes, not defines",
        _english("Article 4 of the AI Act sets a training duty.", "describes"),
    ),
    ("the defining article cited", f"Article 3 of the AI Act defines AI literacy as {_RETOLD}\n"),
    (
        "zh-Hans: the defining article cited",
        "《个人信息保护法》第七十三条将个人信息处理者定义为能够自行决定处理的目的和方式的组织或者个人。\n",
    ),
]


@pytest.mark.parametrize(("case", "page"), NO_ACCUSATION, ids=[c[0] for c in NO_ACCUSATION])
def test_a_description_or_the_defining_article_cited_accuses_nobody(
    store: Store, case: str, page: str
) -> None:
    assert _accusations(store, page) == [], case


def test_hostile_pages_are_read_in_linear_time(store: Store) -> None:
    """Thousands of "defines … as" sentences, each under a citation of an article: a bounded
    number of them is read, each sentence and the citations near it once."""
    line = "Article 4 of the AI Act sets a duty. It defines AI literacy as " + "skills and " * 30
    page = (line + "so on.\n") * 5_000
    step = len(line) + len("so on.\n")
    citations = [
        CitationSpan("Article 4 of the AI Act", at, at + 23, AI_ACT, "4")
        for at in range(0, len(page), step)
    ]
    assert defined_elsewhere.defined_elsewhere(page, [], citations, store) == []
