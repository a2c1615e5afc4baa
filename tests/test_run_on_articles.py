"""Another article's text running on under an article's heading (a page reproducing consecutive
articles that lost one heading) is cited by that heading: a reader takes it for that article's
text, so its words are a misattribution when they are another article's (issue 14, the third
held-out set). Only when certain: the text under the heading is that article's to its end,
nothing stands between, and the run-on words are not also in the cited article.

Each case runs with the rule on and off (pipeline/run_on.py). Documents are article texts of
the shipped store under headings written for these tests (Traditional converted by hand)."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.pipeline import checker as checker_module
from lawref.pipeline import run_on
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

GDPR = "eu-gdpr"
NIL = "cn-national-intelligence-law"

NIL8_TRAD = "國家情報工作應當依法進行，尊重和保障人權，維護個人和組織的合法權益。"
NIL1_TRAD = "為了加強和保障國家情報工作，維護國家安全和利益，根據憲法，制定本法。"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, NIL)


def _documents(store: Store) -> list[tuple[str, str, str, str]]:
    """(document, the run-on words' opening, attribution with the rule on, cited article)."""
    gdpr29 = stored_article(store, GDPR, "29").text
    gdpr31 = stored_article(store, GDPR, "31").text
    nil8 = stored_article(store, NIL, "8").text
    nil1 = stored_article(store, NIL, "1").text
    return [
        (f"GDPR Article 29 {gdpr29}\n{gdpr31}\n", gdpr31[:30], "misattributed", "29"),
        (f"《中华人民共和国国家情报法》\n第八条 {nil8}\n{nil1}\n", nil1[:10], "misattributed", "8"),
        (
            f"《中華人民共和國國家情報法》\n第八條 {NIL8_TRAD}\n{NIL1_TRAD}\n",
            NIL1_TRAD[:10],
            "misattributed",
            "8",
        ),
        # Its own heading between: cited by that, consistent.
        (
            f"《中华人民共和国国家情报法》\n第八条 {nil8}\n第一条 {nil1}\n",
            nil1[:10],
            "consistent",
            "1",
        ),
        # The writer's words between: not a run-on.
        (
            f"GDPR Article 29 {gdpr29}\nOther duties apply as well.\n{gdpr31}\n",
            gdpr31[:30],
            "uncited",
            "",
        ),
    ]


@pytest.mark.parametrize("case", range(5))
def test_text_running_on_under_a_heading_is_cited_by_it(
    store: Store, rule: RuleSwitch, case: int
) -> None:
    document, opening, attribution, article = _documents(store)[case]
    rule.take_out(checker_module, "run_on_citations", lambda text, s, r, groups: groups)
    quotes = [q for q in Checker(store).check_text(document).quotes if opening in q.text]
    assert len(quotes) == 1, [
        (q.text, q.attribution) for q in Checker(store).check_text(document).quotes
    ]
    (quote,) = quotes
    expected = attribution if rule.on or attribution != "misattributed" else "uncited"
    assert quote.attribution == expected
    if expected != "uncited":
        assert quote.cited_as is not None and quote.cited_as.article == article


# A citation in prose that runs into the article's words ("第八条规定，…", "Article 29 provides
# that …") reports them within its own paragraph: a reproduction in the next paragraph is not
# more of that article (the writer's next point, uncited). A heading or a lead-in ending in a
# colon carries the citation across the paragraph break (pipeline/run_on.py ``presents_by_layout``).
def _prose_documents(store: Store) -> list[tuple[str, str, str]]:
    """(document, the next paragraph's opening, attribution with the rule on)."""
    gdpr29 = stored_article(store, GDPR, "29").text
    gdpr31 = stored_article(store, GDPR, "31").text
    nil8 = stored_article(store, NIL, "8").text
    nil1 = stored_article(store, NIL, "1").text
    return [
        (f"《中华人民共和国国家情报法》第八条规定，{nil8}\n\n{nil1}\n", nil1[:10], "uncited"),
        (
            f"《中華人民共和國國家情報法》第八條規定，{NIL8_TRAD}\n\n{NIL1_TRAD}\n",
            NIL1_TRAD[:10],
            "uncited",
        ),
        (
            f"Under the GDPR, Article 29 provides that {gdpr29}\n\n{gdpr31}\n",
            gdpr31[:30],
            "uncited",
        ),
        # A lead-in ending in a colon presents the article's text: the next paragraph runs on.
        (f"《中华人民共和国国家情报法》第八条规定：{nil8}\n\n{nil1}\n", nil1[:10], "misattributed"),
        (
            f"《中華人民共和國國家情報法》第八條規定：{NIL8_TRAD}\n\n{NIL1_TRAD}\n",
            NIL1_TRAD[:10],
            "misattributed",
        ),
        # In the same paragraph, a prose citation still reaches the next sentence.
        (f"《中华人民共和国国家情报法》第八条规定，{nil8}{nil1}\n", nil1[:10], "misattributed"),
    ]


@pytest.mark.parametrize("case", range(6))
def test_a_citation_in_prose_does_not_run_on_into_the_next_paragraph(
    store: Store, rule: RuleSwitch, case: int
) -> None:
    document, opening, attribution = _prose_documents(store)[case]
    rule.take_out(run_on, "presents_by_layout", lambda text, citation, start: True)
    quotes = [q for q in Checker(store).check_text(document).quotes if opening in q.text]
    assert len(quotes) == 1, [(q.text, q.attribution) for q in quotes]
    expected = attribution if rule.on else "misattributed"
    assert quotes[0].attribution == expected
