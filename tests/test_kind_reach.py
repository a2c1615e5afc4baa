"""An anaphor that names a kind of instrument — "the Regulation", "the Regulations", 该条例 —
reaches back past a law of another kind to the last law of its kind in reach (issue 14; the class
seen on the twenty-first held-out set: law firms' notes on the Network Data Security Management
Regulations that name the laws it builds on and then go on "Under the Regulation, …", left
uncited because the law named last is no regulation). It says nothing when the last instrument of
that kind is one the store lacks, or when the regulation was named too far back.

Each case runs with the rule on and off (citations/references.py calls citations/kind_reach.py
``last_of_kind``)."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations import references
from lawref.citations.find import CitationFinder
from lawref.store.files import Store

NDSMR = "cn-network-data-security-management-regulations"
GDPR = "eu-gdpr"
PIPL = "cn-personal-information-protection-law"
CSL = "cn-cybersecurity-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(NDSMR, GDPR, PIPL, CSL)


# (text, the anaphor's words, its occurrence, statutes cited there with the rule on, with it off)
CASES = [
    (
        "The Network Data Security Management Regulations were published this autumn. They build "
        "on the Cybersecurity Law and the Personal Information Protection Law. Under the "
        "Regulations, a processor must keep logs for six months.",
        "the \nRegulations",
        {NDSMR},
        set(),
    ),
    (
        "The GDPR changed how firms handle data. China's Personal Information Protection Law "
        "borrowed much from it. Under the Regulation, consent must be freely given.",
        "the Regulation",
        {GDPR},
        set(),
    ),
    (
        "《网络数据安全管理条例》今年公布。它与《网络安全法》《个人信息保护法》相衔接。该条例要求处理者留存日志。",
        "该条例",
        {NDSMR},
        set(),
    ),
    (
        "《網絡數據安全管理條例》今年公布。它與《網絡安全法》《個人信息保護法》相銜接。該條例要求處理者留存日誌。",
        "該條例",
        {NDSMR},
        set(),
    ),
    # the last regulation named is one the store lacks: that one is meant
    (
        "The GDPR changed how firms handle data. The Data Act Regulation followed, and the "
        "Cybersecurity Law answered both. Under the Regulation, devices must share data.",
        "the Regulation",
        set(),
        set(),
    ),
    # the regulation was named paragraphs before: out of reach
    (
        "The GDPR changed how firms handle data.\n\nFirms also watch China.\n\nThey read the "
        "Cybersecurity Law closely.\n\nIts rules are strict.\n\nUnder the Regulation, consent "
        "must be freely given.",
        "the Regulation",
        set(),
        set(),
    ),
    # the reproduced text's own words right after an article's heading: no citation
    (
        "Network Data Security Management Regulations\nArticle 1: They are made under the "
        "Cybersecurity Law.\nArticle 2: The Regulation shall apply to network data.",
        "The Regulation",
        set(),
        set(),
    ),
    # "the Regulations" (plural) after a regulation named in the singular: some other rules
    (
        "The GDPR changed how firms handle data. The Cybersecurity Law is stricter. The "
        "Regulations of each ministry add more.",
        "The \nRegulations",
        set(),
        set(),
    ),
]


def _cited(finder: CitationFinder, text: str, words: str) -> set[str | None]:
    words = " ".join(words.split())
    return {c.statute for c in finder.find(text) if " ".join(c.text.split()) == words}


@pytest.mark.parametrize("case", range(len(CASES)))
def test_an_anaphor_reaches_back_to_the_last_law_of_its_kind(
    finder: CitationFinder, rule: RuleSwitch, case: int
) -> None:
    text, words, on, off = CASES[case]
    rule.take_out(references, "last_of_kind", lambda *args: None)
    found = _cited(finder, text, words)
    assert found == (on if rule.on else off), [(c.text, c.statute) for c in finder.find(text)]


def test_the_law_named_last_of_the_kind_keeps_its_reading(finder: CitationFinder) -> None:
    """The regulation named last is still read first: no reaching back when it fits."""
    text = "The GDPR applies. The Regulation sets out principles."
    assert _cited(finder, text, "The Regulation") == {GDPR}


def test_the_law_named_last_stays_in_the_air_for_a_bare_reference(finder: CitationFinder) -> None:
    """A bare reference after the anaphor still cites the law named last, as it did before the
    anaphor reached back past it."""
    text = (
        "The Network Data Security Management Regulations were published. They build on the "
        "Personal Information Protection Law. Under the Regulations, processors keep logs. "
        "Article 3 covers processing abroad."
    )
    cited = {(c.statute, c.article) for c in finder.find(text) if c.text.startswith("Article 3")}
    assert cited == {(PIPL, "3")}, [(c.text, c.statute) for c in finder.find(text)]
