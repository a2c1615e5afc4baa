"""A Japanese sentence that ends as the writer's account of a law (…とされている, …しました) is not
a rendering of its text (issue 14, heldout8, heldout9: "データ安全法は、データの分類・分級保護制度を
確立しました(第21条)", "…禁止又は制限するとされている(第11条)"). A rendering in the law's own plain
form keeps its link; Chinese and English text is not judged by the rule.

Each case runs with the rule on and off (pipeline/japanese_account.py); the sentences are
written here."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.pipeline import not_law_text
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

NIL = "cn-national-intelligence-law"

_RENDERING = (
    "いかなる組織及び国民も、法に基づき国家情報活動に対する支持、援助及び協力を行い、"
    "知り得た国家情報活動についての秘密を守"
)


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(NIL)


# (document, a piece of the quotation, linked with the rule on)
CASES = [
    (f"国家情報法について。{_RENDERING}らなければならないとされている(第7条)。", "いかなる", False),
    (f"国家情報法について。{_RENDERING}ることが求められました(第7条)。", "いかなる", False),
    # The law's own voice: a rendering.
    (f"国家情報法について。{_RENDERING}らなければならない(第7条)。", "いかなる", True),
    # Chinese and English: the rule does not apply.
    (
        "该法第七条规定，任何组织和公民都应当依法支持、协助和配合国家情报工作，"
        "保守所知悉的国家情报工作秘密。",
        "任何组织和公民",
        True,
    ),
    (
        "該法第七條規定，任何組織和公民都應當依法支持、協助和配合國家情報工作，"
        "保守所知悉的國家情報工作秘密。",
        "任何組織和公民",
        True,
    ),
    (
        "Article 7 of the National Intelligence Law: “All organizations and citizens shall "
        "support, assist and cooperate with national intelligence efforts in accordance with "
        "law, and shall protect national intelligence work secrets they are aware of.”",
        "All organizations",
        True,
    ),
]


@pytest.mark.parametrize(("document", "piece", "linked"), CASES)
def test_a_japanese_account_of_the_law_is_not_a_rendering(
    store: Store,
    rule: RuleSwitch,
    document: str,
    piece: str,
    linked: bool,
) -> None:
    rule.take_out(not_law_text, "japanese_account", lambda span, w: w)
    quotes = [q for q in Checker(store).check_text(document).quotes if piece in q.text]
    assert len(quotes) == 1, [(q.text, q.verdict) for q in quotes]
    (quote,) = quotes
    if linked or not rule.on:
        assert quote.match is not None and quote.match.statute == NIL
        assert quote.match.article == "7" and quote.verdict != "unmatched"
    else:
        assert quote.match is None and quote.verdict == "unmatched"
        assert any("writer's about Art. 7" in note for note in quote.notes)
