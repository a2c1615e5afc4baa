"""A definition a scraper glued after its term inside another article's text is no quotation
(issue 14, the eleventh held-out set: a page reproducing the AI Act's Art. 27 with Art. 3's
definitions kept inline as tooltips, "high-risk AI systemmeans a machine-based system …;
referred to in Article 6(2)", had each tooltip reported as a verbatim quotation of Art. 3). The
words right before and after the definition join into another article's text, which the
definitions' article lacks: the definition is not reported (pipeline/scraped_gloss.py). The same
definition in the writer's own sentence is still a quotation of its article.

Each case runs with the rule on and off. Statute words come from the shipped store; the
sentences around them are written for these tests, the Traditional ones converted by OpenCC.
"""

from __future__ import annotations

import pytest
from rule_pages import linked_to, traditional
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_words

from lawref.pipeline import scraped_gloss
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

GDPR = "eu-gdpr"
PIPL = "cn-personal-information-protection-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, PIPL)


def _pages(store: Store, script: str) -> tuple[str, str, str, str]:
    """A page with a definition glued into another article's text, a page giving the same
    definition in a sentence of the writer's, the definitions' statute and article."""
    if script == "english":
        definition = stored_words(store, GDPR, "4", "the natural or legal person", "State law;")
        article = stored_words(store, GDPR, "17", "the erasure of personal", "grounds applies:")
        glued = (
            "Article 17 Right to erasure\nThe data subject shall have the right to obtain from "
            f"the controllermeans {definition} {article}\n"
        )
        own = f"Who decides?\nFor this guide a controller means {definition} Cloud hosts rarely are.\n"
        return glued, own, GDPR, "4"
    definition = stored_words(store, PIPL, "73", "是指在个人信息处理活动中", "组织、个人")
    glued = f"第十三条\n符合下列情形之一的，个人信息处理者{definition}；方可处理个人信息：\n（一）取得个人的同意；\n"
    own = f"谁是处理者？\n本文所说的个人信息处理者，{definition}。云服务商通常不是。\n"
    if script == "traditional":
        glued, own = traditional(glued), traditional(own)
    return glued, own, PIPL, "73"


@pytest.mark.parametrize("script", ["english", "simplified", "traditional"])
def test_a_definition_glued_into_another_articles_text_is_not_reported(
    store: Store, rule: RuleSwitch, script: str
) -> None:
    rule.take_out(scraped_gloss, "holds_run", lambda stored, run: False)
    checker = Checker(store)
    glued, own, statute, article = _pages(store, script)
    assert linked_to(checker, glued, statute, article) is not rule.on
    # The definition in the writer's own sentence is a quotation of its article either way.
    assert linked_to(checker, own, statute, article)
