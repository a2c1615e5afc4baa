"""A sentence whose subject is the cited article and whose verb gives its rule ("Article 82 of the
GDPR entitles anyone who …", "《数据安全法》第二十一条要求国家…"), or that opens "In accordance with
Article 82 of the GDPR,", retells that article after its lead-in (issue 14, the thirteenth
held-out set's linking recall: pipeline/told_lead_in.py, read by pipeline/cited_restatements.py).

The retelling is reported, linked to the cited article, and the quotation is the retold words
only: the citation and its verb are the writer's, not the law's. A sentence whose lead-in names
no article, or whose words do not follow the article, is not reported. The writer's words are
written for these tests; the stored articles are the shipped store's.
"""

from __future__ import annotations

import pytest
from rule_pages import GDPR, checker_with, linked_retelling, traditional
from rule_switch import RuleSwitch

from lawref.pipeline import cited_restatements
from lawref.pipeline.checker import Checker
from lawref.pipeline.told_lead_in import told_lead_in
from lawref.spans import CitationSpan

DSL = "cn-data-security-law"

checker = checker_with(GDPR, DSL)

# (page, the retold words' opening, the article they are linked to; None: nothing linked there)
CASES: list[tuple[str, str, tuple[str, str] | None]] = [
    # English: the article is the subject of "entitles", after a caption that ends in a colon.
    (
        "Short answer: Article 82 of the GDPR entitles anyone who suffered material or "
        "non-material damage because of an infringement of the GDPR to compensation from the "
        "controller or the processor for that damage.",
        "anyone who suffered",
        (GDPR, "82"),
    ),
    # English: a prepositional lead-in naming the article.
    (
        "In accordance with Article 82 of the GDPR, anyone who suffered material or non-material "
        "damage because of an infringement of the GDPR may get compensation from the controller "
        "or the processor for that damage.",
        "anyone who suffered",
        (GDPR, "82"),
    ),
    # English: the article is the subject of "lets" (round twenty: as "allows" does).
    (
        "Article 80 of the GDPR lets a data subject mandate a not-for-profit body, organisation "
        "or association to lodge a complaint on their behalf and to exercise their rights.",
        "a data subject mandate",
        (GDPR, "80"),
    ),
    # Simplified: the article is the subject of 要求, no comma before the retold words.
    (
        "《数据安全法》第二十一条要求国家对数据实行分类分级保护，并由协调机制统筹制定重要数据目录，"
        "加强对重要数据的保护。",
        "国家对数据实行分类分级保护",
        (DSL, "21"),
    ),
    # Traditional: the same.
    (
        traditional(
            "《数据安全法》第二十一条要求国家对数据实行分类分级保护，并由协调机制统筹制定重要数据"
            "目录，加强对重要数据的保护。"
        ),
        traditional("国家对数据实行分类分级保护"),
        (DSL, "21"),
    ),
    # The subject is no citation of an article: nothing is retold.
    (
        "Short answer: the regulator entitles anyone who suffered material or non-material damage "
        "because of an infringement of the GDPR to compensation from the controller or the "
        "processor for that damage.",
        "anyone who suffered",
        None,
    ),
    # The words after the lead-in are the writer's own, not the article's.
    (
        "Article 82 of the GDPR entitles plaintiffs to bring their claim before the courts of the "
        "place where they live, which many consumer groups have welcomed this year.",
        "plaintiffs to bring",
        None,
    ),
]


@pytest.mark.parametrize(("page", "opening", "expected"), CASES, ids=range(len(CASES)))
def test_the_retelling_after_the_lead_in_is_linked(
    checker: Checker,
    rule: RuleSwitch,
    page: str,
    opening: str,
    expected: tuple[str, str] | None,
) -> None:
    rule.take_out(cited_restatements, "told_lead_in", lambda *args: None)
    quote = linked_retelling(checker, page, opening)
    if expected is None:
        assert quote is None, quote
        return
    if not rule.on:  # taken out: nothing linked, or the citation's words counted as the law's
        assert quote is None or not quote.text.startswith(opening), quote
        return
    assert quote is not None, page
    assert quote.match is not None
    assert (quote.match.statute, quote.match.article) == expected
    # The quotation is the retold words: the citation and its verb stay the writer's.
    assert quote.text.startswith(opening), quote.text
    assert quote.attribution == "consistent"


def test_hostile_sentences_are_read_at_their_opening_only() -> None:
    """A megabyte sentence of citations and near-verbs: the lead-in is looked for in its opening
    only, and a lead-in too long to be one is none."""
    citation = CitationSpan("Article 82", 0, 10, GDPR, "82")
    text = "Article 82 " + "require provide allow " * 50_000 + "requires everyone to act."
    assert told_lead_in(text, 0, len(text), [citation]) is None
    short = "Article 82 requires everyone to act."
    assert told_lead_in(short, 0, len(short), [citation]) == (citation, short.index("everyone"))
