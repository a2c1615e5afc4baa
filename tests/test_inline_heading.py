"""An article reproduced after the previous article on one line (the page's line breaks lost)
stands under the heading right before it ("…发展。 第八条 开展数据处理活动…"): cited by that
heading, so ``unverified`` when the page names no law, not ``uncited`` (lawref/pipeline/
inline_heading.py; issue 14, heldout12's 2014 Counter-espionage Law run on in one line).

Each case runs with the rule on and off; the pages are articles of the shipped store set one after
the other as a copy with its line breaks lost would set them, written for these tests."""

from __future__ import annotations

import pytest
from rule_pages import DSL, DSL_8, checker_with, quote_linked_to, traditional
from rule_switch import RuleSwitch

from lawref.pipeline import instruments
from lawref.pipeline.checker import Checker

checker = checker_with(DSL)


_DSL_7_8 = (
    "第七条 国家保护个人、组织与数据有关的权益，鼓励数据依法合理有效利用，保障数据依法有序自由流动，"
    "促进以数据为关键要素的数字经济发展。 第八条 " + DSL_8
)
# A reference in prose after the full stop (第八条规定，…): no heading, with the rule or without.
_DSL_PROSE = _DSL_7_8.replace("第八条 开展", "第八条规定，开展")

# (page, statute, article, attribution with the rule on, with it off)
CASES = [
    (_DSL_7_8, DSL, "8", "unverified", "uncited"),
    (traditional(_DSL_7_8), DSL, "8", "unverified", "uncited"),
    # The first article, at the line's start, was read before the rule too.
    (_DSL_7_8, DSL, "7", "unverified", "unverified"),
    (traditional(_DSL_7_8), DSL, "7", "unverified", "unverified"),
]


@pytest.mark.parametrize(("page", "statute", "article", "on", "off"), CASES)
def test_heading_right_before_heads_the_article(
    checker: Checker,
    rule: RuleSwitch,
    page: str,
    statute: str,
    article: str,
    on: str,
    off: str,
) -> None:
    rule.take_out(instruments, "heading_right_before", lambda prefix: None)
    quote = quote_linked_to(checker, page, statute, article)
    assert quote.attribution == (on if rule.on else off)


# (the line's text before a reproduction, the heading read right before it)
PREFIXES = [
    ("…促进以数据为关键要素的数字经济发展。 第八条 ", "第八条"),
    ("…促進以數據為關鍵要素的數字經濟發展。 第八條 ", "第八條"),
    ("…in relation to the data subject. Article 6 ", "Article 6"),
    ("…in relation to the data subject. Art. 6: ", "Art. 6"),
    # References in prose, not headings.
    ("…促进以数据为关键要素的数字经济发展。 第八条规定，", None),
    ("…促進以數據為關鍵要素的數字經濟發展。 第八條規定，", None),
    ("…in relation to the data subject. Article 6 provides that ", None),
    # A heading that follows no sentence's end ("under Article 6 ").
    ("Processing is lawful under Article 6 ", None),
]


@pytest.mark.parametrize(("prefix", "heading"), PREFIXES)
def test_the_heading_right_before_is_read(prefix: str, heading: str | None) -> None:
    at = instruments.heading_right_before(prefix)
    assert (None if at is None else prefix[at:].strip(" :")) == heading


def test_hostile_lines_are_read_at_their_end() -> None:
    """A megabyte line of sentence ends and headings: only its end is read, and its last heading
    is found there."""
    line = "。 第一条 " * 200_000
    assert instruments.heading_right_before(line) == len(line) - len("第一条 ")
    assert instruments.heading_right_before("。 " * 500_000) is None
