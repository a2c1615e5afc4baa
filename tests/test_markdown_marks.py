"""Markdown's block-quote and heading markers around a reproduction ("> > #### …") are a page's
layout: a copy otherwise exact is ``verbatim``, not ``minor`` (lawref/pipeline/markdown_marks.py;
issue 14, heldout12's statute compilation in Markdown with its line breaks lost).

Each case runs with the rule on and off; the pages are sentences written for these tests around
articles of the shipped store."""

from __future__ import annotations

import pytest
from rule_pages import DSL, GDPR, checker_with, quote_linked_to, traditional
from rule_switch import RuleSwitch

from lawref.pipeline import checker as checker_module
from lawref.pipeline.checker import Checker

checker = checker_with(DSL, GDPR)


_GDPR_82 = (
    "From the compiled text of Article 82 GDPR:\n\n> #### 1. Any person who has suffered material "
    "or non-material damage as a result of an infringement of this Regulation > shall have the "
    "right to receive compensation from the controller or processor for the damage suffered.\n"
)
_DSL_8 = (
    "《数据安全法》第八条规定：“开展数据处理活动，应当遵守法律、法规，> > 尊重社会公德和伦理。”"
)
_DSL_8_QUOTED = (
    "《数据安全法》第八条规定：“> 开展数据处理活动，应当遵守法律、法规，尊重社会公德和伦理，> > "
    "遵守商业道德和职业道德，诚实守信，履行数据安全保护义务，承担社会责任。”"
)
_DSL_8_CHANGED = (
    "《数据安全法》第八条规定：“开展数据处理活动，必须遵守法律、法规，> > 尊重社会公德和伦理。”"
)

# (page, statute, article, verdict with the rule on, verdict with it off)
CASES = [
    (_GDPR_82, GDPR, "82", "verbatim", "minor"),
    (_DSL_8, DSL, "8", "verbatim", "minor"),
    (traditional(_DSL_8), DSL, "8", "verbatim", "minor"),
    (_DSL_8_QUOTED, DSL, "8", "verbatim", "minor"),
    (traditional(_DSL_8_QUOTED), DSL, "8", "verbatim", "minor"),
    # A word changed beside the markers (应当 -> 必须): the markers hide nothing.
    (_DSL_8_CHANGED, DSL, "8", "altered", "altered"),
    (traditional(_DSL_8_CHANGED), DSL, "8", "altered", "altered"),
    # A letter's case changed beside them ("any person"): minor either way.
    (_GDPR_82.replace("1. Any", "1. any"), GDPR, "82", "minor", "minor"),
]


@pytest.mark.parametrize(("page", "statute", "article", "on", "off"), CASES)
def test_markdown_markers_are_layout(
    checker: Checker,
    rule: RuleSwitch,
    page: str,
    statute: str,
    article: str,
    on: str,
    off: str,
) -> None:
    rule.take_out(checker_module, "markdown_is_layout", lambda span, result, rematch: result)
    quote = quote_linked_to(checker, page, statute, article)
    assert quote.verdict == (on if rule.on else off)
    if quote.verdict == "verbatim":
        assert not quote.differences


def test_hostile_markers_are_read_in_one_pass() -> None:
    """A megabyte of markers and spaces is one run; markers glued to words are none."""
    from lawref.pipeline.markdown_marks import _MARKERS

    assert len(_MARKERS.compiled.findall("> # " * 250_000)) == 1
    assert _MARKERS.compiled.findall("a>b#c " * 100_000) == []
