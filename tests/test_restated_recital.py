"""Words a recital holds near exactly, cited as the article the recital restates, are not linked
to the recital (issue 14, heldout12: a summary of GDPR Art. 46 cited as "GDPR Article 46" gave its
safeguards in the words of Recital 108, "binding corporate rules; standard data protection clauses
adopted by the Commission", and was linked to the recital as a `minor` copy). A recital explains
its article in the article's words; when the cited article holds nearly all of the quotation's
content words too (pipeline/recital_restates.py), the writer's citation decides between the two,
as pipeline/cited_alike.py lets it decide between two articles sharing a formula: the quotation
goes to the cited article at the same tier, else it is not linked, with a note. Words of the
recital cited as the recital itself keep their link.

English only: recitals are the EU instruments' (the store's Chinese laws have none), and the
sentences are written for these tests around Recital 85's words.
"""

from __future__ import annotations

from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.pipeline import cited_alike
from lawref.pipeline.checker import Checker

GDPR = "eu-gdpr"
# Recital 85's words on notifying a breach, two commas dropped (a `minor` copy of the recital),
# which Art. 33(1) holds in another order.
WORDS = (
    "to the supervisory authority without undue delay and where feasible not later than 72 hours "
    "after having become aware of it"
)


def _linked(page: str) -> set[str]:
    checker = Checker(shipped_store_with(GDPR))
    return {
        str(q.match.article)
        for q in checker.check_text(page).quotes
        if q.match is not None and q.verdict != "unmatched"
    }


def test_a_recitals_words_cited_as_the_article_it_restates_are_not_the_recitals(
    rule: RuleSwitch,
) -> None:
    rule.take_out(cited_alike, "restated_recital", lambda *args: False)
    page = f"Breach notices\n\nUnder GDPR Article 33, the controller should notify the breach “{WORDS}”.\n"
    linked = _linked(page)
    assert ("recital-85" in linked) is not rule.on
    assert linked <= {"33", "recital-85"}


def test_a_recitals_words_cited_as_the_recital_keep_their_link() -> None:
    page = f"Breach notices\n\nRecital 85 of the GDPR asks the controller to notify the breach “{WORDS}”.\n"
    assert _linked(page) == {"recital-85"}
