"""Words matched to a recital of the cited law, when the cited article holds nearly all of them
in another order, are no misattribution (issue 14, heldout8: Art. 33 summed up in Recital 85's
words; Art. 6(1)(f) in Recital 47's). A recital's words under an article that holds few of them,
and a Chinese rendering of a recital (its words cannot be compared with the English article),
are still accused.

Each case runs with the rule on and off (pipeline/recital_restates.py); the recital's words are
taken from the shipped store, the sentences around them are written here."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.pipeline import accusations
from lawref.pipeline import attribution as attribution_module
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

GDPR = "eu-gdpr"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR)


def _recital_words(store: Store, recital: str, start: str, end: str) -> str:
    text = stored_article(store, GDPR, recital).text
    return text[text.index(start) : text.index(end) + len(end)]


# (sentence with {words}, recital, the words' first and last, attribution with the rule on)
CASES = [
    # Recital 85's words; Art. 33 holds them all, in another order.
    (
        "Under Article 33 of the GDPR, controllers must report a breach {words}, we advise.",
        "recital-85",
        ("to the supervisory authority", "72 hours"),
        "consistent",
    ),
    # Recital 47's words; Art. 6(1)(f) holds nearly all of them.
    (
        "Article 6(1)(f) of the GDPR allows it {words}, in our reading.",
        "recital-47",
        ("provided that the interests", "data subject are not overriding"),
        "consistent",
    ),
    # Recital 47's words cited as Article 45 (adequacy decisions), which holds few of them.
    (
        "Article 45 of the GDPR allows it {words}, in our reading.",
        "recital-47",
        ("provided that the interests", "data subject are not overriding"),
        "misattributed",
    ),
]

# Chinese renderings of a recital cited as an article: no word-by-word comparison, no excuse.
CHINESE = [
    "GDPR第三十三条规定：控制者应当“在不无故拖延的情况下，在可行时不迟于72小时”通知监管机构。",
    "GDPR第三十三條規定：控制者應當“在不無故拖延的情況下，在可行時不遲於72小時”通知監管機構。",
]


@pytest.mark.parametrize(("sentence", "recital", "ends", "attribution"), CASES)
def test_recital_restating_the_cited_article_accuses_nobody(
    store: Store,
    rule: RuleSwitch,
    sentence: str,
    recital: str,
    ends: tuple[str, str],
    attribution: str,
) -> None:
    rule.take_out(attribution_module, "recital_restates_cited", lambda *args: False)
    # The cited article holds the words, so pipeline/shared_with_cited.py would withhold the
    # claim too (unverified): it is taken out as well, to show this rule's own part.
    rule.take_out(accusations, "shared_with_cited", lambda spans, matches, links, store: links)
    words = _recital_words(store, recital, *ends)
    document = sentence.format(words=f"“{words}”")
    quotes = [q for q in Checker(store).check_text(document).quotes if q.match is not None]
    assert len(quotes) == 1, [(q.text, q.verdict, q.attribution) for q in quotes]
    (quote,) = quotes
    assert quote.match is not None and quote.match.article == recital
    assert quote.attribution == (attribution if rule.on else "misattributed")


@pytest.mark.parametrize("document", CHINESE)
def test_chinese_rendering_of_a_recital_is_not_excused(store: Store, document: str) -> None:
    for quote in Checker(store).check_text(document).quotes:
        assert (
            quote.attribution != "consistent"
            or quote.match is None
            or not str(quote.match.article).startswith("recital")
        )
