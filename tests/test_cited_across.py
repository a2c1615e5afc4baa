"""A changed quotation of the cited article that another article's words fit a little closer is
linked to the cited article, `altered`, when the other article holds none of its words the cited
one lacks and the cited one holds nearly all of them (issue 14: heldout16's quotation of the
National Intelligence Law's Art. 7 under 第7条, its subject swapped for the one Art. 7's second
paragraph uses, was matched to Art. 25 and then left unlinked by pipeline/cited_alike.py;
pipeline/cited_across.py).

Each case runs with the rule on and off. The pages are written for these tests; the Traditional
one is converted by OpenCC.
"""

from __future__ import annotations

import pytest
from rule_pages import traditional
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.pipeline import cited_alike
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

NIL = "cn-national-intelligence-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(NIL)


# Art. 7's duty with its subject (任何组织和公民) given as 个人和组织, the words of Art. 7's second
# paragraph and of Art. 25, and 依法 left out: Art. 25 holds the words a character closer.
_CHANGED_7 = "个人和组织都应当支持、协助和配合国家情报工作"

# (case, a page quoting the changed words ({} takes the citation), the citation of Art. 7)
CASES = [
    ("simplified", "国家情报法{}要求：“" + _CHANGED_7 + "”。\n", "第七条"),
    ("traditional", traditional("国家情报法{}要求：“" + _CHANGED_7 + "”。\n"), "第七條"),
]


def _quote(checker: Checker, page: str) -> tuple[str, str | None]:
    (quote,) = checker.check_text(page).quotes
    return (
        quote.verdict,
        quote.match.article if quote.match and quote.match.statute == NIL else None,
    )


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_a_changed_quotation_the_cited_article_holds_is_linked_to_it(
    store: Store, rule: RuleSwitch, case: tuple[str, str, str]
) -> None:
    _, page, cited = case
    rule.take_out(cited_alike, "held_in_cited", lambda *args: None)
    verdict, article = _quote(Checker(store), page.format(cited))
    if rule.on:
        assert (verdict, article) == ("altered", "7")
    else:
        assert (verdict, article) == ("unmatched", None)


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_cited_as_the_article_that_holds_them_closer_the_words_stay_its_own(
    store: Store, case: tuple[str, str, str]
) -> None:
    _, page, _ = case
    cited = "第二十五条" if case[0] == "simplified" else "第二十五條"
    assert _quote(Checker(store), page.format(cited)) == ("altered", "25")
