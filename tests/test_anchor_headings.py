"""An article heading written as a page anchor ("#第五十二条", the href of a heading's link) is a
heading, not law text (issue 14, heldout8: a documentation site's `href="#第五十二条"` linked
`verbatim` to another law's article). match/law_text.py sets the anchor's # aside before it
reads a quotation as a heading; before, the Chinese anchors were linked and the English one was
unlinked only as a short phrase. The pages are written here."""

from __future__ import annotations

import pytest
from stored import shipped_store_with

from lawref.pipeline.checker import Checker
from lawref.store.files import Store


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with("cn-cybersecurity-law", "cn-personal-information-protection-law")


def _page(number: str, words: str) -> str:
    anchor = f'<a class="header-anchor" href="#{number}">#</a>'
    return f'<h3 id="{number}">{anchor} {number}</h3><p>{words}</p>\n'


CASES = [
    (_page("第五十二条", "个人信息处理者应当指定负责人。"), "#第五十二条"),
    (_page("第五十二條", "個人信息處理者應當指定負責人。"), "#第五十二條"),
    (_page("Article 52", "The controller shall designate a person."), "#Article 52"),
]


@pytest.mark.parametrize(("document", "anchor"), CASES)
def test_an_article_heading_written_as_an_anchor_is_not_linked(
    store: Store, document: str, anchor: str
) -> None:
    quotes = [q for q in Checker(store).check_text(document).quotes if q.text == anchor]
    assert len(quotes) == 1
    (quote,) = quotes
    assert quote.match is None and quote.verdict == "unmatched"
    assert any("a heading or an article number" in note for note in quote.notes)
