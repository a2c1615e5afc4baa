"""A law's name used as a common noun cites no law: "a domestic national security law" (one that a
government has yet to pass), "Basic law means a law subordinate only to the Constitution" (a term
defined), 重新寫成一條《國家安全法》 (a law yet to be written). The store's law of that name is not
cited, and a bare "Article 30" after such a mention stays with the law named before it (issue 14;
the class seen on the sixth held-out set). A name written as a name still cites it ("a
Cybersecurity Law", "the national security law", "the country's first foreign relations law",
我国第一部《网络安全法》).

Each case runs with the rule on and off (citations/generic.py ``generic_mention``)."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations import find as find_module
from lawref.citations.find import CitationFinder
from lawref.store.files import Store

BASIC = "cn-hong-kong-basic-law"
NSL = "cn-national-security-law"
CSL = "cn-cybersecurity-law"
FRL = "cn-foreign-relations-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(BASIC, NSL, CSL, FRL)


# (text, words of the mention, whether it cites a law with the rule on)
CASES = [
    ("Basic law means a law subordinate only to the Constitution.", "Basic law", False),
    ("National security law refers to the laws on state security.", "security law", False),
    ("有關條文會重新寫成一條《國家安全法》，對五項罪行立法。", "國家安全法", False),
    ("有关条文会重新写成一部新的《国家安全法》。", "国家安全法", False),
    (
        "the second attempt to pass a domestic national security law since 2003",
        "security law",
        False,
    ),
    ("China has yet to pass its own data security law.", "security law", False),
    # names written as names
    ("the national security law imposed by Beijing in 2020", "security law", True),
    ("In 2016 China passed a Cybersecurity Law that requires", "Cybersecurity Law", True),
    ("The Law is regarded as the country's first foreign relations law.", "relations law", True),
    ("Article 23 of the Basic Law requires the city to legislate.", "Basic Law", True),
    ("the Basic Law means that the city legislates on its own", "Basic Law", True),
    ("这是我国第一部《网络安全法》。", "网络安全法", True),
    ("《国家安全法》第七十七条规定", "国家安全法", True),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_name_used_as_a_common_noun_cites_no_law(
    finder: CitationFinder, rule: RuleSwitch, case: int
) -> None:
    text, words, cites = CASES[case]
    rule.take_out(find_module, "generic_mention", lambda *args: False)
    resolved = [c for c in finder.find(text) if words in c.text and c.statute is not None]
    assert bool(resolved) == (cites or not rule.on), [(c.text, c.statute) for c in resolved]


def test_a_bare_article_after_a_generic_mention_stays_with_the_law_named_before(
    finder: CitationFinder,
) -> None:
    text = (
        "China's Foreign Relations Law (the “Law”) was adopted in June. The Law is regarded as "
        "foundational. Basic law means a law subordinate only to "
        "the Constitution. Under Article 30, China may not accede to any treaty that contravenes "
        "the Constitution."
    )
    articles = [c for c in finder.find(text) if c.text.startswith("Article 30")]
    assert articles and articles[0].statute != BASIC
