"""An English clause that a bracketed citation after it credits to one article of a Chinese law,
whose cross-lingual evidence points plainly to another article of that law, is that article's
`paraphrase`, `misattributed` (issue 14, round seventeen: real misattributions;
pipeline/credited_after.py).

The store holds the Chinese laws in Chinese, so an English retelling of an article, set in a
table or list with its article's number in brackets after it, shares no word with any stored
wording and was never reported when the number was wrong. The rule reads such a clause against
the Chinese articles (xling/) and accuses the citation only when the clause plainly renders
another article of the cited law. The right article cited, a list of articles in the brackets,
a law the store lacks, the matched article cited beside the clause, and Chinese words (which the
matcher reads against the law's own text) accuse no one. The writer's words are written for
these tests; the stored articles are the shipped store's.
"""

from __future__ import annotations

import pytest
from rule_pages import checker_with, traditional
from rule_switch import RuleSwitch

from lawref.citations.find import find_citations
from lawref.pipeline import checker as checker_module
from lawref.pipeline.checker import Checker
from lawref.pipeline.credited_after import credited_after

PIPL = "cn-personal-information-protection-law"
CEL = "cn-counter-espionage-law"
checker = checker_with(PIPL, CEL)

# PIPL Art. 15 (withdrawing consent) and the 2014 Counter-espionage Law's Art. 20 (assistance),
# each in a writer's English.
_WITHDRAW = (
    "where processing is based on consent, individuals shall have the right to withdraw their "
    "consent, and processors shall provide a convenient way to withdraw it"
)
_ASSIST = (
    "citizens and organizations shall provide convenience or other assistance for "
    "counter-espionage work"
)
_PIPL_16 = f"Personal Information Protection Law: {_WITHDRAW} (Article 16)."
_CEL_4 = f"Counter-espionage Law 2014: {_ASSIST} (Article 4)."

# (page, the clause's opening, the article its words render; None: no accusation)
CASES: list[tuple[str, str, tuple[str, str] | None]] = [
    (_PIPL_16, "where processing", (PIPL, "15")),
    (_CEL_4, "citizens and", (CEL, "20")),
    # The clause credited to the article it renders.
    (_PIPL_16.replace("Article 16", "Article 15"), "where processing", None),
    # Two articles in the brackets: which one the words are credited to is not said.
    (_PIPL_16.replace("Article 16", "Articles 15 and 16"), "where processing", None),
    # A law the store lacks.
    (f"Civil Code: {_WITHDRAW} (Article 1036).", "where processing", None),
    # The page cites the rendered article beside the clause.
    (_PIPL_16 + " Withdrawal itself is governed by Article 15.", "where processing", None),
]

# Chinese words credited by a bracketed number: the matcher reads them against the law's text,
# this rule does not (Simplified and Traditional).
_CHINESE = "《个人信息保护法》规定，个人有权撤回其同意，个人信息处理者应当提供便捷的撤回同意的方式（第十六条）。"


@pytest.mark.parametrize(("page", "opening", "expected"), CASES, ids=range(len(CASES)))
def test_english_clauses_rendering_another_article_are_misattributed(
    checker: Checker,
    rule: RuleSwitch,
    page: str,
    opening: str,
    expected: tuple[str, str] | None,
) -> None:
    rule.take_out(checker_module, "credited_after", lambda *args: [])
    accused = [
        q
        for q in checker.check_text(page).quotes
        if q.attribution == "misattributed" and q.text.startswith(opening)
    ]
    if expected is None or not rule.on:
        assert accused == [], accused
        return
    assert len(accused) == 1, page
    quote = accused[0]
    assert quote.match is not None
    assert (quote.match.statute, quote.match.article) == expected
    assert quote.verdict == "paraphrase" and quote.marks == "none"
    assert quote.text.startswith(opening) and "(" not in quote.text  # (the clause alone)
    note = " ".join(quote.notes)
    assert f"Art. {expected[1]} " in note and quote.cited_as is not None
    assert quote.cited_as.text in note


@pytest.mark.parametrize("page", [_CHINESE, traditional(_CHINESE)], ids=["hans", "hant"])
def test_chinese_words_are_left_to_the_matcher(checker: Checker, page: str) -> None:
    citations = find_citations(page, checker.store)
    assert any(c.article == "16" for c in citations)
    assert credited_after(page, [], citations, checker.store, checker.xling) == []


def test_hostile_pages_are_read_in_linear_time(checker: Checker) -> None:
    """Thousands of bracketed citations: each reads a bounded clause, none accuses."""
    page = "Personal Information Protection Law. " + "rules apply (Article 16); " * 5_000
    citations = find_citations(page, checker.store)
    assert credited_after(page, [], citations, checker.store, checker.xling) == []
