"""A penalty's words with other amounts, given as what breaching the cited article costs, accuse
nobody (issue 14, the eleventh held-out set: a page citing Data Security Law Art. 17, then
"违反该规定的，将承担以下法律责任：" and a penalty article's fine with another amount, was told the
citation was wrong). The writer's words between the citation and the penalty speak of a breach;
the matched article is a penalty article; the amounts are not its own: the quotation is
`unverified`, with a note (pipeline/breach_told.py). Without the breach spoken of, or with the
article's own amounts (a penalty for another duty, pipeline/penalty_amounts.py), the claim
stands.

Each case runs with the rule on and off. Statute words come from the shipped store; the
sentences around them are written for these tests, the Traditional ones converted by OpenCC.
"""

from __future__ import annotations

import pytest
from rule_pages import quote_linked_to, traditional
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_words

from lawref.pipeline import breach_told
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

GDPR = "eu-gdpr"
DSL = "cn-data-security-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, DSL)


def _page(
    store: Store, script: str, lead_in: str, own_amounts: bool = False
) -> tuple[str, str, str]:
    """A page citing a duty, then ``lead_in`` and a penalty article's words (with another amount
    unless ``own_amounts``): the page, their statute and article."""
    if script == "english":
        fine = stored_words(store, GDPR, "83", "be subject to administrative fines up to", "higher")
        fine = fine if own_amounts else fine.replace("up to 2", "up to 3", 1)
        page = (
            "Privacy notes\n\nUnder Article 17 GDPR the controller must erase personal data "
            f"without undue delay{lead_in} “{fine}”\n"
        )
        return page, GDPR, "83"
    fine = stored_words(store, DSL, "45", "由有关主管部门责令改正", "十万元以下罚款")
    fine = fine if own_amounts else fine.replace("五万元以上五十万元", "八万元以上八十万元", 1)
    page = (
        f"数据安全\n\n根据数据安全法第二十一条，企业应当对数据实行分类分级保护{lead_in}“{fine}”\n"
    )
    if script == "traditional":
        page = traditional(page)
    return page, DSL, "45"


# (script, a lead-in speaking of the cited duty's breach, one that does not)
CASES = [
    ("english", "; a controller in breach of it faces", "; the regulator may impose"),
    ("simplified", "，违反该规定的，将承担以下法律责任：", "，有关部门还可以："),
    ("traditional", "，违反该规定的，将承担以下法律责任：", "，有关部门还可以："),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_a_penalty_told_as_the_cost_of_breaching_the_cited_article_is_not_misattributed(
    store: Store, rule: RuleSwitch, case: tuple[str, str, str]
) -> None:
    script, breach, plain = case
    rule.take_out(breach_told, "names_breach", lambda text: False)
    checker = Checker(store)
    page, statute, article = _page(store, script, breach)
    quote = quote_linked_to(checker, page, statute, article)
    assert quote.attribution == ("unverified" if rule.on else "misattributed")
    if rule.on:
        assert any("breaching the cited article" in note for note in quote.notes)
    # No breach spoken of: the citation gives the words as its own, and the claim stands.
    page, statute, article = _page(store, script, plain)
    assert quote_linked_to(checker, page, statute, article).attribution == "misattributed"
    # The article's own amounts: a penalty for another duty, given as this one's; it stands too.
    page, statute, article = _page(store, script, breach, own_amounts=True)
    assert quote_linked_to(checker, page, statute, article).attribution == "misattributed"
