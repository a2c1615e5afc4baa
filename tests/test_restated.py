"""Words after a restatement marker ("in other words", 换句话说, 也就是说, ——即) in their own
sentence are the writer's restatement, not a quotation (issue 14, heldout9: "換句話說，即使人不在
香港，只要犯罪行為或結果有一項發生在香港內，就被認為是在香港犯罪", linked as `altered` to the Hong Kong
National Security Law's Art. 36). Without the marker the same words stay linked.

Each case runs with the rule on and off (pipeline/restated.py); the sentences are written here."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.pipeline import not_law_text
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

HKNSL = "cn-hong-kong-national-security-law"
GDPR = "eu-gdpr"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(HKNSL, GDPR)


_ZH = "只要犯罪的行为或者结果有一项发生在香港，就认为是在香港特别行政区内犯罪。"
_HANT = "只要犯罪的行為或者結果有一項發生在香港，就認為是在香港特別行政區內犯罪。"
_EN = (
    "personal data shall be processed lawfully, fairly and in an open way in relation to the "
    "data subject."
)

# (document, a piece of the quotation, its statute and article, linked with the rule on)
CASES = [
    (f"第三十六条规定了适用范围。换句话说，{_ZH}", "有一项发生", (HKNSL, "36"), False),
    (f"第三十六條規定了適用範圍。換句話說，{_HANT}", "有一項發生", (HKNSL, "36"), False),
    (f"Article 5 sets out the principles. In other words, {_EN}", "processed", (GDPR, "5"), False),
    # "this shows that" after the article named (round fifteen: a handbook's gloss of Art. 24)
    (f"第三十六条规定了适用范围。这就指明了{_ZH}", "有一项发生", (HKNSL, "36"), False),
    (f"第三十六條規定了適用範圍。這表明{_HANT}", "有一項發生", (HKNSL, "36"), False),
    (f"Article 5 sets out the principles. This means that {_EN}", "processed", (GDPR, "5"), False),
    # No marker: the writer gives the words as they are.
    (f"第三十六条规定了适用范围。{_ZH}", "有一项发生", (HKNSL, "36"), True),
    (f"Article 5 sets out the principles. {_EN.capitalize()}", "processed", (GDPR, "5"), True),
]


@pytest.mark.parametrize(("document", "piece", "article", "linked"), CASES)
def test_the_writers_restatement_is_not_a_quotation(
    store: Store,
    rule: RuleSwitch,
    document: str,
    piece: str,
    article: tuple[str, str],
    linked: bool,
) -> None:
    rule.take_out(not_law_text, "restated", lambda text, span, w: w)
    quotes = [q for q in Checker(store).check_text(document).quotes if piece in q.text]
    assert len(quotes) == 1, [(q.text, q.verdict) for q in quotes]
    (quote,) = quotes
    if linked or not rule.on:
        assert quote.match is not None and quote.verdict == "altered"
        assert (quote.match.statute, quote.match.article) == article
    else:
        assert quote.match is None and quote.verdict == "unmatched"
        assert any("the writer's restatement" in note for note in quote.notes)
