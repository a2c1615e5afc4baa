"""A sentence set right after its article's heading on one line ("第三十三條 香港居民有選擇職業的自
由。") starts there as after a line break: the heading is the reproduction's layout, not words of
the writer's that the sentence continues. reuse/scan.py's ``_whole_sentence`` reads a short
sentence copied whole as a reproduction only where it opens a sentence or clause of the page;
under its own heading, on the heading's line, it does."""

from __future__ import annotations

from lawref.text.article_headings import ARTICLE_HEADING

__all__ = ["after_article_heading"]

# Characters of a heading line before the sentence, at most ("### 第一百二十三條：" and marks).
_HEADING_REACH = 24
# What may stand before a heading on its line (Markdown and list marks).
_LEADING = " \t\u3000\u00a0#*>-•|"


def after_article_heading(text: str, at: int) -> bool:
    """Whether the words before ``at`` on its line are an article heading alone (第N条, 第N條,
    "Article N", after list or Markdown marks): a sentence opens at ``at``."""
    line_start = text.rfind("\n", 0, at) + 1
    if at - line_start > _HEADING_REACH:
        return False
    before = text[line_start:at].lstrip(_LEADING)
    return bool(before) and ARTICLE_HEADING.fullmatch(before) is not None
