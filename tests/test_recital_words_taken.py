"""A retelling of a recital cited as the article the recital restates is weighed by the words it
takes from the recital, not by the words the writer put in (pipeline/recital_restates.py,
``taken_from_recital``): a sentence that follows a recital but for a verb or an adverb of the
writer's ("clearly enjoys" for "should have") is no misattribution when the cited article holds
nearly all of the words it took. Counting the writer's own words against the article made the
share fall under four fifths, and the retelling was `misattributed` (heldout24: a blog's
retelling of the AI Act's Recital 97 under Art. 3(63)).

Recitals are English text here and the measure reads Latin words, so the cases are English. The
rule-off run counts every content word of the quotation, as before. pipeline/shared_with_cited.py
would withhold these claims on its own ground in some cases (unverified); it is taken out in the
rule-off run, as in tests/test_recital_restates.py, to show this rule's part. The sentences are
written for these tests; the recitals' words in them are the law's."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.pipeline import accusations, recital_restates
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

GDPR = "eu-gdpr"
AI_ACT = "eu-ai-act"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, AI_ACT)


# (document, the recital its quotation follows, its attribution with the rule on)
CASES = [
    # Recital 71's sentence with "clearly enjoys" for "should have", cited as Art. 22
    (
        "Article 22 of the GDPR protects people. The data subject clearly enjoys the right not to "
        "be subject to a decision, which may include a measure, evaluating personal aspects "
        "relating to him or her which is based solely on automated processing and which produces "
        "legal effects concerning him or her or similarly significantly affects him or her.",
        "recital-71",
        "consistent",
    ),
    # Recital 97's sentence with "plainly omits" for "should not cover", cited as Art. 3
    (
        "Article 3 of the AI Act defines these models. The definition plainly omits AI models "
        "used before their placing on the market for the sole purpose of research, development "
        "and prototyping activities, the note adds.",
        "recital-97",
        "consistent",
    ),
    # … in quotation marks after a colon
    (
        "Article 3 of the AI Act defines the general-purpose model: “The definition expressly "
        "leaves aside AI models used before their placing on the market for the sole purpose of "
        "research, development and prototyping activities.”",
        "recital-97",
        "consistent",
    ),
    # Recital 26 on anonymous information cited as Art. 4, which holds few of the words it took
    (
        "Article 4 of the GDPR covers anonymous data. The principles of data protection plainly "
        "do not apply to anonymous information, namely information which does not relate to an "
        "identified or identifiable natural person.",
        "recital-26",
        "misattributed",
    ),
]


@pytest.mark.parametrize(("document", "recital", "attribution"), CASES)
def test_a_recital_retold_is_weighed_by_the_words_it_takes(
    store: Store, rule: RuleSwitch, document: str, recital: str, attribution: str
) -> None:
    every_word = recital_restates._content_words  # noqa: SLF001 (the rule-off measure)
    rule.take_out(recital_restates, "taken_from_recital", lambda words, match: every_word(words))
    rule.take_out(accusations, "shared_with_cited", lambda spans, matches, links, store: links)
    quotes = [q for q in Checker(store).check_text(document).quotes if q.match is not None]
    assert len(quotes) == 1, [(q.text, q.verdict, q.attribution) for q in quotes]
    (quote,) = quotes
    assert quote.match is not None and quote.match.article == recital
    assert quote.verdict == "altered"
    assert quote.attribution == (attribution if rule.on else "misattributed")
