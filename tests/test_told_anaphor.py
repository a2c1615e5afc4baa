"""A retelling whose subject is an anaphor of the article cited just before — "Article 17 of the
GDPR … . It gives people the right to …", "The article requires …", "此条要求…" — is told of that
article and linked as its `paraphrase` like a sentence that names it (issue 14, round thirteen:
unquoted retellings beside a citation of the article they retell; pipeline/told_lead_in.py
`_antecedent`, read through `subject_citation` by pipeline/cited_restatements.py).

A noun that names an article ("the article", 此条) stands for the one article cited before it;
"it" only for an article that is the subject of the sentence just before, since "it" as often
means the law; a law named as the subject stands for its one article cited before. When two
articles are cited before, or "it" follows a sentence about something
else, nothing is linked. The writer's words are written for these tests; the stored articles are
the shipped store's.
"""

from __future__ import annotations

import pytest
from rule_pages import GDPR, assert_told_paraphrase, checker_with, linked_retelling, traditional
from rule_switch import RuleSwitch

from lawref.pipeline import cited_restatements, told_lead_in
from lawref.pipeline.checker import Checker
from lawref.pipeline.told_lead_in import subject_citation
from lawref.spans import CitationSpan

DSL = "cn-data-security-law"

checker = checker_with(GDPR, DSL)

_SIMPLIFIED = (
    "《数据安全法》第二十一条是关于数据分类的条文。"
    "此条要求国家按照数据的重要程度和危害程度对数据分级分类，重要数据要重点保护。"
)

_LAW_SUBJECT = (
    "《数据安全法》第二十一条是关于数据分类的条文。"
    "《数据安全法》要求国家按照数据的重要程度和危害程度对数据分级分类，重要数据要重点保护。"
)

# (page, the retold words' opening, the article they are linked to; None: nothing linked there)
CASES: list[tuple[str, str, tuple[str, str] | None]] = [
    # English: "it" after a sentence whose subject is the article.
    (
        "Article 17 of the GDPR deals with erasure. It gives people the right to have the "
        "controller erase their personal data without undue delay in some cases.",
        "people the right",
        (GDPR, "17"),
    ),
    # English: "the article" stands for the one article cited before it.
    (
        "Breaches are covered in Article 33 of the GDPR. The article requires a controller to "
        "tell the supervisory authority about a personal data breach within 72 hours.",
        "a controller to tell",
        (GDPR, "33"),
    ),
    # Simplified and Traditional: 此条 / 此條 for the article cited in the sentence before.
    (_SIMPLIFIED, "国家按照数据的重要程度", (DSL, "21")),
    (traditional(_SIMPLIFIED), traditional("国家按照数据的重要程度"), (DSL, "21")),
    # The law named as the subject, its one article cited in the sentence before.
    (
        "Article 17 of the GDPR deals with erasure. The GDPR gives people the right to have the "
        "controller erase their personal data without undue delay in some cases.",
        "people the right",
        (GDPR, "17"),
    ),
    (_LAW_SUBJECT, "国家按照数据的重要程度", (DSL, "21")),
    (traditional(_LAW_SUBJECT), traditional("国家按照数据的重要程度"), (DSL, "21")),
    # "It" after a sentence whose subject is the law, the article only mentioned: the law.
    (
        "The GDPR was adopted after long talks over Article 17. It gives people the right to "
        "have the controller erase their personal data without undue delay in some cases.",
        "people the right",
        None,
    ),
    # Two articles cited before "the article": which one is meant is not plain.
    (
        "Breaches are covered in Article 33 and Article 34 of the GDPR. The article requires a "
        "controller to tell the supervisory authority about a personal data breach within 72 "
        "hours.",
        "a controller to tell",
        None,
    ),
    (
        "Breaches are covered in Article 33 and Article 34 of the GDPR. The GDPR requires a "
        "controller to tell the supervisory authority about a personal data breach within 72 "
        "hours.",
        "a controller to tell",
        None,
    ),
]


@pytest.mark.parametrize(("page", "opening", "expected"), CASES, ids=range(len(CASES)))
def test_a_retelling_told_of_an_anaphor_is_the_cited_articles_paraphrase(
    checker: Checker,
    rule: RuleSwitch,
    page: str,
    opening: str,
    expected: tuple[str, str] | None,
) -> None:
    rule.take_out(told_lead_in, "_antecedent", lambda *args: None)
    # (a law told of alone is also read by article_retold, which would mask the anaphor's link)
    rule.take_out(cited_restatements, "article_retold", lambda *args: None)
    quote = linked_retelling(checker, page, opening)
    if expected is None or not rule.on:
        assert quote is None, quote
        return
    assert_told_paraphrase(quote, page, opening, expected)


def test_hostile_text_before_the_anaphor_is_read_in_bounded_time() -> None:
    """A megabyte between the citation and "It": only a bounded window is read, and "it" is
    then too far from the article to stand for it; a short page still finds it."""
    padding = "and also " * 100_000
    text = "Article 17 gives rights. " + padding + ". It gives people the right to erasure."
    citation = CitationSpan("Article 17", 0, 10, GDPR, "17")
    start = text.rindex("It gives")
    assert subject_citation(text, start, start + len("It gives "), [citation]) is None
    short = "Article 17 gives rights. It gives people the right to erasure."
    start = short.index("It gives")
    assert subject_citation(short, start, start + len("It gives "), [citation]) == citation
