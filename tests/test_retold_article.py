"""A bare article reference read by the article its own words retell
(lawref/citations/retold_article.py; issue 14, the eleventh held-out set: "Article 53 requires
model technical documentation …" on a page that names no law was read as no law, and "Article
27(1) names six elements …" on an AI Act page that names only the GDPR was read as the GDPR's).
Table-driven in English, Simplified and Traditional Chinese, each case run with the rule and
without it. The AI Act's Chinese name (人工智能法案), the Anti-Foreign Sanctions Law's English
title (the Law on Countering Foreign Sanctions) and 该条例 ("the said regulation") are tested
with the names taken out of the store, or the word out of the grammar, too. The sentences are
written for these tests."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import cited_over, shipped_store_with, store_without_aliases

from lawref.citations import find as find_module
from lawref.citations import references as references_module
from lawref.citations.find import CitationFinder
from lawref.store.files import Store

AI_ACT = "eu-ai-act"
GDPR = "eu-gdpr"
CSL = "cn-cybersecurity-law"
DSL = "cn-data-security-law"
AFSL = "cn-anti-foreign-sanctions-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(AI_ACT, GDPR, CSL, DSL, AFSL)


def _off(text: str, found: list, *args: object) -> list:  # type: ignore[type-arg]
    return found  # the rule taken out: the citations as the finder read them before it


# (text, the reference's words, what it cites with the rule, … and without it)
CASES = [
    # English: no law named at all
    (
        "Providers of general-purpose AI models have their own duties. Article 53 requires "
        "them to keep technical documentation of the model, to put a copyright policy in "
        "place and to publish a summary of the content used for training.",
        "Article 53",
        (AI_ACT, "53"),
        None,
    ),
    # English: the GDPR is the only law the text names, but the sentence retells the AI Act
    (
        "A DPIA is what GDPR Article 35 asks for.\n"
        "Article 27(1) asks deployers of high-risk AI systems to assess the impact on "
        "fundamental rights: the categories of natural persons likely to be affected, the "
        "specific risks of harm and the human oversight measures.",
        "Article 27(1)",
        (AI_ACT, "27"),
        (GDPR, "27"),
    ),
    # English: the GDPR named just before, in the sentence's other clause
    (
        "Article 22 GDPR covers solely automated decisions; Article 86 gives an affected "
        "person the right to an explanation of the role of the high-risk AI system in a "
        "decision taken by the deployer on the basis of its output.",
        "Article 86",
        (AI_ACT, "86"),
        (GDPR, "86"),
    ),
    # Simplified Chinese: no law named
    (
        "第二十一条要求网络运营者按照网络安全等级保护制度的要求，履行安全保护义务，"
        "防止网络数据泄露或者被窃取、篡改。",
        "第二十一条",
        (CSL, "21"),
        None,
    ),
    # Traditional Chinese: no law named
    (
        "第二十一條要求網絡運營者按照網絡安全等級保護制度的要求，履行安全保護義務，"
        "防止網絡數據洩露或者被竊取、篡改。",
        "第二十一條",
        (CSL, "21"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "words", "on", "off"), CASES)
def test_a_bare_reference_is_the_article_its_words_retell(
    rule: RuleSwitch,
    store: Store,
    text: str,
    words: str,
    on: tuple[str, str],
    off: tuple[str, str] | None,
) -> None:
    rule.take_out(find_module, "retold_articles", _off)
    cited = {c for c in cited_over(CitationFinder(store), text, words) if c[0] is not None}
    if rule.on:
        assert cited == {on}
    else:
        assert cited == ({off} if off else set())


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # a law named in the reference's own words is never re-read
        (
            "GDPR Article 53 requires technical documentation and a copyright policy for AI "
            "models.",
            "GDPR Article 53",
            {(GDPR, "53")},
        ),
        # a Chinese sentence keeps the law named in reach: Chinese laws share stock clauses
        (
            "《数据安全法》颁布后，第二十一条要求网络运营者按照网络安全等级保护制度的要求，"
            "履行安全保护义务。",
            "第二十一条",
            {(DSL, "21")},
        ),
        # 本法, "hereof": a law the writer means but does not name is not guessed
        (
            "依照本法第二十一条，网络运营者应当按照网络安全等级保护制度的要求履行安全保护义务。",
            "第二十一条",
            set(),
        ),
        # an article's heading set before its text is a reproduction's, not a citation
        (
            "第三章 网络运行安全 第二十一条 国家实行网络安全等级保护制度。网络运营者应当履行安全保护义务。",
            "第二十一条",
            set(),
        ),
        # words that retell no article in particular
        ("As Article 53 shows, the rules are long.", "Article 53", set()),
    ],
)
def test_what_is_not_read_so(
    store: Store, text: str, words: str, expected: set[tuple[str, str]]
) -> None:
    cited = {c for c in cited_over(CitationFinder(store), text, words) if c[0] is not None}
    assert cited == expected


NEW_NAMES = {
    AI_ACT: {"人工智能法案", "人工智慧法案"},
    AFSL: {"Law on Countering Foreign Sanctions"},
}


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "欧盟《人工智能法案》第 5(1)(f) 条禁止情绪识别。",
            "《人工智能法案》第 5(1)(f) 条",
            (AI_ACT, "5"),
        ),
        ("歐盟《人工智能法案》第50條規定了透明度義務。", "《人工智能法案》第50條", (AI_ACT, "50")),
        ("歐盟《人工智慧法案》第50條規定了透明度義務。", "《人工智慧法案》第50條", (AI_ACT, "50")),
        (
            "The Law on Countering Foreign Sanctions took effect in 2021.",
            "Law on Countering Foreign Sanctions",
            (AFSL, None),
        ),
    ],
)
def test_the_new_names_read_and_not_without(
    store: Store, text: str, words: str, expected: tuple[str, str | None]
) -> None:
    assert expected in cited_over(CitationFinder(store), text, words)
    bare = CitationFinder(store_without_aliases(store, NEW_NAMES))
    assert expected not in cited_over(bare, text, words)


def test_china_s_own_ai_law_is_not_the_eu_s(store: Store) -> None:
    found = CitationFinder(store).find("《人工智能法》（学者建议稿）第十条")
    assert AI_ACT not in {c.statute for c in found}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("欧盟《通用数据保护条例》已生效。如果违反该条例，最高可处罚款。", GDPR),
        ("歐盟《通用數據保護條例》已生效。如果違反該條例，最高可處罰款。", GDPR),
        # after a law named 法, 该条例 is some regulation the writer has in mind, not that law
        ("《网络安全法》已生效。该条例的实施细则尚未公布。", None),
    ],
)
def test_the_said_regulation_is_the_regulation_named_before(
    rule: RuleSwitch, store: Store, text: str, expected: str | None
) -> None:
    # the rule off: 该条例 points back to whatever law was named before, 法 or 条例 (no anaphor
    # is read as naming a kind of instrument)
    rule.take_out(references_module, "of_its_kind", lambda *args: None)
    found = [c for c in CitationFinder(store).find(text) if c.text in ("该条例", "該條例")]
    if rule.on or expected:
        assert [c.statute for c in found] == ([expected] if expected else [])
    else:
        assert [c.statute for c in found] == [CSL]
