"""The words after 第N条 that make it a reference in prose (第七条规定，…), not a heading of the
text after it: one pattern (lawref/text/article_headings.py) that both the citation headings and
the pipeline's instrument headings read, in either script, after any run of spaces."""

from __future__ import annotations

import pytest

from lawref.text.article_headings import PROSE_AFTER_ARTICLE

# (what follows 第N条, whether it is prose)
AFTER = [
    ("规定，开展数据处理活动", True),
    ("規定，開展數據處理活動", True),
    ("中的“重要数据”", True),
    ("   明确了义务", True),
    ("\u3000、第八条", True),
    # A heading's text: the law's own words after it.
    (" 开展数据处理活动，应当遵守法律", False),
    ("　國家保護個人、組織與數據有關的權益", False),
    # 中华人民共和国 opens a law's sentence: not 中 of 第七条中.
    ("中华人民共和国境内", False),
    ("中華人民共和國境內", False),
]


@pytest.mark.parametrize(("after", "prose"), AFTER)
def test_prose_after_an_article_number(after: str, prose: bool) -> None:
    assert (PROSE_AFTER_ARTICLE.match(after) is not None) == prose


def test_a_megabyte_of_spaces_is_read_in_one_pass() -> None:
    assert PROSE_AFTER_ARTICLE.match(" " * 1_000_000 + "x") is None
