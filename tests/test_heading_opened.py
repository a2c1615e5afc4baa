"""An article's heading glued to the front of its text in a quotation ("“第七条任何组织和公民都
应当…”") is the page's numbering: an exact copy is ``verbatim``, not ``minor`` or ``altered``
(lawref/pipeline/heading_opened.py; issue 14, heldout3's and heldout4's pages quoting the
Cybersecurity Law's Art. 44 and the National Intelligence Law's Arts. 7 and 9 so). A heading of
another number, or a word changed, leaves the verdict as it was.

Each case runs with the rule on and off; the pages are written for these tests around articles of
the shipped store."""

from __future__ import annotations

import pytest
from rule_pages import DSL, DSL_8, GDPR, GDPR_82, checker_with, quote_linked_to, traditional
from rule_switch import RuleSwitch

from lawref.pipeline import checker as checker_module
from lawref.pipeline.checker import Checker

checker = checker_with(DSL, GDPR)


_ZH = "《数据安全法》对企业的要求很明确：“第八条" + DSL_8 + "”"
_ZH_OTHER = _ZH.replace("第八条", "第九条")
_ZH_CHANGED = _ZH.replace("应当遵守", "必须遵守")
_EN = "The GDPR is plain about it: “Article 82. " + GDPR_82 + "”"

# (page, statute, article, verdict with the rule on, with it off)
CASES = [
    (_ZH, DSL, "8", "verbatim", "minor"),
    (traditional(_ZH), DSL, "8", "verbatim", "minor"),
    # (an English heading's number was paired with the paragraph's "1.": altered)
    (_EN, GDPR, "82", "verbatim", "altered"),
    # Another article's number before the text: left to the attribution, minor either way.
    (_ZH_OTHER, DSL, "8", "minor", "minor"),
    (traditional(_ZH_OTHER), DSL, "8", "minor", "minor"),
    (_EN.replace("Article 82", "Article 83"), GDPR, "82", "altered", "altered"),
    # A word changed after the heading: altered either way.
    (_ZH_CHANGED, DSL, "8", "altered", "altered"),
    (traditional(_ZH_CHANGED), DSL, "8", "altered", "altered"),
]


@pytest.mark.parametrize(("page", "statute", "article", "on", "off"), CASES)
def test_a_heading_glued_to_its_text_is_numbering(
    checker: Checker,
    rule: RuleSwitch,
    page: str,
    statute: str,
    article: str,
    on: str,
    off: str,
) -> None:
    rule.take_out(checker_module, "heading_opened", lambda span, result, rematch: result)
    quote = quote_linked_to(checker, page, statute, article)
    assert quote.verdict == (on if rule.on else off)


@pytest.mark.parametrize("heading", ["第8条", "第８条", "第捌条", "第〇八条"])
def test_a_heading_in_any_numerals_of_the_grammar_is_numbering_too(
    checker: Checker, heading: str
) -> None:
    """第8条, 第８条, 第捌条 as a page prints them are the same heading as 第八条: its number is read
    by the numerals every article reference is read by (text/numerals.py)."""
    quote = quote_linked_to(checker, _ZH.replace("第八条", heading), DSL, "8")
    assert quote.verdict == "verbatim"


@pytest.mark.parametrize("heading", ["第08条", "第０８条"])
def test_a_heading_with_a_leading_zero_is_left_as_written(
    checker: Checker, monkeypatch: pytest.MonkeyPatch, heading: str
) -> None:
    """No law prints its article's heading with a leading zero (第08条): such an opening is not
    read as the article's heading, and the verdict is the one without the rule."""
    page = _ZH.replace("第八条", heading)
    on = quote_linked_to(checker, page, DSL, "8").verdict
    monkeypatch.setattr(checker_module, "heading_opened", lambda span, result, rematch: result)
    off = quote_linked_to(checker, page, DSL, "8").verdict
    assert on == off != "verbatim"
