"""Words that a citation gives as an article the cited law does not have ("《数据安全法》第六十六条"
for a law of 55 articles) are not linked to the stored article whose stock phrases they borrow
(issue 14, heldout10: a generated page's invented Art. 66 linked to Art. 46 as `altered`). Words
cited as an article the law has keep their link.

Each case runs with the rule on and off (pipeline/invented_article.py); the sentences are written
here."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.pipeline import checker
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

DSL = "cn-data-security-law"
GDPR = "eu-gdpr"

_FINE = (
    "违反本法规定,有下列行为之一的,由有关主管部门责令改正,给予警告,并可以并处十万元以上一百万元"
    "以下罚款;情节严重的,并可以并处一百万元以上五百万元以下罚款:"
)
_FINE_HANT = (
    "違反本法規定,有下列行為之一的,由有關主管部門責令改正,給予警告,並可以並處十萬元以上一百萬元"
    "以下罰款;情節嚴重的,並可以並處一百萬元以上五百萬元以下罰款:"
)


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(DSL, GDPR)


# (document, a piece of the quotation, the statute it links to with the rule off, linked with
# the rule on)
CASES = [
    (f"根据《中华人民共和国数据安全法》第六十六条规定,{_FINE}", "主管部门", DSL, False),
    (f"根據《中華人民共和國數據安全法》第六十六條規定,{_FINE_HANT}", "主管部門", DSL, False),
    (
        "Article 120 of the GDPR provides that “the data subject shall have the right to obtain "
        "from the controller the erasure of personal data concerning him or her without delay”.",
        "erasure",
        GDPR,
        False,
    ),
    # An article the law has: the words stay linked, whatever their verdict.
    (
        "Article 17 of the GDPR provides that “the data subject shall have the right to obtain "
        "from the controller the erasure of personal data concerning him or her without delay”.",
        "erasure",
        GDPR,
        True,
    ),
    (f"根据《中华人民共和国数据安全法》第四十六条规定,{_FINE}", "主管部门", DSL, True),
]


def _quote(store: Store, document: str, piece: str):
    found = [q for q in Checker(store).check_text(document).quotes if piece in q.text]
    return found[0] if found else None


@pytest.mark.parametrize(("document", "piece", "statute", "linked"), CASES)
def test_words_cited_as_an_article_beyond_the_last_are_not_linked(
    store: Store, rule: RuleSwitch, document: str, piece: str, statute: str, linked: bool
) -> None:
    rule.take_out(checker, "invented_article", lambda span, weighed, cited, store: weighed)
    quote = _quote(store, document, piece)
    assert quote is not None
    if linked or not rule.on:
        assert quote.match is not None and quote.match.statute == statute
        assert quote.verdict in ("altered", "paraphrase")
    else:
        assert quote.match is None and quote.verdict == "unmatched"
        assert any("which has" in note and "articles" in note for note in quote.notes)
