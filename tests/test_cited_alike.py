"""A retelling that another article matches only by words the cited article holds too is not
linked to that other article (issue 14: heldout10's French retelling of GDPR Art. 17, cited as
"RGPD art. 17", was linked to Art. 15, whose opening formula it shares; heldout11's retelling of
Recital 38, cited as Recital 38, to Recital 122). Fewer than ten word units stand in the matched
article and not in the cited one: the quotation goes to the cited article when the matcher finds
it at the same tier, else it is not linked, with a note (pipeline/cited_alike.py). Cited as the
matched article itself, the same words keep their link.

Each case runs with the rule on and off. The sentences are written for these tests (retellings
that keep a formula two articles share and change the rest); the Traditional one is converted by
OpenCC.
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.pipeline import cited_alike
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

GDPR = "eu-gdpr"
PIPL = "cn-personal-information-protection-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, PIPL)


# (script, a page retelling the cited article in another article's formula ({} takes the
# citation), the statute, the article cited, the article whose formula it keeps)
CASES = [
    (
        "english",
        "On correction, as {} of the GDPR puts it, “the data subject shall have the right to "
        "obtain from the controller confirmation as to whether or not personal data concerning "
        "him or her are rectified”.\n",
        GDPR,
        ("Article 16", "16"),
        ("Article 15", "15"),
    ),
    (
        "simplified",
        "删除权\n\n个人信息保护法{}规定：“个人有权请求个人信息处理者删除其个人信息”。\n",
        PIPL,
        ("第四十七条", "47"),
        ("第四十八条", "48"),
    ),
    (
        "traditional",
        "刪除權\n\n個人信息保護法{}規定：「個人有權請求個人信息處理者刪除其個人信息」。\n",
        PIPL,
        ("第四十七條", "47"),
        ("第四十八條", "48"),
    ),
]


def _links(checker: Checker, page: str, statute: str) -> set[str]:
    return {
        q.match.article
        for q in checker.check_text(page).quotes
        if q.match is not None and q.verdict != "unmatched" and q.match.statute == statute
    }


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_a_retelling_another_article_matches_only_by_a_shared_formula_is_not_linked_to_it(
    store: Store,
    rule: RuleSwitch,
    case: tuple[str, str, str, tuple[str, str], tuple[str, str]],
) -> None:
    _, page, statute, (cited, cited_number), (other, other_number) = case
    rule.take_out(cited_alike, "units_only_matched", lambda *args: None)
    checker = Checker(store)
    links = _links(checker, page.format(cited), statute)
    if rule.on:
        assert other_number not in links
        assert links <= {cited_number}
    else:
        assert other_number in links
    # Cited as the article whose formula the words keep, they are linked to it either way.
    assert other_number in _links(checker, page.format(other), statute)
