"""A duty's words cited as the article that punishes its breach accuse nobody (issue 14, the
eleventh held-out set: GDPR Art. 8 on a page whose link box puts "administrative fine: Art. 83
(4) lit a" right above the article's text was called a misattribution). The penalty article
names the duty itself ("infringements of … Articles 8, 11, 25 to 39", 不履行本法第二十七条…规定
的…义务): the quotation is `unverified`, with a note, not `misattributed`
(pipeline/penalty_cited.py).

Each case runs with the rule on and off. Statute words come from the shipped store; the
sentences around them are written for these tests, the Traditional ones converted by OpenCC.
"""

from __future__ import annotations

import pytest
from rule_pages import quote_linked_to, traditional
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_words

from lawref.pipeline import penalty_cited
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

GDPR = "eu-gdpr"
DSL = "cn-data-security-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, DSL)


def _document(store: Store, script: str, cited: str) -> tuple[str, str, str]:
    """A page citing article ``cited`` beside a duty's words: the page, the words' statute and
    their article."""
    if script == "english":
        words = stored_words(store, GDPR, "8", "The controller shall make", "technology.")
        page = f"Children's consent\n\nAdministrative fine, Art. {cited} GDPR: “{words}”\n"
        return page, GDPR, "8"
    words = stored_words(store, DSL, "27", "开展数据处理活动应当", "保障数据安全。")
    page = f"数据安全义务\n\n法律责任，数据安全法第{cited}条：“{words}”\n"
    if script == "traditional":
        page = traditional(page)
    return page, DSL, "27"


# (script, the penalty article cited, another article cited that punishes nothing of the words)
CASES = [
    ("english", "83", "21"),
    ("simplified", "四十五", "二十一"),
    ("traditional", "四十五", "二十一"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_words_cited_as_the_article_punishing_their_breach_are_not_misattributed(
    store: Store, rule: RuleSwitch, case: tuple[str, str, str]
) -> None:
    script, penalty, other = case
    rule.take_out(penalty_cited, "punishes", lambda *args, **kwargs: False)
    checker = Checker(store)
    page, statute, article = _document(store, script, penalty)
    quote = quote_linked_to(checker, page, statute, article)
    assert quote.attribution == ("unverified" if rule.on else "misattributed")
    if rule.on:
        assert any("punishes" in note for note in quote.notes)
    # An article that punishes nothing of the words: the citation is wrong either way.
    page, statute, article = _document(store, script, other)
    assert quote_linked_to(checker, page, statute, article).attribution == "misattributed"
