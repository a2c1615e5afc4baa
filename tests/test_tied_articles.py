"""Words that stand word for word in several articles of a law, quoted with only the law named
beside them, are linked to the article the page cites before them (issue 14, the eighteenth
held-out set: a page headed "GDPR Art.35" quoted “likely to result in a high risk to the rights
and freedoms of natural persons,”, words of Art. 34(1) and Art. 35(1) alike, and the matcher's
tie-breaks chose Art. 34). pipeline/tied_articles.py.

Each case runs with the rule on and off. The quoted words are the shipped store's (PIPL Arts. 22
and 23 share a sentence; GDPR Arts. 34 and 35 share a clause); the pages around them are written
for these tests, the Traditional ones converted by OpenCC. With the rule off the tie-breaks pick
the lower article whatever the heading says.
"""

from __future__ import annotations

import pytest
from rule_pages import GDPR, checker_with, quote_linked_to, traditional
from rule_switch import RuleSwitch

from lawref.pipeline import tied_articles
from lawref.pipeline.checker import Checker

PIPL = "cn-personal-information-protection-law"

checker = checker_with(PIPL, GDPR)


def _chinese(heading: str) -> str:
    return (
        f"个人信息保护法第{heading}条解读\n\n根据个人信息保护法，“接收方变更原先的处理目的、"
        "处理方式的，应当依照本法规定重新取得个人同意”，企业须留意。\n"
    )


def _english(heading: str) -> str:
    return (
        f"GDPR Article {heading}: what it asks of you\n\nUnder the GDPR, processing “likely to "
        "result in a high risk to the rights and freedoms of natural persons” calls for care "
        "before launch.\n"
    )


# (page, statute, the article the heading cites = the link with the rule on, the link with it off)
CASES = [
    (_chinese("二十三"), PIPL, "23", "22"),
    (traditional(_chinese("二十三")), PIPL, "23", "22"),
    (_english("35"), GDPR, "35", "34"),
    # the heading citing the article the tie-breaks chose: the same either way
    (_chinese("二十二"), PIPL, "22", "22"),
    (_english("34"), GDPR, "34", "34"),
]


def _linked_article(checker: Checker, page: str, statute: str) -> str | None:
    for quote in checker.check_text(page).quotes:
        if quote.match is not None and quote.match.statute == statute:
            return quote.match.article
    return None


@pytest.mark.parametrize("case", range(len(CASES)))
def test_tied_exact_words_follow_the_article_the_page_cites(
    checker: Checker, rule: RuleSwitch, case: int
) -> None:
    page, statute, on, off = CASES[case]
    rule.take_out(tied_articles, "tied_articles", lambda result: set())
    assert _linked_article(checker, page, statute) == (on if rule.on else off)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_citation_of_an_untied_article_changes_nothing(checker: Checker, script: str) -> None:
    """The last article cited before the words holds none of them: the tie-breaks stand."""
    page = _chinese("十三")
    page = traditional(page) if script == "traditional" else page
    assert quote_linked_to(checker, page, PIPL, "22").verdict == "verbatim"
