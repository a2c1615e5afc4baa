"""An article heading indented on its line — "  Article 1 This Law …" (a page's own indent), a
bullet, or the full-width indent of Chinese pages ("　　第一条 …") — heads the text after it as an
unindented one does: the heading's citation holds the heading's words (from "Article", 第), so
the text it heads starts after them, and an English rendering under it is checked against the
article of its number (issue 14, heldout11: a translation of the 2024 State Secrets Law set out
article by article with an indent before each heading, none of whose articles was linked).

Each case runs with the rule on and off (pipeline/headed.heading_words_start, where the
heading's words start after its indent; off: the start of the indent, as before). The English renderings are
tests/data/xling_renderings.yaml's (written for the tests from the Chinese texts), set out as a
page of a translated law would be; not the real-world passages.
"""

from __future__ import annotations

import pytest
from own_renderings import own_renderings, store_of_rendered_laws
from rule_switch import RuleSwitch

from lawref.pipeline import headed
from lawref.pipeline.checker import Checker
from lawref.report import Quote
from lawref.store.files import Store
from lawref.text.numerals import int_to_cn
from lawref.xling.evidence import MISSING_NOTE, missing_dependencies

pytestmark = pytest.mark.skipif(bool(missing_dependencies()), reason=MISSING_NOTE)


@pytest.fixture(scope="module")
def store() -> Store:
    return store_of_rendered_laws()


def linked(quote: Quote) -> tuple[str, str] | None:
    if quote.match is None or quote.verdict == "unmatched":
        return None
    return quote.match.statute, quote.match.article


# Indented headings as translated laws set them out on the web: English headings, and the
# Simplified and Traditional headings of Chinese pages that give the translation under them.
LAYOUTS = {
    "indented": "  Article {n} {text}",
    "bulleted": "• Article {n}: {text}",
    "simplified, full-width indent": "\u3000\u3000第{cn}条 {text}",
    "traditional, full-width indent": "\u3000\u3000第{cn}條：{text}",
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_rendering_under_an_indented_heading_is_linked(
    checker: Checker, rule: RuleSwitch, layout: str
) -> None:
    rule.take_out(headed, "heading_words_start", lambda text, line_at, words: line_at)
    linked_count = 0
    renderings = own_renderings()
    for entry in renderings:
        statute, article, text = entry["statute"], entry["article"], entry["text"]
        body = LAYOUTS[layout].format(n=article, cn=int_to_cn(int(article)), text=text)
        found = Checker(checker.store).check_text(f"Unofficial translation\n\n{body}\n").quotes
        linked_count += any(linked(q) == (statute, article) for q in found)
    if not rule.on:
        # (a rendering that a stored English text explains in part may still be linked)
        assert linked_count < len(renderings) // 2, linked_count
        return
    # Measured: every rendering of the file, in every layout.
    assert linked_count == len(renderings)
