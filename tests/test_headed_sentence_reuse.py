"""A short sentence of a law copied whole is a reproduction also where it stands right after its
article heading on the heading's line, and where a scraper put pinyin readings in after its
characters (issue 14, recall: the class seen on the seventeenth held-out set, a Traditional
reproduction of the Basic Law, "第三十三條 香港居民有選擇職業(yè)的自由。").

The reuse scan keeps a run shorter than MIN_CJK_CHARS only when it is a whole sentence of the
stored text copied word for word as a whole sentence or clause of the page (reuse/scan.py
``_whole_sentence``). A heading before it on its line is the reproduction's layout, as a line
break is (reuse/headed_line.py); a reading scraped in is no word of the writer's nor the law's
(reuse/layout_noise.py, as match/readings.py reads it for the matcher). Prose before the sentence
("第三十三条规定") or a sentence that is only part of the law's keeps it unread.

Each case runs with the rule on and off (both parts taken out). The pages are written for the
test; the law's sentence is the stored Art. 33."""

from __future__ import annotations

import pytest
from rule_pages import checker_with, traditional
from rule_switch import RuleSwitch

from lawref.pipeline.checker import Checker
from lawref.reuse import layout_noise, scan

BASIC_LAW = "cn-hong-kong-basic-law"
checker = checker_with(BASIC_LAW)

ART_33 = "香港居民有选择职业的自由。"
ART_33_READINGS = "香港居民有選擇職業(yè)的自由。"  # Traditional, a reading scraped in
OTHER = "Article 33 Hong Kong residents shall have freedom of choice of occupation."

# (page, linked to Art. 33 with the rule on, with it off)
CASES = [
    (f"第三十三条 {ART_33}\n\n{OTHER}\n", True, False),
    (traditional(f"第三十三条 {ART_33}\n\n{OTHER}\n"), True, False),
    (f"### 第三十三条：{ART_33}\n", True, True),  # (a colon opens a clause already)
    (f"第三十三條 {ART_33_READINGS}\n\n{OTHER}\n", True, False),
    # a sentence of its own on its line: read either way (the matcher reads past the reading)
    (f"基本法的条文如下。\n{ART_33_READINGS}\n", True, True),
    (f"基本法的条文如下。\n{ART_33}\n", True, True),
    # the writer's prose before it, or only part of the law's sentence: not a reproduction
    ("他认为香港居民有选择职业的自由。\n", False, False),
    ("第三十三条 香港居民有选择职业。\n", False, False),
]


def linked_to_33(checker: Checker, page: str) -> bool:
    return any(
        q.match is not None
        and q.verdict != "unmatched"
        and (q.match.statute, q.match.article) == (BASIC_LAW, "33")
        for q in checker.check_text(page).quotes
    )


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_short_sentence_under_its_heading_or_with_readings_is_a_reproduction(
    checker: Checker, rule: RuleSwitch, case: int
) -> None:
    page, on, off = CASES[case]
    rule.take_out(scan, "after_article_heading", lambda *args: False)
    rule.take_out(layout_noise, "reading_spans", lambda text: [])
    assert linked_to_33(checker, page) == (on if rule.on else off), page
