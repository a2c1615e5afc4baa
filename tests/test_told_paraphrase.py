"""A sentence told of its cited article — the citation its subject, its words a rule — retold in
the writer's own words is that article's `paraphrase` (issue 14, round thirteen: unquoted
retellings beside a citation of the article they retell; pipeline/told_paraphrase.py
`told_paraphrase`, read by pipeline/cited_restatements.py).

The matcher aligns words and finds no article in "Article 17 of the GDPR gives people the right
to …": the words are the writer's. When enough of them stand in one of the cited article's stored
wordings (an English retelling of a Chinese article in its English translation), the retelling
is reported, linked to the cited article as a paraphrase, and attributed to the citation. A
sentence whose subject is not the citation, that names the article's subject without its rule, or
that opens a list, is not. The writer's words are written for these tests; the stored articles
are the shipped store's.
"""

from __future__ import annotations

import pytest
from rule_pages import GDPR, assert_told_paraphrase, checker_with, linked_retelling, traditional
from rule_switch import RuleSwitch

from lawref.pipeline import cited_restatements
from lawref.pipeline.checker import Checker
from lawref.pipeline.told_paraphrase import told_paraphrase
from lawref.spans import CitationSpan
from lawref.store.files import Store

CSL = "cn-cybersecurity-law"
DSL = "cn-data-security-law"

checker = checker_with(GDPR, CSL, DSL)

# (page, the retold words' opening, the article they are linked to; None: nothing linked there)
CASES: list[tuple[str, str, tuple[str, str] | None]] = [
    # English: the GDPR article is the subject of "gives".
    (
        "Article 17 of the GDPR gives people the right to have the controller erase their "
        "personal data without undue delay in some cases.",
        "people the right",
        (GDPR, "17"),
    ),
    # English: a prepositional lead-in naming the article, the duty in "must".
    (
        "Under Article 33 of the GDPR, a controller must tell the supervisory authority about a "
        "personal data breach within 72 hours.",
        "a controller must tell",
        (GDPR, "33"),
    ),
    # English retelling of a Chinese article: its words stand in the article's translation.
    (
        "Article 37 of the Cybersecurity Law requires operators of critical information "
        "infrastructure to store personal information and important data gathered in China "
        "within China.",
        "operators of critical",
        (CSL, "37"),
    ),
    # Simplified: the article is the subject of 要求.
    (
        "《数据安全法》第二十一条要求国家按照数据的重要程度和危害程度对数据分级分类，重要数据要重点保护。",
        "国家按照数据的重要程度",
        (DSL, "21"),
    ),
    # Simplified: the subject of 禁止.
    (
        "《网络安全法》第四十四条禁止任何个人和组织窃取个人信息，也不能非法出售个人信息给别人。",
        "任何个人和组织窃取",
        (CSL, "44"),
    ),
    # Traditional: the same two.
    (
        traditional(
            "《数据安全法》第二十一条要求国家按照数据的重要程度和危害程度对数据分级分类，"
            "重要数据要重点保护。"
        ),
        traditional("国家按照数据的重要程度"),
        (DSL, "21"),
    ),
    (
        traditional(
            "《网络安全法》第四十四条禁止任何个人和组织窃取个人信息，也不能非法出售个人信息给别人。"
        ),
        traditional("任何个人和组织窃取"),
        (CSL, "44"),
    ),
    # The subject is something the article grants, not the article.
    (
        "The right to erasure under Article 17 of the GDPR gives people the right to have the "
        "controller erase their personal data without undue delay in some cases.",
        "people the right",
        None,
    ),
    # The article's subject named, no rule given.
    (
        "Article 17 of the GDPR establishes the framework for the erasure of personal data by "
        "the controller.",
        "the framework",
        None,
    ),
    # A sentence that opens a list: the retelling is what follows.
    (
        "Article 17 of the GDPR gives people the right to have the controller erase their "
        "personal data without undue delay when:",
        "people the right",
        None,
    ),
    # The words are the writer's and not the article's.
    (
        "Article 17 of the GDPR gives marketing teams the right to plan their campaigns for "
        "next year with more care than before.",
        "marketing teams",
        None,
    ),
]


@pytest.mark.parametrize(("page", "opening", "expected"), CASES, ids=range(len(CASES)))
def test_a_told_retelling_is_the_cited_articles_paraphrase(
    checker: Checker,
    rule: RuleSwitch,
    page: str,
    opening: str,
    expected: tuple[str, str] | None,
) -> None:
    rule.take_out(cited_restatements, "told_paraphrase", lambda *args: None)
    quote = linked_retelling(checker, page, opening)
    if expected is None or not rule.on:
        assert quote is None, quote
        return
    # The quotation is the retold words: the citation and its verb stay the writer's.
    assert_told_paraphrase(quote, page, opening, expected)


def test_hostile_lead_ins_are_read_in_linear_time(checker: Checker) -> None:
    """A megabyte of words between a citation and the retold words: counted once each, and too
    many for the citation to be the sentence's subject."""
    store: Store = checker.store
    citation = CitationSpan("Article 17", 0, 10, GDPR, "17")
    padding = "and also " * 100_000
    text = "Article 17 " + padding + "gives people the right to erasure of personal data."
    start = len("Article 17 ") + len(padding) + len("gives ")
    assert told_paraphrase(text, 0, start, len(text), citation, store) is None
    short = "Article 17 gives people the right to erasure of personal data."
    found = told_paraphrase(short, 0, short.index("people"), len(short), citation, store)
    assert found is not None and found.verdict == "paraphrase"
