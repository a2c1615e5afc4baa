"""A heading that cites an article ("網路安全法第63條處罰條例", "GDPR Article 29") introduces the
reproductions below it, even when the writer's sentence under it names the same law again without
an article ("違反網路安全法的，…"): that mention repeats the heading's law, so the heading still says
which article the text is, and another article's words under it are a misattribution (issue 14;
the class seen on the third held-out set). A mention of another law is not skipped.

Each case runs with the rule on and off (pipeline/section_headings.py ``_repeats_law``). Documents
are article texts of the shipped store under headings and sentences written for these tests
(Traditional converted by hand)."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.pipeline import section_headings
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

GDPR = "eu-gdpr"
NIL = "cn-national-intelligence-law"

NIL8_TRAD = "國家情報工作應當依法進行，尊重和保障人權，維護個人和組織的合法權益。"
NIL1_TRAD = "為了加強和保障國家情報工作，維護國家安全和利益，根據憲法，制定本法。"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, NIL)


def _documents(store: Store) -> list[tuple[str, str, str, str | None]]:
    """(document, the reproduction's opening, attribution with the rule on, article cited as)."""
    gdpr31 = stored_article(store, GDPR, "31").text
    nil8 = stored_article(store, NIL, "8").text
    nil1 = stored_article(store, NIL, "1").text
    return [
        # Another article's words under the heading: misattributed to the heading's article.
        (
            f"国家情报法第八条\n违反国家情报法的，依法追究责任。\n{nil1}\n",
            nil1[:10],
            "misattributed",
            "8",
        ),
        (
            f"國家情報法第八條\n違反國家情報法的，依法追究責任。\n{NIL1_TRAD}\n",
            NIL1_TRAD[:10],
            "misattributed",
            "8",
        ),
        (
            f"GDPR Article 29\nBreaches of the GDPR are fined.\n{gdpr31}\n",
            gdpr31[:30],
            "misattributed",
            "29",
        ),
        # The mention opens the reproduction's own paragraph (the sentence before it).
        (
            f"国家情报法第八条\n违反国家情报法的，依法追究责任。{nil1}\n",
            nil1[:10],
            "misattributed",
            "8",
        ),
        (
            f"國家情報法第八條\n違反國家情報法的，依法追究責任。{NIL1_TRAD}\n",
            NIL1_TRAD[:10],
            "misattributed",
            "8",
        ),
        (
            f"GDPR Article 29\nBreaches of the GDPR are fined. {gdpr31}\n",
            gdpr31[:30],
            "misattributed",
            "29",
        ),
        # The heading's own article under it: consistent, cited as that article.
        (
            f"国家情报法第八条\n违反国家情报法的，依法追究责任。\n{nil8}\n",
            nil8[:10],
            "consistent",
            "8",
        ),
        (
            f"國家情報法第八條\n違反國家情報法的，依法追究責任。\n{NIL8_TRAD}\n",
            NIL8_TRAD[:10],
            "consistent",
            "8",
        ),
    ]


@pytest.mark.parametrize("case", range(8))
def test_a_heading_still_cites_the_text_under_a_bare_mention_of_its_law(
    store: Store, rule: RuleSwitch, case: int
) -> None:
    document, opening, attribution, article = _documents(store)[case]
    rule.take_out(section_headings, "_repeats_law", lambda mention, earlier: False)
    quotes = [q for q in Checker(store).check_text(document).quotes if opening in q.text]
    assert len(quotes) == 1, [(q.text, q.attribution) for q in quotes]
    (quote,) = quotes
    if rule.on:
        assert quote.attribution == attribution
        assert quote.cited_as is not None and quote.cited_as.article == article
    else:  # the mention ends the heading's section, or is the citation: no article, no accusation
        assert quote.cited_as is None or quote.cited_as.article is None
        assert quote.attribution != "misattributed"


def test_a_mention_of_another_law_under_the_heading_is_not_read_past(store: Store) -> None:
    nil1 = stored_article(store, NIL, "1").text
    document = f"国家情报法第八条\n违反通用数据保护条例的，依法处罚。\n{nil1}\n"
    quotes = [q for q in Checker(store).check_text(document).quotes if nil1[:10] in q.text]
    assert len(quotes) == 1
    assert quotes[0].cited_as is None or quotes[0].cited_as.article != "8"
