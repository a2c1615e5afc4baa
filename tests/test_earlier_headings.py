"""A near-copy of a law the store holds only as a revision of an earlier text it lacks, set under an
article heading of another number, keeps its link (issue 14, the sixteenth held-out set: a Q&A page
gave the State Secrets Law's 2010 articles under their 2010 headings, reworded, and
pipeline/instruments.py unlinked them as another instrument's articles). The heading may number
the earlier text (pipeline/earlier_headings.py): the words are linked to the stored article that
holds them, `altered`, and the heading accuses nobody (pipeline/earlier_numbering.py: `unverified`).

Each case runs with the rule on and off. Statute words come from the shipped store; the page
around them and the changes to the words are written for these tests, the Traditional ones
converted by OpenCC. The class is Chinese: the store's only law held as a revision of a text it
lacks is the State Secrets Law, which the store holds in Chinese only.
"""

from __future__ import annotations

import pytest
from rule_pages import traditional
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.pipeline.checker import Checker
from lawref.store.files import Store
from lawref.store.versions import revised_from_unheld

SSL = "cn-state-secrets-law"
NIL = "cn-national-intelligence-law"
DEVICES = "27"  # the stored (2024) article on devices and products holding state secrets


@pytest.fixture(scope="module")
def store() -> Store:
    found = shipped_store_with(SSL, NIL)
    statute = found.get(SSL)
    assert statute is not None
    if revised_from_unheld(statute) is None:
        pytest.skip("the store now holds the State Secrets Law's earlier text or its numbering")
    return found


def _reworded(store: Store, statute: str, article: str, changes: dict[str, str]) -> str:
    words = stored_article(store, statute, article).text
    changed = words
    for old, new in changes.items():
        changed = changed.replace(old, new)
    assert changed != words
    return changed


def _page(title: str, heading: str, words: str, script: str) -> str:
    """A "legal basis" page: the law's title, then the article under a heading of its own."""
    page = f"法律依据：《{title}》\n{heading} {words}\n以上是相关规定，供参考。\n"
    return traditional(page) if script == "traditional" else page


def _the_quote(store: Store, page: str, opening: str) -> tuple[str, str | None, str]:
    for quote in Checker(store).check_text(page).quotes:
        if quote.text.startswith(opening[:6]) or traditional(opening[:6]) in quote.text:
            linked = quote.match is not None and quote.verdict != "unmatched"
            article = quote.match.article if linked and quote.match else None
            return quote.verdict, article, quote.attribution
    raise AssertionError(page)


SCRIPTS = ["simplified", "traditional"]


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_reworded_article_under_an_earlier_number_keeps_its_link(
    store: Store, rule: RuleSwitch, script: str
) -> None:
    # the rule is imported where it is used (issue 20): taken out where it is defined
    from lawref.pipeline import earlier_headings as earlier_headings_rule

    rule.take_out(earlier_headings_rule, "may_number_earlier_text", lambda statute: False)
    words = _reworded(store, SSL, DEVICES, {"设备、产品": "设备和产品", "应当符合": "应当遵守"})
    page = _page("中华人民共和国保守国家秘密法", "第二十二条", words, script)
    verdict, article, attribution = _the_quote(store, page, words)
    if rule.on:
        assert (verdict, article) == ("altered", DEVICES)
        assert attribution == "unverified"  # the heading may be the earlier text's number
    else:
        assert article is None


@pytest.mark.parametrize("script", SCRIPTS)
def test_another_laws_near_copy_under_another_number_stays_unlinked(
    store: Store, script: str
) -> None:
    """A law the store holds from its first text (the National Intelligence Law, amended, not
    revised): a near-copy under another article's heading is still another instrument's."""
    words = _reworded(store, NIL, "8", {"尊重和保障人权": "尊重人权"})
    page = _page("中华人民共和国国家情报法", "第九条", words, script)
    assert _the_quote(store, page, words)[1] is None
